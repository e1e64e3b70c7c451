package org.dossier.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class TextDatesTest {

  private static String infer(String text, LocalDate notAfter) {
    PublishDate d = TextDates.infer(text, notAfter);
    return d == null ? null : d.value() + " " + d.precision() + " " + d.origin();
  }

  @Test
  void aWeekdayWithItsDayAndMonthIsFixedByTheNamedYear() {
    assertEquals(
        "2026-11-16 DAY inferred",
        infer("The company said on Monday, November 16, that the 2026 season opens.", null));
  }

  @Test
  void theLatestCompleteDateThatIsNotAheadWins() {
    assertEquals(
        "2026-11-16 DAY inferred",
        infer(
            "It ran aground on September 14, 2025. On 16 November 2026 the firm said it will sail"
                + " again from December 1, 2026.",
            null));
  }

  @Test
  void aHeadlineAboveADateLineDoesNotAnnounceTheDateAsAhead() {
    // "plans" and "by" announce a date ahead only on the date's own line.
    assertEquals(
        "2005-10-04 DAY inferred",
        infer("Apple plans another special event\n\nOctober 04, 2005\n\nApple said today.", null));
    assertEquals(
        "2010-06-16 DAY inferred",
        infer("Shops swamped by pre-orders\n\nJune 16, 2010\n\nThe phone sold out.", null));
    assertNull(infer("The firm plans to sell it from June 16, 2010.", null));
  }

  @Test
  void datesAfterTheCaptureDayAreNeverChosen() {
    assertEquals(
        "2025-09-14 DAY inferred",
        infer("Reported on September 14, 2025. Updated 2027-01-02.", LocalDate.of(2026, 1, 1)));
  }

  @Test
  void aYearComesFromAFooterOrASentenceWithAWeekday() {
    assertEquals(
        "2026 YEAR inferred",
        infer("The ferry returns, the firm said on Monday.\n\nPublished 2026 by The Post", null));
    assertEquals(
        "2026 YEAR inferred", infer("The firm said on Monday that 2026 will be its year.", null));
    // A year named only as background does not date the text.
    assertNull(infer("The firm said on Monday. The grounding in 2025 was costly.", null));
  }

  @Test
  void aTextWithoutDatesHasNone() {
    assertNull(infer("Nothing here says when.", null));
    assertNull(infer("", null));
  }

  @Test
  void aWireDatelineGivesItsDayInTheOneYearTheTextNames() {
    assertEquals(
        "2026-03-20 DAY inferred",
        infer(
            "Harbour rates hold\n\nKESTREL BAY, March 20 (Coastal Wire) - The harbour board held its"
                + " fees on Wednesday and kept its plan for three cuts by the end of 2026.",
            LocalDate.of(2026, 11, 1)));
    // Two years named and none said to be the year of writing: the day's year is not fixed.
    assertNull(
        infer(
            "KESTREL BAY, March 20 (Coastal Wire) - The fees set in 2024 hold until 2026.",
            LocalDate.of(2026, 11, 1)));
  }
}
