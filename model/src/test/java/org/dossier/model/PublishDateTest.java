package org.dossier.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PublishDateTest {
  @Test
  void acceptsEachPrecisionInItsOwnForm() {
    assertNull(new PublishDate("2019", DatePrecision.YEAR, "text").day());
    assertNull(new PublishDate("2019-11", DatePrecision.MONTH, "text").day());
    assertEquals(
        LocalDate.of(2021, 6, 14), new PublishDate("2021-06-14", DatePrecision.DAY, "meta").day());
    assertEquals(
        LocalDate.of(2021, 6, 14),
        new PublishDate("2021-06-14T23:30:00-05:00", DatePrecision.TIME, "meta").day());
  }

  @Test
  void rejectsAValueThatDoesNotMatchItsPrecisionAndSaysWhich() {
    var e =
        assertThrows(
            IllegalArgumentException.class,
            () -> new PublishDate("2021-06", DatePrecision.DAY, "meta"));
    assertTrue(
        e.getMessage().contains("2021-06") && e.getMessage().contains("DAY"), e.getMessage());
  }

  @Test
  void commentCannotReplyToItself() {
    assertThrows(IllegalArgumentException.class, () -> new Comment("c1", "a", null, "text", "c1"));
  }
}
