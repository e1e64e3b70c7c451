package org.dossier.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Double-encoded UTF-8 is decoded again; text that only looks like it is left alone. */
class MojibakeTest {
  /**
   * One text as the extractor treats a page's texts: decoded again when two sequences are found.
   */
  private static String repaired(String text) {
    return Mojibake.found(List.of(text)) ? Mojibake.decodedAgain(text) : text;
  }

  @Test
  void sequencesReadThroughLatin1OrWindows1252AreDecoded() {
    assertEquals("Investor’s guide – café", repaired("Investorâ€™s guide â€“ cafÃ©"));
    assertEquals(
        "Investor’s guide, investor’s",
        repaired("Investorâ\u0080\u0099s guide, investorâ\u0080\u0099s"));
  }

  @Test
  void oneSequenceAloneMayBeMeantAndStays() {
    assertEquals("Ã© is how it looks", repaired("Ã© is how it looks"));
  }

  @Test
  void realAccentedTextIsUnchanged() {
    String text = "NÃO, disse a ministra. ÁGUA e «aspas» não são mojibake — SÃO Paulo, 5º, 1ª.";
    assertEquals(text, repaired(text));
  }
}
