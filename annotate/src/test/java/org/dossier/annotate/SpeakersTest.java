package org.dossier.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.dossier.model.EntityMention;
import org.dossier.model.EntityType;
import org.dossier.model.Quote;
import org.dossier.model.QuoteKind;
import org.dossier.model.Span;
import org.junit.jupiter.api.Test;

/** Who a speaker phrase names: never the platform the statement was made on. */
class SpeakersTest {

  /** "Islanders on Twitter reported that police searched homes.": the tagger's organisation. */
  private static final List<EntityMention> TWITTER =
      List.of(new EntityMention("Twitter", EntityType.ORGANISATION, 13, 20, "Twitter"));

  /** Whom a speaker phrase resolves to when it names one organisation, {@code name}. */
  private static String resolvedWithOrganisation(String phrase, String name) {
    int at = phrase.indexOf(name);
    List<EntityMention> body =
        List.of(new EntityMention(name, EntityType.ORGANISATION, at, at + name.length(), name));
    return Speakers.resolve(new Span(phrase, 0, phrase.length()), body, null);
  }

  @Test
  void aPlaceTheSpeakerIsInOrANameInItsDescriptionIsNotTheSpeaker() {
    assertNotEquals("Tromso", resolvedWithOrganisation("Coast guard police in Tromso", "Tromso"));
    assertNotEquals(
        "Lutheran Church",
        resolvedWithOrganisation(
            "Relatives, including a brother who was a Lutheran Church pastor,", "Lutheran Church"));
    // A spokeswoman for a body still speaks for it.
    assertEquals(
        "Royal Norwegian Navy",
        resolvedWithOrganisation(
            "a spokeswoman for the Royal Norwegian Navy", "Royal Norwegian Navy"));
  }

  /** Whom a speaker phrase resolves to when the tagger found {@code names} (people) in it. */
  private static String resolvedWithPeople(String phrase, String... names) {
    List<EntityMention> people = new ArrayList<>();
    for (String name : names) {
      int at = phrase.indexOf(name);
      people.add(new EntityMention(name, EntityType.PERSON, at, at + name.length(), name));
    }
    return Speakers.resolve(new Span(phrase, 0, phrase.length()), people, null);
  }

  /** A name in {@code text} as the tagger found it, at its first place there. */
  private static EntityMention named(String text, String name, EntityType type) {
    int at = text.indexOf(name);
    return new EntityMention(name, type, at, at + name.length(), name);
  }

  @Test
  void aBodyNamedBeforeItsDescriptionIsNotThePersonTheDescriptionNames() {
    String phrase =
        "The Allen Institute for AI, a research institute founded by the late Microsoft cofounder"
            + " Paul Allen,";
    List<EntityMention> names =
        List.of(
            named(phrase, "Allen Institute for AI", EntityType.ORGANISATION),
            named(phrase, "Microsoft", EntityType.ORGANISATION),
            named(phrase, "Paul Allen", EntityType.PERSON));
    assertEquals(
        "Allen Institute for AI",
        Speakers.resolve(new Span(phrase, 0, phrase.length()), names, null));
    // A reporter of an outlet, named in the description, is that reporter.
    String reporter = "A Reuters reporter, Jane Holt,";
    List<EntityMention> hers =
        List.of(
            named(reporter, "Reuters", EntityType.ORGANISATION),
            named(reporter, "Jane Holt", EntityType.PERSON));
    assertEquals(
        "Jane Holt", Speakers.resolve(new Span(reporter, 0, reporter.length()), hers, null));
  }

  @Test
  void theyAreNotABodyThatOnlyTitlesAName() {
    String text =
        "If the kids had held up a photo of former Ku Klux Klan Grand Wizard David Duke, they"
            + " would have been identifying with a man whom most Americans consider an extremist.";
    int they = text.indexOf("they");
    List<EntityMention> names =
        List.of(
            named(text, "Ku Klux Klan", EntityType.ORGANISATION),
            named(text, "David Duke", EntityType.PERSON));
    assertNull(Speakers.resolve(text, new Span("they", they, they + 4), names, null));
  }

  @Test
  void anAdviserIsNotThePersonAdvised() {
    // "A top Donald Trump adviser says the businessman is on a glide path": the adviser's words,
    // not Trump's, and the phrase gives no name of the adviser's own.
    assertNull(resolvedWithPeople("A top Donald Trump adviser", "Donald Trump"));
    assertNull(resolvedWithPeople("a Clinton aide", "Clinton"));
    assertNull(resolvedWithPeople("Cruz’s chief strategist", "Cruz"));
    assertNull(resolvedWithPeople("a Sanders campaign surrogate", "Sanders"));
    // An adviser the phrase names is that adviser.
    assertEquals(
        "Huma Abedin",
        resolvedWithPeople("Clinton's longtime aide Huma Abedin", "Clinton", "Huma Abedin"));
  }

  @Test
  void theOneARelationIsToIsNotWhoSpoke() {
    // Written with "of", "to" or "for" as with a possessive: "Sanders' supporters".
    assertNotEquals("Sanders", resolvedWithPeople("Supporters of Sanders", "Sanders"));
    assertNotEquals(
        "Kathryn Jenkin", resolvedWithPeople("Friends of Kathryn Jenkin", "Kathryn Jenkin"));
    assertNotEquals("Rubio", resolvedWithPeople("Advisers to Mr. Rubio", "Rubio"));
    assertNotEquals("Trump", resolvedWithPeople("a longtime adviser to Trump", "Trump"));
    // A title is no relation, and a spokesman speaks for whom he speaks for.
    assertEquals(
        "Joshua Levy",
        resolvedWithPeople("U.S. Attorney for Massachusetts Joshua Levy", "Joshua Levy"));
    assertEquals("Fiorina", resolvedWithPeople("A spokeswoman for Fiorina", "Fiorina"));
  }

  @Test
  void aPersonWhatThePhraseIsAboutIsNotWhoSpoke() {
    assertNotEquals(
        "Gates", resolvedWithPeople("People with direct knowledge of Gates' work", "Gates"));
    assertNotEquals("Olson", resolvedWithPeople("The charges against Olson", "Olson"));
    assertNotEquals("Trump", resolvedWithPeople("the popularity of Mr. Trump", "Trump"));
    assertEquals("Marie Kondo", resolvedWithPeople("the words of Marie Kondo", "Marie Kondo"));
  }

  @Test
  void aNameInTheSpeakersDescriptionOrAnAdjectiveMadeOfOneIsNotTheSpeaker() {
    // "and" before his description's words does not make the named man an object.
    assertEquals(
        "Andrew Halcro",
        resolvedWithPeople(
            "Anchorage businessman and blogger Andrew Halcro, a sometimes critic of Palin,",
            "Andrew Halcro",
            "Palin"));
    assertEquals(
        "Jack Goldsmith",
        resolvedWithPeople(
            "She and Jack Goldsmith, a Bush-era Justice official,", "Jack Goldsmith", "Bush"));
  }

  /** A mention of each of {@code names} at every place it stands in {@code text}. */
  private static List<EntityMention> everywhere(String text, EntityType type, String... names) {
    List<EntityMention> out = new ArrayList<>();
    for (String name : names) {
      for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
        out.add(new EntityMention(name, type, at, at + name.length(), name));
      }
    }
    return out;
  }

  /** Whom {@code phrase}, at its first place in {@code text}, resolves to. */
  private static String resolvedIn(String text, String phrase, List<EntityMention> names) {
    int at = text.indexOf(phrase);
    return Speakers.resolve(text, new Span(phrase, at, at + phrase.length()), names, null);
  }

  @Test
  void aBodyNamedByAnIndefiniteOrPossessivePhraseIsNoneNamedBefore() {
    String text =
        "Fox Business aired the debate. A new group, Black Votes Matter, said it will run ads. Her"
            + " team said the ads were unfair. The channel said nothing.";
    List<EntityMention> names =
        List.of(
            named(text, "Fox Business", EntityType.ORGANISATION),
            named(text, "Black Votes Matter", EntityType.ORGANISATION));
    // An indefinite one is the body named right after it, or none.
    assertEquals("Black Votes Matter", resolvedIn(text, "A new group", names));
    assertNull(resolvedIn(text, "Her team", names));
    String alone = "Fox Business aired the debate. One research firm said the ratings rose.";
    assertNull(
        resolvedIn(
            alone,
            "One research firm",
            List.of(named(alone, "Fox Business", EntityType.ORGANISATION))));
  }

  @Test
  void theCompanyIsTheOneOfTheLastSentencesBeforeTheOneMostNamed() {
    String text =
        "The Harbor Party met on Monday. The Harbor Party chose a leader, and the Harbor Party"
            + " cheered. Its new leader spent the afternoon on the road, visiting two schools, a"
            + " hospital and a fish market, and in the evening spoke for an hour about roads,"
            + " housing and the price of bread to a hall that was full long before she arrived."
            + " Nobody talked about the leader's years on the board of Lantern Freight,"
            + " which was sued in 2006. The company said it had done nothing wrong.";
    List<EntityMention> names =
        everywhere(text, EntityType.ORGANISATION, "Harbor Party", "Lantern Freight");
    assertEquals("Lantern Freight", resolvedIn(text, "The company", names));
    // With no body in the last sentences, the one the text is about.
    String far = text.replace("Lantern Freight", "a freight firm");
    assertEquals(
        "Harbor Party",
        resolvedIn(far, "The company", everywhere(far, EntityType.ORGANISATION, "Harbor Party")));
  }

  @Test
  void anItThatStandsForNoOneIsNoBody() {
    for (String after :
        List.of(
            "It is hard to say whether the rules worked.",
            "It's worth noting that the rules changed.",
            "It seemed like the rules had worked.")) {
      String text = "The Harbor Trust sued the city. " + after;
      List<EntityMention> trust = List.of(named(text, "Harbor Trust", EntityType.ORGANISATION));
      assertNull(resolvedIn(text, "It", trust), after);
    }
    for (String after :
        List.of(
            "It added that the rules had failed.", "It is asking the court to stop the rules.")) {
      String text = "The Harbor Trust sued the city. " + after;
      List<EntityMention> trust = List.of(named(text, "Harbor Trust", EntityType.ORGANISATION));
      assertEquals("Harbor Trust", resolvedIn(text, "It", trust), after);
    }
  }

  @Test
  void aTitleAsNewsAbbreviatesItAndItsPlaceNameWhomTheTextTitled() {
    String text =
        "Texas Sen. Ted Cruz spoke first, then Florida Sen. Marco Rubio, and Cruz again. Ted Cruz"
            + " left early. The Florida senator said he would stay. The senator added more.";
    List<EntityMention> names = everywhere(text, EntityType.PERSON, "Ted Cruz", "Marco Rubio");
    assertEquals("Marco Rubio", resolvedIn(text, "The Florida senator", names));
    // Without a place, the one the text titled so most often.
    assertEquals("Ted Cruz", resolvedIn(text, "The senator", names));
  }

  @Test
  void aJusticeIsAPersonNotHerCourt() {
    String text =
        "The Supreme Court heard the case. The Supreme Court justice said she regretted it.";
    List<EntityMention> names = everywhere(text, EntityType.ORGANISATION, "Supreme Court");
    assertNotEquals("Supreme Court", resolvedIn(text, "The Supreme Court justice", names));
    String department = "the Department of Justice said it would appeal.";
    assertEquals(
        "Department of Justice",
        resolvedIn(
            department,
            "the Department of Justice",
            List.of(named(department, "Department of Justice", EntityType.ORGANISATION))));
  }

  @Test
  void aGroupIsNotThePersonItSupportsNorTheMembersItNames() {
    assertNotEquals("Clinton", resolvedWithPeople("several Clinton supporters", "Clinton"));
    assertNotEquals("Trump", resolvedWithPeople("Trump\u2019s supporters", "Trump"));
    assertNotEquals("Sanders", resolvedWithPeople("Sanders aides", "Sanders"));
    assertNull(
        resolvedWithPeople(
            "Other Republican candidates, including Carly Fiorina and Ben Carson,",
            "Carly Fiorina",
            "Ben Carson"));
    assertNull(
        resolvedWithOrganisation(
            "Republican strategists who spoke to NBC News after the debate", "NBC News"));
    assertNull(
        resolvedWithOrganisation(
            "a prominent Republican National Committee member", "Republican National Committee"));
    // Still: a spokeswoman speaks for her body, officials of a body for it, and a man who gave his
    // name is that man.
    assertEquals("White House", resolvedWithOrganisation("White House officials", "White House"));
    assertEquals(
        "Gary Gomes",
        resolvedWithPeople("a man who identified himself as Gary Gomes", "Gary Gomes"));
  }

  @Test
  void whatADashSetsApartDescribesTheSpeakerAndIsNoPartOfTheName() {
    // No entity the tagger found: the phrase itself names the speaker, without the dash.
    assertEquals("Forbes", Speakers.resolve(new Span("Forbes \u2014", 0, 8), List.of(), null));
    assertEquals(
        "Jason Sims",
        Speakers.resolve(
            new Span("Jason Sims \u2014 a teacher from Mount Pleasant \u2014", 0, 46),
            List.of(),
            null));
    // A group the dash goes on describing is no name.
    assertNull(
        Speakers.resolve(
            new Span("Many speakers at the service \u2014 including Muslims, Jews \u2014", 0, 60),
            List.of(),
            null));
    // ECB+'s texts space a hyphen as a word: "State - run TV" is one phrase.
    assertNotEquals("State", Speakers.resolve(new Span("State - run TV", 0, 14), List.of(), null));
  }

  @Test
  void aPersonsAttorneyIsNotThePersonButASpokeswomanSpeaksForHer() {
    List<EntityMention> berg =
        List.of(new EntityMention("Ines Berg", EntityType.PERSON, 0, 9, "Ines Berg"));
    assertEquals(
        "Ines Berg ’ s attorney",
        Speakers.resolve(new Span("Ines Berg ’ s attorney", 0, 22), berg, null));
    assertEquals(
        "Ines Berg's longtime personal lawyer",
        Speakers.resolve(new Span("Ines Berg's longtime personal lawyer", 0, 36), berg, null));
    assertEquals(
        "Ines Berg's eldest daughter",
        Speakers.resolve(new Span("Ines Berg's eldest daughter, 34,", 0, 32), berg, null));
    assertEquals(
        "Ines Berg", Speakers.resolve(new Span("Ines Berg's spokeswoman", 0, 23), berg, null));
    // Nor is a name that modifies the relation.
    List<EntityMention> gop =
        List.of(
            new EntityMention("Ines Berg", EntityType.PERSON, 0, 9, "Ines Berg"),
            new EntityMention("GOP", EntityType.ORGANISATION, 12, 15, "GOP"));
    assertEquals(
        "Ines Berg's GOP rivals",
        Speakers.resolve(new Span("Ines Berg's GOP rivals", 0, 22), gop, null));
    // A named attorney after the possessive is who spoke.
    List<EntityMention> both =
        List.of(
            new EntityMention("Ines Berg", EntityType.PERSON, 0, 9, "Ines Berg"),
            new EntityMention("Mark Heller", EntityType.PERSON, 21, 32, "Mark Heller"));
    assertEquals(
        "Mark Heller",
        Speakers.resolve(new Span("Ines Berg's attorney Mark Heller", 0, 32), both, null));
  }

  @Test
  void aCapitalisedDescriptionNamesNoOne() {
    String text =
        "A bomb went off. A Portland judge said it was not safe. Marion County deputies"
            + " agreed, and Millions of Americans watched. Okafor said nothing.";
    for (String description :
        List.of("A Portland judge", "Marion County deputies", "Millions of Americans")) {
      int at = text.indexOf(description);
      assertNull(
          Speakers.resolve(
              text, new Span(description, at, at + description.length()), List.of(), null),
          description);
    }
    // A name the tagger missed is still one.
    int at = text.indexOf("Okafor");
    assertEquals("Okafor", Speakers.resolve(text, new Span("Okafor", at, at + 6), List.of(), null));
  }

  @Test
  void theCompanyIsNotWhomAWitnessToldIt() {
    String text =
        "Shots were fired at Harbour Mill on Friday. One witness told Delmore Associates that the"
            + " gunman fled. Production stopped, the company said.";
    List<EntityMention> orgs = new ArrayList<>();
    for (String name : List.of("Harbour Mill", "Delmore Associates")) {
      int at = text.indexOf(name);
      orgs.add(new EntityMention(name, EntityType.ORGANISATION, at, at + name.length(), name));
    }
    int at = text.indexOf("the company");
    assertEquals(
        "Harbour Mill", Speakers.resolve(text, new Span("the company", at, at + 11), orgs, null));
  }

  @Test
  void theyAreNeverAPlaceThatSpokeBefore() {
    List<EntityMention> places =
        List.of(
            new EntityMention("Exarchia", EntityType.LOCATION, 10, 18, "Exarchia"),
            new EntityMention("Harbour Board", EntityType.ORGANISATION, 40, 53, "Harbour Board"));
    assertNull(Speakers.resolve(new Span("they", 90, 94), places, "Exarchia"));
    // An organisation that spoke before is who "they" are.
    assertEquals(
        "Harbour Board", Speakers.resolve(new Span("they", 90, 94), places, "Harbour Board"));
  }

  @Test
  void aFamilyIsNotThePersonItIsNamedFor() {
    // "Kimani Gray" earlier in the text; the phrases mention him at their own offsets.
    String family = "The Gray family";
    assertEquals(
        "Gray family",
        Speakers.resolve(
            new Span(family, 100, 115),
            List.of(new EntityMention("Gray", EntityType.PERSON, 104, 108, "Kimani Gray")),
            null));
    String lawyers = "lawyers for the family of Kimani Gray";
    assertEquals(
        "Gray family",
        Speakers.resolve(
            new Span(lawyers, 200, 237),
            List.of(new EntityMention("Kimani Gray", EntityType.PERSON, 226, 237, "Kimani Gray")),
            null));
    // Someone named for themselves speaks, whatever family the phrase names too.
    String lawyer = "Gray family lawyer Sanford Rubenstein";
    assertEquals(
        "Sanford Rubenstein",
        Speakers.resolve(
            new Span(lawyer, 300, 337),
            List.of(
                new EntityMention("Gray", EntityType.PERSON, 300, 304, "Kimani Gray"),
                new EntityMention(
                    "Sanford Rubenstein", EntityType.PERSON, 319, 337, "Sanford Rubenstein")),
            null));
  }

  @Test
  void aNameAfterItsDescriptionIsTheName() {
    List<EntityMention> none = List.of();
    assertEquals("TMZ", Speakers.resolve(new Span("Celebrity website TMZ", 0, 21), none, null));
    assertEquals(
        "Radar Online", Speakers.resolve(new Span("Gossip site Radar Online", 0, 24), none, null));
    assertEquals(
        "Reuters", Speakers.resolve(new Span("the news agency Reuters", 0, 23), none, null));
    // A group, a clause or an object before a name is not its description.
    assertEquals(
        "Many in San Diego", Speakers.resolve(new Span("Many in San Diego", 0, 17), none, null));
    assertEquals(
        "Patients starting AOMs",
        Speakers.resolve(new Span("Patients starting AOMs", 0, 22), none, null));
    assertEquals(
        "Deputy District Attorney Terry White",
        Speakers.resolve(new Span("Deputy District Attorney Terry White", 0, 36), none, null));
  }

  @Test
  void aPlatformAfterTheSpeakerIsWhereTheySpokeNotWhoSpoke() {
    assertEquals(
        "Islanders", Speakers.resolve(new Span("Islanders on Twitter", 0, 20), TWITTER, null));
  }

  @Test
  void aDescriptionCapitalisedByItsSentenceIsNoNameButANameAfterADeterminerIs() {
    List<EntityMention> none = List.of();
    assertNull(Speakers.resolve(new Span("The premium materials", 0, 21), none, "Kammok"));
    assertNull(Speakers.resolve(new Span("Many conservatives", 0, 18), none, null));
    assertNull(Speakers.resolve(new Span("Let’s", 0, 5), none, null));
    assertEquals(
        "The Daily Ledger", Speakers.resolve(new Span("The Daily Ledger", 0, 16), none, null));
  }

  @Test
  void aWordTheTextAlsoWritesSmallIsNoNameButAMissedNameIs() {
    List<EntityMention> none = List.of();
    String text =
        "Add subtle motion to a page as users scroll. Use Motion to emphasize key beats. Voters"
            + " said the plan was fair, and voters agreed. Okafor said the levy was fair.";
    int motion = text.indexOf("Motion");
    assertNull(Speakers.resolve(text, new Span("Motion", motion, motion + 6), none, null));
    int voters = text.indexOf("Voters");
    assertNull(Speakers.resolve(text, new Span("Voters", voters, voters + 6), none, null));
    int okafor = text.indexOf("Okafor");
    assertEquals(
        "Okafor", Speakers.resolve(text, new Span("Okafor", okafor, okafor + 6), none, null));
    // A phrase of capitalised words is more often a name than not.
    String survey = "The Snacks Survey found that snacks sell; a survey of snacks.";
    assertEquals(
        "The Snacks Survey",
        Speakers.resolve(survey, new Span("The Snacks Survey", 0, 17), none, null));
  }

  @Test
  void aPhraseWithAWordInLowerCaseAfterItsCapitalIsNoName() {
    List<EntityMention> none = List.of();
    // A sentence's capital: "Physical activity lowers …", "One thing I learned is …".
    for (String phrase :
        new String[] {"Physical activity", "Competitor analysis", "One thing I", "Party leaders"}) {
      assertNull(Speakers.resolve(new Span(phrase, 0, phrase.length()), none, null), phrase);
    }
    // A name, or a phrase with a name after its first word, is left as it was.
    for (String name :
        new String[] {"Bank of America", "Ludwig van Beethoven", "A study of 86,000 Nurses"}) {
      assertEquals(name, Speakers.resolve(new Span(name, 0, name.length()), none, null));
    }
  }

  @Test
  void aClausesOpeningALabelANegatedVerbOrANamesSuffixNamesNoOne() {
    List<EntityMention> none = List.of();
    for (String phrase :
        new String[] {
          "What Reviewers",
          "Why Many in San Diego",
          "Step 1:",
          "Our Editor’s Review |",
          "Don’t",
          "Jr."
        }) {
      assertNull(Speakers.resolve(new Span(phrase, 0, phrase.length()), none, null), phrase);
    }
    // The tagger's run-in of a clause's "When" before a name leaves the name its speaker.
    assertEquals("Biden", resolvedWithPeople("When President Biden", "Biden"));
    // Names are left as they were, a survey named by a letter among them.
    for (String name :
        new String[] {"Survey I", "Whitney Houston", "Howard Dean", "Whenua Trust"}) {
      assertEquals(name, Speakers.resolve(new Span(name, 0, name.length()), none, null));
    }
  }

  @Test
  void aPronounIsNeverSomeoneTheTextTitlesTheOtherGender() {
    // "Kallan" is in no list of first names: only the title says Ms. Reyes is a woman.
    String text =
        "Kallan Reyes and Tomas Brandvik debated on Monday. Ms. Reyes slammed Mr. Brandvik"
            + " after he accused her of lying.";
    List<EntityMention> people = new ArrayList<>();
    people.add(named(text, "Kallan Reyes", EntityType.PERSON));
    people.add(named(text, "Tomas Brandvik", EntityType.PERSON));
    int reyes = text.indexOf("Reyes", text.indexOf("Ms."));
    people.add(new EntityMention("Reyes", EntityType.PERSON, reyes, reyes + 5, "Kallan Reyes"));
    int brandvik = text.indexOf("Brandvik", text.indexOf("Mr."));
    people.add(
        new EntityMention("Brandvik", EntityType.PERSON, brandvik, brandvik + 8, "Tomas Brandvik"));
    int he = text.indexOf(" he ") + 1;
    // The last statement was Ms. Reyes's ("slammed Mr. Brandvik"), and the only man named since
    // is inside it: "he" still is not she.
    assertEquals(
        "Tomas Brandvik",
        Speakers.resolve(text, new Span("he", he, he + 2), people, "Kallan Reyes", brandvik + 8));
  }

  @Test
  void aPronounWithTheVerbItCarriesIsThePronoun() {
    String text = "Mateo Ruiz covers the campaign. He’s reported from every debate.";
    List<EntityMention> people = List.of(named(text, "Mateo Ruiz", EntityType.PERSON));
    int he = text.indexOf("He’s");
    assertEquals("Mateo Ruiz", Speakers.resolve(text, new Span("He’s", he, he + 4), people, null));
  }

  @Test
  void theyAreNeverTheOnePersonWhoSpokeBefore() {
    List<EntityMention> named =
        List.of(
            new EntityMention("Ines Berg", EntityType.PERSON, 0, 9, "Ines Berg"),
            new EntityMention("Lumen Group", EntityType.ORGANISATION, 20, 31, "Lumen Group"));
    assertNull(Speakers.resolve(new Span("they", 60, 64), named, "Ines Berg"));
    assertEquals("Lumen Group", Speakers.resolve(new Span("they", 60, 64), named, "Lumen Group"));
    assertEquals("Lumen Group", Speakers.resolve(new Span("they", 60, 64), named, null));
  }

  @Test
  void aNameIsThePhraseBeforeItsDescription() {
    List<EntityMention> none = List.of();
    assertEquals(
        "Field Promotions",
        Speakers.resolve(
            new Span("Field Promotions, a sports and celebrity talent agency", 0, 54), none, null));
    assertEquals(
        "Pulse Survey",
        Speakers.resolve(new Span("Pulse Survey, 76% of all social users", 0, 37), none, null));
    assertEquals("Deep Throat", Speakers.resolve(new Span("Deep Throat, ''", 0, 15), none, null));
    // A number's comma and a capitalised word after a comma go on with the phrase.
    assertEquals(
        "A study of over 86,000 Nurses",
        Speakers.resolve(new Span("A study of over 86,000 Nurses", 0, 29), none, null));
    assertEquals(
        "Smith, Jones & Co.", Speakers.resolve(new Span("Smith, Jones & Co.", 0, 18), none, null));
  }

  @Test
  void theCouncilIsNotTheNewspaperThatReportedOnIt() {
    String text =
        "The Harbour Gazette made the same claims in March, and the council responded that the"
            + " levy was fair. The newspaper said it stood by its report.";
    List<EntityMention> gazette =
        List.of(
            new EntityMention(
                "Harbour Gazette", EntityType.ORGANISATION, 4, 19, "Harbour Gazette"));
    int council = text.indexOf("the council");
    assertNull(
        Speakers.resolve(text, new Span("the council", council, council + 11), gazette, null));
    int paper = text.indexOf("The newspaper");
    assertEquals(
        "Harbour Gazette",
        Speakers.resolve(text, new Span("The newspaper", paper, paper + 13), gazette, null));
    List<EntityMention> both =
        List.of(
            new EntityMention("Harbour Gazette", EntityType.ORGANISATION, 4, 19, "Harbour Gazette"),
            new EntityMention(
                "Lumen Town Council", EntityType.ORGANISATION, 30, 41, "Lumen Town Council"));
    assertEquals(
        "Lumen Town Council",
        Speakers.resolve(text, new Span("the council", council, council + 11), both, null));
    // Nor is a council the company the text named: a body is one whose name says so.
    List<EntityMention> company =
        List.of(
            new EntityMention("Harbour Gazette", EntityType.ORGANISATION, 4, 19, "Harbour Gazette"),
            new EntityMention("Lumen Group", EntityType.ORGANISATION, 30, 41, "Lumen Group"));
    assertNull(
        Speakers.resolve(text, new Span("the council", council, council + 11), company, null));
    assertTrue(Speakers.isOutlet("The Washington Post"));
    assertTrue(Speakers.isOutlet("Reuters"));
    assertFalse(Speakers.isOutlet("Lumen Group"));
  }

  @Test
  void anOrganisationsCommonNounWithoutItsArticleIsTheOrganisation() {
    // "Maison Verrault … The Lyon-founded house, which dates back to 1962, said …": the tagger's
    // source may leave out "The".
    List<EntityMention> house =
        List.of(
            new EntityMention(
                "Maison Verrault", EntityType.ORGANISATION, 0, 15, "Maison Verrault"));
    assertEquals(
        "Maison Verrault", Speakers.resolve(new Span("Lyon-founded house", 60, 78), house, null));
    // Named only after the statement: the first organisation named after it.
    List<EntityMention> later =
        List.of(
            new EntityMention(
                "Maison Verrault", EntityType.ORGANISATION, 200, 215, "Maison Verrault"),
            new EntityMention(
                "Continental Press Agency",
                EntityType.ORGANISATION,
                900,
                924,
                "Continental Press Agency"),
            new EntityMention(
                "Continental Press Agency",
                EntityType.ORGANISATION,
                950,
                974,
                "Continental Press Agency"));
    assertEquals(
        "Maison Verrault",
        Speakers.resolve(new Span("the French fashion house", 30, 54), later, null));
    // A name that ends in such a word is still a name.
    assertEquals("Brand House", Speakers.resolve(new Span("Brand House", 60, 71), house, null));
  }

  @Test
  void theCompanyIsTheOrganisationNamedMostBeforeNotAfter() {
    List<EntityMention> named =
        List.of(
            new EntityMention("Harbour Lines", EntityType.ORGANISATION, 0, 13, "Harbour Lines"),
            new EntityMention("Harbour Lines", EntityType.ORGANISATION, 40, 53, "Harbour Lines"),
            new EntityMention(
                "Kallvik Courier", EntityType.ORGANISATION, 300, 315, "Kallvik Courier"),
            new EntityMention(
                "Kallvik Courier", EntityType.ORGANISATION, 400, 415, "Kallvik Courier"),
            new EntityMention(
                "Kallvik Courier", EntityType.ORGANISATION, 500, 515, "Kallvik Courier"));
    assertEquals("Harbour Lines", Speakers.resolve(new Span("the company", 100, 111), named, null));
  }

  @Test
  void aPlatformAloneIsNoSpeaker() {
    assertNull(Speakers.resolve(new Span("Twitter", 13, 20), TWITTER, null));
  }

  @Test
  void aNameEndingInAPlatformsNameIsKept() {
    List<EntityMention> malcolm =
        List.of(new EntityMention("Malcolm X", EntityType.PERSON, 0, 9, "Malcolm X"));
    assertEquals("Malcolm X", Speakers.resolve(new Span("Malcolm X", 0, 9), malcolm, null));
    assertEquals("Ana Ruiz", Speakers.resolve(new Span("Ana Ruiz on X", 0, 13), List.of(), null));
  }

  @Test
  void aPronounSkipsPeopleWhoseFirstNameItCannotMean() {
    List<EntityMention> people =
        List.of(
            new EntityMention("Hillary Clinton", EntityType.PERSON, 0, 15, "Hillary Clinton"),
            new EntityMention("Donald Trump", EntityType.PERSON, 40, 52, "Donald Trump"),
            new EntityMention("Clinton", EntityType.PERSON, 60, 67, "Hillary Clinton"),
            new EntityMention("Trump", EntityType.PERSON, 80, 85, "Donald Trump"));
    assertEquals("Hillary Clinton", Speakers.resolve(new Span("she", 100, 103), people, null));
    assertEquals("Donald Trump", Speakers.resolve(new Span("He", 100, 102), people, null));
    // A name the list gives both genders, or a surname alone, suggests neither.
    List<EntityMention> jordan =
        List.of(
            new EntityMention("Ruth Okonkwo", EntityType.PERSON, 0, 12, "Ruth Okonkwo"),
            new EntityMention("Jordan Hale", EntityType.PERSON, 20, 31, "Jordan Hale"),
            new EntityMention("Brenner", EntityType.PERSON, 40, 47, "Brenner"));
    assertEquals("Brenner", Speakers.resolve(new Span("he", 60, 62), jordan, null));
    assertEquals(
        "Jordan Hale", Speakers.resolve(new Span("he", 35, 37), jordan.subList(0, 2), null));
    // Nobody before suits the pronoun: the list may be wrong of a name, so the nearest person.
    assertEquals(
        "Ruth Okonkwo", Speakers.resolve(new Span("he", 15, 17), jordan.subList(0, 1), null));
  }

  @Test
  void theSpeakerIsTheNameThePhraseIsAboutNotOneItMentions() {
    // '"…," said Huffman, who does not support Grayson's opponent, Murphy.'
    List<EntityMention> three =
        List.of(
            new EntityMention("Huffman", EntityType.PERSON, 5, 12, "Jared Huffman"),
            new EntityMention("Grayson", EntityType.PERSON, 34, 41, "Alan Grayson"),
            new EntityMention("Murphy", EntityType.PERSON, 54, 60, "Patrick Murphy"));
    assertEquals(
        "Jared Huffman",
        Speakers.resolve(
            new Span("Huffman, who does not support Grayson's opponent, Murphy", 5, 60),
            three,
            null));
    // A relative clause's name, and a preposition's, are not who spoke.
    List<EntityMention> backs =
        List.of(
            new EntityMention("Grayson", EntityType.PERSON, 7, 14, "Alan Grayson"),
            new EntityMention("Randolph", EntityType.PERSON, 51, 59, "Susannah Randolph"),
            new EntityMention("Pat Schroeder", EntityType.PERSON, 82, 95, "Pat Schroeder"));
    assertEquals(
        "Pat Schroeder",
        Speakers.resolve(
            new Span(
                "One of Grayson's former supporters who still backs Randolph, former Colorado"
                    + " Rep. Pat Schroeder",
                0,
                95),
            backs,
            null));
    List<EntityMention> gore =
        List.of(
            new EntityMention("Kiki McLean", EntityType.PERSON, 0, 11, "Kiki McLean"),
            new EntityMention("Gore", EntityType.PERSON, 32, 36, "Al Gore"));
    assertEquals(
        "Kiki McLean",
        Speakers.resolve(
            new Span("Kiki McLean, a spokeswoman for Gore's campaign", 0, 46), gore, null));
    List<EntityMention> campaign =
        List.of(
            new EntityMention("McGinty", EntityType.PERSON, 0, 7, "Katie McGinty"),
            new EntityMention("Sean Coit", EntityType.PERSON, 26, 35, "Sean Coit"));
    assertEquals(
        "Sean Coit",
        Speakers.resolve(new Span("McGinty campaign spokesman Sean Coit", 0, 35), campaign, null));
    // A preposition after a name does not make it a modifier: "Gov. Terry Branstad of Iowa, who
    // used Mr. Ailes as a consultant".
    List<EntityMention> iowa =
        List.of(
            new EntityMention("Terry Branstad", EntityType.PERSON, 5, 19, "Terry Branstad"),
            new EntityMention("Ailes", EntityType.PERSON, 42, 47, "Roger Ailes"));
    assertEquals(
        "Terry Branstad",
        Speakers.resolve(
            new Span("Gov. Terry Branstad of Iowa, who used Mr. Ailes as a consultant", 0, 63),
            iowa,
            null));
    // "the house's chief executive, Paul Marchetti": the name after the description.
    List<EntityMention> after =
        List.of(new EntityMention("Paul Marchetti", EntityType.PERSON, 29, 43, "Paul Marchetti"));
    assertEquals(
        "Paul Marchetti",
        Speakers.resolve(
            new Span("the house's chief executive, Paul Marchetti", 0, 43), after, null));
  }

  @Test
  void aPronounOrQuantifierAtASentencesStartIsNoName() {
    assertNull(Speakers.resolve(new Span("You", 0, 3), List.of(), null));
    assertNull(Speakers.resolve(new Span("Many", 0, 4), List.of(), null));
  }

  @Test
  void aTimeAloneWhereTheSourceWouldStandIsNoOne() {
    for (String time : List.of("Monday", "July", "on Thursday", "Yesterday")) {
      assertNull(Speakers.resolve(new Span(time, 0, time.length()), List.of(), null), time);
    }
    assertEquals("Ines Berg", Speakers.resolve(new Span("Ines Berg", 0, 9), List.of(), null));
  }

  @Test
  void aTimeAloneIsNoPlausibleSpeakerBeforeACue() {
    // "The Indian Navy in November said …": the rule for "NAME said" saw only "November".
    assertFalse(Speakers.plausibleSpeaker("November"));
    assertFalse(Speakers.plausibleSpeaker("on Monday"));
    assertFalse(Speakers.plausibleSpeaker("The"));
    assertTrue(Speakers.plausibleSpeaker("The Indian Navy in November"));
    assertTrue(Speakers.plausibleSpeaker("May"));
  }

  @Test
  void aRelativeClauseDescribesTheSpeakerAndNamesNoOne() {
    String phrase = "Ines Berg, who represents a district in Kestrel Bay,";
    assertEquals(
        "Ines Berg", Speakers.resolve(new Span(phrase, 0, phrase.length()), List.of(), null));
    assertNull(Speakers.resolve(new Span("Those who", 0, 9), List.of(), null));
    String aside = "Harbour Lines (the company that runs the ferry)";
    assertEquals(
        "Harbour Lines", Speakers.resolve(new Span(aside, 0, aside.length()), List.of(), null));
  }

  /** A speaker phrase at the start of a text, resolved against the given mentions. */
  private static String resolveAlone(String phrase, List<EntityMention> entities) {
    return Speakers.resolve(phrase, new Span(phrase, 0, phrase.length()), entities, null);
  }

  @Test
  void aStatementOrSpokespersonFromABodyIsThatBodys() {
    assertEquals("Waitrose", resolveAlone("A statement from Waitrose", List.of()));
    List<EntityMention> surrey =
        List.of(
            new EntityMention("Surrey Police", EntityType.ORGANISATION, 90, 103, "Surrey Police"));
    assertEquals("Surrey Police", resolveAlone("a spokesperson from Surrey police", surrey));
    assertEquals("Defence PRO", resolveAlone("A statement from the Defence PRO", List.of()));
    // Residents from a town are no body's voice.
    assertEquals("Residents from Palmer", resolveAlone("Residents from Palmer", List.of()));
  }

  @Test
  void aBodyNamedInLowerCaseIsTheBodyOfThatNameNeverAnotherOrganisation() {
    List<EntityMention> navy =
        List.of(
            new EntityMention("INS Mysore", EntityType.ORGANISATION, 60, 70, "INS Mysore"),
            new EntityMention("Indian Navy", EntityType.ORGANISATION, 80, 91, "Indian Navy"));
    assertEquals("Indian Navy", resolveAlone("A navy spokesman", navy));
    assertEquals("Indian Navy", resolveAlone("navy sources", navy));
    // A modifier the body's name lacks: the words that name it, not the navy nor the ship.
    assertEquals("German military", resolveAlone("a German military spokesman", navy));
    assertEquals("Indian government", resolveAlone("the Indian government", navy));
    assertNull(resolveAlone("the government", navy));
    List<EntityMention> vancouver =
        List.of(
            new EntityMention(
                "Vancouver Police", EntityType.ORGANISATION, 40, 56, "Vancouver Police"));
    assertEquals("Vancouver Police", resolveAlone("Police", vancouver));
    assertEquals("Vancouver Police", resolveAlone("A police spokeswoman", vancouver));
  }

  @Test
  void theStatementIsTheOneNamedBeforeAndTheSpokesmanTheOneBefore() {
    String text =
        "A Defence Ministry statement said the ship was safe. A German military spokesman said"
            + " pirates fled. The statement said 23 men were held. The spokesman said no one was"
            + " hurt. The report said more ships were at sea.";
    Quote ministry = quote(text, "A Defence Ministry statement", "Defence Ministry");
    Quote german = quote(text, "A German military spokesman", "German military");
    Quote statement = quote(text, "The statement", null);
    Quote spokesman = quote(text, "The spokesman", null);
    Quote report = quote(text, "The report", null);
    List<Quote> out =
        Speakers.definiteSources(
            text, List.of(ministry, german, statement, spokesman, report), List.of());
    assertEquals("Defence Ministry", out.get(0).speakerResolved());
    assertEquals("German military", out.get(1).speakerResolved());
    assertEquals("Defence Ministry", out.get(2).speakerResolved());
    assertEquals("German military", out.get(3).speakerResolved());
    assertNull(out.get(4).speakerResolved(), "no report was named before");
    // "according to a statement from the Indian government": the statement is the government's.
    String issued =
        "The ship was freed, according to a statement from the Indian government. The statement"
            + " said the crew was safe.";
    List<Quote> fromGovernment =
        Speakers.definiteSources(
            issued,
            List.of(
                quote(issued, "the Indian government", "Indian government"),
                quote(issued, "The statement", null)),
            List.of());
    assertEquals("Indian government", fromGovernment.get(1).speakerResolved());
  }

  @Test
  void aSpokeswomanRightAfterAnOrganisationsStatementSpeaksForIt() {
    String text =
        "Maison Verrault confirmed the campaign will be shot in Copenhagen. A spokeswoman said the"
            + " photographers last worked for the house in 1998. Okafor said she was proud. A"
            + " spokeswoman said the contract runs three years.";
    List<Quote> out =
        Speakers.definiteSources(
            text,
            List.of(
                quote(text, "Maison Verrault", "Maison Verrault"),
                quote(text, "A spokeswoman", null),
                quote(text, "Okafor", "Amara Okafor"),
                secondSpokeswoman(text)),
            List.of(
                new EntityMention(
                    "Maison Verrault", EntityType.ORGANISATION, 0, 15, "Maison Verrault"),
                new EntityMention("Okafor", EntityType.PERSON, 139, 145, "Amara Okafor")));
    assertEquals("Maison Verrault", out.get(1).speakerResolved());
    // After a person's statement, a spokeswoman is nobody the text names.
    assertNull(out.get(3).speakerResolved());
  }

  /** The statement of the text's last "A spokeswoman", unresolved. */
  private static Quote secondSpokeswoman(String text) {
    int at = text.lastIndexOf("A spokeswoman");
    return new Quote(
        QuoteKind.INDIRECT,
        new Span("x", at + 19, at + 20),
        null,
        new Span("A spokeswoman", at, at + 13),
        null,
        null);
  }

  /** A statement whose speaker is a phrase of the text, with no content or cue that matters. */
  private static Quote quote(String text, String speaker, String resolved) {
    int at = text.indexOf(speaker);
    return new Quote(
        QuoteKind.INDIRECT,
        new Span("x", at, at + 1),
        null,
        new Span(speaker, at, at + speaker.length()),
        resolved,
        null);
  }
}
