package org.dossier.annotate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.dossier.model.Annotation;
import org.dossier.model.EntityMention;
import org.dossier.model.EntityType;
import org.junit.jupiter.api.Test;

/** The distilled name tagger: the shipped model on texts written for the project, and training. */
class NameTaggerTest {
  private static EntityType typeOf(Annotation a, String name) {
    return a.entities().stream()
        .filter(e -> e.text().equals(name))
        .map(EntityMention::type)
        .findFirst()
        .orElseThrow(() -> new AssertionError("no entity '" + name + "' in " + a.entities()));
  }

  private static Annotation annotate(String text) {
    return Annotator.shared().annotate(text, java.time.LocalDate.of(2026, 3, 3));
  }

  @Test
  void theShippedTaggerFindsPeopleOrganisationsAndPlaces() {
    assertNotNull(NameTagger.shipped(), "name-tagger.bin.gz missing from the jar");
    Annotation a =
        annotate(
            "Ingrid Solheim, the mayor of Bergen, met officials of the European Commission in"
                + " Brussels on Tuesday.");
    assertEquals(EntityType.PERSON, typeOf(a, "Ingrid Solheim"));
    assertEquals(EntityType.LOCATION, typeOf(a, "Bergen"));
    assertEquals(EntityType.ORGANISATION, typeOf(a, "European Commission"));
    assertEquals(EntityType.LOCATION, typeOf(a, "Brussels"));
  }

  @Test
  void aWordInDoubtOnlyBetweenNoNameAndAnOtherNameIsNotLeftToTheCrfModel() {
    // Scores per tag: outside, person, organisation, location, other.
    assertEquals(
        9.0,
        NameTagger.crfGap(new double[] {10, 1, 0, -2, 9.5}),
        1e-9,
        "outside and other are one answer to the 3-class model; the next is the person");
    assertEquals(
        0.5,
        NameTagger.crfGap(new double[] {2, 9.5, 0, 0, 10}),
        1e-9,
        "an other name whose runner-up is a person is in doubt between the two");
    assertEquals(
        1.0,
        NameTagger.crfGap(new double[] {0, 4, 5, 0, 0}),
        1e-9,
        "person against organisation, as before");
  }

  @Test
  void otherNamesComeFromTheTaggerWhereTheCrfModelTaggedNothing() {
    // Tag indexes: 0 outside, 1 person, 2 organisation, 3 location, 4 other.
    assertArrayEquals(
        new int[] {1, 1, 0, 4, 4, 0, 4},
        NameTagger.withOtherNames(new int[] {1, 1, 0, 0, 0, 0, 0}, new int[] {1, 1, 0, 4, 4, 0, 4}),
        "both of the tagger's other names");
    assertArrayEquals(
        new int[] {0, 2, 2, 0, 0},
        NameTagger.withOtherNames(new int[] {0, 2, 2, 0, 0}, new int[] {4, 4, 4, 0, 1}),
        "an other name over the model's organisation is left out, and the tagger's person too");
    assertArrayEquals(
        new int[] {0, 0, 3},
        NameTagger.withOtherNames(new int[] {4, 4, 3}, new int[] {0, 0, 3}),
        "other names come from the tagger alone");
  }

  @Test
  void anOtherNameSurvivesTheFallback() {
    long before = NameTagger.handedOver()[1];
    Annotation a =
        annotate(
            "Kwame Mensah-Boateng, who coached Ghana at the World Cup, told reporters in Kumasi"
                + " that the Olympics would come next.");
    assertEquals(EntityType.PERSON, typeOf(a, "Kwame Mensah-Boateng"));
    assertEquals(EntityType.OTHER, typeOf(a, "World Cup"));
    assertEquals(EntityType.LOCATION, typeOf(a, "Kumasi"));
    assertTrue(NameTagger.handedOver()[1] > before, "the sentence went to the CRF model");
  }

  @Test
  void theCrfModelReadsTheStretchAroundAnUnsureNameNotTheWholeSentence() {
    String text =
        "After two weeks of talks with the unions, the schools and the parents, the council"
            + " approved a budget that cuts three bus routes, closes one library on Sundays and"
            + " raises the fees for the town's pools, said Kwame Mensah-Boateng, who chairs its"
            + " finance committee.";
    long[] before = NameTagger.handedOver();
    Annotation a = annotate(text);
    long[] after = NameTagger.handedOver();
    long tagged = after[0] - before[0];
    long handed = after[1] - before[1];
    assertEquals(EntityType.PERSON, typeOf(a, "Kwame Mensah-Boateng"));
    assertTrue(handed > 0, "the CRF model read the name's stretch");
    // Whole sentences, as up to annotator version 14, would have been all of them.
    assertTrue(handed < tagged, handed + " of " + tagged + " tokens read by the CRF model");
  }

  @Test
  void trainingIsDeterministicAndLearnsItsExamples() throws IOException {
    WordClusters clusters = WordClusters.of(Map.of("ada", "7", "oslo", "12"));
    String[] words = {"Ada", "flew", "to", "Oslo", "."};
    String[] pos = {"NNP", "VBD", "TO", "NNP", "."};
    int[] gold = {1, 0, 0, 3, 0};
    List<NameTagger.Labelled> sentences = List.of(new NameTagger.Labelled(words, pos, gold));
    NameTagger one = NameTagger.train(sentences, clusters, 5, 1, 3, s -> {});
    NameTagger two = NameTagger.train(sentences, clusters, 5, 1, 3, s -> {});
    assertArrayEquals(bytes(one), bytes(two));
    assertArrayEquals(gold, one.tag(words, pos));
    NameTagger read = NameTagger.read(new ByteArrayInputStream(bytes(one)), clusters);
    assertArrayEquals(gold, read.tag(words, pos));
  }

  @Test
  void clustersAreWrittenAndReadBackAndBadFilesAreRefused() throws IOException {
    WordClusters clusters = WordClusters.of(Map.of("solheim", "396", "bergen", "101"));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    clusters.write(out);
    WordClusters read = WordClusters.read(new ByteArrayInputStream(out.toByteArray()));
    assertEquals("396", read.of("solheim"));
    assertEquals("-", read.of("unheard-of"));
    IOException e =
        assertThrows(
            IOException.class,
            () -> WordClusters.read(new ByteArrayInputStream(gzip("zeta\t1\nalpha\t2\n"))));
    assertTrue(e.getMessage().contains("line 2"), e.getMessage());
  }

  @Test
  void shapesShortenRunsAndKeepPunctuation() {
    assertEquals("Xxx", NameFeatures.shape("Okonkwo"));
    assertEquals("X.X.", NameFeatures.shape("U.S."));
    assertEquals("dd", NameFeatures.shape("2026"));
    assertEquals("xx-Xxx", NameFeatures.shape("al-Sisi"));
  }

  private static byte[] bytes(NameTagger t) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    t.write(out);
    return out.toByteArray();
  }

  private static byte[] gzip(String s) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(s.getBytes(StandardCharsets.UTF_8));
    }
    return out.toByteArray();
  }
}
