package org.dossier.stories;

import static org.dossier.stories.Fixtures.byline;
import static org.dossier.stories.Fixtures.quote;
import static org.dossier.stories.Fixtures.source;
import static org.dossier.stories.Fixtures.withQuotes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.dossier.model.Quote;
import org.dossier.model.QuoteKind;
import org.dossier.model.Span;
import org.junit.jupiter.api.Test;

class DossierCompilerTest {

  static final String STATEMENT =
      "We will rebuild the bridge by spring, and every family will be home before the winter.";

  private static Map<String, Dossier.Variant> variants(Dossier.Statement s) {
    return s.variants().stream().collect(Collectors.toMap(Dossier.Variant::article, v -> v));
  }

  /** The ledger of a story of one article holding one statement. */
  private static List<Dossier.Statement> ledgerOf(
      QuoteKind kind, String words, String cue, String source) {
    return DossierCompiler.compile(
            "s1",
            List.of(
                withQuotes(
                    source("a", "Ledger", "2026-05-01", "x"),
                    new Quote(
                        kind,
                        new Span(words, 0, words.length()),
                        new Span(cue, 0, cue.length()),
                        new Span(source, 0, source.length()),
                        null,
                        null))),
            List.of())
        .quotes();
  }

  @Test
  void oneStatementInEveryQuotingStyleIsOneLedgerEntryWithItsDrift() {
    List<StorySource> sources =
        List.of(
            withQuotes(
                source("a", "Ledger", "2026-05-01", "x"),
                quote("direct", "“" + STATEMENT + "”", "Ines Moreau", "x")),
            withQuotes(
                source("b", "Courier", "2026-05-01", "x"),
                quote(
                    "direct",
                    "\"We will rebuild the bridge by spring and every family will be home before the winter\"",
                    "Ines Moreau",
                    null)),
            withQuotes(
                source("c", "Post", "2026-05-02", "x"),
                quote("direct", "We will rebuild the bridge by spring…", null, null)),
            withQuotes(
                source("d", "Wire", "2026-05-02", "x"),
                quote(
                    "direct",
                    "We'll rebuild the bridge by spring, and every family will be back home before winter.",
                    "Moreau",
                    null)),
            withQuotes(
                source("e", "Daily", "2026-05-03", "x"),
                quote(
                    "indirect",
                    "the town would have its bridge again in spring and families home before winter",
                    "Ines Moreau",
                    null)),
            withQuotes(
                source("f", "Daily", "2026-05-03", "x"),
                quote(
                    "direct",
                    "The bridge is not safe and must close at once.",
                    "Ines Moreau",
                    null)));
    Dossier d = DossierCompiler.compile("s1", sources, List.of());
    assertEquals(2, d.quotes().size(), d.quotes().toString());
    Dossier.Statement s = d.quotes().get(0);
    assertEquals("Ines Moreau", s.speaker());
    assertEquals("x", s.platform());
    assertEquals("a", s.firstArticle());
    Map<String, Dossier.Variant> v = variants(s);
    assertEquals("identical", v.get("a").drift());
    assertEquals("punctuation", v.get("b").drift());
    assertEquals("shortened", v.get("c").drift());
    assertEquals("wording", v.get("d").drift());
    assertTrue(v.get("d").diff().contains("[-We will-] {+We'll+}"), v.get("d").diff());
    assertEquals("paraphrase", v.get("e").drift());
    assertEquals("paraphrase", s.drift());
    assertNull(v.get("a").diff());
  }

  @Test
  void twoStatementsThatShareOnlyTheStorysWordsAreNotOneParaphrased() {
    // Four sources speak of the browser's attacks: those words are the story's, not a statement's.
    List<StorySource> sources =
        List.of(
            withQuotes(
                source("a", "Wire", "2026-05-01", "x"),
                quote(
                    "indirect",
                    "it has received reports of limited, targeted attacks on the Lumen browser",
                    "Lumen Corp",
                    null),
                quote(
                    "direct",
                    "Attacks on the Lumen browser are spreading like wildfire across the globe.",
                    "Ada Quist",
                    null)),
            withQuotes(
                source("b", "Post", "2026-05-01", "x"),
                quote(
                    "indirect",
                    "reports show that running the Lumen browser in restricted mode prevents this attack",
                    "Lumen Corp",
                    null),
                quote(
                    "direct",
                    "Every Lumen browser user faces these attacks until the patch is installed.",
                    "Bo Tran",
                    null)),
            withQuotes(
                source("c", "Daily", "2026-05-02", "x"),
                quote(
                    "direct",
                    "The Lumen browser attacks hit banks first, then the rest of us.",
                    "Cy Okafor",
                    null),
                quote(
                    "indirect",
                    "the company had received a few reports of limited and targeted attacks on the"
                        + " Lumen browser",
                    "Lumen Corp",
                    null)));
    Dossier d = DossierCompiler.compile("s1", sources, List.of());
    Dossier.Statement reports =
        d.quotes().stream()
            .filter(st -> st.text().contains("received reports"))
            .findFirst()
            .orElseThrow();
    // The same report in other words joins; the restricted mode, which shares only the story's
    // "Lumen browser" and "attack", does not.
    assertEquals(Set.of("a", "c"), variants(reports).keySet(), reports.toString());
  }

  @Test
  void aShortStatementIsACutOfALongOneOnlyWithItsWordsInRuns() {
    String account =
        "The woman accused had just been escorted from the building ten minutes earlier. Minutes"
            + " after a woman was suspended and escorted from her job at the Lumen Foods plant in"
            + " North Harbor, she returned with a handgun and opened fire, killing two women and"
            + " critically injuring a third worker before being taken into custody";
    List<StorySource> sources =
        List.of(
            withQuotes(
                source("a", "Wire", "2026-05-01", "x"),
                quote("indirect", account, "police", null),
                quote(
                    "indirect",
                    "the Lumen Foods plant in North Harbor would stay closed until further notice",
                    "Frank Vanore",
                    null),
                quote(
                    "direct",
                    "This is a tragic loss for all of us at the Lumen Foods plant in North Harbor. We"
                        + " will be providing counseling services. We are still trying to confirm"
                        + " the facts.",
                    "Susan Davison",
                    null)),
            withQuotes(
                source("b", "Post", "2026-05-01", "x"),
                quote(
                    "indirect",
                    "two people have been killed and another wounded in a shooting at the Lumen"
                        + " Foods plant in North Harbor",
                    "police",
                    null),
                quote("direct", "This is a tragic loss for all of us.", "Susan Davison", null)));
    Dossier d = DossierCompiler.compile("s1", sources, List.of());
    // Two of three words of the short police statement stand in the long account, but apart but
    // for the plant's name, which three speakers use: two statements. The spokeswoman's first
    // sentence is a cut of her three: one.
    Dossier.Statement killed =
        d.quotes().stream()
            .filter(st -> st.text().contains("two people"))
            .findFirst()
            .orElseThrow(() -> new AssertionError(d.quotes().toString()));
    assertEquals(Set.of("b"), variants(killed).keySet(), d.quotes().toString());
    Dossier.Statement loss =
        d.quotes().stream().filter(st -> st.text().contains("tragic")).findFirst().orElseThrow();
    assertEquals(Set.of("a", "b"), variants(loss).keySet(), loss.toString());
    assertEquals("shortened", variants(loss).get("b").drift());
  }

  @Test
  void aDirectQuotesSpeakerNamesTheStatementNotTheOutletAParaphraseCites() {
    String words = "Stay back, or we will close the pier again,";
    List<StorySource> sources =
        List.of(
            withQuotes(
                source("a", "Ledger", "2026-05-01", "x"),
                new Quote(
                    org.dossier.model.QuoteKind.DIRECT,
                    new Span(words, 0, words.length()),
                    new Span("said", 0, 4),
                    new Span("police", 0, 6),
                    null,
                    null)),
            withQuotes(
                source("b", "Courier", "2026-05-01", "x"),
                quote(
                    "indirect",
                    words + " police said once the crowd had gathered",
                    "Kallvik Courier",
                    null)));
    List<Dossier.Statement> quotes = DossierCompiler.compile("s1", sources, List.of()).quotes();
    assertEquals(1, quotes.size(), quotes.toString());
    assertEquals("police", quotes.get(0).speaker());
  }

  @Test
  void aReportedStatementWithOnlyAGroupForASourceIsNamedByIt() {
    String words = "black residents account for half of the city's cases";
    List<StorySource> sources =
        List.of(
            withQuotes(
                source("a", "Ledger", "2026-05-01", "x"),
                new Quote(
                    QuoteKind.INDIRECT,
                    new Span(words, 0, words.length()),
                    new Span("said", 0, 4),
                    new Span("health officials", 0, 16),
                    null,
                    null)));
    List<Dossier.Statement> quotes = DossierCompiler.compile("s1", sources, List.of()).quotes();
    assertEquals("health officials", quotes.get(0).speaker(), quotes.toString());
  }

  @Test
  void anUnresolvedRoleOrGroupNamesAStatementButAPronounALengthOfTimeOrAThingDoesNot() {
    List<Dossier.Statement> quotes = new ArrayList<>();
    for (String source :
        new String[] {
          "the Republican nominee",
          "him",
          "hours",
          "many",
          "The study",
          "Officials",
          "a state official",
          "An aide",
          "a few",
          "a recipe",
          "temperatures",
          "the",
          "hospital employees",
          "the event organizers",
          "the affidavit",
          "Monday",
          "Researchers",
          "officials who worked with him",
          "Party leaders",
          "Another study",
          "CR's experts",
          "Physical activity",
          "People with knowledge of the group's activities",
          "two sources familiar with the matter",
          "Crowds familiar with",
          "Supporters of the law",
          "Nearly half",
          "Seventy-two percent",
          "Democratic economists, like their Republican counterparts,"
        }) {
      String words = "the pier would reopen in May after the storm, whatever the council decided";
      quotes.addAll(ledgerOf(QuoteKind.DIRECT, words, "said", source));
    }
    assertEquals(
        // A group capitalised by its sentence's start is written in lower case.
        java.util.Arrays.asList(
            "the Republican nominee",
            null,
            null,
            null,
            "the study",
            "officials",
            "a state official",
            "an aide",
            null,
            null,
            // What a tagger trained on news makes of a recipe or a weather page names no one.
            null,
            null,
            "hospital employees",
            "the event organizers",
            "the affidavit",
            // A day the tagger took for a source is no one.
            null,
            "researchers",
            "officials",
            // A group whose first word has a sentence's capital, or a name's, which the annotator
            // resolved to no one; a determiner's capital is the sentence's.
            "Party leaders",
            "another study",
            "CR's experts",
            // What names no source is no one.
            null,
            // An anonymous source by what it knows, as the outlet wrote it.
            "people with knowledge of the group's activities",
            "two sources familiar with the matter",
            null,
            "supporters of the law",
            // A poll's share of those it asked.
            "nearly half",
            "seventy-two percent",
            // A group before its description.
            "Democratic economists"),
        quotes.stream().map(Dossier.Statement::speaker).toList(),
        quotes.toString());
  }

  @Test
  void aReportedStatementWhoseSourceNamesNoOneIsLeftOutButAQuotationStays() {
    String words = "the pier would reopen in May after the storm, whatever the council decided";
    List<String> kept = new ArrayList<>();
    for (String source : new String[] {"you", "they", "it", "the council", "the mayor"}) {
      if (!ledgerOf(QuoteKind.INDIRECT, words, "know", source).isEmpty()) {
        kept.add(source);
      }
    }
    // A pronoun the annotator resolved to no one says neither who nor, in its own words, what
    // ("you'll learn …", "they want …" on guides and shop pages).
    assertEquals(List.of("the council", "the mayor"), kept);
    // Quotation marks keep a statement with no speaker: its words are someone's, as printed.
    assertEquals(1, ledgerOf(QuoteKind.DIRECT, words, "said", "they").size());
  }

  @Test
  void theyAfterAGroupAreThatGroupButAfterANameNoOne() {
    String text =
        "Travel agents said bookings on the route had doubled in a week. They said most"
            + " travellers were students heading home. Ines Berg said the ferry was full. They said"
            + " the fares would rise in spring.";
    List<Quote> quotes = new ArrayList<>();
    for (String[] s :
        new String[][] {
          {"Travel agents", "bookings on the route had doubled in a week", null},
          {"They", "most travellers were students heading home", null},
          {"Ines Berg", "the ferry was full", "Ines Berg"},
          {"They", "the fares would rise in spring", null}
        }) {
      int speakerAt =
          text.indexOf(s[0], quotes.isEmpty() ? 0 : quotes.get(quotes.size() - 1).content().end());
      int at = text.indexOf(s[1]);
      quotes.add(
          new Quote(
              QuoteKind.INDIRECT,
              new Span(s[1], at, at + s[1].length()),
              new Span("said", speakerAt + s[0].length() + 1, speakerAt + s[0].length() + 5),
              new Span(s[0], speakerAt, speakerAt + s[0].length()),
              s[2],
              null));
    }
    List<Dossier.Statement> ledger =
        DossierCompiler.compile(
                "s1",
                List.of(
                    withQuotes(
                        source("a", "Ledger", "2026-05-01", text), quotes.toArray(Quote[]::new))),
                List.of())
            .quotes();
    Map<String, String> speakers = new HashMap<>();
    for (Dossier.Statement st : ledger) {
      speakers.put(st.text(), st.speaker());
    }
    assertEquals("Travel agents", speakers.get("most travellers were students heading home"));
    // A "they" after a named person names no one, and says neither who nor what.
    assertEquals(
        Map.of(
            "bookings on the route had doubled in a week", "Travel agents",
            "most travellers were students heading home", "Travel agents",
            "the ferry was full", "Ines Berg"),
        speakers);
  }

  @Test
  void theWritersOwnStatementIsTheBylinesButAnIInsideAQuotationIsNot() {
    String text =
        "We found the hammock comfortable for most sleepers over a week of nights outdoors. \""
            + "I told them I would sleep in it every night of the trip,\" a camper said.";
    String own = "the hammock comfortable for most sleepers over a week of nights outdoors";
    String inner = "I would sleep in it every night of the trip";
    String quoted = "I told them " + inner;
    int ownAt = text.indexOf(own);
    int innerAt = text.indexOf(inner);
    int iAt = text.indexOf(quoted);
    StorySource s =
        byline(
            withQuotes(
                source("a", "Gear Lab", "2026-05-01", text),
                new Quote(
                    QuoteKind.INDIRECT,
                    new Span(own, ownAt, ownAt + own.length()),
                    new Span("found", 3, 8),
                    new Span("We", 0, 2),
                    null,
                    null),
                new Quote(
                    QuoteKind.DIRECT,
                    new Span(quoted, iAt, iAt + quoted.length()),
                    new Span("said", text.indexOf("said"), text.indexOf("said") + 4),
                    new Span("a camper", text.indexOf("a camper"), text.indexOf("a camper") + 8),
                    null,
                    null),
                new Quote(
                    QuoteKind.INDIRECT,
                    new Span(inner, innerAt, innerAt + inner.length()),
                    new Span("told", iAt + 2, iAt + 6),
                    new Span("I", iAt, iAt + 1),
                    null,
                    null)),
            "Taylor Passofaro");
    Map<String, String> speakers = new HashMap<>();
    for (Dossier.Statement q : DossierCompiler.compile("s1", List.of(s), List.of()).quotes()) {
      speakers.put(q.text(), q.speaker());
    }
    assertEquals("Taylor Passofaro", speakers.get(own), speakers.toString());
    // The "I" inside the camper's quotation names no one the ledger can show: not the writer, and
    // not a statement of its own (the camper's quotation holds it).
    assertNull(speakers.get(inner), speakers.toString());
    assertFalse(speakers.containsKey(inner), speakers.toString());
  }

  @Test
  void aReportedStatementOfAWordOrTwoIsNotAStatement() {
    List<StorySource> sources =
        List.of(
            withQuotes(
                source("a", "Ledger", "2026-05-01", "x"),
                quote("indirect", "who", "Jumaane Williams", null),
                quote("indirect", "the pier would reopen", "Jumaane Williams", null)),
            withQuotes(
                source("b", "Courier", "2026-05-01", "x"),
                quote("indirect", "who", "Jumaane Williams", null),
                quote("direct", "bumpers", null, null),
                quote("direct", "Never again", "Jumaane Williams", null)));
    List<Dossier.Statement> quotes = DossierCompiler.compile("s1", sources, List.of()).quotes();
    assertEquals(
        List.of("Never again", "the pier would reopen"),
        quotes.stream().map(Dossier.Statement::text).sorted().toList(),
        quotes.toString());
  }

  @Test
  void aReportedStatementWithoutASourceIsLeftOutButAnUnattributedQuoteStays() {
    List<StorySource> sources =
        List.of(
            withQuotes(
                source("a", "Ledger", "2026-05-01", "x"),
                quote("indirect", "digital music that can be downloaded", null, null),
                quote("direct", "\u201cWe will rebuild the pier,\u201d", null, null),
                quote("indirect", "the pier would reopen in May", "Jumaane Williams", null)),
            withQuotes(
                source("b", "Courier", "2026-05-01", "x"),
                quote("indirect", "digital music that can be downloaded", null, null)));
    List<Dossier.Statement> quotes = DossierCompiler.compile("s1", sources, List.of()).quotes();
    assertEquals(
        List.of("We will rebuild the pier,", "the pier would reopen in May"),
        quotes.stream().map(Dossier.Statement::text).sorted().toList(),
        quotes.toString());
  }

  @Test
  void eachVariantCarriesTheWordsThatAttributeIt() {
    String content = "the existence of an antenna problem";
    Quote dismissed =
        new Quote(
            QuoteKind.INDIRECT,
            new Span(content, 0, content.length()),
            new Span("dismissed", 40, 49),
            null,
            "Ruth Okonkwo",
            null);
    List<StorySource> sources =
        List.of(withQuotes(source("a", "Ledger", "2026-05-01", "x"), dismissed));
    Dossier.Statement st = DossierCompiler.compile("s1", sources, List.of()).quotes().get(0);
    assertEquals("dismissed", st.variants().get(0).cue());
  }

  @Test
  void aSurnameAloneIsThePersonAnotherArticleNamedInFull() {
    List<StorySource> sources =
        List.of(
            withQuotes(
                source(
                    "a",
                    "Ledger",
                    "2026-05-01",
                    "Prosecutor Terry White said the pier would reopen.",
                    "person:Terry White"),
                quote("indirect", "the pier would reopen", "Terry White", null)),
            withQuotes(
                source("b", "Courier", "2026-05-01", "White said he was blindsided by the move."),
                quote("indirect", "he was blindsided by the move", "White", null)));
    List<Dossier.Statement> quotes = DossierCompiler.compile("s1", sources, List.of()).quotes();
    assertEquals(
        List.of("Terry White", "Terry White"),
        quotes.stream().map(Dossier.Statement::speaker).toList(),
        quotes.toString());
  }

  @Test
  void aHeadlineNamesTheStoryBeforeTitlesMadeFromLeads() {
    String lead =
        "The ferry that ran aground off Skarvik Point will sail to Vessa again in December.";
    List<StorySource> sources =
        List.of(
            Fixtures.titled(
                source("a", "Ledger", "2026-05-01", lead),
                "The ferry that ran aground off Skarvik Point will sail to Vessa again…",
                true),
            Fixtures.titled(
                source("b", "Courier", "2026-05-01", lead + " Tickets go on sale."),
                "The ferry that ran aground off Skarvik Point will sail to Vessa again…",
                true),
            Fixtures.titled(
                source("c", "Herald", "2026-05-02", "Sailings resume. " + lead),
                "Vessa ferry returns",
                false));
    assertEquals("Vessa ferry returns", DossierCompiler.title(sources));
    // With no headline at all, the lead's title stands.
    assertEquals(
        "The ferry that ran aground off Skarvik Point will sail to Vessa again…",
        DossierCompiler.title(sources.subList(0, 2)));
  }

  @Test
  void twoStatementsOfOneSpeakerThatShareOnlySmallWordsStayTwo() {
    List<StorySource> sources =
        List.of(
            withQuotes(
                source("a", "Ledger", "2026-05-01", "x"),
                quote("indirect", "some of his harbour rivals to drop out", "Ivar Dahl", null)),
            withQuotes(
                source("b", "Courier", "2026-05-02", "x"),
                quote(
                    "indirect",
                    "he does not believe any of his rivals will win the votes needed to take the"
                        + " harbour board",
                    "Ivar Dahl",
                    null),
                quote("indirect", "the rival plan to take the harbour", "Ivar Dahl", null)),
            withQuotes(
                source("c", "Herald", "2026-05-02", "x"),
                quote("indirect", "some of his rivals to drop out", "Ivar Dahl", null)));
    List<Dossier.Statement> quotes = DossierCompiler.compile("s1", sources, List.of()).quotes();
    assertEquals(3, quotes.size(), quotes.toString());
    Dossier.Statement shared = quotes.get(0);
    assertEquals("some of his harbour rivals to drop out", shared.text());
    assertEquals(
        List.of("a", "c"), shared.variants().stream().map(Dossier.Variant::article).toList());
    assertEquals("shortened", shared.variants().get(1).drift());
  }

  @Test
  void aShortQuoteWhoseSmallWordsALongerOneHoldsIsAnotherStatementUnlessTheyShareWhatTheySay() {
    List<StorySource> sources =
        List.of(
            withQuotes(
                source("a", "Ledger", "2026-05-01", "x"),
                quote("direct", "The depot was uninsured,", "Jon Berg", null),
                quote(
                    "direct",
                    "Within a minute or two, the whole roof was ablaze,",
                    "Jon Berg",
                    null)),
            withQuotes(
                source("b", "Courier", "2026-05-02", "x"),
                quote(
                    "direct",
                    "It took three hours to knock the fire down, but the depot was lost.",
                    "Jon Berg",
                    null),
                quote(
                    "direct",
                    "In the next minute or two, the entire roof was in flames.",
                    "Jon Berg",
                    null)));
    List<Dossier.Statement> quotes = DossierCompiler.compile("s1", sources, List.of()).quotes();
    // "the depot was" is all the first shares with the third: two statements. The second and the
    // fourth are one man's words as two outlets quote them: one statement, its wording drifted.
    assertEquals(3, quotes.size(), quotes.toString());
    Dossier.Statement roof = quotes.get(0);
    assertEquals(
        List.of("a", "b"), roof.variants().stream().map(Dossier.Variant::article).toList());
    assertTrue(roof.text().contains("roof"), roof.toString());
  }

  @Test
  void aReportedStatementWhoseCueIsNoWordOfSayingIsLeftOut() {
    List<StorySource> sources =
        List.of(
            withQuotes(
                source("a", "Ledger", "2026-05-01", "x"),
                cued("the harbour board would meet again on Monday", "Ivar Dahl", "said"),
                cued("a record 40 ferries to the island this summer", "Ivar Dahl", "has run"),
                cued("the ferry was never safe", "Ivar Dahl", "vehemently denied"),
                cued("the fares would rise", "Ivar Dahl", "according to"),
                cued("the timetable unchanged", "Ivar Dahl", "kept")));
    List<String> shown = shownTexts(sources);
    assertEquals(
        List.of(
            "the harbour board would meet again on Monday",
            "the ferry was never safe",
            "the fares would rise"),
        shown);
  }

  @Test
  void oneCueSaysOneThingTheWholeReadingUnlessItRunsIntoAnotherSentence() {
    String text =
        "Ivar Dahl added that ferry traffic has grown in the region, known for its calm waters."
            + " The board stated that the fare is \"believed to be ten crowns.\" The board has a"
            + " policy of not commenting.";
    int added = text.indexOf("added");
    int stated = text.indexOf("stated");
    int ferry = text.indexOf("ferry traffic");
    int fare = text.indexOf("the fare");
    List<StorySource> sources =
        List.of(
            withQuotes(
                source("a", "Ledger", "2026-05-01", text),
                at(text, ferry, "ferry traffic has grown in the region", "Ivar Dahl", added),
                at(
                    text,
                    ferry,
                    "ferry traffic has grown in the region, known for its calm waters",
                    "Ivar Dahl",
                    added),
                at(
                    text,
                    fare,
                    "the fare is \"believed to be ten crowns.\"",
                    "Harbour Board",
                    stated),
                at(
                    text,
                    fare,
                    "the fare is \"believed to be ten crowns.\" The board has a policy of not"
                        + " commenting",
                    "Harbour Board",
                    stated)));
    List<String> shown = shownTexts(sources);
    assertEquals(
        List.of(
            "ferry traffic has grown in the region, known for its calm waters",
            "the fare is \"believed to be ten crowns."),
        shown);
  }

  private static Quote at(String text, int start, String content, String speaker, int cue) {
    assertEquals(content, text.substring(start, start + content.length()));
    String word = text.substring(cue, text.indexOf(' ', cue));
    return reported(spanOf(text, content, start), spanOf(text, word, cue), null, speaker);
  }

  @Test
  void itGoesOnWithAThingNamedWithTheButNotWithPeople() {
    String text =
        "Ferries will run late, says the harbour study. It adds that fares will rise. Officials"
            + " said the pier would close. It said the pier would reopen in May.";
    List<StorySource> sources =
        List.of(
            withQuotes(
                source("a", "Ledger", "2026-05-01", text),
                spoken(text, "Ferries will run late", "the harbour study", "says"),
                spoken(text, "fares will rise", "It", "adds"),
                spoken(text, "the pier would close", "Officials", "said"),
                spoken(text, "the pier would reopen in May", "It", "said")));
    Map<String, String> speakers =
        DossierCompiler.compile("s1", sources, List.of()).quotes().stream()
            .collect(Collectors.toMap(Dossier.Statement::text, st -> String.valueOf(st.speaker())));
    assertEquals("the harbour study", speakers.get("fares will rise"), speakers.toString());
    assertFalse(speakers.containsKey("the pier would reopen in May"), speakers.toString());
  }

  private static Quote spoken(String text, String content, String speaker, String cue) {
    Span who = spanOf(text, speaker, 0);
    // The cue stands right before its speaker or after it: "says the study", "It adds".
    Span said = spanOf(text, cue, Math.max(0, who.start() - cue.length() - 1));
    return reported(spanOf(text, content, 0), said, who, null);
  }

  private static Quote cued(String content, String speaker, String cue) {
    return reported(spanOf(content, content, 0), spanOf(cue, cue, 0), null, speaker);
  }

  /** The texts of the statements the ledger shows, in its order. */
  private static List<String> shownTexts(List<StorySource> sources) {
    return DossierCompiler.compile("s1", sources, List.of()).quotes().stream()
        .map(Dossier.Statement::text)
        .toList();
  }

  /** A reported statement: its content, cue and speaker phrase, and whom it resolved to. */
  private static Quote reported(Span content, Span cue, Span speaker, String resolved) {
    return new Quote(QuoteKind.INDIRECT, content, cue, speaker, resolved, null);
  }

  /** The first place of {@code words} in {@code text} from {@code from}, as a span. */
  private static Span spanOf(String text, String words, int from) {
    int at = text.indexOf(words, from);
    assertTrue(at >= 0, words + " in " + text);
    return new Span(words, at, at + words.length());
  }

  @Test
  void differentSpeakersSayingTheSameWordsAreDifferentStatements() {
    List<StorySource> sources =
        List.of(
            withQuotes(
                source("a", "Ledger", "2026-05-01", "x"),
                quote(
                    "direct",
                    "We have done nothing wrong and we will prove it.",
                    "Harrow Motors",
                    null)),
            withQuotes(
                source("b", "Courier", "2026-05-01", "x"),
                quote(
                    "direct",
                    "We have done nothing wrong and we will prove it.",
                    "Nordreg",
                    null)));
    assertEquals(2, DossierCompiler.compile("s1", sources, List.of()).quotes().size());
  }

  @Test
  void misspelledNamesAreOneEntityWithEverySpellingAndAConflict() {
    List<StorySource> sources =
        List.of(
            source(
                "a",
                "Ledger",
                "2026-05-01",
                "Volodymyr Zelenskyy met Lars Lindqvist and John Smith.",
                "person:Volodymyr Zelenskyy",
                "person:Lars Lindqvist",
                "person:John Smith"),
            source(
                "b",
                "Courier",
                "2026-05-01",
                "Volodymyr Zelensky met Lars Lindquist and Jane Smith.",
                "person:Volodymyr Zelensky",
                "person:Lars Lindquist",
                "person:Jane Smith"),
            source("c", "Post", "2026-05-02", "Lindqvist said little.", "person:Lindqvist"));
    Dossier d = DossierCompiler.compile("s1", sources, List.of());
    Map<String, Dossier.Entity> byName =
        d.entities().stream().collect(Collectors.toMap(Dossier.Entity::name, e -> e));
    assertEquals(
        List.of("Volodymyr Zelenskyy", "Volodymyr Zelensky"),
        byName.get("Volodymyr Zelenskyy").variants().stream().map(Dossier.Spelling::text).toList());
    Dossier.Entity lars = byName.get("Lars Lindqvist");
    assertEquals(
        List.of("Lars Lindqvist", "Lars Lindquist", "Lindqvist"),
        lars.variants().stream().map(Dossier.Spelling::text).toList());
    assertEquals(List.of("Courier"), lars.variants().get(1).outlets());
    assertTrue(
        byName.containsKey("John Smith") && byName.containsKey("Jane Smith"),
        "different first names are different people");
    List<String> spelling =
        d.conflicts().stream()
            .filter(c -> c.kind().equals("spelling"))
            .map(Dossier.Conflict::about)
            .toList();
    assertEquals(
        List.of("spelling of Lars Lindqvist", "spelling of Volodymyr Zelenskyy"),
        spelling.stream().sorted().toList());
  }

  @Test
  void conflictsNeedTwoValuesOfTheSameFact() {
    List<StorySource> sources =
        List.of(
            source(
                "a",
                "Ledger",
                "2026-05-01",
                "The Belgian carmaker Harrow Motors, founded in 1931, will cut 1,200 jobs under a deal worth $40 million.",
                "organisation:Harrow Motors"),
            source(
                "b",
                "Courier",
                "2026-05-01",
                "Harrow Motors, the Dutch carmaker established in 1931, said 1,500 jobs would go.",
                "organisation:Harrow Motors"),
            source(
                "c",
                "Post",
                "2026-05-02",
                "The deal, worth $40 million, was signed in Ghent by Harrow Motors.",
                "organisation:Harrow Motors"));
    Dossier d = DossierCompiler.compile("s1", sources, List.of());
    Map<String, Dossier.Conflict> byAbout =
        d.conflicts().stream().collect(Collectors.toMap(Dossier.Conflict::about, c -> c));
    assertEquals(
        List.of("Belgian", "Dutch"),
        byAbout.get("nationality of Harrow Motors").values().stream()
            .map(Dossier.Value::value)
            .toList());
    assertEquals(
        List.of("1200", "1500"),
        byAbout.get("number of jobs").values().stream().map(Dossier.Value::value).toList());
    assertEquals(List.of("b"), byAbout.get("number of jobs").values().get(1).articles());
    assertFalse(byAbout.containsKey("founding year of Harrow Motors"), "all agree on 1931");
    assertFalse(byAbout.containsKey("value of the deal"), "all agree on $40 million");
  }

  @Test
  void aCountOfTwoThingsTogetherConflictsWithNeither() {
    List<StorySource> sources =
        List.of(
            source(
                "a",
                "Ledger",
                "2026-05-01",
                "The cruise liner said it would fly its 246 passengers over the gulf.",
                "organisation:Harrow Lines"),
            source(
                "b",
                "Courier",
                "2026-05-02",
                "The threat prompted a cruise ship to evacuate some 420 passengers and crew.",
                "organisation:Harrow Lines"),
            source(
                "c",
                "Post",
                "2026-05-02",
                "The cruise liner flew 260 passengers home from Aden.",
                "organisation:Harrow Lines"));
    Dossier d = DossierCompiler.compile("s1", sources, List.of());
    Dossier.Conflict passengers =
        d.conflicts().stream()
            .filter(c -> c.about().equals("number of passengers"))
            .findFirst()
            .orElseThrow(() -> new AssertionError(d.conflicts().toString()));
    assertEquals(
        List.of("246", "260"), passengers.values().stream().map(Dossier.Value::value).toList());
  }

  @Test
  void coverageRelationsAndCommentsComeFromTheArticles() {
    StorySource a = source("a", "Ledger", "2026-05-01", "Text one.");
    StorySource b = source("b", "Courier", "2026-05-02", "Text two.");
    b =
        new StorySource(
            b.article(), b.annotation(), List.of(new StorySource.Relation("a", "near", true, 0.8)));
    Dossier d = DossierCompiler.compile("s1", List.of(b, a), List.of());
    assertEquals(List.of("a", "b"), d.articles().stream().map(Dossier.ArticleRef::id).toList());
    assertEquals(List.of(new Dossier.Relation("b", "a", "near", 0.8)), d.relations());
    assertEquals(2, d.coverage().size());
    StorySource warm =
        source("w", "Warm", "2026-05-01", "Fans praised the brilliant, hopeful comeback.");
    StorySource harsh =
        source("h", "Harsh", "2026-05-01", "The scandal drew outrage and a boycott.");
    Dossier t = DossierCompiler.compile("s2", List.of(warm, harsh), List.of());
    Map<String, Dossier.OutletCoverage> tone =
        t.coverage().stream().collect(Collectors.toMap(Dossier.OutletCoverage::outlet, c -> c));
    assertEquals("positive", tone.get("Warm").toneLabel());
    assertEquals(0.8, tone.get("Warm").tone(), 1e-9);
    assertEquals("negative", tone.get("Harsh").toneLabel());
    assertEquals(0, d.reaction().comments());
  }

  @Test
  void readersWordsAreWhatTheyTalkAboutNotTheirThreadsFurniture() {
    StorySource s = source("a", "Ledger", "2026-05-01", "The ferry returns.");
    org.dossier.model.Article a = s.article();
    List<org.dossier.model.Comment> comments = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      comments.add(
          new org.dossier.model.Comment(
              "c" + i,
              null,
              null,
              "July 26, 2019 at 3:14 pm: the ferry timetable again, see https://www.ferry.example/t"
                  + i
                  + " Reply",
              null));
    }
    org.dossier.model.Article withComments =
        new org.dossier.model.Article(
            a.id(),
            a.source(),
            a.canonicalUrl(),
            a.outlet(),
            a.title(),
            a.byline(),
            a.published(),
            a.modified(),
            a.language(),
            a.paragraphs(),
            comments,
            a.diagnostics());
    Dossier d =
        DossierCompiler.compile(
            "s1", List.of(new StorySource(withComments, s.annotation(), List.of())), List.of());
    List<String> words = d.reaction().words();
    assertTrue(words.contains("ferry") && words.contains("timetable"), words.toString());
    for (String furniture : List.of("july", "2019", "pm", "reply", "http", "https", "www", "com")) {
      assertFalse(words.contains(furniture), furniture + " in " + words);
    }
  }

  @Test
  void oneArticleThatGivesSeveralValuesContradictsNoOne() {
    StorySource guide =
        source(
            "a",
            "Ledger",
            "2026-05-01",
            "A short move costs $300. A move across the country costs $9,000. Harrow Movers, founded in"
                + " 1931, and Harrow Mover, the same firm, quote both.",
            "organisation:Harrow Movers",
            "organisation:Harrow Mover");
    assertEquals(List.of(), DossierCompiler.compile("s1", List.of(guide), List.of()).conflicts());
    // Nor against another outlet: which of its amounts would the other contradict? Two outlets
    // that give one amount each do contradict each other.
    StorySource other =
        source("b", "Courier", "2026-05-02", "A move across the country costs $12,000 now.");
    assertEquals(
        List.of(), DossierCompiler.compile("s1", List.of(guide, other), List.of()).conflicts());
    StorySource third =
        source("c", "Post", "2026-05-03", "A move across the country costs $9,000, the firm says.");
    List<Dossier.Conflict> found =
        DossierCompiler.compile("s1", List.of(guide, other, third), List.of()).conflicts();
    assertEquals(List.of("cost"), found.stream().map(Dossier.Conflict::about).toList());
    assertEquals(
        List.of("$12,000 [b]", "$9,000 [c]"),
        found.get(0).values().stream().map(v -> v.value() + " " + v.articles()).toList());
  }

  @Test
  void anIntentionOrAGuessIsNoStatementButAVowIs() {
    List<String> kept = new ArrayList<>();
    for (String[] cueAndWords :
        new String[][] {
          {"'ll want", "to book the ferry a week ahead of the festival"},
          {"plans", "to invest in two new ferries for the harbour"},
          {"is expected", "to rise by a third over the coming winter"},
          {"vowed", "to keep the harbour open through the winter storms"},
          {"urged", "to keep the harbour open through the winter storms"}
        }) {
      if (!ledgerOf(QuoteKind.INDIRECT, cueAndWords[1], cueAndWords[0], "the mayor").isEmpty()) {
        kept.add(cueAndWords[0]);
      }
    }
    assertEquals(List.of("vowed", "urged"), kept);
  }
}
