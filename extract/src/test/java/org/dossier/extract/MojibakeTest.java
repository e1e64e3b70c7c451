package org.dossier.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Double-encoded UTF-8 is decoded again; text that only looks like it is left alone. */
class MojibakeTest {
  @Test
  void sequencesReadThroughLatin1OrWindows1252AreDecoded() {
    assertEquals("Investor’s guide – café", Mojibake.repair("Investorâ€™s guide â€“ cafÃ©"));
    assertEquals(
        "Investor’s guide, investor’s",
        Mojibake.repair("Investorâ\u0080\u0099s guide, investorâ\u0080\u0099s"));
  }

  @Test
  void oneSequenceAloneMayBeMeantAndStays() {
    assertEquals("Ã© is how it looks", Mojibake.repair("Ã© is how it looks"));
  }

  @Test
  void realAccentedTextIsUnchanged() {
    String text = "NÃO, disse a ministra. ÁGUA e «aspas» não são mojibake — SÃO Paulo, 5º, 1ª.";
    assertEquals(text, Mojibake.repair(text));
  }
}
