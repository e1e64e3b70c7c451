package org.dossier.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dossier.annotate.Annotator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The quote and time evaluations on miniature data sets written for the project in the formats of
 * PolNeAR (brat standoff) and TempEval-3 (TimeML), scored by hand.
 */
class AnnotationEvaluationTest {
  private static Path resource(String name) throws URISyntaxException {
    return Path.of(AnnotationEvaluationTest.class.getResource("/" + name).toURI());
  }

  @Test
  void quoteSpansAreScoredPerRoleExactlyAndByOverlap() throws Exception {
    List<Map<String, Object>> rows = new ArrayList<>();
    List<Score> scores =
        QuoteEvaluation.forDataset(resource("polnear-mini"))
            .run("dev", 0, 1, rows::add, name -> true, Annotator.withTagger(null));
    // The scorer measured with the rules alone, whose output here is known: three gold
    // attributions; the third ("The report discussed …") has no speech cue the rules know, so two
    // of three are found, both exactly: precision 1, recall 2/3, F1 0.8 for every role.
    for (String role : new String[] {"Source", "Cue", "Content"}) {
      assertEquals(1.0, Figures.of(scores, role + " exact precision"), 1e-9, role);
      assertEquals(2 / 3.0, Figures.of(scores, role + " exact recall"), 1e-9, role);
      assertEquals(0.8, Figures.of(scores, role + " exact F1"), 1e-9, role);
    }
    assertEquals(1.0, Figures.of(scores, "Content exact, direct quotes F1"), 1e-9);
    assertEquals(1, rows.size());
    assertEquals(List.of("the cost of the repairs"), rows.get(0).get("content_missed"));
  }

  @Test
  void entitiesAreComparedWithTheReferencePipelineBySpanAndType() throws Exception {
    List<Map<String, Object>> rows = new ArrayList<>();
    List<Score> scores =
        EntityEvaluation.forDataset(resource("polnear-mini")).run("dev", 0, 1, rows::add);
    assertEquals(1, rows.size());
    // The mini text names one person, Ruth Okonkwo: both pipelines find her.
    assertEquals(1L, rows.get(0).get("agreed"), rows.toString());
    assertEquals(1.0, Figures.of(scores, "names span+type F1 (vs 3 CRF models)"), 1e-9);
    assertEquals(List.of(), rows.get(0).get("ours_only"));
  }

  @Test
  void quoteEvaluationRefusesAFolderThatIsNotPolNear(@TempDir Path dir) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> QuoteEvaluation.forDataset(dir));
    assertTrue(e.getMessage().contains(dir.toString()), e.getMessage());
  }

  @Test
  void timesAreMatchedAndTheirValuesResolvedAgainstTheCreationTime() throws Exception {
    List<Map<String, Object>> rows = new ArrayList<>();
    List<Score> scores =
        TimeEvaluation.forDataset(resource("tempeval-mini")).run("all", 0, 1, rows::add);
    assertEquals(1.0, Figures.of(scores, "TIMEX3 relaxed F1"), 1e-9, rows.toString());
    assertEquals(
        1.0, Figures.of(scores, "value accuracy (relaxed matches)"), 1e-9, rows.toString());
  }

  @Test
  void timeMlWithAnExternalEntityIsRefusedNamingTheFile(@TempDir Path dir) throws IOException {
    Path hostile = dir.resolve("hostile.tml");
    Files.writeString(
        hostile,
        "<?xml version=\"1.0\"?><!DOCTYPE TimeML [<!ENTITY secret SYSTEM"
            + " \"file:///etc/passwd\">]><TimeML><TEXT>&secret;</TEXT></TimeML>");
    IOException e = assertThrows(IOException.class, () -> TimeEvaluation.read(hostile));
    assertTrue(e.getMessage().startsWith(hostile.toString()), e.getMessage());
  }

  @Test
  void aStandoffSpanOutsideItsTextIsNamedWithFileAndLine(@TempDir Path dir) throws IOException {
    Path ann = dir.resolve("doc_x.ann");
    Files.writeString(ann, "T1\tSource 0 4\tRuth\nT2\tCue 5 900\tsaid\n");
    IOException e =
        assertThrows(IOException.class, () -> QuoteEvaluation.readGold(ann, "Ruth said so."));
    assertTrue(e.getMessage().startsWith(ann + ":2: '5 900'"), e.getMessage());
  }
}
