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
          PageTitles.stripSiteName(
              "Ferry returns to Vessa " + sep + " Coastal Herald", "Coastal Herald"),
          sep);
      assertEquals(
          "Ferry returns to Vessa",
          PageTitles.stripSiteName(
              "Coastal Herald " + sep + " Ferry returns to Vessa", "Coastal Herald"),
          sep);
    }
  }

  @Test
  void aHeadlineKeepsItsOwnPunctuation() {
    assertEquals(
        "Ferry firm: we are sorry", PageTitles.stripSiteName("Ferry firm: we are sorry", null));
    assertEquals(
        "A long headline about the ferry that returns to Vessa in December",
        PageTitles.stripSiteName(
            "A long headline about the ferry that returns to Vessa in December • Herald", null));
  }
}
