package org.dossier.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Site names glued to titles, with every separator sites use, stripped the same way. */
class StripSiteNameTest {
  @Test
  void everySeparatorIsStrippedWithTheSiteName() {
    for (String sep : new String[] {"|", "–", "—", "·", "•", "»", ":", "-"}) {
      assertEquals(
          "Ferry returns to Vessa",
          PageMetadata.stripSiteName(
              "Ferry returns to Vessa " + sep + " Coastal Herald", "Coastal Herald"),
          sep);
      assertEquals(
          "Ferry returns to Vessa",
          PageMetadata.stripSiteName(
              "Coastal Herald " + sep + " Ferry returns to Vessa", "Coastal Herald"),
          sep);
    }
  }

  @Test
  void aHeadlineKeepsItsOwnPunctuation() {
    assertEquals(
        "Ferry firm: we are sorry", PageMetadata.stripSiteName("Ferry firm: we are sorry", null));
    assertEquals(
        "A long headline about the ferry that returns to Vessa in December",
        PageMetadata.stripSiteName(
            "A long headline about the ferry that returns to Vessa in December • Herald", null));
  }
}
