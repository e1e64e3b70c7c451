package org.dossier.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

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
}
