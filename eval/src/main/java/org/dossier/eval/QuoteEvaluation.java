package org.dossier.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.dossier.annotate.Annotator;
import org.dossier.model.Annotation;
import org.dossier.model.Quote;
import org.dossier.model.QuoteKind;
import org.dossier.model.Span;

/**
 * Scores quote attribution against PolNeAR (Newell, Margolin and Ruths, LREC 2018): brat standoff
 * files in which every attribution relation has a Source, a Cue and a Content span. Follows the
 * CofeNet protocol: span F1 per role, exact (the same characters) and partial (any overlap, each
 * gold span matched once).
 *
 * <p>Spans are compared as CofeNet's token-level version of the corpus sees them: each unbroken
 * piece of a span is a span of its own (a quote split around "she said" is two Content spans), and
 * pieces of one annotation that only whitespace separates are one piece.
 *
 * <p>Our output is mapped to PolNeAR's conventions before scoring, and nothing else: a direct
 * quote's content includes its quotation marks; an indirect statement's content includes a leading
 * "that". Quoted fragments (scare quotes, titles) are not attributions and are not scored.
 */
public final class QuoteEvaluation {
  /** Published exact-match span F1 on PolNeAR test (CofeNet, Table 6), Source / Cue / Content. */
  static final String PUBLISHED_SOURCE =
      "BERT+CofeNet 0.832, CRF 0.506, CoreNLP 0.139, rules 0.107 (test)";

  static final String PUBLISHED_CUE = "BERT+CofeNet 0.753, CRF 0.534, rules 0.228 (test)";
  static final String PUBLISHED_CONTENT =
      "BERT+CofeNet 0.729, CRF 0.286, CoreNLP 0.175, rules 0.056 (test)";

  private static final String ROLES = "Source|Cue|Content";
  private static final List<String> ROLE_NAMES = List.of("Source", "Cue", "Content");
  private static final String OPENING = "\"“«„‘'";
  private static final String CLOSING = "\"”»“’'";

  private final Path dataset;

  private QuoteEvaluation(Path dataset) {
    this.dataset = dataset;
  }

  /** The evaluation of a PolNeAR copy: a folder with {@code dev/} or {@code train/} inside. */
  public static QuoteEvaluation forDataset(Path dataset) {
    if (!Files.isDirectory(dataset.resolve("dev/text"))
        && !Files.isDirectory(dataset.resolve("train/text"))) {
      throw new IllegalArgumentException(
          dataset
              + ": not a PolNeAR copy (expected dev/text and dev/attributions, from"
              + " github.com/networkdynamics/PolNeAR data/)");
    }
    return new QuoteEvaluation(dataset);
  }

  /** A span of text in one or more pieces, each {start, end}. */
  record Pieces(List<int[]> parts) {
    boolean sameAs(Pieces o) {
      if (parts.size() != o.parts.size()) {
        return false;
      }
      for (int i = 0; i < parts.size(); i++) {
        if (parts.get(i)[0] != o.parts.get(i)[0] || parts.get(i)[1] != o.parts.get(i)[1]) {
          return false;
        }
      }
      return true;
    }

    boolean overlaps(Pieces o) {
      for (int[] a : parts) {
        for (int[] b : o.parts) {
          if (a[0] < b[1] && b[0] < a[1]) {
            return true;
          }
        }
      }
      return false;
    }

    String key() {
      StringBuilder b = new StringBuilder();
      for (int[] p : parts) {
        b.append(p[0]).append('-').append(p[1]).append(';');
      }
      return b.toString();
    }
  }

  /** One document's text with its gold and predicted attributions. */
  private record Scored(
      String name, String text, List<Attribution> gold, List<Attribution> predicted) {}

  /** One attribution: its spans by role (a role may be absent). */
  record Attribution(Pieces source, Pieces cue, Pieces content, boolean direct) {}

  /**
   * Annotates every text of a split and scores the attributions.
   *
   * @param split {@code dev} or {@code train}
   * @param limit the most documents, or 0 for all
   * @param threads annotation threads
   * @param documentLog receives one row per document, for finding where we fail
   */
  public List<Score> run(
      String split, int limit, int threads, Consumer<Map<String, Object>> documentLog)
      throws IOException {
    return run(split, limit, threads, documentLog, name -> true, Annotator.shared());
  }

  /**
   * Annotates the documents of a split that {@code accepted} accepts, with {@code annotator}, and
   * scores the attributions: how {@code dossier train quotes} measures a model on its validation
   * slice.
   */
  public List<Score> run(
      String split,
      int limit,
      int threads,
      Consumer<Map<String, Object>> documentLog,
      Predicate<String> accepted,
      Annotator annotator)
      throws IOException {
    Path text = dataset.resolve(split).resolve("text");
    Path attributions = dataset.resolve(split).resolve("attributions");
    if (!Files.isDirectory(text) || !Files.isDirectory(attributions)) {
      throw new IllegalArgumentException(
          dataset + ": no split '" + split + "' (expected " + text + " and " + attributions + ")");
    }
    Map<String, LocalDate> dates = publicationDates(dataset.resolve("metadata.tsv"));
    List<Path> docs;
    try (Stream<Path> s = Files.list(text)) {
      docs = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
    if (limit > 0 && docs.size() > limit) {
      docs = docs.subList(0, limit);
    }
    Map<String, Path> goldFiles = goldFiles(attributions);
    List<Path> scored =
        docs.stream()
            .filter(d -> goldFiles.containsKey(stem(d)) && accepted.test(stem(d)))
            .toList();
    List<Scored> documents =
        Parallel.map(
            scored,
            threads,
            doc -> {
              String name = stem(doc);
              String body = Files.readString(doc, StandardCharsets.UTF_8);
              List<Attribution> gold = readGold(goldFiles.get(name), body);
              Annotation a = annotator.annotate(body, dates.get(name));
              return new Scored(name, body, gold, predictions(body, a.quotes()));
            });

    Map<String, Tally> tallies = new LinkedHashMap<>();
    for (String role : ROLE_NAMES) {
      tallies.put(role + " exact", new Tally());
      tallies.put(role + " partial", new Tally());
    }
    tallies.put("Content exact, direct quotes", new Tally());
    tallies.put("Content partial, direct quotes", new Tally());
    for (Scored d : documents) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("document", d.name());
      for (String role : ROLE_NAMES) {
        List<Pieces> g = spans(d.gold(), role, false);
        List<Pieces> p = spans(d.predicted(), role, false);
        Tally exact = Tally.of(g, p, true);
        tallies.get(role + " exact").add(exact);
        tallies.get(role + " partial").add(Tally.of(g, p, false));
        String key = role.toLowerCase(Locale.ROOT);
        row.put(key + "_exact", exact.summary());
        row.put(key + "_missed", unmatched(d.text(), g, p));
        row.put(key + "_spurious", unmatched(d.text(), p, g));
      }
      tallies.get("Content exact, direct quotes").add(directTally(d.gold(), d.predicted(), true));
      tallies
          .get("Content partial, direct quotes")
          .add(directTally(d.gold(), d.predicted(), false));
      documentLog.accept(row);
    }
    List<Score> scores = new ArrayList<>();
    int n = documents.size();
    for (Map.Entry<String, Tally> e : tallies.entrySet()) {
      String name = e.getKey();
      String published =
          name.equals("Source exact")
              ? PUBLISHED_SOURCE
              : name.equals("Cue exact")
                  ? PUBLISHED_CUE
                  : name.equals("Content exact") ? PUBLISHED_CONTENT : "";
      Tally t = e.getValue();
      scores.add(new Score(name + " F1", t.f1(), n, published));
      scores.add(new Score(name + " precision", t.precision(), n, ""));
      scores.add(new Score(name + " recall", t.recall(), n, ""));
    }
    return scores;
  }

  /** The spans of {@code these} that no span of {@code those} matches exactly, as text. */
  private static List<String> unmatched(String text, List<Pieces> these, List<Pieces> those) {
    List<String> out = new ArrayList<>();
    for (Pieces p : these) {
      if (those.stream().noneMatch(p::sameAs)) {
        StringBuilder b = new StringBuilder();
        for (int[] part : p.parts()) {
          if (b.length() > 0) {
            b.append(" … ");
          }
          b.append(text, part[0], Math.min(part[1], text.length()));
        }
        out.add(b.toString());
      }
    }
    return out;
  }

  /** Direct-quote contents: recall over gold contents in marks, precision over our direct ones. */
  private static Tally directTally(
      List<Attribution> gold, List<Attribution> predicted, boolean exact) {
    List<Pieces> g = spans(gold, "Content", true);
    List<Pieces> allGold = spans(gold, "Content", false);
    List<Pieces> p = spans(predicted, "Content", true);
    Tally recall = Tally.of(g, p, exact);
    Tally precision = Tally.of(allGold, p, exact);
    Tally t = new Tally();
    t.truePositives = recall.truePositives;
    t.falseNegatives = recall.falseNegatives;
    t.precisionHits = precision.truePositives;
    t.predicted = p.size();
    return t;
  }

  private static List<Pieces> spans(List<Attribution> list, String role, boolean directOnly) {
    Map<String, Pieces> unique = new LinkedHashMap<>();
    for (Attribution a : list) {
      if (directOnly && !a.direct()) {
        continue;
      }
      Pieces p =
          switch (role) {
            case "Source" -> a.source();
            case "Cue" -> a.cue();
            default -> a.content();
          };
      if (p != null) {
        for (int[] part : p.parts()) {
          Pieces one = one(part[0], part[1]);
          unique.putIfAbsent(one.key(), one);
        }
      }
    }
    return new ArrayList<>(unique.values());
  }

  /** Span counts for one role: exact or overlap matching, each gold span matched at most once. */
  static final class Tally {
    long truePositives;
    long falseNegatives;
    long precisionHits;
    long predicted;

    static Tally of(List<Pieces> gold, List<Pieces> predicted, boolean exact) {
      Tally t = new Tally();
      boolean[] used = new boolean[gold.size()];
      for (Pieces p : predicted) {
        for (int i = 0; i < gold.size(); i++) {
          if (!used[i] && (exact ? gold.get(i).sameAs(p) : gold.get(i).overlaps(p))) {
            used[i] = true;
            t.truePositives++;
            break;
          }
        }
      }
      t.precisionHits = t.truePositives;
      t.predicted = predicted.size();
      t.falseNegatives = gold.size() - t.truePositives;
      return t;
    }

    void add(Tally o) {
      truePositives += o.truePositives;
      falseNegatives += o.falseNegatives;
      precisionHits += o.precisionHits;
      predicted += o.predicted;
    }

    double precision() {
      return predicted == 0 ? 0 : (double) precisionHits / predicted;
    }

    double recall() {
      long gold = truePositives + falseNegatives;
      return gold == 0 ? 0 : (double) truePositives / gold;
    }

    double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    String summary() {
      return precisionHits
          + "/"
          + predicted
          + " predicted, "
          + truePositives
          + "/"
          + (truePositives + falseNegatives)
          + " gold";
    }
  }

  /**
   * Our quotes in PolNeAR's conventions: contents of direct quotes with their marks, a leading
   * "that" kept, and the pieces of a quote split around its attribution joined.
   */
  static List<Attribution> predictions(String text, List<Quote> quotes) {
    List<Attribution> out = new ArrayList<>();
    for (Quote q : quotes) {
      if (q.kind() == QuoteKind.FRAGMENT) {
        continue;
      }
      boolean direct = q.kind() == QuoteKind.DIRECT;
      int start = q.content().start();
      int end = q.content().end();
      if (direct) {
        // The marks, past the spaces a tokenised text sets inside them (" We are ready , ").
        int open = start;
        while (open > 0 && isBlank(text.charAt(open - 1))) {
          open--;
        }
        if (open > 1 && doubled(text, open - 2)) {
          start = open - 2;
        } else if (open > 0 && OPENING.indexOf(text.charAt(open - 1)) >= 0) {
          start = open - 1;
        }
        int close = end;
        while (close < text.length() && isBlank(text.charAt(close))) {
          close++;
        }
        if (doubled(text, close)) {
          end = close + 2;
        } else if (close < text.length() && CLOSING.indexOf(text.charAt(close)) >= 0) {
          end = close + 1;
        }
      } else {
        int that = start;
        while (that > 0 && isBlank(text.charAt(that - 1))) {
          that--;
        }
        if (that < start && that >= 4 && text.startsWith("that", that - 4)) {
          start = that - 4;
        }
      }
      Pieces source = q.speaker() == null ? null : one(q.speaker().start(), q.speaker().end());
      Pieces cue = q.cue() == null ? null : one(q.cue().start(), q.cue().end());
      boolean speakerInside =
          q.speaker() != null && q.speaker().start() >= start && q.speaker().end() <= end;
      Pieces content =
          speakerInside
              ? aroundSource(text, start, end, q.cue(), q.speaker(), direct)
              : aroundCue(text, start, end, q.cue());
      // A transcript's turn ("TAPPER: …") is direct speech without marks; the direct quotes'
      // figures, like the gold they are scored against, count quotes in marks.
      out.add(
          new Attribution(source, cue, content, direct && isDirect(text.substring(start, end))));
    }
    return out;
  }

  /** Two apostrophes or backticks written for one double quotation mark, at {@code i}. */
  private static boolean doubled(String text, int i) {
    return text.startsWith("''", i) || text.startsWith("``", i);
  }

  /** A space or tab inside a line: a mark across a line break is another paragraph's. */
  private static boolean isBlank(char c) {
    return c == ' ' || c == '\t' || c == '\u00a0';
  }

  /**
   * A content that runs over its own cue ("LaSalle is expected to face charges", the annotator's
   * one statement for PolNeAR's "[LaSalle] is expected [to face charges]") as the two pieces either
   * side of the cue; any other content as one piece. The caller keeps a content that holds its
   * speaker too whole: that is a quotation whose marks were misread, not two pieces.
   */
  private static Pieces aroundCue(String text, int start, int end, Span cue) {
    if (cue == null || cue.start() <= start || cue.end() >= end) {
      return one(start, end);
    }
    return aroundGap(text, start, end, cue.start(), cue.end(), "");
  }

  /**
   * A content that runs over its cue and the source right after it ("Steyer, according to a count
   * from the Post and Courier, has the backing …", the annotator's one statement for PolNeAR's
   * "[Steyer], according to [a count …], [has the backing …]"), or over its source and the cue
   * right after it in a reported statement ("[This campaign], he says, [is different]"), as the two
   * pieces either side of them, without the commas; any other content that holds its speaker as one
   * piece: that is a quotation whose marks were misread, not two pieces.
   */
  private static Pieces aroundSource(
      String text, int start, int end, Span cue, Span speaker, boolean direct) {
    if (!direct
        && cue != null
        && speaker.start() > start
        && speaker.end() <= cue.start()
        && cue.end() < end
        && text.substring(speaker.end(), cue.start()).isBlank()) {
      // "[This campaign], he says, [is different]": the source before its cue.
      return aroundGap(text, start, end, speaker.start(), cue.end(), ",");
    }
    if (cue == null
        || cue.start() <= start
        || cue.end() > speaker.start()
        || speaker.end() >= end
        || !text.substring(cue.end(), speaker.start()).isBlank()) {
      return one(start, end);
    }
    return aroundGap(text, start, end, cue.start(), speaker.end(), ",");
  }

  /**
   * {@code start..end} as the two pieces either side of {@code gapStart..gapEnd}, each without the
   * blanks, and the characters of {@code marks}, that stand at the gap.
   */
  private static Pieces aroundGap(
      String text, int start, int end, int gapStart, int gapEnd, String marks) {
    int before = gapStart;
    while (before > start
        && (isBlank(text.charAt(before - 1)) || marks.indexOf(text.charAt(before - 1)) >= 0)) {
      before--;
    }
    int after = gapEnd;
    while (after < end && (isBlank(text.charAt(after)) || marks.indexOf(text.charAt(after)) >= 0)) {
      after++;
    }
    List<int[]> parts = new ArrayList<>();
    parts.add(new int[] {start, before});
    parts.add(new int[] {after, end});
    return new Pieces(parts);
  }

  private static Pieces one(int start, int end) {
    List<int[]> parts = new ArrayList<>();
    parts.add(new int[] {start, end});
    return new Pieces(parts);
  }

  /** The attributions of one standoff file: E lines joining T spans by role. */
  static List<Attribution> readGold(Path ann, String text) throws IOException {
    Map<String, Pieces> spans = new HashMap<>();
    Map<String, Boolean> directText = new HashMap<>();
    List<String[]> relations = new ArrayList<>();
    List<String> lines = Files.readAllLines(ann, StandardCharsets.UTF_8);
    for (int number = 1; number <= lines.size(); number++) {
      String line = lines.get(number - 1);
      String[] cols = line.split("\t");
      if (cols.length >= 2 && cols[0].startsWith("T")) {
        String[] head = cols[1].split(" ", 2);
        if (head.length < 2 || !head[0].matches(ROLES)) {
          continue;
        }
        List<int[]> parts = new ArrayList<>();
        for (String range : head[1].split(";")) {
          int[] part = trim(range(range, text, ann, number), text);
          if (part[0] < part[1]) {
            parts.add(part);
          }
        }
        if (parts.isEmpty()) {
          continue;
        }
        spans.put(cols[0], new Pieces(mergeWhitespaceGaps(parts, text)));
        if (head[0].equals("Content") && cols.length >= 3) {
          directText.put(cols[0], isDirect(cols[2]));
        }
      } else if (cols.length >= 2 && cols[0].startsWith("E")) {
        relations.add(cols[1].split(" "));
      }
    }
    List<Attribution> out = new ArrayList<>();
    for (String[] relation : relations) {
      Pieces source = null;
      Pieces cue = null;
      Pieces content = null;
      boolean direct = false;
      for (String arg : relation) {
        String[] kv = arg.split(":");
        if (kv.length != 2) {
          continue;
        }
        switch (kv[0]) {
          case "Source" -> source = spans.get(kv[1]);
          case "Cue" -> cue = spans.get(kv[1]);
          case "Content" -> {
            content = spans.get(kv[1]);
            direct = Boolean.TRUE.equals(directText.get(kv[1]));
          }
          default -> {}
        }
      }
      out.add(new Attribution(source, cue, content, direct));
    }
    return out;
  }

  /** One "START END" range of a standoff span, checked against the text it points into. */
  private static int[] range(String range, String text, Path ann, int line) throws IOException {
    String[] se = range.trim().split(" ");
    try {
      int start = Integer.parseInt(se[0]);
      int end = Integer.parseInt(se[se.length - 1]);
      if (se.length == 2 && 0 <= start && start <= end && end <= text.length()) {
        return new int[] {start, end};
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new IOException(
        ann
            + ":"
            + line
            + ": '"
            + range.trim()
            + "' is not a span of the "
            + text.length()
            + "-character text");
  }

  /**
   * A span without the spaces at its ends, no-break spaces included: tokens never hold them, and
   * some PolNeAR spans end in one ("said\u00a0").
   */
  private static int[] trim(int[] part, String text) {
    int start = part[0];
    int end = part[1];
    while (start < end && space(text.charAt(start))) {
      start++;
    }
    while (end > start && space(text.charAt(end - 1))) {
      end--;
    }
    return new int[] {start, end};
  }

  private static boolean space(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  /**
   * Pieces of one span that only whitespace separates are one run of tokens, as the token-level
   * protocol sees them: brat annotations of PolNeAR often leave out the space between sentences.
   */
  private static List<int[]> mergeWhitespaceGaps(List<int[]> parts, String text) {
    List<int[]> sorted = new ArrayList<>(parts);
    sorted.sort((a, b) -> Integer.compare(a[0], b[0]));
    List<int[]> out = new ArrayList<>();
    for (int[] p : sorted) {
      int[] last = out.isEmpty() ? null : out.get(out.size() - 1);
      if (last != null
          && p[0] >= last[1]
          && p[0] <= text.length()
          && text.substring(last[1], p[0]).chars().allMatch(c -> space((char) c))) {
        last[1] = Math.max(last[1], p[1]);
      } else {
        out.add(new int[] {p[0], p[1]});
      }
    }
    return out;
  }

  /** A content in quotation marks from end to end: a direct quote. */
  static boolean isDirect(String content) {
    String c = content.strip();
    while (!c.isEmpty() && ".,;:".indexOf(c.charAt(c.length() - 1)) >= 0) {
      c = c.substring(0, c.length() - 1);
    }
    return c.length() > 2
        && OPENING.indexOf(c.charAt(0)) >= 0
        && CLOSING.indexOf(c.charAt(c.length() - 1)) >= 0;
  }

  /** One annotation file per document: the first annotator's, in name order. */
  static Map<String, Path> goldFiles(Path attributions) throws IOException {
    Map<String, Path> byDoc = new TreeMap<>();
    try (Stream<Path> s = Files.list(attributions)) {
      for (Path p : s.filter(f -> f.toString().endsWith(".ann")).sorted().toList()) {
        String file = p.getFileName().toString();
        int underscore = file.lastIndexOf('_');
        if (underscore > 0) {
          byDoc.putIfAbsent(file.substring(0, underscore), p);
        }
      }
    }
    return byDoc;
  }

  static Map<String, LocalDate> publicationDates(Path metadata) throws IOException {
    Map<String, LocalDate> dates = new HashMap<>();
    if (!Files.isRegularFile(metadata)) {
      return dates;
    }
    List<String> lines = Files.readAllLines(metadata, StandardCharsets.UTF_8);
    if (lines.isEmpty()) {
      return dates;
    }
    List<String> header = List.of(lines.get(0).split("\t"));
    int name = header.indexOf("filename");
    int date = header.indexOf("publication_date");
    if (name < 0 || date < 0) {
      return dates;
    }
    for (String line : lines.subList(1, lines.size())) {
      String[] cols = line.split("\t");
      if (cols.length > Math.max(name, date)) {
        try {
          dates.put(cols[name], LocalDate.parse(cols[date]));
        } catch (DateTimeParseException e) {
          // No usable date: relative expressions are left unresolved, as the annotator does.
        }
      }
    }
    return dates;
  }

  static String stem(Path p) {
    String f = p.getFileName().toString();
    return f.substring(0, f.length() - ".txt".length());
  }
}
