package org.dossier.annotate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.dossier.model.Annotation;
import org.dossier.model.Quote;
import org.dossier.model.QuoteKind;
import org.junit.jupiter.api.Test;

/** The learned attribution tagger, on texts written for the project. */
class AttributionTaggerTest {
  private static Quote quoteContaining(Annotation a, String words) {
    return a.quotes().stream()
        .filter(q -> q.content().text().contains(words))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no quote with '" + words + "' in " + a.quotes()));
  }

  private static Annotation annotate(String text) {
    return Annotator.shared().annotate(text, java.time.LocalDate.of(2026, 11, 30));
  }

  @Test
  void featuresOfSeveralPartsHashAsTheirJoinedText() {
    // The shipped model's features were hashed from the parts joined with spaces.
    assertEquals(
        AttributionFeatures.hash("p-1p0", "DT NN"), AttributionFeatures.hash("p-1p0", "DT", "NN"));
    assertEquals(
        AttributionFeatures.hash("sh0|cl|cr", "V-Q 2 none"),
        AttributionFeatures.hash("sh0|cl|cr", "V-Q", "2", "none"));
    assertNotEquals(
        AttributionFeatures.hash("p-1p0", "DT NN"), AttributionFeatures.hash("p0p+1", "DT", "NN"));
  }

  @Test
  void theBuildShipsAModel() {
    assertNotNull(AttributionTagger.shipped(), "attribution-tagger.bin.gz missing from the jar");
    assertTrue(AttributionTagger.shipped().features() > 100_000);
  }

  @Test
  void whoStandsForThePersonItsPhraseDescribesAndItsClauseKeepsItsOwnWords() {
    // "who" is the resident, not the city after "of"; what she declined to give is no statement
    // of what she told the agency.
    String text =
        "The run-up to the election has seen little campaigning. \"There are very few billboards"
            + " around the city,\" Maral, a resident of Ashgabat who declined to give her surname"
            + " for fear of official intimidation, told the news agency.";
    Annotation a = annotate(text);
    assertEquals("Maral", quoteContaining(a, "very few billboards").speakerResolved());
    for (Quote q : a.quotes()) {
      if (q.content().text().contains("her surname")) {
        assertNotEquals("told", q.cue() == null ? null : q.cue().text(), q.toString());
      }
    }
  }

  @Test
  void whoAfterAPersonNamedAfterOfIsThatPerson() {
    // Not "mention", the noun the phrase "of" completes: "who" is a person, and here one named.
    String text =
        "The governor thanked his rivals by name. But he made no mention of Walter Brandt, who"
            + " said earlier in the evening that he is leaving the race.";
    Annotation a = annotate(text);
    assertEquals("Walter Brandt", quoteContaining(a, "leaving the race").speakerResolved());
  }

  @Test
  void aQuoteItsSentenceGivesToSomeoneIsNotTheSpeakerBeforesWords() {
    // The rules gave the second quote to Levine, whose words came before; its sentence names Trump.
    String text =
        "Levine found comic relief in it. \"I needed some carrots to dip,\" he said.\n\n"
            + "Trump took a risk by winking at the crowd, telling them, \"I'm a negotiator like"
            + " you, folks,\" and, \"Is there anyone in this room who doesn't negotiate deals?"
            + " Probably more than any room I've ever spoken.\"";
    Annotation a = annotate(text);
    assertEquals("Trump", quoteContaining(a, "negotiator like you").speakerResolved());
    assertEquals("Trump", quoteContaining(a, "Is there anyone").speakerResolved());
    assertEquals("Levine", quoteContaining(a, "carrots").speakerResolved());
  }

  @Test
  void aStatementEndingWithADescribedNameOrAPossessiveSourceIsReadWhole() {
    for (String source : List.of("longtime agent Mark Roesler", "her agent")) {
      String text =
          "Bettie Page, the pin-up queen of the 1950s, passed away on Thursday. Bettie Page died"
              + " Thursday of pneumonia at a Los Angeles area hospital, "
              + source
              + " said. She had suffered a heart attack earlier in December.";
      Quote q = quoteContaining(annotate(text), "of pneumonia");
      assertEquals(
          "Bettie Page died Thursday of pneumonia at a Los Angeles area hospital",
          q.content().text(),
          source);
      assertEquals(source, q.speaker().text());
    }
  }

  @Test
  void aCueInTheNextParagraphIsNotTheCueOfAStatementBeforeIt() {
    String text =
        "Add subtle motion to organic designs with Transform, Transition, and Scroll Effects to"
            + " make curved shapes shift gently as users scroll or hover.\n\n"
            + "Use Motion to emphasize key story beats: fading in testimonials adds rhythm and"
            + " pacing to your story.";
    Annotation a = annotate(text);
    int paragraph = text.indexOf("\n\n");
    for (Quote q : a.quotes()) {
      if (q.content().end() <= paragraph && q.cue() != null) {
        assertTrue(q.cue().end() <= paragraph, "cue from the next paragraph: " + q);
      }
      // "Motion" is a word the text writes small too, not someone's name.
      assertNotEquals("Motion", q.speakerResolved(), q.toString());
    }
  }

  @Test
  void aFindingOfAReportIsAStatementOfTheReport() {
    Annotation a =
        annotate(
            "The harbour authority's annual report found that shipping traffic fell by a fifth"
                + " last year.");
    Quote q = quoteContaining(a, "shipping traffic");
    assertEquals(QuoteKind.INDIRECT, q.kind());
    assertEquals("shipping traffic fell by a fifth last year", q.content().text());
    assertEquals("found", q.cue().text());
    assertTrue(q.speaker().text().endsWith("annual report"), q.speaker().text());
  }

  @Test
  void whatCriticsArgueIsTheirs() {
    Annotation a = annotate("Critics argue that the new toll will drive fishing boats away.");
    Quote q = quoteContaining(a, "new toll");
    assertEquals("argue", q.cue().text());
    assertEquals("Critics", q.speaker().text());
    assertEquals("the new toll will drive fishing boats away", q.content().text());
  }

  @Test
  void aReportedStatementWithoutThatKeepsItsSpeaker() {
    Annotation a =
        annotate(
            "Mayor Ruth Okonkwo rejected the criticism. Her spokesman said the toll would be"
                + " reviewed in the spring.");
    Quote q = quoteContaining(a, "reviewed in the spring");
    assertEquals(QuoteKind.INDIRECT, q.kind());
    assertEquals("said", q.cue().text());
    assertEquals("Her spokesman", q.speaker().text());
  }

  @Test
  void aDateIsNeverASpeaker() {
    Annotation a =
        annotate(
            "In July, the ministry said the bridge would close. July said nothing more, and Monday"
                + " brought no news.");
    for (Quote q : a.quotes()) {
      if (q.speaker() != null) {
        assertTrue(
            !List.of("July", "Monday", "In July").contains(q.speaker().text()), q.toString());
      }
    }
  }

  @Test
  void trainingIsDeterministicAndLearnsItsExamples() throws IOException {
    // Two tiny documents: "X said Y" in tokens, with the tags that belong to them.
    AttributionDocument doc =
        new AttributionDocument(
            "Ada said rain fell .",
            List.of(
                token("Ada", "ada", "NNP", "PERSON", 0, 3),
                token("said", "say", "VBD", "O", 4, 8),
                token("rain", "rain", "NN", "O", 9, 13),
                token("fell", "fall", "VBD", "O", 14, 18),
                token(".", ".", ".", "O", 19, 20)));
    int[] gold = {1, 3, 5, 6, 0};
    AttributionTagger one = AttributionTagger.train(List.of(doc), List.of(gold), 5, 1, 3, s -> {});
    AttributionTagger two = AttributionTagger.train(List.of(doc), List.of(gold), 5, 1, 3, s -> {});
    assertArrayEquals(bytes(one), bytes(two));
    assertArrayEquals(gold, one.tag(doc));
    AttributionTagger read = AttributionTagger.read(new ByteArrayInputStream(bytes(one)));
    assertArrayEquals(gold, read.tag(doc));
    // Both passes are written and read back: the second's features are counted with the first's.
    assertEquals(one.features(), read.features());
    assertArrayEquals(bytes(one), bytes(read));
  }

  @Test
  void aSourceKeepsTheCommaThatClosesItsDescriptionOnly() {
    // "Gov. Ruth Okonkwo, the state's first woman governor, said …" and "Ruth Okonkwo, who …"
    List<AttributionDocument.Token> t =
        List.of(
            token("Ruth", "ruth", "NNP", "PERSON", 0, 4),
            token("Okonkwo", "okonkwo", "NNP", "PERSON", 5, 12),
            token(",", ",", ",", "O", 12, 13),
            token("the", "the", "DT", "O", 14, 17),
            token("governor", "governor", "NN", "O", 18, 26),
            token(",", ",", ",", "O", 26, 27),
            token("said", "say", "VBD", "O", 28, 32));
    assertEquals(
        new Attributions.Chunk('S', 0, 1),
        SpanEdges.trimSource(t, new Attributions.Chunk('S', 0, 2)));
    assertEquals(
        new Attributions.Chunk('S', 0, 5),
        SpanEdges.trimSource(t, new Attributions.Chunk('S', 0, 5)));
  }

  @Test
  void aCueOfSayingIsTheVerbAndASourceEndsBeforeItsTime() {
    // "Gov. Ruth Okonkwo on Friday said in an interview the pier would reopen." ("said in a
    // statement" stays whole: AnnotatorTest.aStatementsCueKeepsInAStatement.)
    List<AttributionDocument.Token> t =
        List.of(
            token("Gov.", "gov.", "NNP", "O", 0, 4),
            token("Ruth", "ruth", "NNP", "PERSON", 5, 9),
            token("Okonkwo", "okonkwo", "NNP", "PERSON", 10, 17),
            token("on", "on", "IN", "O", 18, 20),
            token("Friday", "friday", "NNP", "O", 21, 27),
            token("said", "say", "VBD", "O", 28, 32),
            token("in", "in", "IN", "O", 33, 35),
            token("an", "a", "DT", "O", 36, 38),
            token("interview", "interview", "NN", "O", 39, 48),
            token("the", "the", "DT", "O", 49, 52));
    assertEquals(
        new Attributions.Chunk('C', 5, 5), SpanEdges.trimCue(t, new Attributions.Chunk('C', 5, 8)));
    assertEquals(
        new Attributions.Chunk('S', 0, 2),
        SpanEdges.trimSource(t, new Attributions.Chunk('S', 0, 4)));
    // Other cues keep their words, and a source of a time alone stays.
    assertEquals(
        new Attributions.Chunk('C', 3, 4), SpanEdges.trimCue(t, new Attributions.Chunk('C', 3, 4)));
    assertEquals(
        new Attributions.Chunk('S', 4, 4),
        SpanEdges.trimSource(t, new Attributions.Chunk('S', 4, 4)));
    // "Voters going to the polls on Super Tuesday said …": the day's name goes with its weekday.
    List<AttributionDocument.Token> named =
        List.of(
            token("Voters", "voter", "NNS", "O", 0, 6),
            token("going", "go", "VBG", "O", 7, 12),
            token("to", "to", "TO", "O", 13, 15),
            token("the", "the", "DT", "O", 16, 19),
            token("polls", "poll", "NNS", "O", 20, 25),
            token("on", "on", "IN", "O", 26, 28),
            token("Super", "super", "NNP", "O", 29, 34),
            token("Tuesday", "tuesday", "NNP", "DATE", 35, 42));
    assertEquals(
        new Attributions.Chunk('S', 0, 4),
        SpanEdges.trimSource(named, new Attributions.Chunk('S', 0, 7)));
  }

  @Test
  void aContentInAClauseOfItsOwnAfterTheCueIsNotTheCues() {
    // "Karamanlis has rejected calls by opposition leaders to hold early elections, but his party
    // holds only a one-seat majority": the majority is no statement of the cue's.
    assertEquals(
        7,
        laterClause(
            "Karamanlis/NNP has/VBZ/have rejected/VBN/reject calls/NNS/call by/IN leaders/NNS ,/,"
                + " but/CC his/PRP$ party/NN holds/VBZ/hold only/RB a/DT majority/NN",
            1,
            4,
            12));
    // The same subject's second verb goes on with the statement: "The research not only
    // documented faster increases, but also drew direct links …".
    assertEquals(
        -1,
        laterClause(
            "The/DT research/NN documented/VBD/document increases/NNS ,/, but/CC also/RB"
                + " drew/VBD/draw direct/JJ links/NNS",
            2,
            2,
            8));
    // A relative clause between a cue and its content, a "that" clause, and a second verb of
    // speech keep the content the cue's.
    assertEquals(
        -1,
        laterClause(
            "He/PRP told/VBD/tell reporters/NNS and/CC aides/NNS who/WP had/VBD/have gathered/VBN"
                + " the/DT plan/NN would/MD/would fail/VB",
            1,
            1,
            8));
    assertEquals(
        -1,
        laterClause(
            "He/PRP said/VBD/say it/PRP ,/, and/CC officials/NNS were/VBD/be sure/JJ that/IN"
                + " the/DT plan/NN failed/VBD/fail",
            1,
            1,
            8));
    assertEquals(
        -1,
        laterClause(
            "He/PRP said/VBD/say it/PRP ,/, and/CC he/PRP added/VBD/add the/DT plan/NN"
                + " failed/VBD/fail",
            1,
            1,
            7));
  }

  /**
   * {@link Attributions#laterClause} of a text written as {@link #tagged} reads it, for the cue
   * from token {@code cueFirst} to {@code cueLast} and the content from {@code contentFirst} to the
   * text's end.
   */
  private static int laterClause(String text, int cueFirst, int cueLast, int contentFirst) {
    List<AttributionDocument.Token> t = tagged(text);
    return Clauses.laterClause(
        t,
        new Attributions.Chunk('C', cueFirst, cueLast),
        new Attributions.Chunk('Q', contentFirst, t.size() - 1));
  }

  @Test
  void whatARelativeClauseBetweenCueAndContentDoesIsNoStatement() {
    // "…, said the spokesman, who declined to give his name": the name is what he declined to
    // give, not what he said.
    List<AttributionDocument.Token> t =
        tagged(
            "said/VBD/say the/DT spokesman/NN ,/, who/WP declined/VBD/decline to/TO give/VB/give"
                + " his/PRP$ name/NN");
    Attributions.Chunk said = new Attributions.Chunk('C', 0, 0);
    assertEquals(4, Clauses.relativeClause(t, said, new Attributions.Chunk('Q', 6, 9)));
    // A word of speech in the relative clause, or none at all, leaves the content the cue's.
    List<AttributionDocument.Token> told =
        tagged(
            "said/VBD/say the/DT spokesman/NN ,/, who/WP added/VBD/add the/DT talks/NNS"
                + " failed/VBD/fail");
    assertEquals(-1, Clauses.relativeClause(told, said, new Attributions.Chunk('Q', 6, 9)));
    List<AttributionDocument.Token> plain =
        tagged("said/VBD/say the/DT spokesman/NN declined/VBD/decline to/TO give/VB/give it/PRP");
    assertEquals(-1, Clauses.relativeClause(plain, said, new Attributions.Chunk('Q', 4, 6)));
  }

  @Test
  void aContentOpeningWithAVerbsParticleIsNoStatement() {
    // "But they called it off only months before their wedding": "call off", not a call.
    List<AttributionDocument.Token> t =
        tagged(
            "they/PRP called/VBD/call it/PRP off/RP only/RB months/NNS before/IN their/PRP$"
                + " wedding/NN");
    assertTrue(Clauses.opensWithParticle(t, new Attributions.Chunk('Q', 2, 8)));
    assertTrue(Clauses.opensWithParticle(t, new Attributions.Chunk('Q', 3, 8)));
    // "they called it a mistake": a pronoun without a particle after it stays.
    List<AttributionDocument.Token> called =
        tagged("they/PRP called/VBD/call it/PRP a/DT mistake/NN");
    assertFalse(Clauses.opensWithParticle(called, new Attributions.Chunk('Q', 2, 4)));
  }

  @Test
  void namesFiguresAndPunctuationAloneAreNoCue() {
    List<AttributionDocument.Token> t =
        tagged(
            "Raúl/NNP Tapia/NNP ,/, 2016/CD :/: Clinton/NNP Support/NNP Grows/VBZ/grow -/:"
                + " support/NN/support for/IN");
    // A name, a year, a dash or a comma the model took for a cue introduce nothing.
    assertFalse(Attributions.cueLike(t, new Attributions.Chunk('C', 0, 1)));
    assertFalse(Attributions.cueLike(t, new Attributions.Chunk('C', 2, 3)));
    assertFalse(Attributions.cueLike(t, new Attributions.Chunk('C', 8, 8)));
    // A colon, a headline's verb and a noun of support can.
    assertTrue(Attributions.cueLike(t, new Attributions.Chunk('C', 4, 4)));
    assertTrue(Attributions.cueLike(t, new Attributions.Chunk('C', 7, 7)));
    assertTrue(Attributions.cueLike(t, new Attributions.Chunk('C', 9, 10)));
  }

  /**
   * The tokens of a one-sentence text written as "word/TAG" or "word/TAG/lemma" (the lemma
   * otherwise the word in lower case), a space apart.
   */
  @Test
  void aContentRunsFromItsFirstWordOrOpeningMarkToItsLastWord() {
    // The comma, the dash and the bracket close what came before.
    assertEquals("he did not agree", trimmedContent(",/, he/PRP did/VBD not/RB agree/VB"));
    assertEquals("and he can go", trimmedContent("-/: and/CC he/PRP can/MD go/VB"));
    assertEquals("might edge past", trimmedContent(")/-RRB- might/MD edge/VB past/IN"));
    // Of two marks with a space between, the first closes the quotation before.
    assertEquals("\" And we won", trimmedContent("\"/'' \"/`` And/CC we/PRP won/VBD"));
    // One opening mark is the statement's own.
    assertEquals("\" We won", trimmedContent("\"/`` We/PRP won/VBD"));
    // A colon or a semicolon announces or separates what follows.
    assertEquals("the wall", trimmedContent("the/DT wall/NN ;/:"));
    assertEquals("the results", trimmedContent("the/DT results/NNS :/:"));
  }

  private static String trimmedContent(String text) {
    List<AttributionDocument.Token> t = tagged(text);
    String written = String.join(" ", t.stream().map(AttributionDocument.Token::word).toList());
    Attributions.Chunk c = SpanEdges.trimContent(t, new Attributions.Chunk('Q', 0, t.size() - 1));
    return written.substring(t.get(c.first()).start(), t.get(c.last()).end());
  }

  private static List<AttributionDocument.Token> tagged(String text) {
    List<AttributionDocument.Token> t = new java.util.ArrayList<>();
    int at = 0;
    for (String item : text.split(" ")) {
      String[] p = item.split("/");
      String lemma = p.length > 2 ? p[2] : p[0].toLowerCase(java.util.Locale.ROOT);
      t.add(
          new AttributionDocument.Token(
              p[0], lemma, p[1], "O", at, at + p[0].length(), 0, at == 0, false, "O"));
      at += p[0].length() + 1;
    }
    return t;
  }

  @Test
  void twoQuotationsTheModelRanIntoOneStatementStayTwoDirectQuotes() {
    String text = "Owen said \"The roof fell in.\" \"Nobody was hurt.\"";
    List<AttributionDocument.Token> t =
        tokens(text, "\\w+|[^\\w\\s]", java.util.Map.of("Owen", "NNP", "said", "VBD"));
    int[] tags = new int[t.size()];
    tags[0] = 1; // Owen: B-S
    tags[1] = 3; // said: B-C
    tags[2] = 5; // the model's one content, from the first mark to the last
    for (int i = 3; i < tags.length; i++) {
      tags[i] = 6;
    }
    int first = text.indexOf("The roof");
    int second = text.indexOf("Nobody");
    List<Quote> rules =
        List.of(quoted("The roof fell in.", first), quoted("Nobody was hurt.", second));
    List<Quote> quotes =
        Attributions.merge(
            new AttributionDocument(text, t), tags, rules, List.of(), List.of(), CueLexicon.NONE);
    assertEquals(2, quotes.size(), quotes.toString());
    assertEquals("The roof fell in.", quotes.get(0).content().text());
    assertEquals("Nobody was hurt.", quotes.get(1).content().text());
    for (Quote q : quotes) {
      assertEquals(QuoteKind.DIRECT, q.kind());
    }
    assertEquals("said", quotes.get(0).cue().text());
    assertEquals("Owen", quotes.get(0).speaker().text());
  }

  @Test
  void theSpeakerOfAnInvertedAttributionIsTheSourceAfterItsCue() {
    // The model's source spans both sides of "said", the clause before its comma and the name
    // after it, each one token away: "…, said NAME" names the speaker after the cue.
    String text =
        "\"We heard pop,\" smelled smoke and heard the staff yelling , said Mara Quist , 48 .";
    List<AttributionDocument.Token> t =
        tokens(text, "\\S+", java.util.Map.of("said", "VBD", "Mara", "NNP", "Quist", "NNP"));
    List<String> words = t.stream().map(AttributionDocument.Token::word).toList();
    int[] tags = new int[t.size()];
    int said = words.indexOf("said");
    tags[0] = 5; // "We heard pop," with its marks: the content
    for (int i = 1; i < words.indexOf("smelled"); i++) {
      tags[i] = 6;
    }
    tags[words.indexOf("smoke")] = 1; // the clause before the comma, the comma with it: a source
    for (int i = words.indexOf("smoke") + 1; i < said; i++) {
      tags[i] = 2;
    }
    tags[said] = 3;
    tags[said + 1] = 1; // Mara Quist , 48
    for (int i = said + 2; i < words.size() - 1; i++) {
      tags[i] = 2;
    }
    int open = text.indexOf("We heard");
    List<Quote> rules = List.of(quoted("We heard pop,", open));
    List<Quote> quotes =
        Attributions.merge(
            new AttributionDocument(text, t), tags, rules, List.of(), List.of(), CueLexicon.NONE);
    assertEquals(1, quotes.size(), quotes.toString());
    assertEquals("said", quotes.get(0).cue().text());
    assertTrue(quotes.get(0).speaker().text().startsWith("Mara Quist"), quotes.toString());
  }

  /** The rules' direct quote of {@code words} at {@code start}, no cue or speaker known. */
  private static Quote quoted(String words, int start) {
    return new Quote(
        QuoteKind.DIRECT,
        new org.dossier.model.Span(words, start, start + words.length()),
        null,
        null,
        null,
        null);
  }

  /**
   * The tokens of a one-sentence text as {@code pattern} cuts it, each tagged as {@code tags} says
   * or "NN" (a quotation mark "``").
   */
  private static List<AttributionDocument.Token> tokens(
      String text, String pattern, java.util.Map<String, String> tags) {
    List<AttributionDocument.Token> t = new java.util.ArrayList<>();
    java.util.regex.Matcher m = java.util.regex.Pattern.compile(pattern).matcher(text);
    while (m.find()) {
      String w = m.group();
      String pos = tags.getOrDefault(w, w.equals("\"") ? "``" : "NN");
      t.add(
          new AttributionDocument.Token(
              w, w.toLowerCase(), pos, "O", m.start(), m.end(), 0, m.start() == 0, false, "O"));
    }
    return t;
  }

  @Test
  void theChainKnowsWhereASpanEndsAndGivesBioTagsBack() {
    // Source "Ada" alone, cue "said", a content of three tokens, then two contents of one token
    // each right after one another, and a content cut by the end of the text.
    int[] bio = {1, 3, 0, 5, 6, 6, 0, 5, 5, 0, 5, 6};
    int[] span = AttributionTagger.toSpanTags(bio);
    // Single source (4), single cue (8); content first (9), inner (10), last (11), single (12).
    assertArrayEquals(new int[] {4, 8, 0, 9, 10, 11, 0, 12, 12, 0, 9, 11}, span);
    assertArrayEquals(bio, AttributionTagger.toBio(span));
  }

  @Test
  void trainingPiecesEndAtAParagraphNoSpanCrossesOnceLongEnough() {
    // 330 tokens; paragraphs start every 60 tokens; a content runs from 170 over the paragraph
    // start at 180 to 200.
    int n = 330;
    List<AttributionDocument.Token> tokens = new java.util.ArrayList<>();
    int[] gold = new int[n];
    for (int i = 0; i < n; i++) {
      tokens.add(
          new AttributionDocument.Token(
              "w", "w", "NN", "O", 2 * i, 2 * i + 1, i / 20, i % 60 == 0, false, "O"));
    }
    gold[170] = 5;
    for (int i = 171; i <= 200; i++) {
      gold[i] = 6;
    }
    List<int[]> pieces = AttributionTagger.pieces(tokens, gold);
    // 0-120 (60 is too short), 120-240 (180 is inside the content), 240-330 (300 is too short).
    assertEquals(3, pieces.size());
    assertArrayEquals(new int[] {0, 120}, pieces.get(0));
    assertArrayEquals(new int[] {120, 240}, pieces.get(1));
    assertArrayEquals(new int[] {240, 330}, pieces.get(2));
    // A short text is one piece.
    assertEquals(1, AttributionTagger.pieces(tokens.subList(0, 50), new int[50]).size());
  }

  private static AttributionDocument.Token token(
      String word, String lemma, String pos, String ner, int start, int end) {
    return new AttributionDocument.Token(
        word, lemma, pos, ner, start, end, 0, start == 0, false, "O");
  }

  private static byte[] bytes(AttributionTagger t) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    t.write(out);
    return out.toByteArray();
  }
}
