package org.dossier.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.dossier.annotate.Annotator;
import org.dossier.extract.Extractor;
import org.dossier.ingest.CaptureSink;
import org.dossier.ingest.Source;
import org.dossier.ingest.Sources;
import org.dossier.model.Annotation;
import org.dossier.model.Article;
import org.dossier.model.Capture;
import org.dossier.model.EntityMention;
import org.dossier.model.Quote;
import org.dossier.model.Span;
import org.dossier.model.TimeMention;
import org.dossier.store.ArticleStore;
import org.dossier.store.StoredArticle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dossier annotate FILE|DIR|ID...}: prints annotated articles as JSON. */
@Command(
    name = "annotate",
    mixinStandardHelpOptions = true,
    description = {
      "Annotates articles: named entities, normalised time expressions, and quotes with their"
          + " speakers and platforms. Prints JSON (JSON Lines for a folder or several inputs).",
      "An input is a page (HTML, text, news-please JSON) that is extracted first, a folder of them,"
          + " or the id of a stored article. With --plain each file is one body of text, and"
          + " offsets count its characters as read."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:every input was annotated",
      "1:some input could not be read (named on standard error)",
      "2:usage error"
    })
final class AnnotateCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Files, folders or article ids.")
  List<String> inputs;

  @Option(
      names = "--plain",
      description = "Take each file as one body of text (UTF-8), not a page to extract.")
  boolean plain;

  @Option(
      names = "--date",
      paramLabel = "YYYY-MM-DD",
      description =
          "The document date relative expressions resolve against (default: the article's publish"
              + " date; for --plain, inferred from the text where determinable).")
  String date;

  @Option(names = "--lines", description = "Always print JSON Lines, even for a single input.")
  boolean lines;

  @Mixin IngestOptionsMixin limits;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    LocalDate given = null;
    if (date != null) {
      try {
        given = LocalDate.parse(date);
      } catch (DateTimeParseException e) {
        err.println("dossier: --date must be YYYY-MM-DD, not '" + date + "'");
        return 2;
      }
    }
    List<Input> work = new ArrayList<>();
    boolean failed = false;
    for (String input : inputs) {
      try {
        collect(input, work);
      } catch (IOException | IllegalArgumentException e) {
        err.println("dossier: " + input + ": " + e.getMessage());
        failed = true;
      }
    }
    boolean pretty = !lines && work.size() == 1 && inputs.size() == 1;
    for (Input in : work) {
      LocalDate d = given != null ? given : in.published();
      Annotation a = Annotator.shared().annotate(in.text(), d);
      Map<String, Object> json = json(in.source(), a);
      out.println(pretty ? Json.pretty(json) : Json.line(json));
      out.flush();
    }
    return failed ? 1 : 0;
  }

  private record Input(String source, String text, LocalDate published) {}

  private void collect(String input, List<Input> work) throws IOException {
    Path path = Path.of(input);
    if (plain && Files.isDirectory(path)) {
      try (Stream<Path> files = Files.walk(path)) {
        for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
          work.add(new Input(f.toString(), Files.readString(f, StandardCharsets.UTF_8), null));
        }
      }
    } else if (plain && Files.isRegularFile(path)) {
      work.add(new Input(input, Files.readString(path, StandardCharsets.UTF_8), null));
    } else if (!Files.exists(path) && input.matches("[0-9a-f]{16}")) {
      Optional<StoredArticle> found;
      try (ArticleStore store = ArticleStore.open(DossierCommand.dataDir(spec))) {
        found = store.article(input);
      }
      Article a =
          found
              .orElseThrow(() -> new IllegalArgumentException("no stored article has this id"))
              .article();
      work.add(new Input(input, articleText(a), publishDay(a)));
    } else {
      Source source = new Sources(limits.options()).resolve(input);
      Extractor extractor = Extractor.standard();
      source.read(
          new CaptureSink() {
            @Override
            public void capture(Capture capture) {
              Article a = extractor.extract(capture);
              work.add(
                  new Input(
                      ExtractCommand.display(input, capture.source()),
                      articleText(a),
                      publishDay(a)));
            }

            @Override
            public void skip(String what, String reason) {
              spec.commandLine().getErr().println("dossier: skipped " + what + ": " + reason);
            }
          });
    }
  }

  /** The text offsets refer to: the title, a blank line, then the body's paragraphs. */
  static String articleText(Article a) {
    String body = a.text();
    return a.title() == null || a.title().isBlank() ? body : a.title() + "\n\n" + body;
  }

  private static LocalDate publishDay(Article a) {
    if (a.published() == null || a.published().value().length() < 10) {
      return null;
    }
    try {
      return LocalDate.parse(a.published().value().substring(0, 10));
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  static Map<String, Object> json(String source, Annotation a) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("source", source);
    m.put("annotator_version", a.version());
    m.put("document_date", a.documentDate());
    m.put("document_date_inferred", a.documentDateInferred());
    m.put("text", a.text());
    List<Map<String, Object>> entities = new ArrayList<>();
    for (EntityMention e : a.entities()) {
      Map<String, Object> j = new LinkedHashMap<>();
      j.put("text", e.text());
      j.put("type", e.type());
      j.put("start", e.start());
      j.put("end", e.end());
      j.put("canonical", e.canonical());
      entities.add(j);
    }
    m.put("entities", entities);
    List<Map<String, Object>> times = new ArrayList<>();
    for (TimeMention t : a.times()) {
      Map<String, Object> j = new LinkedHashMap<>();
      j.put("text", t.text());
      j.put("start", t.start());
      j.put("end", t.end());
      j.put("value", t.value());
      j.put("inferred", t.inferred());
      times.add(j);
    }
    m.put("times", times);
    List<Map<String, Object>> quotes = new ArrayList<>();
    for (Quote q : a.quotes()) {
      Map<String, Object> j = new LinkedHashMap<>();
      j.put("kind", q.kind());
      j.put("content", span(q.content()));
      j.put("cue", span(q.cue()));
      j.put("speaker", span(q.speaker()));
      j.put("speaker_resolved", q.speakerResolved());
      j.put("platform", q.platform());
      quotes.add(j);
    }
    m.put("quotes", quotes);
    return m;
  }

  private static Map<String, Object> span(Span s) {
    if (s == null) {
      return null;
    }
    Map<String, Object> j = new LinkedHashMap<>();
    j.put("text", s.text());
    j.put("start", s.start());
    j.put("end", s.end());
    return j;
  }
}
