package org.dossier.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.dossier.stories.Dossier;
import org.junit.jupiter.api.Test;

class DossierMarkdownTest {
  @Test
  void articleTextCannotForgeReferencesLinksOrHtml() {
    assertEquals(
        "as cited \\[2\\], see !\\[x\\](http://evil) and &lt;b&gt;\\*bold\\*&lt;/b&gt;",
        DossierMarkdown.md("as cited [2], see ![x](http://evil) and <b>*bold*</b>"));
  }

  @Test
  void aReportedStatementShowsTheWordsThatAttributeIt() {
    Dossier.Variant a =
        new Dossier.Variant(
            "a1", "Ledger", "the antenna design", "indirect", "identical", null, "dismissed");
    Dossier.Variant b =
        new Dossier.Variant(
            "a2", "Courier", "the antenna's design", "indirect", "wording", null, "played down");
    Dossier.Variant quoted =
        new Dossier.Variant(
            "a1", "Ledger", "It is no problem.", "direct", "identical", null, "said");
    Dossier d =
        new Dossier(
            "s1",
            "Antenna",
            List.of(
                new Dossier.ArticleRef("a1", "file:///a1", "Ledger", "Antenna", "2026-05-01"),
                new Dossier.ArticleRef("a2", "file:///a2", "Courier", "Antenna", "2026-05-02")),
            List.of(),
            List.of(
                new Dossier.Statement(
                    "Ruth Okonkwo",
                    "the antenna design",
                    null,
                    "a1",
                    "wording",
                    List.of(a, b),
                    false),
                new Dossier.Statement(
                    "Ruth Okonkwo",
                    "It is no problem.",
                    null,
                    "a1",
                    "identical",
                    List.of(quoted),
                    false)),
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            new Dossier.Reaction(0, List.of(), List.of(), List.of()),
            List.of());
    String md = DossierMarkdown.render(d);
    assertTrue(md.contains("- **Ruth Okonkwo** (\"dismissed\"): \"the antenna design\""), md);
    assertTrue(md.contains("[2] Courier, indirect (\"played down\"), wording"), md);
    assertTrue(md.contains("- **Ruth Okonkwo**: \"It is no problem.\""), md);
  }
}
