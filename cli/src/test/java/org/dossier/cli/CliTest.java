package org.dossier.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Runs the command line as a user would and checks what it prints and returns. */
class CliTest {
  static final Path ROOT = Path.of(System.getProperty("dossier.root", ".."));
  static final ObjectMapper JSON = new ObjectMapper();
  @TempDir Path dir;

  record Run(int code, String out, String err) {}

  static Run run(String... args) {
    CommandLine cli = new CommandLine(new DossierCommand());
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    cli.setExecutionExceptionHandler(
        (e, commandLine, parseResult) -> {
          commandLine.getErr().println("dossier: " + e.getMessage());
          return e instanceof IllegalArgumentException ? 2 : 1;
        });
    int code = cli.execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void demoIngestsTheShippedCorpusAndSaysWhereToLookNext() {
    Run r = run("demo", "--data", dir.toString());
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("stored     11"), r.out());
    assertTrue(r.out().contains("11 articles from 7 outlets, 6 reader comments"), r.out());
    assertTrue(r.out().contains("./dossier show "), r.out());
    Run again = run("--data", dir.toString(), "demo");
    assertTrue(
        again.out().contains("stored     0") && again.out().contains("unchanged  13"), again.out());
  }

  @Test
  void dataFolderIsAcceptedBeforeAndAfterTheSubcommand() throws IOException {
    run("ingest", ROOT.resolve("demo/pages").toString(), "--data", dir.toString(), "-q");
    Run before = run("--data", dir.toString(), "articles", "--json");
    Run after = run("articles", "--json", "--data", dir.toString());
    assertEquals(0, before.code(), before.err());
    assertEquals(before.out(), after.out());
    JsonNode list = JSON.readTree(before.out());
    assertEquals(8, list.size());
    JsonNode first = list.get(0);
    for (String field :
        new String[] {
          "id", "source", "title", "byline", "published", "outlet", "language", "version", "links"
        }) {
      assertTrue(first.has(field), "articles --json has " + field + ": " + first);
    }
  }

  @Test
  void articlesFilterByOutletAndDate() throws IOException {
    run("ingest", ROOT.resolve("demo/pages").toString(), "--data", dir.toString(), "-q");
    JsonNode ledger =
        JSON.readTree(
            run("articles", "--json", "--outlet", "the daily ledger", "--data", dir.toString())
                .out());
    assertEquals(2, ledger.size());
    JsonNode old =
        JSON.readTree(
            run("articles", "--json", "--to", "2025-12-31", "--data", dir.toString()).out());
    assertEquals(1, old.size());
    assertEquals(
        "Okafor cuts ties with Verrault over holiday campaign", old.get(0).get("title").asText());
  }

  @Test
  void showPrintsAnArticleWithItsCommentThreadAndFailsCleanlyForUnknownIds() throws IOException {
    run("ingest", ROOT.resolve("demo/pages").toString(), "--data", dir.toString(), "-q");
    JsonNode pulse =
        JSON.readTree(
                run(
                        "articles",
                        "--json",
                        "--outlet",
                        "Pulse Entertainment",
                        "--data",
                        dir.toString())
                    .out())
            .get(0);
    Run shown = run("show", pulse.get("id").asText().substring(0, 8), "--data", dir.toString());
    assertEquals(0, shown.code(), shown.err());
    assertTrue(shown.out().contains("Reader comments (6)"), shown.out());
    assertTrue(
        shown.out().contains("      - Mira K"),
        "a reply of a reply is indented twice: " + shown.out());
    Run missing = run("show", "ffffffffffffffff", "--data", dir.toString());
    assertEquals(1, missing.code());
    assertTrue(missing.err().contains("no article with id ffffffffffffffff"), missing.err());
    assertEquals(
        2,
        run("show", "abc", "--data", dir.toString()).code(),
        "too short a prefix is a usage error");
  }

  @Test
  void extractPrintsOneObjectForAPageAndJsonLinesForAFolderWithoutStoring() throws IOException {
    String page = ROOT.resolve("demo/pages/pulse-okafor-verrault.html").toString();
    Run one = run("extract", page, "--data", dir.toString());
    assertEquals(0, one.code(), one.err());
    JsonNode a = JSON.readTree(one.out());
    assertEquals(page, a.get("source").asText());
    assertEquals("Pulse Entertainment", a.get("outlet").asText());
    assertEquals("2026-11-19T16:30:00Z", a.get("published").asText());
    assertTrue(a.get("is_article").asBoolean());
    assertEquals(6, a.get("comments").size());
    assertEquals("comment-102", a.get("comments").get(2).get("parent").asText());
    assertTrue(a.get("text").asText().contains("\n\n"), "paragraphs separated by a blank line");

    String folder = ROOT.resolve("demo/pages").toString();
    Run many = run("extract", folder);
    String[] lines = many.out().strip().split("\n");
    assertEquals(8, lines.length);
    for (String line : lines) {
      assertTrue(JSON.readTree(line).get("source").asText().startsWith(folder + "/"), line);
    }
    assertTrue(Files.notExists(dir.resolve("dossier.db")), "extract stores nothing");
  }

  @Test
  void badInputGetsOneClearLineAndTheRestGoesOn() throws IOException {
    Path pages = Files.createDirectories(dir.resolve("in"));
    Files.write(pages.resolve("junk.html"), new byte[] {0, 1, 2, 3, 0, 0});
    Files.writeString(
        pages.resolve("xxe.rss"),
        "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><rss><channel><item><title>&x;</title></item></channel></rss>");
    Files.copy(
        ROOT.resolve("demo/pages/stylewire-okafor-verrault.html"), pages.resolve("good.html"));
    Run r =
        run(
            "ingest",
            pages.toString(),
            dir.resolve("nowhere").toString(),
            "--data",
            dir.resolve("data").toString());
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("stored     1"), r.out());
    // The summary adds up: the page stored, and three inputs skipped (one read and refused, one
    // malformed feed, one path that does not exist).
    assertTrue(r.out().contains("read       4"), r.out());
    assertTrue(r.out().contains("skipped    3"), r.out());
    assertTrue(r.out().contains("junk.html: binary content (NUL bytes), not text"), r.out());
    assertTrue(r.out().contains("xxe.rss: malformed feed"), r.out());
    assertTrue(r.out().contains("nowhere: no such file or folder"), r.out());
    assertTrue(
        !r.out().contains("nowhere: " + dir.resolve("nowhere")),
        "the input is named once: " + r.out());
    assertTrue(!r.out().contains("root:"), "no file content leaks through an entity");
    Run nothing =
        run("ingest", dir.resolve("nowhere").toString(), "--data", dir.resolve("data").toString());
    assertEquals(1, nothing.code(), "nothing at all could be read");
  }

  @Test
  void ingestSummaryTimesTheWholeRunStoriesAndIndexIncluded() throws IOException {
    String pages = ROOT.resolve("demo/pages").toString();
    Run text = run("ingest", pages, "--no-annotate", "--data", dir.resolve("a").toString(), "-q");
    assertEquals(0, text.code(), text.err());
    assertTrue(text.out().contains("\n  in all     "), text.out());
    assertTrue(text.out().contains("captures/s): stories "), text.out());
    Run json =
        run("ingest", pages, "--no-annotate", "--data", dir.resolve("b").toString(), "--json");
    JsonNode m = JSON.readTree(json.out());
    double ingestion = m.get("seconds").asDouble();
    double stories = m.get("stories").get("seconds").asDouble();
    assertTrue(stories > 0, json.out());
    assertTrue(m.get("run_seconds").asDouble() >= ingestion + stories, json.out());
    assertTrue(m.get("index_seconds").asDouble() >= 0, json.out());
  }

  @Test
  void usageErrorsExitWithTwoAndHelpWorksEverywhere() {
    assertEquals(2, run("ingest").code());
    assertEquals(2, run("no-such-command").code());
    assertEquals(2, run("articles", "--from", "yesterday").code());
    assertEquals(2, run("eval", "stories", "--dataset", ".").code(), "unknown stage");
    assertEquals(1, run("eval", "extract", "--dataset", ".").code(), "not a data set");
    for (String cmd :
        new String[] {"demo", "ingest", "extract", "articles", "show", "bench", "eval"}) {
      Run help = run(cmd, "--help");
      assertEquals(0, help.code(), cmd);
      assertTrue(help.out().startsWith("Usage: dossier " + cmd), help.out());
    }
    assertTrue(run("--help").out().contains("--data=DIR"));
  }

  @Test
  void mainExitsWithTheCodeOfTheCommand() {
    PrintStream saved = System.err;
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    try {
      assertEquals(1, Main.run("show", "0123456789abcdef", "--data", dir.toString()));
    } finally {
      System.setErr(saved);
    }
  }

  @Test
  void annotatePrintsTheContractFieldNames() throws IOException {
    Path text = dir.resolve("statement.txt");
    Files.writeString(
        text, "\"We will rebuild the pier before summer,\" Mayor Ruth Okonkwo said on Instagram.");
    Run r = run("annotate", "--plain", text.toString(), "--date", "2026-03-03");
    assertEquals(0, r.code(), r.err());
    JsonNode a = JSON.readTree(r.out());
    assertEquals("2026-03-03", a.get("document_date").asText());
    JsonNode q = a.get("quotes").get(0);
    assertEquals("direct", q.get("kind").asText());
    assertEquals("Ruth Okonkwo", q.get("speaker_resolved").asText());
    assertEquals("instagram", q.get("platform").asText());
    assertEquals(1, q.get("content").get("start").asInt());
    assertTrue(a.get("entities").get(0).has("canonical"), r.out());
  }

  @Test
  void benchAnnotatePrintsWallAndCpuSpeedsAsJson() throws IOException {
    Path texts = Files.createDirectories(dir.resolve("texts"));
    Files.writeString(
        texts.resolve("pier.txt"),
        "\"We will rebuild the pier before summer,\" Mayor Ruth Okonkwo said on Tuesday.");
    Run r = run("bench", "annotate", texts.toString(), "--runs", "1", "--json");
    assertEquals(0, r.code(), r.err());
    JsonNode b = JSON.readTree(r.out());
    assertEquals(1, b.get("texts").asInt());
    assertTrue(b.get("tokens").asInt() > 10, r.out());
    for (String field :
        new String[] {
          "bare_pipeline_tokens_per_second",
          "annotate_tokens_per_second",
          "bare_pipeline_cpu_tokens_per_second",
          "annotate_cpu_tokens_per_second"
        }) {
      assertTrue(b.get(field).asDouble() > 0, field + " in " + r.out());
    }
  }

  @Test
  void benchExtractComparesExtractionWithTheBareParseByClockAndByCpuTime() throws IOException {
    String pages = ROOT.resolve("demo/pages").toString();
    Run r = run("bench", "extract", pages, "--runs", "3", "--json");
    assertEquals(0, r.code(), r.err());
    JsonNode b = JSON.readTree(r.out());
    assertTrue(b.get("pages").asInt() > 0, r.out());
    // Extraction parses each page as the bare parse does, and then reads it: it cannot take less.
    assertTrue(b.get("ratio_to_jsoup").asDouble() > 0, r.out());
    assertTrue(b.get("cpu_ratio_to_jsoup").asDouble() >= 1, r.out());
  }

  @Test
  void benchIngestTimesTheStoriesAsIngestPlacesThem() throws IOException {
    String pages = ROOT.resolve("demo/pages").toString();
    Run r = run("bench", "ingest", pages, "--runs", "1", "--no-annotate", "--json");
    assertEquals(0, r.code(), r.err());
    JsonNode b = JSON.readTree(r.out());
    assertTrue(b.get("pages").asInt() > 0, r.out());
    assertTrue(b.get("stories").asBoolean(), r.out());
    assertTrue(b.get("mean_stories_seconds").asDouble() > 0, r.out());
    // The stages' shares of the run: storing took time, and together they take no more than the
    // run (the index's share may round to nothing on a few pages).
    double stored = b.get("mean_stored_seconds").asDouble();
    double index = b.get("mean_index_seconds").asDouble();
    assertTrue(stored > 0 && index >= 0, r.out());
    double run = b.get("pages").asInt() / b.get("mean_pages_per_second").asDouble();
    assertTrue(
        stored + b.get("mean_stories_seconds").asDouble() + index <= run * 1.1 + 0.02, r.out());
    assertEquals(1, b.get("warmup_runs").asInt(), r.out());
    assertTrue(b.get("warmup_pages_per_second").get(0).asDouble() > 0, r.out());
    Run cold =
        run(
            "bench",
            "ingest",
            pages,
            "--runs",
            "1",
            "--warmup",
            "0",
            "--no-annotate",
            "--no-stories");
    assertEquals(0, cold.code(), cold.err());
    assertFalse(cold.out().contains("warm-up"), cold.out());
    assertTrue(cold.out().contains("run 1: "), cold.out());
    Run twice =
        run(
            "bench",
            "ingest",
            pages,
            "--runs",
            "1",
            "--warmup",
            "2",
            "--no-annotate",
            "--no-stories",
            "--json");
    JsonNode without = JSON.readTree(twice.out());
    assertEquals(2, without.get("warmup_pages_per_second").size(), twice.out());
    assertFalse(without.get("stories").asBoolean(), without.toString());
    assertEquals(0.0, without.get("mean_stories_seconds").asDouble(), without.toString());
    // An input it cannot read is an error naming it, not a benchmark of no pages.
    Path missing = dir.resolve("no-such-folder");
    Run none = run("bench", "ingest", missing.toString(), "--runs", "1", "--no-annotate");
    assertEquals(1, none.code(), none.out());
    assertTrue(none.err().contains(missing.toString()), none.err());
  }

  @Test
  void annotateNamesInputsItCannotRead() throws IOException {
    Path binary = dir.resolve("junk.txt");
    Files.write(binary, new byte[] {(byte) 0xff, (byte) 0xfe, 0, 'x', 0});
    Run plain = run("annotate", "--plain", binary.toString());
    assertEquals(1, plain.code());
    assertTrue(plain.err().contains(binary + ": not UTF-8 text"), plain.err());

    Path odd = dir.resolve("data.bin");
    Files.write(odd, new byte[] {1, 2, 3});
    Run skipped = run("annotate", odd.toString());
    assertEquals(1, skipped.code());
    assertTrue(skipped.err().contains("skipped " + odd), skipped.err());

    Run id = run("--data", dir.toString(), "annotate", "0123456789abcdef");
    assertEquals(1, id.code());
    assertTrue(id.err().contains("0123456789abcdef: no stored article has this id"), id.err());
  }

  @Test
  void reannotateAnnotatesWhatIngestLeftUnannotated() throws IOException {
    Path data = dir.resolve("data");
    Run ingest =
        run(
            "ingest",
            ROOT.resolve("demo/pages").toString(),
            "--data",
            data.toString(),
            "-q",
            "--no-annotate",
            "--json");
    assertEquals(0, ingest.code(), ingest.err());
    long stored = JSON.readTree(ingest.out()).get("stored").asLong();

    Run first = run("--data", data.toString(), "reannotate", "--json");
    assertEquals(0, first.code(), first.err());
    JsonNode report = JSON.readTree(first.out());
    assertEquals(stored, report.get("annotated").asLong());
    assertEquals(0, report.get("up_to_date").asLong());

    Run again = run("--data", data.toString(), "reannotate");
    assertEquals(0, again.code(), again.err());
    assertTrue(
        again.out().startsWith("Annotated 0 articles")
            && again.out().contains("(" + stored + " already current)"),
        again.out());

    Run articles = run("--data", data.toString(), "articles", "--json");
    String id = JSON.readTree(articles.out()).get(0).get("id").asText();
    Run annotated = run("--data", data.toString(), "annotate", id);
    assertEquals(0, annotated.code(), annotated.err());
    JsonNode a = JSON.readTree(annotated.out());
    assertEquals(id, a.get("source").asText());
    assertTrue(a.get("entities").size() > 0, annotated.out());
  }
}
