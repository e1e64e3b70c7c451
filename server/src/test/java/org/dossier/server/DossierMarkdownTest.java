package org.dossier.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class DossierMarkdownTest {
  @Test
  void articleTextCannotForgeReferencesLinksOrHtml() {
    assertEquals(
        "as cited \\[2\\], see !\\[x\\](http://evil) and &lt;b&gt;\\*bold\\*&lt;/b&gt;",
        DossierMarkdown.md("as cited [2], see ![x](http://evil) and <b>*bold*</b>"));
  }
}
