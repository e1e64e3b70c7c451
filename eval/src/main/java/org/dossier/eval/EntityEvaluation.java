package org.dossier.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.dossier.annotate.Annotator;
import org.dossier.annotate.NameTagger;
import org.dossier.annotate.PosTagger;
import org.dossier.model.EntityMention;
import org.dossier.model.EntityType;

/**
 * How far the annotator's named entities agree with a reference annotator's on the same texts:
 * span-and-type precision, recall and F1, over all names and per type. The reference is CoreNLP's
 * pipeline as Dossier ran it up to annotator version 4 (three CRF models); the texts are PolNeAR's
 * news articles. Agreement is what a faster name tagger must keep: the issue asks for F1 ≥ 0.95.
 * Beside the names, the share of tokens in sentences the name tagger handed to its CRF model, the
 * share of tokens whose part-of-speech tag is the one CoreNLP's own tagger gives, and the share of
 * tokens left to that tagger.
 */
public final class EntityEvaluation {
  private final Path dataset;

  private EntityEvaluation(Path dataset) {
    this.dataset = dataset;
  }

  /** The evaluation over a PolNeAR copy: a folder with {@code dev/text} or {@code train/text}. */
  public static EntityEvaluation forDataset(Path dataset) {
    if (!Files.isDirectory(dataset.resolve("dev/text"))
        && !Files.isDirectory(dataset.resolve("train/text"))) {
      throw new IllegalArgumentException(
          dataset + ": not a PolNeAR copy (expected dev/text or train/text with .txt files)");
    }
    return new EntityEvaluation(dataset);
  }

  /** A name as compared: where it is and what it is. */
  private record Name(int start, int end, EntityType type) {}

  private record Compared(
      String document, Set<Name> ours, Set<Name> reference, PosTagger.Agreement tags) {}

  /**
   * Annotates the texts of a split with the shared annotator and with the reference, and scores
   * their agreement.
   */
  public List<Score> run(
      String split, int limit, int threads, Consumer<Map<String, Object>> documentLog)
      throws IOException {
    Path text = dataset.resolve(split).resolve("text");
    if (!Files.isDirectory(text)) {
      throw new IllegalArgumentException(dataset + ": no split '" + split + "' (" + text + ")");
    }
    Map<String, LocalDate> dates =
        QuoteEvaluation.publicationDates(dataset.resolve("metadata.tsv"));
    List<Path> docs;
    try (Stream<Path> s = Files.list(text)) {
      docs = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
    if (limit > 0 && docs.size() > limit) {
      docs = docs.subList(0, limit);
    }
    Annotator reference = Annotator.reference();
    long[] before = NameTagger.handedOver();
    List<Compared> compared =
        Parallel.map(
            docs,
            threads,
            doc -> {
              String name = doc.getFileName().toString().replaceFirst("\\.txt$", "");
              String body = Files.readString(doc, StandardCharsets.UTF_8);
              LocalDate date = dates.get(name);
              return new Compared(
                  name,
                  names(Annotator.shared().annotate(body, date).entities()),
                  names(reference.annotate(body, date).entities()),
                  PosTagger.agreement(body));
            });
    Counts all = new Counts();
    Map<EntityType, Counts> byType = new EnumMap<>(EntityType.class);
    for (EntityType t : EntityType.values()) {
      byType.put(t, new Counts());
    }
    long tokens = 0;
    long sameTag = 0;
    long toCoreNlp = 0;
    for (Compared c : compared) {
      tokens += c.tags().tokens();
      sameTag += c.tags().same();
      toCoreNlp += c.tags().toCoreNlp();
      Counts document = new Counts();
      document.compare(c.ours(), c.reference());
      all.compare(c.ours(), c.reference());
      for (EntityType t : EntityType.values()) {
        byType.get(t).compare(only(c.ours(), t), only(c.reference(), t));
      }
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("document", c.document());
      row.put("agreed", document.truePositives);
      row.put("ours_only", spans(c.ours(), c.reference()));
      row.put("reference_only", spans(c.reference(), c.ours()));
      documentLog.accept(row);
    }
    long[] after = NameTagger.handedOver();
    long named = after[0] - before[0];
    int n = compared.size();
    List<Score> scores = new ArrayList<>();
    scores.add(new Score("names span+type F1 (vs 3 CRF models)", all.f1(), n, ""));
    scores.add(new Score("names precision", all.precision(), n, ""));
    scores.add(new Score("names recall", all.recall(), n, ""));
    for (EntityType t : EntityType.values()) {
      scores.add(new Score(t + " F1", byType.get(t).f1(), n, ""));
    }
    scores.add(
        new Score(
            "  tokens handed to the CRF model",
            named == 0 ? 0 : (double) (after[1] - before[1]) / named,
            n,
            ""));
    scores.add(
        new Score(
            "part-of-speech tags as CoreNLP's",
            tokens == 0 ? 0 : (double) sameTag / tokens,
            n,
            ""));
    scores.add(
        new Score(
            "  tokens tagged by CoreNLP's tagger",
            tokens == 0 ? 0 : (double) toCoreNlp / tokens,
            n,
            ""));
    return scores;
  }

  private static Set<Name> names(List<EntityMention> mentions) {
    Set<Name> out = new HashSet<>();
    for (EntityMention m : mentions) {
      out.add(new Name(m.start(), m.end(), m.type()));
    }
    return out;
  }

  private static Set<Name> only(Set<Name> names, EntityType type) {
    Set<Name> out = new HashSet<>();
    for (Name n : names) {
      if (n.type() == type) {
        out.add(n);
      }
    }
    return out;
  }

  private static List<String> spans(Set<Name> these, Set<Name> others) {
    List<String> out = new ArrayList<>();
    for (Name n : these) {
      if (!others.contains(n)) {
        out.add(n.start() + "-" + n.end() + " " + n.type());
      }
    }
    out.sort(null);
    return out;
  }
}
