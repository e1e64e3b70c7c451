package org.dossier.spark;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;

/**
 * The job's command line, under {@code spark-submit} or {@code ./dossier spark}:
 *
 * <pre>
 * ingest WARC... --out DIR [--partitions N] [--max-bytes N] [--no-annotate] [--store URL]
 * </pre>
 *
 * Without a master from {@code spark-submit}, it runs on {@code local[*]} ({@code --master} chooses
 * another).
 */
public final class DossierSpark {
  private DossierSpark() {}

  static final String USAGE =
      "usage: dossier spark ingest WARC... --out DIR [--master URL] [--partitions N]"
          + " [--max-bytes N] [--no-annotate] [--store postgresql://HOST[:PORT]/DB]";

  public static void main(String[] args) {
    System.exit(run(args));
  }

  static int run(String[] args) {
    if (args.length == 0 || !args[0].equals("ingest")) {
      System.err.println(USAGE);
      return 2;
    }
    List<String> inputs = new ArrayList<>();
    String out = null;
    String master = null;
    int partitions = 0;
    long maxBytes = 10L * 1024 * 1024;
    boolean annotate = true;
    String store = null;
    try {
      for (int i = 1; i < args.length; i++) {
        switch (args[i]) {
          case "--out" -> out = args[++i];
          case "--master" -> master = args[++i];
          case "--partitions" -> partitions = Integer.parseInt(args[++i]);
          case "--max-bytes" -> maxBytes = Long.parseLong(args[++i]);
          case "--no-annotate" -> annotate = false;
          case "--store" -> store = args[++i];
          case "-h", "--help" -> {
            System.out.println(USAGE);
            return 0;
          }
          default -> {
            if (args[i].startsWith("--")) {
              System.err.println("unknown option " + args[i] + "\n" + USAGE);
              return 2;
            }
            inputs.add(args[i]);
          }
        }
      }
    } catch (ArrayIndexOutOfBoundsException | NumberFormatException e) {
      System.err.println("a value is missing or not a number\n" + USAGE);
      return 2;
    }
    if (inputs.isEmpty() || out == null) {
      System.err.println(USAGE);
      return 2;
    }
    if (store != null) {
      // Checked here, before any work: a URL with credentials or of another database is refused.
      new org.dossier.store.StoreLocation(java.nio.file.Path.of("."), store);
    }
    SparkConf conf = new SparkConf().setAppName("dossier ingest");
    if (master != null) {
      conf.setMaster(master);
    } else if (!conf.contains("spark.master")) {
      conf.setMaster("local[*]");
    }
    long start = System.nanoTime();
    SparkSession spark = SparkSession.builder().config(conf).getOrCreate();
    try {
      spark.sparkContext().setLogLevel("WARN");
      String missing = missing(spark, inputs);
      if (missing != null) {
        System.err.println("dossier spark: " + missing);
        return 1;
      }
      ArchiveJob.Summary s =
          ArchiveJob.run(
              spark, new ArchiveJob.Options(inputs, out, partitions, maxBytes, annotate, store));
      System.out.printf(
          "Dossier Spark job: %d articles, %d stories (%d related pairs), %d records skipped"
              + " (reasons in %s/skips), %d articles without annotation%s in %.1f s on %s%n",
          s.articles(),
          s.stories(),
          s.edges(),
          s.skipped(),
          out,
          s.unannotated(),
          store == null ? "" : "; " + s.loaded() + " articles new to " + store,
          (System.nanoTime() - start) / 1e9,
          spark.sparkContext().master());
    } finally {
      spark.stop();
    }
    return 0;
  }

  /**
   * The first input that is not there (on whatever file system its URI names), said as a user would
   * want it, or null when all are there: the job would otherwise fail deep in Spark.
   */
  static String missing(SparkSession spark, List<String> inputs) {
    org.apache.hadoop.conf.Configuration conf = spark.sparkContext().hadoopConfiguration();
    for (String input : inputs) {
      org.apache.hadoop.fs.Path path = new org.apache.hadoop.fs.Path(input);
      try {
        if (!path.getFileSystem(conf).exists(path)) {
          return input + ": no such file or folder";
        }
      } catch (java.io.IOException | RuntimeException e) {
        return input + ": cannot be read: " + e.getMessage();
      }
    }
    return null;
  }
}
