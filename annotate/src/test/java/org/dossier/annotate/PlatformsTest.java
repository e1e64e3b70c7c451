package org.dossier.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Where a statement was made, read from its sentence. */
class PlatformsTest {
  private static String platform(String sentence) {
    return Platforms.platform(sentence, 0, sentence.length());
  }

  @Test
  void anInterviewsOutletIsItsNameWithoutTheFullStopOrThePersonItNames() {
    assertEquals("interview with CRN", platform("Paul Henry said so in an interview with CRN."));
    assertEquals(
        "interview with ABC News",
        platform("She said so in an interview with ABC News' Peter Jennings on Sunday."));
    assertEquals("interview with CNN", platform("He told CNN's Jake Tapper that he would run."));
    assertEquals(
        "interview with UsMagazine.com",
        platform("The actress said so in an interview with UsMagazine.com."));
    assertEquals("U.S.", Platforms.outletName("U.S."));
    assertEquals("interview with Vogue", platform("She said in an interview with Vogue that"));
  }
}
