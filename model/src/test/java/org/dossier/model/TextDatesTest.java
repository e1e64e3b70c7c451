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
  void aWeekdayWithItsDayAndMonthIsFixedByTheLatestNamedYear() {
    assertEquals(
        "2026-11-16 DAY inferred",
        infer("The company said on Monday, November 16, that the 2026 season opens.", null));
    // The latest named year (2026) does not fit the weekday; the older one that does is background.
    assertNull(infer("The company said on Friday, November 16, that 2018 and 2026 differ.", null));
  }

  @Test
  void aCompleteDateDatesTheTextOnlyWithItsWeekday() {
    assertEquals(
        "2026-11-16 DAY inferred",
        infer(
            "It ran aground on Sunday, September 14, 2025. On Monday, November 16, 2026 the firm"
                + " said it will sail again from Tuesday, December 1, 2026.",
            null));
    assertEquals(
        "2026-11-16 DAY inferred",
        infer("Correction: November 16, 2026, Monday. An earlier version misspelt a name.", null));
    // A date with the wrong weekday, and dates without one, are the story's background. (A
    // background date written with its right weekday still counts: rarer, and a limit.)
    assertNull(infer("She was buried on Wednesday, Sept. 3, 1963, after a requiem Mass.", null));
    assertNull(
        infer(
            "She was 85. Born on April 22, 1923, in Nashville, she died yesterday, her agent said.",
            null));
    assertNull(infer("The attacks of September 11, 2001 changed the airport for good.", null));
    // A text that names a later year was written after it: its weekday's date is background.
    assertNull(
        infer(
            "On Tuesday, Oct. 10, 1972, Washington awoke to the news. In 2005 he said he was the"
                + " source.",
            null));
  }

  @Test
  void aDateAloneOnItsLineIsTheTextsDateStamp() {
    // "plans" and "by" announce a date ahead only on the date's own line.
    assertEquals(
        "2005-10-04 DAY inferred",
        infer("Apple plans another special event\n\nOctober 04, 2005\n\nApple said today.", null));
    assertEquals(
        "2010-06-16 DAY inferred",
        infer("Shops swamped by pre-orders\n\n16 June 2010.\n\nThe phone sold out.", null));
    assertNull(infer("The firm plans to sell it from June 16, 2010.", null));
  }

  @Test
  void anEmbeddedPostsDateDatesTheText() {
    assertEquals(
        "2016-06-29 DAY inferred",
        infer(
            "Clinton answered within the hour.\n\nWe will win. — Ann Lee (@annlee) June 28, 2016"
                + "\n\nNot so fast. — Bo Park (@bopark) June 29, 2016",
            null));
  }

  @Test
  void datesAfterTheCaptureDayAreNeverChosen() {
    assertEquals(
        "2025-09-14 DAY inferred",
        infer(
            "Reported on Sunday, September 14, 2025.\n\n2027-01-02\n\nMore later.",
            LocalDate.of(2026, 1, 1)));
  }

  @Test
  void aYearComesFromAFooterOnly() {
    assertEquals("2026 YEAR inferred", infer("The ferry returns.\n\n© 2026 The Post", null));
    assertEquals("2026 YEAR inferred", infer("The ferry returns.\n\n(c) 2026 The Post", null));
    assertEquals(
        "2026 YEAR inferred",
        infer("The ferry returns, the firm said on Monday.\n\nPublished 2026 by The Post", null));
    // A year beside a weekday is as often background ("said on Monday that in 2008 …").
    assertNull(infer("The firm said on Monday that 2026 will be its year.", null));
    assertNull(infer("The firm said on Monday. The grounding in 2025 was costly.", null));
  }

  @Test
  void aTextWithoutDatesHasNone() {
    assertNull(infer("Nothing here says when.", null));
    assertNull(infer("", null));
  }

  @Test
  void aWireDatelineGivesItsDayInTheYearOfAFooter() {
    assertEquals(
        "2026-03-20 DAY inferred",
        infer(
            "Harbour rates hold\n\nKESTREL BAY, March 20 (Coastal Wire) - The harbour board held its"
                + " fees on Wednesday.\n\n© 2026 Coastal Wire",
            LocalDate.of(2026, 11, 1)));
    // The one year the text names is as often background (a 1972 ruling in a 2016 story).
    assertNull(
        infer(
            "WASHINGTON, June 10 (UPI) - Clinton spoke of the years before 1972's Roe v. Wade.",
            LocalDate.of(2026, 11, 1)));
  }
}
