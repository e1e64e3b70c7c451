package org.dossier.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.dossier.stories.StoryClusterer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ECB+ scoring on a copy written for the project: two topics, each with two similar events. */
class StoryEvaluationTest {

  private static Path mini() throws URISyntaxException {
    return Path.of(StoryEvaluationTest.class.getResource("/ecbplus-mini").toURI());
  }

  private static double value(List<Score> scores, String prefix) {
    return scores.stream()
        .filter(s -> s.name().startsWith(prefix))
        .findFirst()
        .orElseThrow()
        .value();
  }

  @Test
  void similarEventsOfOneTopicAreToldApart() throws Exception {
    StoryEvaluation e = StoryEvaluation.forDataset(mini());
    List<StoryEvaluation.Document> docs = e.documents("all");
    assertEquals(8, docs.size());
    assertEquals("1ecbplus", docs.get(2).subTopic());
    var annotations = StoryEvaluation.annotate(docs, 2);
    var embeddings = StoryEvaluation.embed(docs, 2);
    // All topics in one store, and each topic in a store of its own.
    for (boolean perTopic : new boolean[] {false, true}) {
      List<Score> scores =
          StoryEvaluation.scoreOrders(
              docs,
              annotations,
              embeddings,
              StoryClusterer.Settings.defaults(),
              1,
              3,
              perTopic,
              row -> {});
      assertEquals(1.0, value(scores, "B-cubed F1"), 1e-9, perTopic + " " + scores);
      assertEquals(1.0, value(scores, "pairwise F1"), 1e-9, perTopic + " " + scores);
    }
  }

  @Test
  void scoresFollowTheirDefinitions() {
    Map<String, String> gold = Map.of("a", "x", "b", "x", "c", "y");
    List<Score> lumped = StoryEvaluation.scores(gold, Map.of("a", "1", "b", "1", "c", "1"));
    assertEquals(5.0 / 9, value(lumped, "B-cubed precision"), 1e-9);
    assertEquals(1.0, value(lumped, "B-cubed recall"), 1e-9);
    assertEquals(1.0 / 3, value(lumped, "pairwise precision"), 1e-9);
    assertEquals(1.0, value(lumped, "pairwise recall"), 1e-9);
  }

  @Test
  void aFolderThatIsNotEcbPlusIsRefused(@TempDir Path dir) {
    assertThrows(IllegalArgumentException.class, () -> StoryEvaluation.forDataset(dir));
  }

  @Test
  void developmentTopicsAreKeptOutOfTrain() throws IOException, URISyntaxException {
    StoryEvaluation e = StoryEvaluation.forDataset(mini());
    assertEquals(4, e.documents("dev").size(), "topic 2 is a development topic");
    assertEquals(4, e.documents("train").size());
  }
}
