package org.dossier.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.dossier.model.EntityMention;
import org.dossier.model.EntityType;
import org.dossier.model.Span;
import org.junit.jupiter.api.Test;

/** Who a speaker phrase names: never the platform the statement was made on. */
class SpeakersTest {

  /** "Islanders on Twitter reported that police searched homes.": the tagger's organisation. */
  private static final List<EntityMention> TWITTER =
      List.of(new EntityMention("Twitter", EntityType.ORGANISATION, 13, 20, "Twitter"));

  @Test
  void aPlatformAfterTheSpeakerIsWhereTheySpokeNotWhoSpoke() {
    assertEquals(
        "Islanders", Speakers.resolve(new Span("Islanders on Twitter", 0, 20), TWITTER, null));
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
}
