package org.dossier.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.zip.CRC32;
import java.util.zip.GZIPInputStream;
import org.dossier.extract.Extractor;
import org.dossier.model.Article;
import org.dossier.model.Capture;
import org.dossier.model.MediaTypes;

/**
 * Scores article extraction against a gold data set with that set's own published metric.
 *
 * <p>NOTE: these data sets are for development and reporting; the extractor must not be tuned on
 * anything else, and figures are printed next to the published ones so that nobody has to trust a
 * number without its comparison.
 */
public abstract class ExtractionEvaluation {
  static final ObjectMapper JSON = new ObjectMapper();

  /** The data set's name as printed. */
  public abstract String name();

  /**
   * Extracts every page and scores the results.
   *
   * @param limit the most pages to score, or 0 for all
   * @param threads extraction threads
   */
  public final List<Score> run(int limit, int threads) throws IOException {
    return run(new Options(limit, threads, Split.ALL, page -> {}));
  }

  /** Extracts the pages the options select and scores the results. */
  public abstract List<Score> run(Options options) throws IOException;

  /**
   * How to run an evaluation.
   *
   * @param limit the most pages to score, or 0 for all
   * @param threads extraction threads
   * @param split which half of the pages to score
   * @param pageLog receives one row of figures per page scored, for finding where we fail
   */
  public record Options(
      int limit, int threads, Split split, Consumer<Map<String, Object>> pageLog) {
    public Options {
      if (limit < 0 || threads < 1) {
        throw new IllegalArgumentException(
            "limit must be >= 0 and threads >= 1, got " + limit + " and " + threads);
      }
      Objects.requireNonNull(split, "split");
      Objects.requireNonNull(pageLog, "pageLog");
    }
  }

  /**
   * A fixed half of a data set, chosen by a hash of each page's URL: develop on {@code TUNE},
   * report {@code HOLDOUT} beside {@code ALL}, so that a figure exists that no tuning has seen.
   */
  public enum Split {
    ALL,
    TUNE,
    HOLDOUT;

    boolean contains(String key) {
      if (this == ALL) {
        return true;
      }
      CRC32 crc = new CRC32();
      crc.update(key.getBytes(StandardCharsets.UTF_8));
      boolean even = (crc.getValue() & 1) == 0;
      return even == (this == TUNE);
    }
  }

  /** The pages of the split, at most limit of them, in their original order. */
  static List<Page> select(List<Page> pages, Options options) {
    List<Page> chosen = new ArrayList<>();
    for (Page p : pages) {
      if (options.split().contains(p.url())) {
        chosen.add(p);
      }
    }
    return limit(chosen, options.limit());
  }

  static double round(double v) {
    return Math.round(v * 1000) / 1000.0;
  }

  /** A per-page log row naming the page. */
  static Map<String, Object> row(Page page) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("url", page.url());
    row.put("file", page.file().toString());
    return row;
  }

  /**
   * The evaluation a data set folder calls for, recognised by its layout: {@code ground-truth/}
   * (WCXB), {@code evaldata.json} (trafilatura), {@code eval_default.json} (htmldate).
   *
   * @throws IOException naming the folder when it is none of these
   */
  public static ExtractionEvaluation forDataset(Path dir) throws IOException {
    if (Files.isDirectory(dir.resolve("ground-truth")) && Files.isDirectory(dir.resolve("html"))) {
      return new WcxbEvaluation(dir);
    }
    if (Files.isRegularFile(dir.resolve("evaldata.json"))) {
      return new TrafilaturaEvaluation(dir);
    }
    if (Files.isRegularFile(dir.resolve("eval_default.json"))) {
      return new HtmldateEvaluation(dir);
    }
    throw new IOException(
        dir
            + ": not a known extraction data set (expected ground-truth/ and html/ as in WCXB,"
            + " evaldata.json as in trafilatura's, or eval_default.json as in htmldate's)");
  }

  /** One page to extract: where its HTML is, the URL it was captured from, and its gold entry. */
  record Page(Path file, String url, JsonNode gold) {}

  /**
   * The pages of a gold file that maps URLs to entries with a {@code file} name, each found as
   * {@code html/FOLDER/FILE.gz} in the first of the given folders that holds it ("" for html/
   * itself).
   */
  static List<Page> pagesByUrl(Path dir, String goldFile, String... folders) throws IOException {
    JsonNode all = JSON.readTree(dir.resolve(goldFile).toFile());
    List<Page> pages = new ArrayList<>();
    for (java.util.Iterator<java.util.Map.Entry<String, JsonNode>> it = all.fields();
        it.hasNext(); ) {
      java.util.Map.Entry<String, JsonNode> e = it.next();
      String file = e.getValue().path("file").asText();
      for (String folder : folders) {
        Path html = dir.resolve("html").resolve(folder).resolve(file + ".gz");
        if (Files.exists(html)) {
          pages.add(new Page(html, e.getKey(), e.getValue()));
          break;
        }
      }
    }
    return pages;
  }

  /** Extracts pages on a pool, returning articles in page order. */
  static List<Article> extract(List<Page> pages, int threads) throws IOException {
    return Parallel.map(pages, threads, page -> Extractor.standard().extract(capture(page)));
  }

  /** A page's bytes, decompressed when its file name ends in ".gz". */
  static byte[] bytes(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return file.toString().endsWith(".gz")
          ? new GZIPInputStream(in).readAllBytes()
          : in.readAllBytes();
    }
  }

  private static Capture capture(Page page) throws IOException {
    byte[] bytes = bytes(page.file());
    URI source;
    try {
      source = URI.create(page.url());
    } catch (IllegalArgumentException e) {
      source = page.file().toUri();
    }
    return Capture.of(bytes, MediaTypes.HTML, source, Instant.EPOCH);
  }

  static <T> List<T> limit(List<T> all, int limit) {
    return limit > 0 && limit < all.size() ? all.subList(0, limit) : all;
  }

  /** Lower case, letters and digits only, single spaces: for "normalised" matches. */
  static String fold(String s) {
    if (s == null) {
      return "";
    }
    return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
  }

  /** White space folded, so snippets match across line breaks. */
  static String spaces(String s) {
    return s == null ? "" : s.replaceAll("\\s+", " ").strip();
  }

  /** The gold field as text, or null when absent, null or empty. */
  static String text(JsonNode node, String field) {
    JsonNode v = node.get(field);
    if (v == null || v.isNull()) {
      return null;
    }
    String s = v.isArray() ? (v.isEmpty() ? "" : v.get(0).asText()) : v.asText();
    return s.isBlank() ? null : s;
  }

  /** The gold field as a list of strings (a JSON array, or a Python-style list in a string). */
  static List<String> strings(JsonNode node, String field) {
    List<String> out = new ArrayList<>();
    JsonNode v = node.get(field);
    if (v == null || v.isNull()) {
      return out;
    }
    if (v.isArray()) {
      v.forEach(n -> out.add(n.asText()));
    } else if (!v.asText().isBlank()) {
      out.add(v.asText());
    }
    return out;
  }

  /**
   * Whether a predicted author list matches a gold author string, ignoring case, order and "and".
   */
  static boolean authorsMatch(List<String> predicted, String gold) {
    java.util.Set<String> want =
        new java.util.TreeSet<>(
            List.of(fold(gold).replaceAll("\\band\\b|\\bby\\b", " ").split("\\s+")));
    java.util.Set<String> got =
        new java.util.TreeSet<>(List.of(fold(String.join(" ", predicted)).split("\\s+")));
    want.remove("");
    got.remove("");
    return !want.isEmpty() && want.equals(got);
  }
}
