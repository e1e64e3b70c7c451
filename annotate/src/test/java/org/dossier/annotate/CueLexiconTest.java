package org.dossier.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.dossier.model.Quote;
import org.dossier.model.QuoteKind;
import org.dossier.model.Span;
import org.junit.jupiter.api.Test;

class CueLexiconTest {

  /**
   * Tokens written "word/POS/lemma", one space apart, as the text's characters; a full stop ends a
   * sentence.
   */
  private static AttributionDocument doc(String written) {
    List<AttributionDocument.Token> t = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    int sentence = 0;
    for (String item : written.split(" ")) {
      String[] p = item.split("/");
      if (text.length() > 0) {
        text.append(' ');
      }
      int at = text.length();
      text.append(p[0]);
      t.add(
          new AttributionDocument.Token(
              p[0], p[2], p[1], "O", at, at + p[0].length(), sentence, at == 0, false, "O"));
      if (p[0].equals(".")) {
        sentence++;
      }
    }
    return new AttributionDocument(text.toString(), t);
  }

  // Ada said the states rush ; states stated Bo ran ; Bo ran . the state failed
  private static final AttributionDocument TRAINING =
      doc(
          "Ada/NNP/ada said/VBD/say the/DT/the states/NNS/state rush/VBP/rush ;/:/;"
              + " states/NNS/state stated/VBD/state Bo/NNP/bo ran/VBD/run ;/:/; Bo/NNP/bo"
              + " ran/VBD/run ./././ the/DT/the state/NN/state failed/VBD/fail");

  // Source Ada, cue "said", content "the states rush"; source "states", cue "stated", content "Bo
  // ran".
  private static final int[] GOLD = {1, 3, 5, 6, 6, 0, 1, 3, 5, 6, 0, 0, 0, 0, 0, 0, 0};

  @Test
  void aWordsShareOfCuesIsCountedInEachPartOfSpeech() {
    CueLexicon lexicon = CueLexicon.count(List.of(TRAINING), List.of(GOLD));
    assertEquals(1.0, lexicon.share("say/V"));
    // "stated" was a cue once as a verb; "state" as a noun never, so the verb keeps its share.
    assertEquals(1.0, lexicon.share("state/V"));
    assertEquals(0.0, lexicon.share("state/N"));
    assertEquals(0.0, lexicon.share("run/V"));
    assertEquals(2, lexicon.size());
  }

  @Test
  void aCueIsLikelyWhenOneOfItsWordsWasOftenACue() {
    CueLexicon lexicon = CueLexicon.count(List.of(TRAINING), List.of(GOLD));
    List<AttributionDocument.Token> t =
        doc("Kim/NNP/kim rush/VBD/rush and/CC/and said/VBD/say :/:/:").tokens();
    assertFalse(lexicon.likely(t, 1, 1));
    assertTrue(lexicon.likely(t, 1, 3));
    // A colon alone has no word to judge; it stays a cue.
    assertTrue(lexicon.likely(t, 4, 4));
    // A model file without a lexicon judges nothing.
    assertTrue(CueLexicon.NONE.likely(t, 1, 1));
  }

  @Test
  void theLexiconIsWrittenAndReadBackInOrder() throws IOException {
    CueLexicon lexicon = CueLexicon.count(List.of(TRAINING), List.of(GOLD));
    byte[] once = bytes(lexicon);
    CueLexicon read =
        CueLexicon.readFrom(new DataInputStream(new ByteArrayInputStream(once)), "test");
    assertEquals(1.0, read.share("state/V"));
    assertEquals(2, read.size());
    assertTrue(java.util.Arrays.equals(once, bytes(read)));
  }

  @Test
  void aStatementOnlyTheTaggerFoundOnAnUnlikelyCueIsLeftOut() {
    CueLexicon lexicon = CueLexicon.count(List.of(TRAINING), List.of(GOLD));
    AttributionDocument d =
        doc(
            "two/CD/two players/NNS/player rush/VBP/rush many/JJ/many yards/NNS/yard ./././"
                + " Kim/NNP/kim said/VBD/say it/PRP/it rained/VBD/rain");
    // What the tagger read: two statements of the same shape.
    int[] tags = {1, 2, 3, 5, 6, 0, 1, 3, 5, 6};
    List<Quote> quotes = Attributions.merge(d, tags, List.of(), List.of(), List.of(), lexicon);
    assertEquals(List.of("it rained"), contents(quotes));
    assertEquals("said", quotes.get(0).cue().text());
    // Without a lexicon (a model file of before), both stand.
    assertEquals(
        List.of("many yards", "it rained"),
        contents(Attributions.merge(d, tags, List.of(), List.of(), List.of(), CueLexicon.NONE)));
    // A cue the rules found too stays.
    int rush = d.text().indexOf("rush");
    int yards = d.text().indexOf("many yards");
    Quote rule =
        new Quote(
            QuoteKind.INDIRECT,
            new Span("many yards", yards, yards + 10),
            new Span("rush", rush, rush + 4),
            null,
            null,
            null);
    assertEquals(
        List.of("many yards", "it rained"),
        contents(Attributions.merge(d, tags, List.of(rule), List.of(), List.of(), lexicon)));
  }

  @Test
  void aModelFileOfBeforeTheLexiconReadsWithNone() throws IOException {
    AttributionTagger trained =
        AttributionTagger.train(List.of(TRAINING), List.of(GOLD), 3, 1, 3, s -> {});
    ByteArrayOutputStream file = new ByteArrayOutputStream();
    trained.write(file);
    byte[] plain =
        new java.util.zip.GZIPInputStream(new ByteArrayInputStream(file.toByteArray()))
            .readAllBytes();
    // A "DAT4" file: the same chains, without the lexicon at the end.
    byte[] old = java.util.Arrays.copyOf(plain, plain.length - bytes(trained.lexicon()).length);
    old[3] = '4';
    ByteArrayOutputStream zipped = new ByteArrayOutputStream();
    try (java.util.zip.GZIPOutputStream z = new java.util.zip.GZIPOutputStream(zipped)) {
      z.write(old);
    }
    AttributionTagger read = AttributionTagger.read(new ByteArrayInputStream(zipped.toByteArray()));
    assertEquals(0, read.lexicon().size());
    assertEquals(2, trained.lexicon().size());
    assertTrue(java.util.Arrays.equals(trained.tag(TRAINING), read.tag(TRAINING)));
  }

  private static List<String> contents(List<Quote> quotes) {
    return quotes.stream().map(q -> q.content().text()).toList();
  }

  private static byte[] bytes(CueLexicon lexicon) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (DataOutputStream data = new DataOutputStream(out)) {
      lexicon.writeTo(data);
    }
    return out.toByteArray();
  }
}
