package org.dossier.cli;

import static org.dossier.cli.CliTest.JSON;
import static org.dossier.cli.CliTest.ROOT;
import static org.dossier.cli.CliTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.dossier.store.testing.TestPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A team's shared PostgreSQL store, written by three processes at once, each with its own data
 * folder as on three machines: two ingests of overlapping inputs and a recluster lose nothing,
 * duplicate nothing, and leave every article in exactly one story; the stories are the ones one
 * machine would have made from the same articles.
 */
class SharedStoreTest {
  @TempDir Path dir;

  private static final Path DEMO = ROOT.resolve("demo/pages");

  private static Process dossier(Path data, String store, String... args) throws Exception {
    List<String> command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1g",
                "-cp",
                System.getProperty("java.class.path"),
                "org.dossier.cli.Main",
                "--data",
                data.toString(),
                "--store",
                store));
    command.addAll(List.of(args));
    return new ProcessBuilder(command).redirectErrorStream(true).start();
  }

  private static String finish(Process p, String what) throws Exception {
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(10, TimeUnit.MINUTES), what + " did not finish: " + out);
    assertEquals(0, p.exitValue(), what + ": " + out);
    return out;
  }

  /** Story id to its articles' ids, as `stories --json` and the store give them. */
  private static Set<Set<String>> partition(String... args) throws Exception {
    JsonNode stories = JSON.readTree(run(args).out()).get("stories");
    Set<Set<String>> out = new java.util.HashSet<>();
    for (JsonNode s : stories) {
      List<String> story = new ArrayList<>(List.of(args));
      story.set(story.indexOf("stories"), "story");
      story.add(story.indexOf("story") + 1, s.get("id").asText());
      story.remove("--limit");
      story.remove("100000");
      JsonNode dossier = JSON.readTree(run(story.toArray(String[]::new)).out());
      Set<String> ids = new TreeSet<>();
      for (JsonNode a : dossier.get("articles")) {
        ids.add(a.get("id").asText());
      }
      out.add(ids);
    }
    return out;
  }

  private static Map<String, Integer> storyOfEach(Set<Set<String>> partition) {
    Map<String, Integer> out = new HashMap<>();
    int i = 0;
    for (Set<String> story : partition) {
      i++;
      for (String id : story) {
        assertEquals(null, out.put(id, i), id + " is in two stories");
      }
    }
    return out;
  }

  @Test
  void twoIngestsAndAReclusterAtOnceLoseNothingAndDuplicateNothing() throws Exception {
    String store = TestPostgres.freshStore("shared");
    Process first = dossier(dir.resolve("a"), store, "ingest", "-q", DEMO.toString());
    Process second =
        dossier(
            dir.resolve("b"),
            store,
            "ingest",
            "-q",
            DEMO.toString(),
            PastedCorpusTest.CORPUS.toString());
    Process recluster = dossier(dir.resolve("c"), store, "recluster");
    finish(first, "the first ingest");
    finish(second, "the second ingest");
    finish(recluster, "the recluster");

    // The same inputs into one embedded store, one after the other: what the team should have.
    Path alone = dir.resolve("alone");
    assertEquals(0, run("--data", alone.toString(), "ingest", "-q", DEMO.toString()).code());
    assertEquals(
        0,
        run(
                "--data",
                alone.toString(),
                "ingest",
                "-q",
                DEMO.toString(),
                PastedCorpusTest.CORPUS.toString())
            .code());

    JsonNode shared =
        JSON.readTree(
            run("--data", dir.resolve("a").toString(), "--store", store, "articles", "--json")
                .out());
    JsonNode embedded = JSON.readTree(run("--data", alone.toString(), "articles", "--json").out());
    Set<String> sharedIds = new TreeSet<>();
    shared.forEach(a -> sharedIds.add(a.get("id").asText()));
    Set<String> embeddedIds = new TreeSet<>();
    embedded.forEach(a -> embeddedIds.add(a.get("id").asText()));
    assertEquals(embedded.size(), shared.size(), "nothing lost, nothing stored twice");
    assertEquals(embeddedIds, sharedIds);

    Set<Set<String>> teamStories =
        partition(
            "--data",
            dir.resolve("b").toString(),
            "--store",
            store,
            "stories",
            "--json",
            "--limit",
            "100000");
    Map<String, Integer> each = storyOfEach(teamStories);
    assertEquals(sharedIds, each.keySet(), "every article is in exactly one story");

    // A recluster after the fact gives the stories one machine makes of the same articles.
    assertEquals(
        0, run("--data", dir.resolve("c").toString(), "--store", store, "recluster").code());
    assertEquals(0, run("--data", alone.toString(), "recluster").code());
    assertEquals(
        partition("--data", alone.toString(), "stories", "--json", "--limit", "100000"),
        partition(
            "--data",
            dir.resolve("c").toString(),
            "--store",
            store,
            "stories",
            "--json",
            "--limit",
            "100000"));
  }

  @Test
  void aDataFolderIsCopiedIntoPostgresResumablyAndReadsTheSame() throws Exception {
    Path folder = dir.resolve("mine");
    assertEquals(0, run("--data", folder.toString(), "demo").code());
    assertEquals(
        0,
        run("--data", folder.toString(), "ingest", "-q", PastedCorpusTest.CORPUS.toString())
            .code());
    String store = TestPostgres.freshStore("copy");
    Path team = dir.resolve("team");
    JsonNode first = copy(folder, team, store);
    long articles = first.get("articles").asLong();
    assertTrue(articles > 10, first.toString());
    assertEquals(0, first.get("already_there").asLong());

    // An interrupted copy: the target lacks the last articles (with their comments and captures).
    try (var c = TestPostgres.connect(store);
        var s = c.createStatement()) {
      s.execute(
          "DELETE FROM articles WHERE id IN (SELECT id FROM articles ORDER BY seq DESC LIMIT 5)");
    }
    JsonNode again = copy(folder, team, store);
    assertEquals(5, again.get("articles").asLong(), again.toString());
    assertEquals(articles - 5, again.get("already_there").asLong());
    JsonNode twice = copy(folder, team, store);
    assertEquals(0, twice.get("articles").asLong(), "nothing twice");

    String local = run("--data", folder.toString(), "export", "--format", "json").out();
    String shared =
        run("--data", team.toString(), "--store", store, "export", "--format", "json").out();
    assertEquals(withoutExportTime(local), withoutExportTime(shared));
    assertEquals(
        run("--data", folder.toString(), "articles", "--json").out(),
        run("--data", team.toString(), "--store", store, "articles", "--json").out());
  }

  /** `dossier copy --json` from a data folder into a store, which must succeed. */
  private static JsonNode copy(Path from, Path data, String store) throws Exception {
    CliTest.Run copied =
        run("--data", data.toString(), "copy", "--from", from.toString(), "--to", store, "--json");
    assertEquals(0, copied.code(), copied.err());
    return JSON.readTree(copied.out());
  }

  private static String withoutExportTime(String export) {
    return export.replaceAll("\"exported\" : \"[^\"]*\"", "");
  }
}
