package org.dossier.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.dossier.engine.Ingestion;
import org.dossier.model.Article;
import org.dossier.model.Comment;
import org.dossier.server.Json;
import org.dossier.store.ArticleLink;
import org.dossier.store.ArticleStore;
import org.dossier.store.StoredArticle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dossier show ID}: prints one stored article. */
@Command(
    name = "show",
    mixinStandardHelpOptions = true,
    description =
        "Prints one stored article with its comments and its links to copies and versions.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:found",
      "1:no such article",
      "2:usage error (an id prefix shorter than 6 or matching several)"
    })
final class ShowCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(
      paramLabel = "ID",
      description = "The article id, or a unique prefix of at least 6 characters.")
  String id;

  @Option(names = "--json", description = "Print the article as JSON.")
  boolean json;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    Optional<StoredArticle> found;
    try (ArticleStore store = DossierCommand.openStore(spec)) {
      found = store.article(id);
    }
    if (found.isEmpty()) {
      spec.commandLine().getErr().println("dossier: no article with id " + id);
      return 1;
    }
    StoredArticle s = found.get();
    if (json) {
      out.println(Json.pretty(Json.stored(s, true)));
      return 0;
    }
    Article a = s.article();
    out.println(a.title() == null ? "(untitled)" : a.title());
    out.println("=".repeat(Math.min(78, a.title() == null ? 10 : a.title().length())));
    out.printf("id         %s (version %d)%n", a.id(), s.version());
    out.printf("outlet     %s%n", orDash(a.outlet()));
    out.printf("byline     %s%n", a.byline().isEmpty() ? "-" : String.join(", ", a.byline()));
    out.printf(
        "published  %s%n",
        a.published() == null ? "-" : a.published().value() + " (" + a.published().origin() + ")");
    out.printf("language   %s%n", orDash(a.language()));
    out.printf("source     %s%n", Ingestion.display(a.source()));
    if (a.canonicalUrl() != null) {
      out.printf("canonical  %s%n", a.canonicalUrl());
    }
    for (ArticleLink l : s.links()) {
      boolean later = l.later().equals(a.id());
      String other = later ? l.earlier() : l.later();
      String relation =
          switch (l.kind()) {
            case EXACT -> later ? "exact copy of" : "copied exactly by";
            case NEAR -> later ? "near-duplicate of" : "near-duplicated by";
            case VERSION -> later ? "new version of" : "superseded by";
          };
      out.printf("link       %s %s (similarity %.2f)%n", relation, other, l.similarity());
    }
    out.println();
    for (String p : a.paragraphs()) {
      out.println(p);
      out.println();
    }
    if (!a.comments().isEmpty()) {
      out.printf("Reader comments (%d)%n", a.comments().size());
      for (Comment c : a.comments()) {
        int depth = depth(a, c);
        String indent = "  ".repeat(depth + 1);
        out.printf(
            "%s- %s%s: %s%n",
            indent,
            orDash(c.author()),
            c.published() == null ? "" : " (" + c.published() + ")",
            c.text().replace("\n\n", " / "));
      }
    }
    a.diagnostics().forEach(d -> out.printf("note: %s%n", d.message()));
    return 0;
  }

  private static int depth(Article a, Comment c) {
    int depth = 0;
    String parent = c.parent();
    while (parent != null && depth < 20) {
      depth++;
      String p = parent;
      parent = null;
      for (Comment x : a.comments()) {
        if (x.id().equals(p)) {
          parent = x.parent();
          break;
        }
      }
    }
    return depth;
  }

  private static String orDash(String s) {
    return s == null ? "-" : s;
  }
}
