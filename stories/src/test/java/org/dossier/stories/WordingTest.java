package org.dossier.stories;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class WordingTest {
  @Test
  void quoteStylesAndEllipsesAreUnified() {
    assertEquals("It's over...", Wording.normal("“It’s   over…”"));
    assertEquals(Wording.words("«Nous — partons»"), Wording.words("\"nous - partons\""));
  }

  @Test
  void diffMarksRemovedAndAddedWords() {
    assertEquals(
        "so has [-Maison-] Verrault. [-I am-] {+I'm+} proud",
        Wording.diff("so has Maison Verrault. I am proud", "so has Verrault. I'm proud"));
  }

  @Test
  void namesDifferingByASlipAreTheSameButShortDifferentNamesAreNot() {
    org.junit.jupiter.api.Assertions.assertTrue(Names.sameName("Mette Aaland", "Mette Aland"));
    org.junit.jupiter.api.Assertions.assertTrue(Names.sameName("Zelenskyy", "Zelensky"));
    org.junit.jupiter.api.Assertions.assertFalse(Names.sameName("John Smith", "Jane Smith"));
    org.junit.jupiter.api.Assertions.assertFalse(Names.sameName("Paris", "Parma"));
    org.junit.jupiter.api.Assertions.assertFalse(
        Names.sameName("Lars Lindqvist", "Mette Lindqvist"));
    // A longer name is the shorter one with a title or a first name before it, not another body
    // that names it after "for" or "of".
    org.junit.jupiter.api.Assertions.assertTrue(Names.sameName("President Ines Berg", "Ines Berg"));
    org.junit.jupiter.api.Assertions.assertTrue(
        Names.sameName("The Associated Press", "Associated Press"));
    org.junit.jupiter.api.Assertions.assertTrue(
        Names.sameName("Ursula von der Leyen", "von der Leyen"));
    org.junit.jupiter.api.Assertions.assertFalse(
        Names.sameName("Edison Research for The Associated Press", "Associated Press"));
    org.junit.jupiter.api.Assertions.assertFalse(Names.sameName("Bank of Norway", "Norway"));
    // A surname's particle written apart, joined or hyphenated is one spelling of it.
    org.junit.jupiter.api.Assertions.assertTrue(
        Names.sameName("Vincent Del Giudice", "Vincent DelGiudice"));
    org.junit.jupiter.api.Assertions.assertTrue(Names.sameName("Al Qaeda", "al-Qaeda"));
    // A plural's "s" on a word of a longer name is a slip; a name of one word is another name.
    org.junit.jupiter.api.Assertions.assertTrue(Names.sameName("Nordlys Food", "Nordlys Foods"));
    org.junit.jupiter.api.Assertions.assertFalse(Names.sameName("Bus Line", "Buss Line"));
    org.junit.jupiter.api.Assertions.assertFalse(Names.sameName("Del Giudice", "Del Giudici Vino"));
    // People's names with and without a middle name or initial, or a first name's common short
    // form; the pairs marked false are two names.
    Object[][] people = {
      {"Mark Jay Heller", "Mark Heller", true},
      {"James Dabney", "James R. Dabney", true},
      {"Benjamin David Banky", "Ben Banky", true},
      {"Bill Clinton", "William Clinton", true},
      {"Bank of America", "Bank America", false},
      {"Mark Heller", "Mark Jay Hellman", false},
      {"George W. Bush", "George H. W. Bush", false},
      {"Mark  Heller", "Mark Heller", false},
      {"Ben Banky", "Benedict Banky", false},
      {"John Banky", "Benjamin David Banky", false},
      {"LaTonya Sharon Brown", "Latoya Brown", true},
      {"Dorothy Ann Brown", "Latoya Brown", false}
    };
    for (Object[] p : people) {
      assertEquals(
          p[2], Names.middleNameApart((String) p[0], (String) p[1]), () -> p[0] + " / " + p[1]);
    }
  }
}
