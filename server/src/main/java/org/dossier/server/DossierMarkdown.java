package org.dossier.server;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dossier.model.EntityType;
import org.dossier.stories.Dossier;
import org.dossier.stories.DossierCompiler;

/** A dossier as Markdown, readable as plain text too: every line names its sources as [n]. */
public final class DossierMarkdown {

  private DossierMarkdown() {}

  public static String render(Dossier d) {
    StringBuilder b = new StringBuilder();
    Map<String, Integer> number = new HashMap<>();
    Map<String, String> outlet = new HashMap<>();
    for (int i = 0; i < d.articles().size(); i++) {
      number.put(d.articles().get(i).id(), i + 1);
      outlet.put(d.articles().get(i).id(), d.articles().get(i).outlet());
    }
    b.append("# ").append(d.title() == null ? d.id() : md(d.title())).append("\n\n");
    b.append("Story `")
        .append(d.id())
        .append("`: ")
        .append(d.articles().size())
        .append(" articles from ")
        .append(d.coverage().size())
        .append(" outlets.\n\n");

    b.append("## Articles\n\n");
    for (int i = 0; i < d.articles().size(); i++) {
      Dossier.ArticleRef a = d.articles().get(i);
      b.append(
          String.format(
              "%d. %s, %s: %s (`%s`, %s)%n",
              i + 1,
              outletName(a.outlet()),
              nz(a.published()),
              md(nz(a.title())),
              a.id().substring(0, Math.min(12, a.id().length())),
              md(a.source())));
    }

    b.append("\n## Timeline\n\n");
    for (Dossier.Event e : d.timeline()) {
      b.append("- **")
          .append(e.when())
          .append("**")
          .append(e.background() ? " (background)" : "")
          .append(": ")
          .append(md(e.text()))
          .append(' ')
          .append(refs(e.articles(), number))
          .append('\n');
    }

    b.append("\n## Quote ledger\n\n");
    for (Dossier.Statement s : d.quotes()) {
      b.append("- **")
          .append(s.speaker() == null ? "unknown speaker" : md(s.speaker()))
          .append("**")
          .append(s.platform() == null ? "" : " on " + s.platform())
          .append(reportedCue(s))
          .append(": \"")
          .append(md(s.text()))
          .append("\" (")
          .append(s.drift())
          .append(s.background() ? "; background, said before this story" : "")
          .append("; first printed ")
          .append(refs(List.of(s.firstArticle()), number))
          .append(")\n");
      if (s.variants().size() > 1 || !s.drift().equals("identical")) {
        for (Dossier.Variant v : s.variants()) {
          b.append("  - ")
              .append(refs(List.of(v.article()), number))
              .append(' ')
              .append(outletName(v.outlet()))
              .append(", ")
              .append(v.kind())
              .append(v.cue() == null ? "" : " (\"" + md(v.cue()) + "\")")
              .append(", ")
              .append(v.drift())
              .append(": \"")
              .append(md(v.text()))
              .append('"');
          if (v.diff() != null) {
            b.append("\n    diff: ").append(mdDiff(v.diff()));
          }
          b.append('\n');
        }
      }
    }

    b.append("\n## People and organisations\n\n");
    for (Dossier.Entity e : d.entities()) {
      if (e.type().equals(EntityType.LOCATION.toString()) && e.variants().size() < 2) {
        continue;
      }
      b.append("- **").append(md(e.name())).append("** (").append(e.type()).append(")");
      if (e.variants().size() > 1) {
        b.append(": ");
        for (int i = 0; i < e.variants().size(); i++) {
          Dossier.Spelling s = e.variants().get(i);
          b.append(i == 0 ? "" : "; ")
              .append('"')
              .append(md(s.text()))
              .append("\" ")
              .append(refs(s.articles(), number));
        }
      } else {
        b.append(' ').append(refs(e.variants().get(0).articles(), number));
      }
      b.append('\n');
    }

    b.append("\n## Agreements and conflicts\n\n");
    if (d.conflicts().isEmpty()) {
      b.append("No conflicting facts found.\n");
    }
    for (Dossier.Conflict c : d.conflicts()) {
      b.append("- **").append(md(c.about())).append("** (").append(c.kind()).append("): ");
      for (int i = 0; i < c.values().size(); i++) {
        Dossier.Value v = c.values().get(i);
        b.append(i == 0 ? "" : " vs ")
            .append(md(v.value()))
            .append(' ')
            .append(refs(v.articles(), number));
      }
      b.append('\n');
    }

    b.append("\n## Coverage\n\n");
    for (Dossier.OutletCoverage o : d.coverage()) {
      b.append("- ")
          .append(md(o.outlet()))
          .append(": ")
          .append(o.articles())
          .append(o.articles() == 1 ? " article" : " articles")
          .append(", first ")
          .append(nz(o.firstPublished()))
          .append(' ')
          .append(refs(List.of(o.firstArticle()), number))
          .append(String.format(", tone %s (%+.2f)%n", o.toneLabel(), o.tone()));
    }
    for (Dossier.Relation r : d.relations()) {
      b.append("- ")
          .append(refs(List.of(r.article()), number))
          .append(' ')
          .append(md(nz(outlet.get(r.article()))))
          .append(" is ")
          .append(relation(r.kind()))
          .append(' ')
          .append(refs(List.of(r.other()), number))
          .append(' ')
          .append(md(nz(outlet.get(r.other()))))
          .append(String.format(" (similarity %.2f)%n", r.similarity()));
    }

    b.append("\n## Reader reaction\n\n");
    Dossier.Reaction r = d.reaction();
    if (r.comments() == 0) {
      b.append("No reader comments.\n");
    } else {
      b.append(r.comments()).append(" comments");
      for (Dossier.ArticleComments a : r.byArticle()) {
        b.append(", ")
            .append(a.comments())
            .append(" on ")
            .append(outletName(a.outlet()))
            .append(' ')
            .append(refs(List.of(a.article()), number));
      }
      b.append(".\n");
      if (!r.words().isEmpty()) {
        b.append("Words readers used most: ").append(String.join(", ", r.words())).append(".\n");
      }
      b.append('\n');
      for (Dossier.Comment c : r.threads()) {
        int depth = depth(c, r.threads());
        b.append("  ".repeat(depth))
            .append("- ")
            .append(md(nz(c.author())))
            .append(": ")
            .append(md(c.text().replaceAll("\\s+", " ")))
            .append('\n');
      }
    }

    if (!d.chapters().isEmpty()) {
      b.append("\n## Other chapters of this saga\n\n");
      for (Dossier.Chapter c : d.chapters()) {
        b.append("- ")
            .append(c.relation())
            .append(", ")
            .append(nz(c.firstPublished()))
            .append(": ")
            .append(md(nz(c.title())))
            .append(" (story `")
            .append(c.story())
            .append("`)\n");
        for (Dossier.Statement s : c.statements()) {
          b.append("  - ")
              .append(s.speaker() == null ? "unknown speaker" : md(s.speaker()))
              .append(s.platform() == null ? "" : " on " + s.platform())
              .append(": \"")
              .append(md(s.text()))
              .append('"')
              .append(c.relation().equals("earlier") ? " (before this story's events)" : "")
              .append('\n');
        }
      }
    }
    return b.toString();
  }

  private static String relation(String kind) {
    return switch (kind) {
      case "exact" -> "an exact copy of";
      case "near" -> "a syndicated copy or rewrite of";
      case "version" -> "a later version of";
      default -> kind + " of";
    };
  }

  private static int depth(Dossier.Comment c, List<Dossier.Comment> all) {
    int depth = 0;
    String parent = c.parent();
    while (parent != null && depth < 10) {
      String p = parent;
      String next = null;
      for (Dossier.Comment o : all) {
        if (o.id().equals(p) && o.article().equals(c.article())) {
          next = o.parent();
        }
      }
      parent = next;
      depth++;
    }
    return depth;
  }

  private static String refs(List<String> articles, Map<String, Integer> number) {
    StringBuilder b = new StringBuilder();
    for (String a : articles) {
      b.append('[').append(number.getOrDefault(a, 0)).append(']');
    }
    return b.toString();
  }

  private static String nz(String s) {
    return s == null ? "?" : s;
  }

  /** An outlet as readers see it: unknown ones say so. */
  private static String outletName(String outlet) {
    return outlet == null ? DossierCompiler.UNKNOWN_OUTLET : md(outlet);
  }

  /**
   * The cue of a statement every outlet reported in its own words (' ("addressed")'), so that a
   * topic ("the antenna design") reads as what was addressed, not as words said; else "".
   */
  private static String reportedCue(Dossier.Statement s) {
    if (s.variants().stream().anyMatch(v -> !v.kind().equals("indirect"))) {
      return "";
    }
    return s.variants().stream()
        .filter(v -> v.article().equals(s.firstArticle()) && v.cue() != null)
        .map(v -> " (\"" + md(v.cue()) + "\")")
        .findFirst()
        .orElse("");
  }

  /**
   * Text from an article or a comment, escaped for Markdown: its brackets, emphasis, code marks and
   * angle brackets are literal, so a "[2]" in a quote is never taken for a source reference and no
   * link, image or HTML from a page reaches a reader's Markdown viewer.
   */
  public static String md(String text) {
    StringBuilder b = new StringBuilder(text.length() + 8);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '\\', '[', ']', '*', '_', '`', '|' -> b.append('\\').append(c);
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        default -> b.append(c);
      }
    }
    return b.toString();
  }

  /** A word diff with its [-…-] and {+…+} marks kept and the words inside escaped. */
  private static String mdDiff(String diff) {
    String escaped = md(diff);
    return escaped.replace("\\[-", "[-").replace("-\\]", "-]");
  }
}
