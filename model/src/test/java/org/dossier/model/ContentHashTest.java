package org.dossier.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;

class ContentHashTest {
  @Test
  void normalisationFoldsTypographyCaseAndSpacing() {
    assertEquals(
        "\"i have spent a year listening\" - okafor's post",
        ContentHash.normalize(
            "  \u201cI have spent a\u00a0year\n\nlistening\u201d \u2014 Okafor\u2019s   post "));
  }

  @Test
  void articleIdIsStableAndDependsOnIdentityAndText() {
    String a = ContentHash.articleId("https://x.example/a", "Title", "Body text.");
    assertEquals(a, ContentHash.articleId("https://x.example/a", "Title", "Body   text."));
    assertEquals(16, a.length());
    assertNotEquals(a, ContentHash.articleId("https://x.example/b", "Title", "Body text."));
    assertNotEquals(a, ContentHash.articleId("https://x.example/a", "Title", "Other body."));
  }

  /** NFKC, then the whole text lowered, then folded: what normalize did before its one pass. */
  private static String reference(String text) {
    return ContentHash.foldLowered(Normalizer.normalize(text, Normalizer.Form.NFKC));
  }

  @Test
  void theOnePassFoldsEveryCharacterAsLowerCasingTheWholeTextThenFoldingDoes() {
    // Article ids hash the folded text: a fold that differed from the one before it would give
    // stored articles new ids. Every character of the basic plane, alone and between words.
    StringBuilder all = new StringBuilder();
    for (char c = 1; c < Character.MAX_VALUE; c++) {
      if (Character.isSurrogate(c)) {
        continue;
      }
      String alone = "Ab " + c + "C\u00a0" + c + c + " D";
      assertEquals(reference(alone), ContentHash.normalize(alone), "U+" + (int) c);
      all.append(c);
    }
    // And as one text (NFKC first, as normalize does), with a final sigma and a dotted capital I.
    String text = all + " \u039f\u0394\u039f\u03a3 \u0130stanbul \ud83d\ude00 \u201cQuoted\u201d";
    assertEquals(reference(text), ContentHash.normalize(text));
    assertEquals(
        "\u03bf\u03b4\u03bf\u03c2 i\u0307stanbul",
        ContentHash.normalize("\u039f\u0394\u039f\u03a3 \u0130stanbul"));
  }
}
