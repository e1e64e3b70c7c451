package org.dossier.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.dossier.model.EntityMention;
import org.dossier.model.EntityType;
import org.junit.jupiter.api.Test;

class EntitiesTest {
  private static EntityMention person(String text, String in) {
    int start = in.indexOf(text);
    return new EntityMention(text, EntityType.PERSON, start, start + text.length(), null);
  }

  /** A mention of {@code written} as the tagger typed it, where {@code from} starts in the text. */
  private static EntityMention tagged(String written, EntityType type, String in, String from) {
    int start = in.indexOf(from);
    return new EntityMention(written, type, start, start + written.length(), null);
  }

  @Test
  void theStateOfASecretaryOfStateIsNoOrganisation() {
    String text =
        "Massachusetts Secretary of State William Galvin spoke. The State Department met.";
    int state = text.indexOf("State");
    assertEquals(true, Entities.partOfATitle(text, state, "State"));
    int department = text.indexOf("State Department");
    assertEquals(false, Entities.partOfATitle(text, department, "State Department"));
    assertEquals(false, Entities.partOfATitle(text, department, "State"));
  }

  @Test
  void aTimeZoneIsNoOrganisation() {
    // "(all times Eastern Standard Time)" in wire live blogs: the tagger reads an organisation.
    for (String zone :
        List.of(
            "Eastern Standard Time",
            "Greenwich Mean Time",
            "Central European Summer Time",
            "Pacific Daylight Time",
            "Eastern Time")) {
      assertEquals(null, Entities.type("ORGANIZATION", zone), zone);
    }
    assertEquals(EntityType.ORGANISATION, Entities.type("ORGANIZATION", "New York Times"));
    assertEquals(EntityType.ORGANISATION, Entities.type("ORGANIZATION", "Financial Times"));
    assertEquals(EntityType.OTHER, Entities.type("MISC", "Summer Time Blues"));
  }

  @Test
  void aShipIsNoPersonAndKeepsItsPrefix() {
    String text =
        "The frigate INS Tabar sank it. An Ethiopian-flagged MV Gibe was safe. Tabar left.";
    int tabar = text.indexOf("Tabar");
    int[] span = Entities.withShipPrefix(text, tabar, tabar + 5);
    assertEquals("INS Tabar", text.substring(span[0], span[1]));
    int flagged = text.indexOf("Ethiopian");
    int gibe = text.indexOf("Gibe") + 4;
    span = Entities.withShipPrefix(text, flagged, gibe);
    assertEquals("MV Gibe", text.substring(span[0], span[1]));
    assertEquals(EntityType.OTHER, Entities.type("PERSON", "INS Tabar"));
    assertEquals(EntityType.OTHER, Entities.type("ORGANIZATION", "USS Cole"));
    assertEquals(EntityType.PERSON, Entities.type("PERSON", "Mavis Gibe"));
    int later = text.lastIndexOf("Tabar");
    List<EntityMention> linked =
        Entities.shipsByName(
            List.of(
                new EntityMention("INS Tabar", EntityType.OTHER, span[0], span[1], "INS Tabar"),
                new EntityMention("Tabar", EntityType.PERSON, later, later + 5, "Tabar")));
    assertEquals(EntityType.OTHER, linked.get(1).type());
    assertEquals("INS Tabar", linked.get(1).canonical());
    // A prefix inside a word is none: "MINS Tabar", "ADMV Gibe".
    String other = "The MINS Tabar met.";
    int t = other.indexOf("Tabar");
    assertEquals(t, Entities.withShipPrefix(other, t, t + 5)[0]);
  }

  @Test
  void twoNamesRunTogetherAreTwoPeople() {
    String text = "Theresa May spoke. Then Donald Trump spoke. Theresa May Trump talks ended.";
    List<EntityMention> split =
        Entities.splitJoinedNames(
            List.of(
                person("Theresa May", text),
                person("Donald Trump", text),
                person("Theresa May Trump", text)));
    assertEquals(4, split.size(), split.toString());
    assertEquals("Theresa May", split.get(2).text());
    assertEquals("Trump", split.get(3).text());
    assertEquals("Trump", text.substring(split.get(3).start(), split.get(3).end()));
  }

  @Test
  void aThreeWordNameAloneStaysWhole() {
    String text = "Hillary Rodham Clinton spoke. Hillary Rodham Clinton left.";
    List<EntityMention> mentions = List.of(person("Hillary Rodham Clinton", text));
    assertEquals(mentions, Entities.splitJoinedNames(mentions));
  }

  @Test
  void aNoBreakSpaceInANameIsASpace() {
    String text = "FBI Director James\u00a0Comey testified. Comey said the emails were careless.";
    List<EntityMention> linked =
        Entities.link(List.of(person("James\u00a0Comey", text), person("Comey", text)));
    assertEquals("James Comey", linked.get(0).canonical());
    assertEquals("James Comey", linked.get(1).canonical());
  }

  @Test
  void anIrishOfficeBeforeANameIsNoPartOfIt() {
    // The taggers read "Taoiseach" and "Tanaiste" as part of the name: one man became two people,
    // and his surname alone, ambiguous between them, linked to neither.
    String text =
        "Taoiseach Leo Varadkar spoke. Later Tanaiste Leo Varadkar left. Varadkar said more.";
    List<EntityMention> linked =
        Entities.link(
            List.of(
                person("Taoiseach Leo Varadkar", text),
                person("Tanaiste Leo Varadkar", text),
                person("Varadkar", text)));
    assertEquals(
        List.of("Leo Varadkar", "Leo Varadkar", "Leo Varadkar"),
        linked.stream().map(EntityMention::canonical).toList());
  }

  @Test
  void aSurnameAfterThePersonInFullIsHisEvenWhenAnOrganisationHoldsIt() {
    String text =
        "Tim Canova, a law professor, is running. Canova said donors came. A delegate wore a"
            + " Canova T-Shirt. Maison Verrault hired her. Verrault said it would.";
    List<EntityMention> linked =
        Entities.link(
            List.of(
                person("Tim Canova", text),
                tagged("Canova", EntityType.PERSON, text, "Canova said"),
                tagged("Canova T", EntityType.ORGANISATION, text, "Canova T"),
                tagged("Maison Verrault", EntityType.ORGANISATION, text, "Maison Verrault"),
                tagged("Verrault", EntityType.PERSON, text, "Verrault said")));
    assertEquals("Tim Canova", linked.get(1).canonical());
    assertEquals(EntityType.PERSON, linked.get(1).type());
    // With no one of that name, the tagger's person is the organisation's short name.
    assertEquals(EntityType.ORGANISATION, linked.get(4).type());
    assertEquals("Maison Verrault", linked.get(4).canonical());
  }

  @Test
  void aSurnameTaggedAnOrganisationAfterThePersonInFullIsThePerson() {
    String text =
        "Rep. Chris Collins, R-NY, says delegates met.\n\nCollins says the plan holds. Collins"
            + " Aerospace declined to comment. Brookfield said it would sell.";
    List<EntityMention> linked =
        Entities.link(
            List.of(
                person("Chris Collins", text),
                tagged("Collins", EntityType.ORGANISATION, text, "Collins says"),
                tagged("Brookfield", EntityType.ORGANISATION, text, "Brookfield")));
    assertEquals(EntityType.PERSON, linked.get(1).type());
    assertEquals("Chris Collins", linked.get(1).canonical());
    // An organisation whose name is no surname of a person named before stays one.
    assertEquals(EntityType.ORGANISATION, linked.get(2).type());
    // Before the person is named in full, a one-word organisation is the tagger's.
    String before = "Collins said it would grow. Chris Collins, its founder, agreed.";
    List<EntityMention> first =
        Entities.link(
            List.of(
                tagged("Collins", EntityType.ORGANISATION, before, "Collins"),
                person("Chris Collins", before)));
    assertEquals(EntityType.ORGANISATION, first.get(0).type());
  }

  @Test
  void aShortNameIsTheLongerOneOnlyWhenItsHeadOrItsKindIsAllTheLongerAdds() {
    String text =
        "The Indianapolis Colts beat Kallvik. The Colts led early. Lumen Pharmaceuticals"
            + " International filed suit; Lumen said it would appeal. Google Analytics and the"
            + " Microsoft Security Response Alliance reported attacks; Google and Microsoft said"
            + " little. The White House and the House disagreed. Edison Research for the"
            + " Associated Press polled voters; the Associated Press said so.";
    String[] names = {
      "Indianapolis Colts", "Colts", "Lumen Pharmaceuticals International", "Lumen",
      "Google Analytics", "Microsoft Security Response Alliance", "Google", "Microsoft",
      "White House", "House", "Edison Research for the Associated Press", "Associated Press"
    };
    List<EntityMention> mentions = new java.util.ArrayList<>();
    int from = 0;
    for (String name : names) {
      int at = text.indexOf(name, from);
      if (name.equals("House")) {
        at = text.indexOf("the House") + 4;
      }
      mentions.add(new EntityMention(name, EntityType.ORGANISATION, at, at + name.length(), null));
      from = at + 1;
    }
    List<EntityMention> linked = Entities.link(mentions);
    assertEquals("Indianapolis Colts", linked.get(1).canonical());
    assertEquals("Lumen Pharmaceuticals International", linked.get(3).canonical());
    // A product, a part of a company, or another body is no longer name of the short one.
    assertEquals("Google", linked.get(6).canonical());
    assertEquals("Microsoft", linked.get(7).canonical());
    assertEquals("House", linked.get(9).canonical());
    assertEquals("Associated Press", linked.get(11).canonical());
  }

  @Test
  void aLegalFormGoesWithTheCommaOrTheAmpersandBeforeIt() {
    String text = "Coinbase Global, Inc. and Arthur J. Gallagher & Co. said so; Coinbase agreed.";
    List<EntityMention> linked =
        Entities.link(
            List.of(
                tagged("Coinbase Global, Inc.", EntityType.ORGANISATION, text, "Coinbase Global"),
                tagged("Arthur J. Gallagher & Co.", EntityType.ORGANISATION, text, "Arthur"),
                tagged("Coinbase", EntityType.ORGANISATION, text, "Coinbase agreed")));
    assertEquals("Coinbase Global", linked.get(0).canonical());
    assertEquals("Arthur J. Gallagher", linked.get(1).canonical());
    assertEquals("Coinbase Global", linked.get(2).canonical());
  }

  @Test
  void aNameWithAndWithoutItsMiddleInitialIsOnePerson() {
    // A headline's "Donald J. Trump" and the text's "Donald Trump" left "Trump" between two names,
    // linked to neither, and every "he" near it went to someone else.
    String text =
        "Donald J. Trump won. Donald Trump spoke. Trump said more. Venus Williams and Serena"
            + " Williams played. Williams won.";
    List<EntityMention> linked =
        Entities.link(
            List.of(
                person("Donald J. Trump", text),
                person("Donald Trump", text),
                tagged("Trump", EntityType.PERSON, text, "Trump said"),
                person("Venus Williams", text),
                person("Serena Williams", text),
                tagged("Williams", EntityType.PERSON, text, "Williams won")));
    assertEquals(
        List.of("Donald J. Trump", "Donald J. Trump", "Donald J. Trump"),
        linked.subList(0, 3).stream().map(EntityMention::canonical).toList());
    // Two sisters are two people: the surname they share stays as written.
    assertEquals("Williams", linked.get(5).canonical());
    assertEquals("George Bush", Entities.withoutInitials("George H. W. Bush"));
    assertEquals("George Bush", Entities.withoutInitials("George W Bush"));
    assertEquals("J. Rowling", Entities.withoutInitials("J. K. Rowling"), "a first initial stays");
    assertEquals("Lee H", Entities.withoutInitials("Lee H"), "a last initial stays");
  }

  @Test
  void aSurnameIsThePersonNamedWithASuffixButAFatherIsNotHisSon() {
    String text =
        "Adm. Harry B. Harris Jr. spoke first. Harris said more. Donald J. Trump came. Donald Trump"
            + " Jr. came too. Trump spoke.";
    List<EntityMention> linked =
        Entities.link(
            List.of(
                person("Harry B. Harris Jr.", text),
                tagged("Harris", EntityType.PERSON, text, "Harris said"),
                person("Donald J. Trump", text),
                person("Donald Trump Jr.", text),
                tagged("Trump", EntityType.PERSON, text, "Trump spoke")));
    assertEquals("Harry B. Harris Jr.", linked.get(1).canonical());
    // "Trump" ends the father's name, and only the son's after its suffix.
    assertEquals("Donald J. Trump", linked.get(4).canonical());
    assertEquals("Harry B. Harris", Entities.withoutSuffix("Harry B. Harris Jr."));
    assertEquals("Harry Hurt", Entities.withoutSuffix("Harry Hurt III"));
    assertEquals("Bill Lear", Entities.withoutSuffix("Bill Lear"));
  }

  @Test
  void aSurnameBeforeAFeatureOfTheLandIsAPlace() {
    assertEquals(EntityType.LOCATION, Entities.type("PERSON", "Scarborough Shoal"));
    assertEquals(EntityType.LOCATION, Entities.type("PERSON", "Hart Island"));
    // People are named so too.
    assertEquals(EntityType.PERSON, Entities.type("PERSON", "Michael Bay"));
    assertEquals(EntityType.PERSON, Entities.type("PERSON", "Ricki Lake"));
  }

  private static String kept(String text, String tagged) {
    int start = text.indexOf(tagged);
    int[] span = Entities.withoutStrayBracket(text, start, start + tagged.length());
    return span == null ? null : text.substring(span[0], span[1]);
  }

  @Test
  void aNameHoldsNoBracketItDoesNotOpenAndClose() {
    String deputy = "Deputy Luis Gerardo (Jerry) Ortiz was killed.";
    assertEquals("Ortiz", kept(deputy, "Jerry) Ortiz"));
    assertEquals("Luis Gerardo (Jerry) Ortiz", kept(deputy, "Luis Gerardo (Jerry) Ortiz"));
    String poll = "a poll by Shaw & Company Research (R) and Anderson Robbins Research (D)";
    assertEquals("Shaw & Company Research", kept(poll, "Shaw & Company Research (R"));
    assertEquals("Clinton", kept("[Hillary] Clinton said", "Hillary] Clinton"));
    // Only the bracket's inside was tagged: the words inside it.
    assertEquals("Jerry", kept("Luis Gerardo (Jerry) Ortiz", "(Jerry"));
    assertEquals(null, kept("(Jerry) Ortiz", ")"));
  }
}
