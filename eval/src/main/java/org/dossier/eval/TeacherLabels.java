package org.dossier.eval;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The shared news texts ({@link NameTraining#texts}) as a CoreNLP teacher labels them, sentence by
 * sentence, for a distilled tagger to learn from. With a cache file the labels are kept between
 * runs (a development aid: delete it when the teacher changes) as gzip-compressed lines of
 * tab-separated columns, one line a token, an empty line after each sentence, "#text" before each
 * text.
 */
final class TeacherLabels {
  private TeacherLabels() {}

  /** How a labelled sentence is written as rows of columns, one row a token, and read back. */
  interface Format<T> {
    /** What the columns hold, for the error on a malformed line ("word and tag"). */
    String columns();

    int width();

    List<String[]> rows(T sentence);

    T sentence(List<String[]> rows);
  }

  /**
   * The labelled texts: read from {@code cache} when it exists, else the shared texts labelled by
   * {@code teacher} on {@code threads} threads (and written to {@code cache} when one is given).
   */
  static <T> List<List<T>> of(
      Path datasets,
      Path cache,
      int threads,
      Consumer<String> log,
      String teacherName,
      Parallel.Task<String, List<T>> teacher,
      Format<T> format)
      throws IOException {
    if (cache != null && Files.isRegularFile(cache)) {
      List<List<T>> read = read(cache, format);
      log.accept(read.size() + " labelled texts read from " + cache);
      return read;
    }
    List<NameTraining.Text> texts = NameTraining.texts(datasets, threads, log);
    List<List<T>> labelled = Parallel.map(texts, threads, t -> teacher.apply(t.body()));
    log.accept("labelled by " + teacherName);
    if (cache != null) {
      write(cache, labelled, format);
    }
    return labelled;
  }

  private static <T> void write(Path cache, List<List<T>> texts, Format<T> format)
      throws IOException {
    try (OutputStream out = Files.newOutputStream(cache);
        BufferedWriter w =
            new BufferedWriter(
                new OutputStreamWriter(new GZIPOutputStream(out), StandardCharsets.UTF_8))) {
      for (List<T> text : texts) {
        w.write("#text\n");
        for (T sentence : text) {
          for (String[] row : format.rows(sentence)) {
            w.write(String.join("\t", row) + "\n");
          }
          w.write("\n");
        }
      }
    }
  }

  private static <T> List<List<T>> read(Path cache, Format<T> format) throws IOException {
    List<List<T>> out = new ArrayList<>();
    try (BufferedReader r =
        new BufferedReader(
            new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(cache)), StandardCharsets.UTF_8))) {
      List<String[]> rows = new ArrayList<>();
      String line;
      int n = 0;
      while ((line = r.readLine()) != null) {
        n++;
        if (line.equals("#text")) {
          out.add(new ArrayList<>());
        } else if (line.isEmpty()) {
          if (!rows.isEmpty() && !out.isEmpty()) {
            out.get(out.size() - 1).add(format.sentence(rows));
          }
          rows.clear();
        } else {
          String[] cols = line.split("\t", -1);
          if (cols.length != format.width()) {
            throw new IOException(cache + ":" + n + ": expected " + format.columns());
          }
          rows.add(cols);
        }
      }
    }
    return out;
  }
}
