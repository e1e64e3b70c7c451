package org.dossier.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.dossier.annotate.Annotator;
import org.dossier.engine.ArticleAnnotations;
import org.dossier.extract.Extractor;
import org.dossier.ingest.CaptureSink;
import org.dossier.ingest.Sources;
import org.dossier.model.Annotation;
import org.dossier.model.Article;
import org.dossier.model.Capture;
import org.dossier.server.Json;
import org.dossier.store.ArticleStore;
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
    Sources sources = new Sources(limits.options());
    Extractor extractor = Extractor.standard();
    boolean failed = false;
    try {
      for (String input : inputs) {
        List<Input> work = new ArrayList<>();
        try {
          failed |= !collect(input, sources, extractor, work);
        } catch (IOException | IllegalArgumentException e) {
          err.println("dossier: " + e.getMessage());
          failed = true;
        }
        boolean pretty = !lines && inputs.size() == 1 && work.size() == 1;
        if (work.stream().anyMatch(in -> in.stored() == null && in.notAnnotated() == null)) {
          Annotator.preload();
        }
        for (Input in : work) {
          if (in.notAnnotated() != null) {
            // As ingest stores it: English models on another language give names of nothing.
            err.println("dossier: " + in.source() + ": not annotated: " + in.notAnnotated());
            failed = true;
            continue;
          }
          Annotation a;
          try {
            a =
                in.stored() != null
                    ? in.stored()
                    : Annotator.shared()
                        .annotate(in.text(), given != null ? given : in.published());
          } catch (RuntimeException e) {
            // One text the annotator fails on is named and skipped; the others are still printed.
            err.println("dossier: " + in.source() + ": not annotated: " + e);
            failed = true;
            continue;
          }
          Map<String, Object> json = Json.annotation(in.source(), a);
          out.println(pretty ? Json.pretty(json) : Json.line(json));
        }
        out.flush();
      }
    } finally {
      if (store != null) {
        try {
          store.close();
        } catch (IOException e) {
          err.println("dossier: closing the store: " + e.getMessage());
        }
      }
    }
    return failed ? 1 : 0;
  }

  /** A text to annotate, or an annotation the store already holds for it. */
  private record Input(
      String source, String text, LocalDate published, Annotation stored, String notAnnotated) {
    Input(String source, String text, LocalDate published, Annotation stored) {
      this(source, text, published, stored, null);
    }
  }

  /** The store, opened on the first article id and kept for the others. */
  private ArticleStore store;

  /**
   * Reads one input into texts to annotate.
   *
   * @return false when some page of it was skipped (and named on standard error)
   */
  private boolean collect(String input, Sources sources, Extractor extractor, List<Input> work)
      throws IOException {
    Path path = Path.of(input);
    if (plain && Files.isDirectory(path)) {
      try (Stream<Path> files = Files.walk(path)) {
        for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
          work.add(new Input(f.toString(), utf8(f), null, null));
        }
      }
      return true;
    }
    if (plain && Files.isRegularFile(path)) {
      work.add(new Input(input, utf8(path), null, null));
      return true;
    }
    if (!Files.exists(path) && input.matches("[0-9a-f]{16}")) {
      if (store == null) {
        store = DossierCommand.openStore(spec);
      }
      Article a =
          store
              .article(input)
              .orElseThrow(
                  () -> new IllegalArgumentException(input + ": no stored article has this id"))
              .article();
      Annotation stored = null;
      if (date == null) {
        var kept = store.annotation(a.id());
        if (kept.isPresent() && kept.get().version() == Annotator.VERSION) {
          stored = ArticleAnnotations.fromJson(kept.get().json());
        }
      }
      work.add(
          new Input(
              input,
              ArticleAnnotations.text(a),
              ArticleAnnotations.day(a),
              stored,
              stored == null ? ArticleAnnotations.notEnglish(a) : null));
      return true;
    }
    boolean[] complete = {true};
    sources
        .resolve(input)
        .read(
            new CaptureSink() {
              @Override
              public void capture(Capture capture) {
                Article a = extractor.extract(capture);
                work.add(
                    new Input(
                        ExtractCommand.display(input, capture.source()),
                        ArticleAnnotations.text(a),
                        ArticleAnnotations.day(a),
                        null,
                        ArticleAnnotations.notEnglish(a)));
              }

              @Override
              public void skip(String what, String reason) {
                spec.commandLine().getErr().println("dossier: skipped " + what + ": " + reason);
                complete[0] = false;
              }
            });
    return complete[0];
  }

  /** A --plain file's text; a file that is not UTF-8 is an error naming it. */
  private static String utf8(Path file) throws IOException {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (CharacterCodingException e) {
      throw new IOException(
          file + ": not UTF-8 text (--plain reads UTF-8; without it the encoding is detected)", e);
    }
  }
}
