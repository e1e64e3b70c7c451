package org.dossier.cli;

import static org.dossier.cli.CliTest.JSON;
import static org.dossier.cli.CliTest.ROOT;
import static org.dossier.cli.CliTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.dossier.engine.ArticleAnnotations;
import org.dossier.engine.StoryDossiers;
import org.dossier.model.Annotation;
import org.dossier.model.EntityMention;
import org.dossier.model.Quote;
import org.dossier.model.Span;
import org.dossier.model.TimeMention;
import org.dossier.server.DossierMarkdown;
import org.dossier.store.ArticleStore;
import org.dossier.store.StoredAnnotation;
import org.dossier.store.StorySummary;
import org.dossier.stories.Dossier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real text that nobody here wrote, through the whole pipeline: the articles of every shared data
 * set that holds them (ECB+ as pasted plain text, PolNeAR's dev texts, WCXB's dev article pages,
 * trafilatura's evaluation pages) are ingested, and every story is compiled and exported. Every
 * annotation span lies inside its text, every [n] of a dossier resolves to one of its articles, and
 * the export validates against docs/export-schema.json.
 *
 * <p>NOTE: {@code verify} runs a fixed sample of each set; {@code -Ddossier.corpus=all} runs every
 * document (annotation makes that take a long time). Skipped when ../shared is absent.
 */
class SharedCorpusDossiersTest {
  static final Path DATASETS = ROOT.resolve("../shared/datasets").normalize();
  static final boolean ALL = "all".equals(System.getProperty("dossier.corpus"));

  @TempDir Path dir;

  /** Every {@code step}-th file in name order, or all of them with -Ddossier.corpus=all. */
  private static List<Path> sample(Path folder, String suffix, int size) throws IOException {
    List<Path> all;
    try (Stream<Path> files = Files.walk(folder)) {
      all = files.filter(p -> p.getFileName().toString().endsWith(suffix)).sorted().toList();
    }
    if (ALL || all.size() <= size) {
      return all;
    }
    List<Path> out = new ArrayList<>();
    double step = (double) all.size() / size;
    for (int i = 0; i < size; i++) {
      out.add(all.get((int) (i * step)));
    }
    return out;
  }

  private static void assumeDataset(String name) {
    assumeTrue(
        Files.isDirectory(DATASETS.resolve(name)),
        "../shared/datasets/" + name + " is absent; the corpus test is skipped");
  }

  @Test
  void ecbPlusTopicsAsPastedPlainText() throws IOException {
    assumeDataset("ecbplus");
    // Two sub-topics of one topic told in the same words are the hard case: a whole topic each.
    Path texts = Files.createDirectories(dir.resolve("ecb-texts"));
    List<Path> records = new ArrayList<>();
    for (String topic : ALL ? List.of("") : List.of("1ecb", "1ecbplus", "24ecb", "24ecbplus")) {
      records.addAll(sample(DATASETS.resolve("ecbplus").resolve(topic), ".json", 12));
    }
    for (Path record : records) {
      if (record.toString().contains("/annotation/")) {
        continue;
      }
      JsonNode r = JSON.readTree(record.toFile());
      String title = r.path("title").asText("");
      String text = r.path("text").asText("");
      String name = record.getFileName().toString().replace(".json", ".txt");
      Files.writeString(texts.resolve(name), title + "\n\n" + text + "\n", StandardCharsets.UTF_8);
    }
    everyStoryCompilesAndExports(List.of(texts.toString()));
  }

  @Test
  void polnearDevTexts() throws IOException {
    assumeDataset("polnear");
    everyStoryCompilesAndExports(paths(sample(DATASETS.resolve("polnear/dev/text"), ".txt", 12)));
  }

  @Test
  void wcxbDevArticlePages() throws IOException {
    assumeDataset("wcxb-dev-articles");
    everyStoryCompilesAndExports(
        paths(sample(DATASETS.resolve("wcxb-dev-articles/html"), ".html.gz", 12)));
  }

  @Test
  void trafilaturaEvaluationPages() throws IOException {
    assumeDataset("trafilatura-eval");
    everyStoryCompilesAndExports(
        paths(sample(DATASETS.resolve("trafilatura-eval/html/eval"), ".gz", 12)));
  }

  private static List<String> paths(List<Path> files) {
    return files.stream().map(Path::toString).toList();
  }

  /** A source reference: "[3]", not an escaped "\[3\]" from an article's own text. */
  private static final Pattern REFERENCE = Pattern.compile("(?<!\\\\)\\[(\\d+)]");

  private void everyStoryCompilesAndExports(List<String> inputs) throws IOException {
    List<String> args = new ArrayList<>(List.of("--data", dir.toString(), "ingest", "-q"));
    args.addAll(inputs);
    CliTest.Run ingest = run(args.toArray(String[]::new));
    assertTrue(ingest.code() == 0 || ingest.out().contains("stored"), ingest.err() + ingest.out());
    List<String> failures = new ArrayList<>();
    int stories = 0;
    try (ArticleStore store = ArticleStore.open(dir)) {
      for (String id : store.articleIdsByPublished()) {
        Optional<StoredAnnotation> a = store.annotation(id);
        if (a.isPresent()) {
          spansInside(id, ArticleAnnotations.fromJson(a.get().json()), failures);
        }
      }
      StoryDossiers dossiers = new StoryDossiers(store);
      for (StorySummary s : store.stories(Integer.MAX_VALUE)) {
        stories++;
        try {
          Dossier d = dossiers.dossier(s.id()).orElseThrow();
          String markdown = DossierMarkdown.render(d);
          Matcher m = REFERENCE.matcher(markdown);
          while (m.find()) {
            int n = Integer.parseInt(m.group(1));
            if (n < 1 || n > d.articles().size()) {
              failures.add(s.id() + ": [" + n + "] names no article of " + d.articles().size());
            }
          }
        } catch (RuntimeException e) {
          failures.add(s.id() + ": " + e);
        }
      }
    }
    assertTrue(stories > 0, "no story was made from " + inputs.size() + " inputs");
    assertEquals(List.of(), failures);
    CliTest.Run export = run("--data", dir.toString(), "export", "--format", "json");
    assertEquals(0, export.code(), export.err());
    JsonSchema schema =
        JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
            .getSchema(Files.readString(ROOT.resolve("docs/export-schema.json")));
    JsonNode doc = JSON.readTree(export.out());
    Set<ValidationMessage> errors = schema.validate(doc);
    assertTrue(errors.isEmpty(), errors.toString());
    assertEquals(stories, doc.get("stories").size());
    for (String format : List.of("md", "csv")) {
      CliTest.Run other = run("--data", dir.toString(), "export", "--format", format);
      assertEquals(0, other.code(), format + ": " + other.err());
    }
  }

  private static void spansInside(String article, Annotation a, List<String> failures) {
    int n = a.text().length();
    for (EntityMention e : a.entities()) {
      check(article, "entity", e.text(), e.start(), e.end(), a.text(), failures);
    }
    for (TimeMention t : a.times()) {
      check(article, "time", t.text(), t.start(), t.end(), a.text(), failures);
    }
    for (Quote q : a.quotes()) {
      for (Span s : new Span[] {q.content(), q.cue(), q.speaker()}) {
        if (s != null) {
          check(article, "quote " + q.kind(), s.text(), s.start(), s.end(), a.text(), failures);
        }
      }
    }
    if (n == 0 && !a.entities().isEmpty()) {
      failures.add(article + ": entities in an empty text");
    }
  }

  private static void check(
      String article,
      String what,
      String text,
      int start,
      int end,
      String in,
      List<String> failures) {
    if (start < 0 || end < start || end > in.length()) {
      failures.add(article + ": " + what + " [" + start + ", " + end + ") outside " + in.length());
    } else if (!in.substring(start, end).equals(text)) {
      failures.add(
          article
              + ": "
              + what
              + " ["
              + start
              + ", "
              + end
              + ") is '"
              + in.substring(start, end)
              + "', not '"
              + text
              + "'");
    }
  }
}
