package org.dossier.eval;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.stream.Stream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.dossier.annotate.Annotator;
import org.dossier.model.TimeMention;

/**
 * Scores time expressions against TempEval-3's TimeML gold (TimeBank and AQUAINT, TBAQ-cleaned):
 * TIMEX3 spans with strict (the same characters) and relaxed (any overlap) matching, and the
 * normalised value of every relaxed match, each document resolved against its creation time (DCT)
 * as the task prescribes.
 */
public final class TimeEvaluation {
  /**
   * TempEval-3 results on the platinum test set (UzZaman et al., SemEval 2013, Table 3): relaxed F1
   * / strict F1 / value F1. Recalled from the paper, not re-verified against it here.
   */
  static final String PUBLISHED_RELAXED = "HeidelTime 0.903, SUTime 0.903 (TE3 platinum)";

  static final String PUBLISHED_STRICT = "HeidelTime 0.813, SUTime 0.796 (TE3 platinum)";
  static final String PUBLISHED_VALUE = "HeidelTime 0.776, SUTime 0.674 (value F1, TE3 platinum)";

  private static final String[] PARTS = {"TimeBank", "AQUAINT"};

  private final Path dataset;

  private TimeEvaluation(Path dataset) {
    this.dataset = dataset;
  }

  /** The evaluation of a TempEval-3 copy: a folder with {@code Training/TBAQ-cleaned} inside. */
  public static TimeEvaluation forDataset(Path dataset) {
    if (!Files.isDirectory(dataset.resolve("Training/TBAQ-cleaned"))) {
      throw new IllegalArgumentException(
          dataset + ": not a TempEval-3 copy (expected Training/TBAQ-cleaned/{TimeBank,AQUAINT})");
    }
    return new TimeEvaluation(dataset);
  }

  /** One TIMEX3: its span in the document's text, its TimeML value and type. */
  record Timex(int start, int end, String value, String type, String mod) {}

  /** A TimeML document: the text inside TEXT, its timexes and its creation date. */
  record Document(String name, String text, List<Timex> timexes, LocalDate created) {}

  /** A document with the time expressions we found in it. */
  private record Scored(Document document, List<TimeMention> times) {}

  /**
   * Annotates every document of the chosen part and scores the time expressions.
   *
   * @param part {@code all}, {@code timebank} or {@code aquaint}
   * @param limit the most documents, or 0 for all
   * @param threads annotation threads
   * @param documentLog receives one row per document, for finding where we fail
   */
  public List<Score> run(
      String part, int limit, int threads, Consumer<Map<String, Object>> documentLog)
      throws IOException {
    List<Path> files = files(dataset, part);
    if (limit > 0 && files.size() > limit) {
      files = files.subList(0, limit);
    }
    List<Scored> results =
        Parallel.map(
            files,
            threads,
            f -> {
              Document d = read(f);
              return new Scored(d, Annotator.shared().annotate(d.text(), d.created()).times());
            });
    long gold = 0;
    long predicted = 0;
    long strict = 0;
    long relaxed = 0;
    long valueRight = 0;
    long modified = 0;
    long modRight = 0;
    for (Scored r : results) {
      Document d = r.document();
      List<TimeMention> times = r.times();
      gold += d.timexes().size();
      predicted += times.size();
      boolean[] used = new boolean[d.timexes().size()];
      int docStrict = 0;
      int docRelaxed = 0;
      int docValue = 0;
      List<String> wrong = new ArrayList<>();
      List<String> spurious = new ArrayList<>();
      List<String> span = new ArrayList<>();
      List<String> wrongMod = new ArrayList<>();
      for (TimeMention t : times) {
        boolean matched = false;
        for (int i = 0; i < d.timexes().size(); i++) {
          Timex g = d.timexes().get(i);
          if (!used[i] && g.start() < t.end() && t.start() < g.end()) {
            used[i] = true;
            matched = true;
            docRelaxed++;
            if (g.start() == t.start() && g.end() == t.end()) {
              docStrict++;
            } else {
              span.add(t.text() + " (gold " + d.text().substring(g.start(), g.end()) + ")");
            }
            if (g.mod() != null || t.mod() != null) {
              modified++;
              if (Objects.equals(g.mod(), t.mod())) {
                modRight++;
              } else {
                wrongMod.add(t.text() + ": " + t.mod() + " (gold " + g.mod() + ")");
              }
            }
            if (sameValue(g.value(), t.value(), d.created())) {
              docValue++;
            } else {
              wrong.add(t.text() + ": " + t.value() + " (gold " + g.value() + ")");
            }
            break;
          }
        }
        if (!matched) {
          spurious.add(t.text() + " (" + t.value() + ")");
        }
      }
      strict += docStrict;
      relaxed += docRelaxed;
      valueRight += docValue;
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("document", d.name());
      row.put("gold", d.timexes().size());
      row.put("predicted", times.size());
      row.put("relaxed", docRelaxed);
      row.put("strict", docStrict);
      row.put("value_right", docValue);
      List<String> missed = new ArrayList<>();
      for (int i = 0; i < used.length; i++) {
        if (!used[i]) {
          Timex g = d.timexes().get(i);
          missed.add(d.text().substring(g.start(), g.end()) + " (" + g.value() + ")");
        }
      }
      row.put("missed", missed);
      row.put("wrong_value", wrong);
      row.put("spurious", spurious);
      row.put("other_span", span);
      row.put("wrong_mod", wrongMod);
      documentLog.accept(row);
    }
    int n = results.size();
    Counts relaxedCounts = counts(relaxed, predicted, gold);
    Counts strictCounts = counts(strict, predicted, gold);
    double accuracy = relaxed == 0 ? 0 : (double) valueRight / relaxed;
    return List.of(
        new Score("TIMEX3 relaxed F1", relaxedCounts.f1(), n, PUBLISHED_RELAXED),
        new Score("TIMEX3 relaxed precision", relaxedCounts.precision(), n, ""),
        new Score("TIMEX3 relaxed recall", relaxedCounts.recall(), n, ""),
        new Score("TIMEX3 strict F1", strictCounts.f1(), n, PUBLISHED_STRICT),
        new Score("value accuracy (relaxed matches)", accuracy, n, ""),
        new Score(
            "value F1 (relaxed F1 x accuracy)", relaxedCounts.f1() * accuracy, n, PUBLISHED_VALUE),
        new Score(
            "modifier (mod) agreement, relaxed matches with one on either side",
            modified == 0 ? 0 : (double) modRight / modified,
            n,
            ""));
  }

  private static Counts counts(long matched, long predicted, long gold) {
    Counts c = new Counts();
    c.truePositives = matched;
    c.falsePositives = predicted - matched;
    c.falseNegatives = gold - matched;
    return c;
  }

  /**
   * Whether our value says what the gold value says. We report "now" as the document's date where
   * TimeML writes PRESENT_REF; that is the same statement.
   */
  static boolean sameValue(String gold, String ours, LocalDate created) {
    if (ours == null) {
      return false;
    }
    if (gold.equals(ours)) {
      return true;
    }
    return gold.equals("PRESENT_REF") && created != null && ours.equals(created.toString());
  }

  /** Reads a TimeML file with external entities and DTDs off. */
  /**
   * The TimeML documents of a part of TBAQ (all, timebank or aquaint), in name order.
   *
   * @throws IllegalArgumentException when the part holds none
   */
  static List<Path> files(Path dataset, String part) throws IOException {
    List<Path> files = new ArrayList<>();
    for (String p : PARTS) {
      if (part.equals("all") || part.equalsIgnoreCase(p)) {
        Path dir = dataset.resolve("Training/TBAQ-cleaned").resolve(p);
        if (Files.isDirectory(dir)) {
          try (Stream<Path> s = Files.list(dir)) {
            files.addAll(s.filter(f -> f.toString().endsWith(".tml")).sorted().toList());
          }
        }
      }
    }
    if (files.isEmpty()) {
      throw new IllegalArgumentException(
          dataset + ": no .tml documents for part '" + part + "' (all, timebank or aquaint)");
    }
    return files;
  }

  static Document read(Path file) throws IOException {
    XMLInputFactory factory = XMLInputFactory.newFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLInputFactory.IS_COALESCING, true);
    StringBuilder text = new StringBuilder();
    List<Timex> timexes = new ArrayList<>();
    LocalDate created = null;
    try (InputStream in = Files.newInputStream(file)) {
      XMLStreamReader r = factory.createXMLStreamReader(in);
      boolean inText = false;
      boolean inDct = false;
      int timexStart = -1;
      String value = null;
      String type = null;
      String mod = null;
      while (r.hasNext()) {
        int event = r.next();
        if (event == XMLStreamConstants.START_ELEMENT) {
          String name = r.getLocalName();
          if (name.equals("TEXT")) {
            inText = true;
          } else if (name.equals("DCT")) {
            inDct = true;
          } else if (name.equals("TIMEX3")) {
            if (inDct) {
              created = date(r.getAttributeValue(null, "value"));
            } else if (inText) {
              timexStart = text.length();
              value = r.getAttributeValue(null, "value");
              type = r.getAttributeValue(null, "type");
              mod = r.getAttributeValue(null, "mod");
            }
          }
        } else if (event == XMLStreamConstants.END_ELEMENT) {
          String name = r.getLocalName();
          if (name.equals("TEXT")) {
            inText = false;
          } else if (name.equals("DCT")) {
            inDct = false;
          } else if (name.equals("TIMEX3") && inText && timexStart >= 0) {
            timexes.add(
                new Timex(timexStart, text.length(), value == null ? "" : value, type, mod));
            timexStart = -1;
          }
        } else if (inText
            && (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA)) {
          text.append(r.getText());
        }
      }
      r.close();
    } catch (XMLStreamException e) {
      throw new IOException(file + ": not well-formed TimeML: " + e.getMessage(), e);
    }
    String name = file.getFileName().toString().replaceFirst("\\.tml$", "");
    return new Document(name, text.toString(), timexes, created);
  }

  private static LocalDate date(String value) {
    if (value == null || value.length() < 10) {
      return null;
    }
    try {
      return LocalDate.parse(value.substring(0, 10));
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
