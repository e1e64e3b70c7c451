package org.dossier.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.dossier.model.Annotation;
import org.dossier.model.EntityMention;
import org.dossier.model.EntityType;
import org.dossier.model.Quote;
import org.dossier.model.QuoteKind;
import org.dossier.model.TimeMention;
import org.junit.jupiter.api.Test;

/** The annotator on short texts written for the project, one quoting style or pattern each. */
class AnnotatorTest {
  private static final LocalDate DATE = LocalDate.of(2026, 3, 3);

  private static Annotation annotate(String text) {
    return Annotator.shared().annotate(text, DATE);
  }

  private static Quote quoteContaining(Annotation a, String words) {
    return a.quotes().stream()
        .filter(q -> q.content().text().contains(words))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no quote with '" + words + "' in " + a.quotes()));
  }

  @Test
  void preloadingTheModelsLeavesTheAnnotationAsItWas() {
    String text =
        "\u201cThe ferry will run again on Monday,\u201d Ines Berg said on Friday in Kallvik.";
    Annotator.preload();
    Annotator.preload(); // a second call starts nothing more
    Annotation a = annotate(text);
    assertEquals("Ines Berg", quoteContaining(a, "ferry will run").speakerResolved());
    assertEquals(a, annotate(text), "the same text annotated twice");
  }

  @Test
  void aHeadingALabelOrANegatedVerbBeforeAStatementIsNoSpeaker() {
    // A review page's headings and a how-to's steps, as the tagger reads them: "What Reviewers"
    // and "Step 1:" as sources, "Our Editor's Review" and "Don't" as quotations' speakers.
    Annotation a =
        annotate(
            "Meal Kits for Busy Weeks\n\n"
                + "What Reviewers Say | \u201cI ordered the five-day kit for a busy week after a"
                + " trip, and I loved that I did not have to plan a single meal.\u201d\n\n"
                + "Our Editor\u2019s Review | \u201cFor the cost, I think this is a handy service"
                + " for folks who have a hard time fitting lunch in.\u201d\n\n"
                + "Step 1: Say your puppy\u2019s name in a happy, reassuring tone.\n\n"
                + "Skip the moral-of-the-story conclusions, too. Don\u2019t tell the admission"
                + " folks, \u201cNow I know I can reach whatever goals I set.\u201d");
    for (Quote q : a.quotes()) {
      assertNull(q.speakerResolved(), q.toString());
    }
    assertEquals(
        "For the cost, I think this is a handy service for folks who have a hard time fitting"
            + " lunch in.",
        quoteContaining(a, "handy service").content().text());
  }

  @Test
  void aQuoteLeftOpenAtItsParagraphsEndAfterAnAttributedOneIsRead() {
    // A quotation mark opened after a speaker's quote and never closed before the line break: the
    // quote ends at the break (a pull quote pasted from a page), and the text is still annotated.
    Annotation a =
        annotate(
            "\u201cIt is very interesting what happens with the harbour,\u201d Ruth Okonkwo said"
                + " at one point.\n\n"
                + "\"Everybody believes in the harbour until the fish are gone.\n"
                + "Ruth Okonkwo.\"\n\n"
                + "The council meets again in May.");
    assertEquals(
        "Ruth Okonkwo",
        quoteContaining(a, "very interesting").speakerResolved(),
        a.quotes().toString());
    assertTrue(
        a.quotes().stream().anyMatch(q -> q.content().text().contains("fish are gone")),
        a.quotes().toString());
  }

  @Test
  void theyAfterAGroupAreThatGroupNotTheOrganisationNamedBefore() {
    Annotation a =
        annotate(
            "Lumen Group opened a ferry route from Kallvik to Oslo on Monday, its chief executive"
                + " Ines Berg said.\n\nTravel agents said bookings on the route had doubled in a"
                + " week. They said most travellers were students heading home for the holidays.");
    assertEquals("Ines Berg", quoteContaining(a, "opened a ferry route").speakerResolved());
    // A group is no name, and "they" after it are the group (the ledger names it), not Lumen
    // Group.
    assertNull(quoteContaining(a, "had doubled").speakerResolved(), a.quotes().toString());
    assertNull(quoteContaining(a, "most travellers").speakerResolved(), a.quotes().toString());
  }

  @Test
  void theyWithNoStatementBeforeAreAnOrganisationOfTheirOwnSentenceOnly() {
    Annotation a =
        annotate(
            "The Harbour Board has raised ferry fares twice this year. That angers many"
                + " commuters because they believe the fares will drive people to their cars.\n\n"
                + "Kallvik Ferries has stepped up its campaign against the Harbour Board, and they"
                + " say the board is to blame for the delays.");
    // The organisation named a sentence before is not who "they" are; one in their own sentence,
    // with no one else speaking before them, is. (Until annotator version 23 the second sentence
    // read "… by highlighting what they say is the board's role in the delays"; version 24's model
    // takes "highlighting" for the cue there and finds no speaker at all.)
    assertNull(quoteContaining(a, "drive people").speakerResolved(), a.quotes().toString());
    assertEquals(
        "Kallvik Ferries",
        quoteContaining(a, "to blame for the delays").speakerResolved(),
        a.quotes().toString());
  }

  @Test
  void aCueIsTheVerbWithoutThePlatformItNames() {
    Annotation a =
        annotate(
            "Singer Amara Okafor, who walked away from Maison Verrault in 2025, is returning to"
                + " the Italian fashion house as its global ambassador.\n\nThe announcement on"
                + " Wednesday surprised many in the industry. Okafor had been one of the loudest"
                + " critics of Verrault's \"Petits Anges\" holiday ads, which the label pulled after"
                + " a week of outrage over how child models were portrayed.\n\n“I have spent a"
                + " year listening, and so has Maison Verrault,” Okafor wrote on Instagram. “I am"
                + " proud to stand with a house that has changed…”");
    Quote q = quoteContaining(a, "spent a year listening");
    assertEquals("wrote", q.cue().text(), a.quotes().toString());
    assertEquals("instagram", q.platform(), a.quotes().toString());
    // "…, which the label pulled": "which" is the clause's object, never a speaker.
    assertTrue(
        a.quotes().stream()
            .noneMatch(x -> x.speaker() != null && x.speaker().text().equals("which")),
        a.quotes().toString());
  }

  @Test
  void aWireStatementEndsWithItsSourceItsDayAndHowLongAfter() {
    Annotation a =
        annotate(
            "PARIS (CPA) — British-Nigerian singer Amara Okafor has become the global ambassador of"
                + " Maison Verrault, the French fashion house said Wednesday, a year after she"
                + " publicly broke with the label over an advertising campaign featuring children.");
    Quote q = quoteContaining(a, "global ambassador");
    // The whole clause, without the wire's dateline; a capitalised adjective ("French") in the
    // source's phrase.
    assertEquals(
        "British-Nigerian singer Amara Okafor has become the global ambassador of Maison Verrault",
        q.content().text(),
        a.quotes().toString());
    assertEquals("the French fashion house", q.speaker().text(), a.quotes().toString());
  }

  @Test
  void aClauseOfHowLongAfterTheCueSaysWhenNotWhat() {
    Annotation a =
        annotate(
            "LONDON (CPA) — British sprinter Kofi Mensah has become the new face of Tarn Athletic,"
                + " the Swedish sportswear maker said Monday, a year after he publicly broke with"
                + " the brand over a sponsorship deal with a betting firm.");
    // The model read "the brand over a sponsorship deal …" as what the maker said.
    assertTrue(
        a.quotes().stream().noneMatch(q -> q.content().text().contains("betting firm")),
        a.quotes().toString());
  }

  @Test
  void aWireStatementsHowLongAfterMayBeRough() {
    Annotation a =
        annotate(
            "Sprinter Kofi Mensah has signed a three-year deal with Tarn Athletic, the sportswear"
                + " company announced on Monday, less than a year after he publicly walked away from"
                + " the brand over its sponsorship of a betting firm.");
    Quote q = quoteContaining(a, "three-year deal");
    assertEquals(
        "Sprinter Kofi Mensah has signed a three-year deal with Tarn Athletic",
        q.content().text(),
        a.quotes().toString());
    assertEquals("the sportswear company", q.speaker().text(), a.quotes().toString());
    assertEquals(1, a.quotes().size(), a.quotes().toString());
  }

  @Test
  void aContentTakesTheCueOfItsOwnSentenceBeforeASayingVerbInTheNext() {
    Annotation a =
        annotate(
            "Back in March 2025, Mensah was among the first athletes to condemn the company's"
                + " \"Fast Money\" ads. At the time he wrote on Instagram that he would never wear"
                + " its shoes again.");
    // The model read words of the first sentence as a statement with a cue of its own; the next
    // sentence's "wrote" is not theirs.
    Quote q = quoteContaining(a, "never wear its shoes");
    assertEquals("wrote", q.cue().text(), a.quotes().toString());
    assertTrue(
        a.quotes().stream()
            .filter(x -> x != q && x.cue() != null)
            .noneMatch(x -> x.cue().text().equals("wrote")),
        a.quotes().toString());
  }

  @Test
  void aStatementEndingWithAGroupsAttributionIsReadWhole() {
    // Wire copy attributes to groups without an article ("police said", "Indian officials
    // said") and to a release; the model read pieces of such clauses.
    Annotation a =
        annotate(
            "A former employee who opened fire at a warehouse party and wounded two men has been"
                + " charged with attempted murder, police said.\n\nA fire broke out at the public"
                + " library in Tarnby on Friday night. Damage to the library was estimated at $2"
                + " million, authorities said.");
    Quote charged = quoteContaining(a, "attempted murder");
    assertEquals(
        "A former employee who opened fire at a warehouse party and wounded two men has been"
            + " charged with attempted murder",
        charged.content().text(),
        a.quotes().toString());
    assertEquals("police", charged.speaker().text(), a.quotes().toString());
    Quote damage = quoteContaining(a, "$2 million");
    assertEquals(
        "Damage to the library was estimated at $2 million",
        damage.content().text(),
        a.quotes().toString());
    assertEquals("authorities", damage.speaker().text(), a.quotes().toString());
  }

  @Test
  void aReportedStatementLeavesTheWiresDatelineOut() {
    Annotation a =
        annotate(
            "MADRID (CPA) — The government will raise the minimum wage by 8 percent next year,"
                + " according to two officials familiar with the plan.");
    Quote q = quoteContaining(a, "minimum wage");
    assertEquals(
        "The government will raise the minimum wage by 8 percent next year",
        q.content().text(),
        a.quotes().toString());
    assertEquals("two officials familiar with the plan", q.speaker().text(), a.quotes().toString());
  }

  @Test
  void aStatementNamedAgainAndASpokespersonOfABodyInLowerCaseSpeakForThatBody() {
    Annotation a =
        annotate(
            "NEW DELHI — The Indian Navy captured 23 suspected pirates in the Gulf of Aden on"
                + " Saturday, a Defence Ministry statement said.\n\nThe suspects were handed over"
                + " to the coast guard in Mumbai, the statement said. A navy spokesman said no"
                + " sailors were hurt in the operation.\n\n\"We will keep patrolling these"
                + " waters,\" the spokesman said.");
    // The ledger had "the statement", "A navy spokesman" and "the spokesman" speak for no one.
    assertEquals(
        "Defence Ministry",
        quoteContaining(a, "handed over").speakerResolved(),
        a.quotes().toString());
    assertEquals(
        "Indian Navy", quoteContaining(a, "no sailors").speakerResolved(), a.quotes().toString());
    assertEquals(
        "Indian Navy",
        quoteContaining(a, "keep patrolling").speakerResolved(),
        a.quotes().toString());
  }

  @Test
  void theDayACueIsDatedByIsNotPartOfWhatWasSaid() {
    Annotation a =
        annotate(
            "Bomb at Harbour Mill\n\nA bomb went off at Harbour Mill in Delmore on Friday. The"
                + " county sheriff said Saturday both officers were dead at the scene. The mill"
                + " announced Sunday that it would stay closed for a week.");
    assertEquals(
        "both officers were dead at the scene",
        quoteContaining(a, "officers were dead").content().text(),
        a.quotes().toString());
  }

  @Test
  void aQuestionIsTheAskersNotTheOneWhoAnswersIt() {
    Annotation a =
        annotate(
            "Ferry talks\n\nThe ferry company's chief executive, Ingrid Halvorsen, was asked on"
                + " Tuesday \u201cWill the Delmore route close?\u201d She said \u201cNo, it will run"
                + " until the spring.\u201d At a council meeting on Wednesday, Halvorsen was asked,"
                + " \u201cWho pays for the new pier?\u201d Councillor Tom Reeve replied that the county"
                + " would pay.");
    // The ledger gave each question to the one who answered it, or who had spoken before.
    assertNull(quoteContaining(a, "route close").speakerResolved(), a.quotes().toString());
    assertEquals(
        "Ingrid Halvorsen",
        quoteContaining(a, "run until the spring").speakerResolved(),
        a.quotes().toString());
    assertNull(quoteContaining(a, "new pier").speakerResolved(), a.quotes().toString());
  }

  @Test
  void whatSomeoneWroteGoesOnBeingTheirs() {
    Annotation a =
        annotate(
            "School photos\n\nA parent, Dorota Mani, said she had filed a police report. \u201cI am"
                + " terrified,\u201d Mani said.\n\nPrincipal Mary Asfendis wrote to parents on"
                + " Friday. \u201cThis is a very serious incident,\u201d Asfendis penned. \u201cStudents"
                + " need to know the damage such images can cause.\u201d");
    // The principal's second sentence went to the parent, the last to speak by the rules' words.
    assertEquals(
        "Mary Asfendis",
        quoteContaining(a, "need to know the damage").speakerResolved(),
        a.quotes().toString());
  }

  @Test
  void whatASpeakerWasReferringToIsAStatementOfItsOwn() {
    Annotation a =
        annotate(
            "Harbour vote\n\n\u201cWe will not give up the pier,\u201d Councillor Ruth Okafor said,"
                + " referring to the plan to sell the old ferry landing. The vote is set for"
                + " June.");
    // The clause after "referring to" was dropped as a phrase about how she spoke.
    Quote referred = quoteContaining(a, "the plan to sell the old ferry landing");
    assertEquals("referring to", referred.cue().text(), a.quotes().toString());
    assertEquals("Ruth Okafor", referred.speakerResolved(), a.quotes().toString());
  }

  @Test
  void aStatementInTheWritersWordsMayQuoteTwoPhrases() {
    Annotation a =
        annotate(
            "Email inquiry\n\nThe former secretary said that \"my staff has calculated that nearly"
                + " all of the messages were sent to colleagues at their government addresses\""
                + " rather than \"all of the messages were already kept in the department's own"
                + " records system.\" The inquiry goes on.");
    // The statement was dropped as two quotations run together, and the ledger gave her both,
    // the second being what she did not say.
    Quote said = quoteContaining(a, "my staff has calculated");
    assertTrue(said.content().text().contains("rather than"), a.quotes().toString());
    assertEquals(1, a.quotes().size(), a.quotes().toString());
  }

  @Test
  void aStatementEndingInAnAbbreviationKeepsItsFullStop() {
    Annotation a =
        annotate(
            "Trade talks\n\nThe minister said the new tariffs would hurt exports to the U.S. The"
                + " talks resume in May.");
    Quote tariffs = quoteContaining(a, "the new tariffs would hurt");
    assertTrue(tariffs.content().text().endsWith("exports to the U.S."), a.quotes().toString());
  }

  @Test
  void whoWasAskedOrToldIsNotWhatWasSaid() {
    Annotation a =
        annotate(
            "Debate night\n\nRubio was asked by Fox Business moderator Gerard Baker whether his"
                + " tax plan would add to the deficit. The plant will close in March. Workers were"
                + " told on Friday.");
    for (Quote q : a.quotes()) {
      String content = q.content().text();
      assertFalse(content.equals("Rubio") || content.equals("Workers"), a.quotes().toString());
    }
    // What the moderator asked stays his.
    assertEquals("Gerard Baker", quoteContaining(a, "whether his tax plan").speakerResolved());
  }

  @Test
  void anAsideAfterADashIsTheWritersNotTheSpeakers() {
    Annotation a =
        annotate(
            "Plant closure\n\nThe mayor, Alan Brightwater, said the plant would close in"
                + " March - the third closure in the valley this year. Workers were told on"
                + " Friday.");
    Quote closure = quoteContaining(a, "the plant would close");
    assertTrue(
        closure.content().text().endsWith("the plant would close in March"), a.quotes().toString());
  }

  @Test
  void anAsideBetweenTwoDashesStaysInTheStatement() {
    Annotation a =
        annotate(
            "Plant closure\n\nThe mayor, Alan Brightwater, said the plant - the oldest in the"
                + " valley - would close in March. Workers were told on Friday.");
    Quote closure = quoteContaining(a, "the oldest in the valley");
    assertTrue(closure.content().text().endsWith("would close in March"), a.quotes().toString());
  }

  @Test
  void aStatementsCueKeepsInAStatement() {
    Annotation a =
        annotate(
            "Harbour vote\n\nThe ferry company said in a statement that the landing would stay"
                + " open until June.");
    Quote statement = quoteContaining(a, "the landing would stay open");
    assertEquals("said in a statement", statement.cue().text(), a.quotes().toString());
  }

  @Test
  void whoDeniesAnAccusationDidNotMakeIt() {
    Annotation a =
        annotate(
            "Ferry accounts\n\nThe council met on Monday to discuss the ferry. And Ramsay, a"
                + " major critic of the ferry company on the council, again accused the company of"
                + " hiding its losses, which its directors deny. The company said the accounts"
                + " would be published in March.");
    // The ledger gave the accusation to the directors, who deny it.
    Quote accused = quoteContaining(a, "hiding its losses");
    assertTrue(
        accused.speaker() == null || !accused.speaker().text().contains("directors"),
        a.quotes().toString());
  }

  @Test
  void whomAStatementWasPutToIsNotWhatWasSaid() {
    Annotation a =
        annotate(
            "Pier repairs\n\nThe council met on Monday to discuss the pier. The audience was told"
                + " that the repairs would take a year. Halvorsen was asked at the meeting if the"
                + " ferry would keep running. She said the company had not decided.");
    assertTrue(
        a.quotes().stream()
            .map(q -> q.content().text())
            .noneMatch(c -> c.equals("The audience") || c.equals("Halvorsen")),
        a.quotes().toString());
    assertEquals(
        "the repairs would take a year",
        quoteContaining(a, "repairs would").content().text(),
        a.quotes().toString());
  }

  @Test
  void someoneTheTextDoesNotNameGoesOnSpeakingAsHeOrShe() {
    Annotation a =
        annotate(
            "Harbour fire\n\nPolice arrested Daniel Vance, 31, near the harbour on Saturday. Vance"
                + " had worked at the mill for ten years.\n\nYesterday a neighbour recalled seeing"
                + " smoke above the mill at 3am. \"I was walking home and the sky was orange,\" he"
                + " said.\n\nA spokeswoman for the Delmore Harbour Authority said the quay would"
                + " reopen on Monday. \"We are grateful to the crews,\" she said.\n\nAccording to a"
                + " relative, Vance had been unwell for months. The relative said he had stopped"
                + " working in May. \"He needed help and nobody listened,\" she said.");
    // The ledger gave the neighbour's words, and the spokeswoman's, to the man police arrested;
    // and the relative's, named again as "the relative".
    assertNull(quoteContaining(a, "nobody listened").speakerResolved(), a.quotes().toString());
    assertNull(quoteContaining(a, "sky was orange").speakerResolved(), a.quotes().toString());
    assertEquals(
        "Delmore Harbour Authority",
        quoteContaining(a, "grateful").speakerResolved(),
        a.quotes().toString());
  }

  @Test
  void aSpeakerDescribedByTheTitleTheTextGaveThemIsThem() {
    Annotation a =
        annotate(
            "Pier funding\n\nSen. Maria Ortega said the state would pay for the new pier. \"The"
                + " harbour has waited long enough,\" the senator said.\n\nHarbour master Tom Reeve"
                + " said the ferries would wait until the pier had been inspected. \"We will not sail"
                + " until it is safe,\" the senator added.");
    // The ledger listed "the senator" apart from Maria Ortega.
    assertEquals(
        "Maria Ortega", quoteContaining(a, "waited long").speakerResolved(), a.quotes().toString());
    // Tom Reeve spoke last, and the text gives him no such title: the senator is the one it
    // titled "Sen." (annotator version 128).
    assertEquals(
        "Maria Ortega", quoteContaining(a, "not sail").speakerResolved(), a.quotes().toString());
  }

  @Test
  void theStatementSomeoneSpokeInIsTheirsWhenItComesBack() {
    Annotation a =
        annotate(
            "Harbour Mill said in a statement on Friday that it had closed its plant in Delmore"
                + " after the fire. The workers would be paid until it reopened, the statement"
                + " added. It said the plant would reopen in May.\n\nThe mill's owners said in interviews that the fire began in a dryer."
                + " Investigators sent a report to the council on Monday. The report found faulty"
                + " wiring in the dryer.");
    // The ledger had "the statement", and "it" after it, speak for no one.
    assertEquals(
        "Harbour Mill", quoteContaining(a, "paid until").speakerResolved(), a.quotes().toString());
    assertEquals(
        "Harbour Mill",
        quoteContaining(a, "reopen in May").speakerResolved(),
        a.quotes().toString());
  }

  @Test
  void aStatementTheReportedWordsMentionIsNotWhereTheyWereSaid() {
    Annotation a =
        annotate(
            "The Delmore Gazette said the mayor's office sent a written statement on Friday. The"
                + " council would meet again in March, the statement said.");
    // The Gazette said that a statement was sent; it did not speak in it.
    assertNotEquals(
        "Delmore Gazette",
        quoteContaining(a, "meet again").speakerResolved(),
        a.quotes().toString());
  }

  @Test
  void aStatementFromABodyIsThatBodysAndAPoliceSpokeswomanSpeaksForTheForceNamed() {
    Annotation a =
        annotate(
            "Shoppers were evacuated from the Waitrose store in Banstead on Friday night after a"
                + " fire broke out in the storeroom.\n\nA police spokeswoman said the blaze was not"
                + " being treated as suspicious. Surrey Police closed the High Street until Saturday"
                + " morning.\n\nA statement from Waitrose said the store would reopen next"
                + " month.");
    assertEquals(
        "Surrey Police",
        quoteContaining(a, "not being treated").speakerResolved(),
        a.quotes().toString());
    assertEquals("Waitrose", quoteContaining(a, "reopen").speakerResolved(), a.quotes().toString());
  }

  @Test
  void wordsThatLookLikeADatelineFurtherIntoTheTextAreTheStatements() {
    Annotation a =
        annotate(
            "Talks on fishing rights stalled again on Friday.\n\nBoth sides blamed each other for"
                + " the delay, and the fishing fleets of the two countries stayed in port for a"
                + " third week as the quarrel dragged on without any sign of an end. Harbour towns"
                + " on both coasts say the lost weeks have cost them most of the autumn's trade.\n\n"
                + "UK - EU talks on the quotas will resume next week in Brussels, the minister"
                + " said.");
    Quote q = quoteContaining(a, "talks on the quotas");
    assertEquals(
        "UK - EU talks on the quotas will resume next week in Brussels",
        q.content().text(),
        a.quotes().toString());
  }

  @Test
  void aSpeakerStartsAfterTheConjunctionThatOpensItsClause() {
    Annotation a =
        annotate(
            "The Harbour Board has raised ferry fares twice this year. That angers many"
                + " commuters because they believe the fares will drive people to their cars.\n\n"
                + "Kallvik Ferries has stepped up its campaign against the Harbour Board because"
                + " they say the board is to blame for the delays.");
    // The model ran the source over "because" ("its campaign against the Harbour Board because
    // they"), which made the board its own accuser.
    Quote q = quoteContaining(a, "to blame for the delays");
    assertEquals("they", q.speaker().text(), a.quotes().toString());
    assertEquals("Kallvik Ferries", q.speakerResolved(), a.quotes().toString());
  }

  @Test
  void whatWasAddedIsNoStatementButWhatSomeoneAddedIs() {
    Annotation a =
        annotate(
            "The harbour company added 300 jobs in March. The city added two bus lines to its"
                + " network. Mayor Ruth Okonkwo added that the budget would grow. The minister"
                + " added the plan would fail without support. For the new model, Saucony added"
                + " 4 mm of midsole foam throughout and switched to a softer outsole.");
    assertTrue(
        a.quotes().stream().noneMatch(q -> q.content().text().contains("jobs")), a.toString());
    assertTrue(
        a.quotes().stream().noneMatch(q -> q.content().text().contains("midsole")), a.toString());
    assertTrue(
        a.quotes().stream().noneMatch(q -> q.content().text().contains("bus lines")), a.toString());
    assertEquals("added", quoteContaining(a, "budget would grow").cue().text());
    assertEquals("added", quoteContaining(a, "plan would fail").cue().text());
  }

  @Test
  void whatWasWrittenPostedOrPublishedIsNoStatementButWhatSomeoneWroteIs() {
    Annotation a =
        annotate(
            "Ines Berg wrote a $500 check to the harbour fund last spring.\n\n"
                + "The mayor posted a picture of the new ferry on Facebook.\n\n"
                + "Ines Berg wrote that the harbour fund was nearly empty.\n\n"
                + "The council published research on the cost of the crossing.");
    for (String object : new String[] {"check", "picture", "research"}) {
      assertTrue(
          a.quotes().stream().noneMatch(q -> q.content().text().contains(object)),
          a.quotes().toString());
    }
    Quote wrote = quoteContaining(a, "nearly empty");
    assertEquals("wrote", wrote.cue().text());
    assertEquals("Ines Berg", wrote.speakerResolved());
  }

  @Test
  void aQuestionAboutWordsIsNoStatement() {
    Annotation a =
        annotate(
            "Fans, as ever, are split. Scroll down to see what Pulse readers are saying. Mayor"
                + " Ruth Okonkwo said the pier would reopen.");
    assertTrue(
        a.quotes().stream().noneMatch(q -> q.content().text().contains("Pulse readers")),
        a.quotes().toString());
    assertEquals("Ruth Okonkwo", quoteContaining(a, "pier would reopen").speakerResolved());
  }

  @Test
  void aHouseNumberIsNoYear() {
    Annotation a =
        annotate(
            "The fire broke out at 1156 High Street and spread to 2100 Harbour Avenue in 2019.");
    assertEquals(
        List.of("2019"), a.times().stream().map(TimeMention::value).toList(), a.times().toString());
  }

  @Test
  void aFallThatIsACollapseAndFollowingALengthOfTimeAreNoTimes() {
    Annotation a =
        annotate(
            "The riots were the worst since the fall of the military junta in 1974. Clashes broke"
                + " out following a day of marches. Fares could fall in the coming weeks. The"
                + " ferry line opened in the fall of 2007.");
    assertEquals(
        List.of("1974", "2007-FA"),
        a.times().stream().map(TimeMention::value).toList(),
        a.times().toString());
  }

  @Test
  void aNumberAWordIsJoinedToIsNoYear() {
    Annotation a = annotate("The 1000-member church and its 2000-seat hall were rebuilt in 2009.");
    assertEquals(
        List.of("2009"), a.times().stream().map(TimeMention::value).toList(), a.times().toString());
  }

  @Test
  void aNumberWithAPlusSignIsNoYear() {
    Annotation a =
        annotate(
            "We compared boots for trips of 10 miles or 1000+, and the datasheets run to 1200+"
                + " pages. The range was updated in 2025.");
    assertEquals(
        List.of("2025"),
        a.times().stream().map(TimeMention::value).filter(v -> v != null).toList(),
        a.times().toString());
  }

  @Test
  void anElectricCurrentIsNoPresentTime() {
    String text =
        "The winding induces a current in the coil, and no current flowing means an open circuit."
            + " The tester reads voltage, current and resistance. The current season ends in May.";
    Annotation a = annotate(text);
    // Only the season's "current" is a time, and May.
    assertEquals(
        List.of(text.indexOf("current season"), text.indexOf("May")),
        a.times().stream().map(TimeMention::start).toList(),
        a.times().toString());
  }

  @Test
  void aClocksFourFiguresBeforeATimeZoneAreNoYear() {
    String text =
        "The polls closed at 6 p.m. local time (1300 GMT) and reopened in 2019. The fire broke out"
            + " at about 2045 GMT.";
    Annotation a = annotate(text);
    assertTrue(a.times().stream().noneMatch(t -> t.text().equals("1300")), a.times().toString());
    assertTrue(a.times().stream().noneMatch(t -> t.text().contains("2045")), a.times().toString());
    assertTrue(a.times().stream().anyMatch(t -> "2019".equals(t.value())), a.times().toString());
  }

  @Test
  void aSpanOfYearsIsItsFirstYearNotAMonthOrALength() {
    Annotation a =
        annotate(
            "Torres scored 24 goals in the 2008-09 season. The building was sold in 2003-2004."
                + " Sales fell in 2011-12 and in 2008-11.");
    assertEquals(
        List.of("2008", "2003", "2011", "2008-11"),
        a.times().stream().map(TimeMention::value).toList(),
        a.times().toString());
  }

  @Test
  void beingPresentIsNoTimeButAtPresentIs() {
    String text =
        "All members were present at the vote. The virus is present in the blood. Officers"
            + " present at the scene said nothing. At present in Germany, rules are strict. The"
            + " present crisis began in 2019.";
    Annotation a = annotate(text);
    assertEquals(
        List.of(
            text.indexOf("present in Germany"),
            text.indexOf("present crisis"),
            text.indexOf("2019")),
        a.times().stream().map(TimeMention::start).toList(),
        a.times().toString());
  }

  @Test
  void aMonthOrAYearJoinedToMidIsATimeWithItsModifier() {
    Annotation a =
        annotate(
            "The plant closed in mid-November. By mid-2020 the virus had spread. The vote is set"
                + " for mid-March. The mid-range model sold out.");
    assertEquals(
        List.of("mid-November", "mid-2020", "mid-March"),
        a.times().stream().map(TimeMention::text).toList(),
        a.times().toString());
    assertEquals(
        List.of("2025-11", "2020", "2026-03"),
        a.times().stream().map(TimeMention::value).toList(),
        a.times().toString());
    assertEquals(
        List.of("MID", "MID", "MID"),
        a.times().stream().map(TimeMention::mod).toList(),
        a.times().toString());
  }

  @Test
  void aYearSaidInWordsIsThatYear() {
    Annotation a =
        annotate(
            "He was elected in nineteen ninety-six. They met in January nineteen ninety-seven. In"
                + " two thousand eight the bank failed. He counted nineteen twenty-dollar bills.");
    assertEquals(
        List.of("nineteen ninety-six", "January nineteen ninety-seven", "two thousand eight"),
        a.times().stream().map(TimeMention::text).toList(),
        a.times().toString());
    assertEquals(
        List.of("1996", "1997-01", "2008"),
        a.times().stream().map(TimeMention::value).toList(),
        a.times().toString());
  }

  @Test
  void aDecadeInWordsIsThatDecadeButAnAgeIsNoTime() {
    Annotation a =
        annotate(
            "Sales rose in the nineties. The band peaked in the late sixties. She is in her fifties"
                + " and he in his early thirties.");
    assertEquals(
        List.of("199", "196"),
        a.times().stream().map(TimeMention::value).toList(),
        a.times().toString());
  }

  @Test
  void aRecurringDayOrPartOfADayIsASet() {
    Annotation a =
        annotate(
            "Shops close on Sundays. He works Tuesday nights. Every morning he runs. The market"
                + " opens every Monday.");
    assertEquals(
        List.of("XXXX-WXX-7", "XXXX-WXX-2TNI", "XXXX-XX-XXTMO", "XXXX-WXX-1"),
        a.times().stream().map(TimeMention::value).toList(),
        a.times().toString());
  }

  @Test
  void aFiscalYearIsItsYearWithFiscalInTheSpan() {
    Annotation a =
        annotate("Fiscal 2019 results were weak. In fiscal 2020, profit rose. FY2021 sales grew.");
    assertEquals(
        List.of("Fiscal 2019", "fiscal 2020", "FY2021"),
        a.times().stream().map(TimeMention::text).toList(),
        a.times().toString());
    assertEquals(
        List.of("2019", "2020", "2021"),
        a.times().stream().map(TimeMention::value).toList(),
        a.times().toString());
  }

  @Test
  void aDayThatOpensARangeTakesTheRangesYear() {
    Annotation a =
        annotate(
            "The summit runs November 9 - 12, 2027, in Lisbon. Talks were held Oct. 9-11, 2024.");
    assertEquals(
        List.of("2027-11-09", "2027", "2024-10-09", "2024"),
        a.times().stream().map(TimeMention::value).toList(),
        a.times().toString());
  }

  @Test
  void theVerbMayIsNoMonth() {
    String text = "If you review fiction, this may be difficult. The plant opens in May.";
    Annotation a = annotate(text);
    assertEquals(
        List.of(text.indexOf("May")),
        a.times().stream().map(TimeMention::start).toList(),
        a.times().toString());
  }

  @Test
  void aShareOfSomethingIsNoLengthOfTime() {
    String shares =
        "The island imports about three-quarters of its food, and more than a quarter of the"
            + " fleet is idle.";
    Annotation a =
        annotate(
            shares
                + " The dispute has lasted a quarter of a century, after several quarters of"
                + " losses.");
    assertTrue(a.times().stream().allMatch(t -> t.start() > shares.length()), a.times().toString());
    assertTrue(
        a.times().stream().anyMatch(t -> t.text().equals("a quarter")), a.times().toString());
    assertTrue(
        a.times().stream().anyMatch(t -> t.text().equals("several quarters")),
        a.times().toString());
  }

  @Test
  void aColumnistsIIsTheWriterNotThePersonNamedLast() {
    Annotation a =
        annotate(
            "Mayor Ruth Okonkwo spoke at the town hall on Monday about the harbour.\n\n"
                + "I believe her plan for the pier is the right one for the harbour and its"
                + " fishermen.\n\n"
                + "\u201cI told them I would reopen the pier in May,\u201d Okonkwo said.\n\n"
                + "\u201cThe fishermen will want a say in that,\u201d I said to her afterwards.");
    Quote column = quoteContaining(a, "plan for the pier");
    assertEquals("I", column.speaker().text(), a.quotes().toString());
    assertNull(column.speakerResolved(), a.quotes().toString());
    Quote hers = quoteContaining(a, "reopen the pier");
    assertEquals("Ruth Okonkwo", hers.speakerResolved());
    for (Quote q : a.quotes()) {
      if (q.speaker() != null
          && q.speaker().text().equals("I")
          && q.speaker().start() >= hers.content().start()
          && q.speaker().end() <= hers.content().end()) {
        // An "I" inside Okonkwo's quotation is hers.
        assertEquals("Ruth Okonkwo", q.speakerResolved(), a.quotes().toString());
      }
    }
    // The writer's own quoted words, attributed by the rules and the tagger alike.
    assertNull(quoteContaining(a, "fishermen will want").speakerResolved(), a.quotes().toString());
  }

  @Test
  void aPronounAfterAStatementContinuesItsSpeaker() {
    Annotation a =
        annotate(
            "\u201cThe pier will reopen before the summer,\u201d said Mayor Daniel Brenner of"
                + " Westhaven, who hired Adaeze Okafor's firm as an adviser in 2019. He added,"
                + " \u201cWe will be ready for the first ferries in May.\u201d");
    assertEquals("Daniel Brenner", quoteContaining(a, "first ferries").speakerResolved());
  }

  @Test
  void aCommonNounAtASentencesStartIsAGroupNotAName() {
    Annotation a =
        annotate(
            "Officials said the harbour bridge would close for repairs in May. Jones said the"
                + " ferries would run every hour while it was shut.");
    assertNull(quoteContaining(a, "bridge would close").speakerResolved(), a.quotes().toString());
    assertEquals("Jones", quoteContaining(a, "ferries would run").speakerResolved());
  }

  @Test
  void heAndSheResolveToSomeoneTheyCanMean() {
    Annotation a =
        annotate(
            "Mayor Ruth Okonkwo met the harbour's chief executive, Daniel Brenner, on Monday.\n\n"
                + "The pier would reopen in May, she said in a video message to residents.\n\n"
                + "\u201cWe are ready,\u201d he told reporters.");
    assertEquals("Ruth Okonkwo", quoteContaining(a, "pier would reopen").speakerResolved());
    assertEquals("Daniel Brenner", quoteContaining(a, "We are ready").speakerResolved());
  }

  @Test
  void aPossessiveBeforeTheSpeakersNameIsNotTheSpeaker() {
    Annotation a =
        annotate(
            "\u201cThis is the first time a candidate has asked a foreign power to spy on a rival,"
                + "\u201d said Okonkwo\u2019s top policy aide Jake Sullivan.");
    assertEquals("Jake Sullivan", quoteContaining(a, "foreign power").speakerResolved());
  }

  @Test
  void aTitleResolvesToWhoeverTheTextGaveIt() {
    Annotation a =
        annotate(
            "Harbour President Ruth Okonkwo and Vice President Ada Brenner opened the pier on"
                + " Monday.\n\n"
                + "\u201cNothing prepares you for a day like this,\u201d the two-term president"
                + " told reporters.\n\n"
                + "\u201cWe will fight on,\u201d the Republican nominee said at a rally.");
    assertEquals("Ruth Okonkwo", quoteContaining(a, "Nothing prepares you").speakerResolved());
    // Nobody was called a nominee: no one, and never the party.
    assertNull(quoteContaining(a, "fight on").speakerResolved());
  }

  @Test
  void aParagraphOfQuoteAloneContinuesTheSpeakerOfThePreviousOne() {
    Annotation a =
        annotate(
            "\u201cThe pier will reopen in May,\u201d Mayor Ruth Okonkwo told reporters on"
                + " Monday. \u201cThe ferries will follow.\u201d\n\n"
                + "\u201cI can say with confidence that the harbour has never been in better"
                + " shape than it is today.\u201d\n\n"
                + "Traffic through the port fell by a fifth last year.\n\n"
                + "\u201cThe council has never been asked for its view of the plan.\u201d");
    assertEquals("Ruth Okonkwo", quoteContaining(a, "with confidence").speakerResolved());
    // After a paragraph of the writer's own words, a quote is nobody's until it says whose.
    assertNull(quoteContaining(a, "never been asked").speakerResolved());
  }

  @Test
  void aReportedStatementStartsAtItsThatAfterTheTimeAndPlaceOrTheOneTold() {
    Annotation a =
        annotate(
            "Okonkwo said yesterday that the company will offer a free pass to anyone who has"
                + " bought a ticket. The harbour's chief executive, Ada Brenner, announced Monday in"
                + " an internal memo that she would be on medical leave. Vega's lawyer Mark Heller"
                + " told Los Angeles Superior Court Judge James Dabney that Vega, 26, had checked"
                + " into a clinic in Newport Beach, the Associated Press reported.");
    String[][] expected = {
      {"free pass", "the company will offer a free pass to anyone who has bought a ticket"},
      {"medical leave", "she would be on medical leave"},
      // The model started this one inside the judge's name.
      {"checked into", "Vega, 26, had checked into a clinic in Newport Beach"}
    };
    for (String[] e : expected) {
      assertEquals(e[1], quoteContaining(a, e[0]).content().text());
    }
  }

  @Test
  void aSpeakersRelativeClauseRunsToTheEndOfTheSentence() {
    Annotation a =
        annotate(
            "\"The harbour cannot wait another winter,\" said Dr. Maren Solberg, a marine"
                + " engineer at the Bergen institute, who is now advising the port after moving"
                + " with her family to the northern coast of the fjord.");
    Quote q = quoteContaining(a, "another winter");
    assertEquals(
        "Dr. Maren Solberg, a marine engineer at the Bergen institute, who is now advising the"
            + " port after moving with her family to the northern coast of the fjord",
        q.speaker().text());
  }

  @Test
  void aSpeakersDescriptionRunsToTheCommaBeforeTheCue() {
    Annotation a =
        annotate(
            "Kari Lunde, a union organiser who sent a letter to the mayor criticising the sale,"
                + " said the new pier was built too low.");
    Quote q = quoteContaining(a, "built too low");
    assertEquals(
        "Kari Lunde, a union organiser who sent a letter to the mayor criticising the sale",
        q.speaker().text());
  }

  @Test
  void aNameAfterATrailingCueIsItsSpeakerAndTheClauseBeforeItsStatement() {
    String before = "A ferry worker died after a fall on Friday afternoon in Kallvik harbour. ";
    String after = " He was flown to the university hospital in Tromsø.";
    Annotation cueFirst =
        annotate(
            before
                + "Berg was struck on the head, said Ingrid Solheim of the harbour police."
                + after);
    Quote q = quoteContaining(cueFirst, "struck on the head");
    assertEquals("Berg was struck on the head", q.content().text());
    assertEquals("Ingrid Solheim of the harbour police", q.speaker().text());
    assertTrue(
        cueFirst.quotes().stream().noneMatch(x -> x.content().text().contains("Ingrid Solheim")),
        () -> cueFirst.quotes().toString());
    Annotation sourceFirst =
        annotate(
            before
                + "The worker was struck on the head, Ingrid Solheim of the harbour police said."
                + after);
    q = quoteContaining(sourceFirst, "struck on the head");
    assertEquals("The worker was struck on the head", q.content().text());
    assertEquals("Ingrid Solheim", q.speakerResolved());
  }

  @Test
  void anAccordingToSetOffByDashesOrBracketsIsAnAsideInItsStatement() {
    Annotation dashes =
        annotate(
            "Fire crews spent the night at a warehouse on Dock Road in Harlow.\n\nThe blaze began"
                + " in a storeroom that - according to investigators - the owner had insured twice"
                + " in one year. Nobody was hurt.");
    Quote q = quoteContaining(dashes, "insured twice");
    assertEquals("the owner had insured twice in one year", q.content().text());
    assertEquals("investigators", q.speaker().text());
    assertEquals(1, dashes.quotes().size(), () -> dashes.quotes().toString());
    Annotation brackets =
        annotate(
            "The council closed the pool in March.\n\nThe repairs will cost a sum which"
                + " (according to the council treasurer) the town cannot raise before 2028."
                + " Swimmers must travel to Leeds.");
    q = quoteContaining(brackets, "cannot raise");
    assertEquals("the town cannot raise before 2028", q.content().text());
    assertEquals("the council treasurer", q.speaker().text());
  }

  @Test
  void thoseOnWhoseBehalfSomeoneSpokeSaidNothing() {
    Annotation a =
        annotate(
            "The harbour reopened on Monday after the storm.\n\nSpeaking on behalf of the Coast"
                + " Guard's Department, Selby added that the repairs had cost less than feared."
                + " Writing on behalf of the county's fire service, Chief Moss added that crews had"
                + " worked all night.\n\nOn behalf of the Harbour Police Department, Inspector"
                + " Lund thanked the volunteers and said the port was safe.");
    assertTrue(
        a.quotes().stream().noneMatch(q -> q.content().text().contains("fire service")),
        () -> a.quotes().toString());
    assertEquals("Chief Moss", quoteContaining(a, "worked all night").speaker().text());
    assertEquals("Inspector Lund", quoteContaining(a, "port was safe").speaker().text());
  }

  @Test
  void whoWasAskedDidNotAsk() {
    Annotation a =
        annotate(
            "The ferry sank in calm water on Tuesday.\n\nAsked whether the crew could have"
                + " saved it, Captain Elin Dahl said she did not know. Asked by reporters about the"
                + " cargo, the owner said it was timber.");
    Quote asked = quoteContaining(a, "could have saved it");
    assertNull(asked.speaker(), asked::toString);
    assertNull(asked.speakerResolved(), asked::toString);
    assertEquals("Elin Dahl", quoteContaining(a, "did not know").speakerResolved());
    Quote byReporters = quoteContaining(a, "the cargo");
    assertEquals("reporters", byReporters.speaker().text());
  }

  @Test
  void aStatementOutsideQuotationMarksStaysInItsParagraph() {
    Annotation a =
        annotate(
            "ARRESTED : What most of the local papers won't tell you about the \"very quiet' male"
                + " council worker who burned two libraries.\n\nThe man who allegedly burned two"
                + " libraries in Harlow on Monday night has been charged with arson, burglary, and"
                + " other related charges, says county prosecutor Ann Hart.\n");
    assertTrue(
        a.quotes().stream().noneMatch(q -> q.content().text().contains("\n")),
        () -> a.quotes().toString());
    assertEquals(
        "about the \"very quiet' male council worker who burned two libraries.",
        quoteContaining(a, "council worker").content().text());
  }

  @Test
  void aStatementInAClauseBeforeTheMainOneEndsWithThatClause() {
    Annotation a =
        annotate(
            "The port plan went to a vote on Monday.\n\nWhile Mayor Ingrid Berg said the plan"
                + " would bring jobs, critics called it reckless. Though Selby has insisted the"
                + " budget is sound, the council voted against it.");
    Quote berg = quoteContaining(a, "bring jobs");
    assertEquals("the plan would bring jobs", berg.content().text());
    assertEquals("Ingrid Berg", berg.speakerResolved());
    Quote selby = quoteContaining(a, "budget is sound");
    assertEquals("the budget is sound", selby.content().text());
    assertEquals("Selby", selby.speaker().text());
  }

  @Test
  void aTrailingCueMayNameWhereTheWordsCame() {
    Annotation a =
        annotate(
            "LaRue ran the phones at the meeting in Florida.\n\nThe Nixon campaign paid the men in"
                + " cash, he said in an interview with The Sun Herald, a Biloxi newspaper.\n");
    Quote q = quoteContaining(a, "paid the men");
    assertEquals("The Nixon campaign paid the men in cash", q.content().text());
    assertEquals("LaRue", q.speakerResolved());
  }

  @Test
  void aChargeInAReducedRelativeDoesNotRunIntoTheMainClause() {
    Annotation a =
        annotate(
            "The trial of a woman accused of shooting three co-workers, killing two of them, starts"
                + " Monday in Philadelphia.\n\nA man charged with setting fire to the old mill last"
                + " spring appeared in court on Friday.\n");
    assertTrue(
        a.quotes().stream().noneMatch(q -> q.content().text().contains("starts Monday")),
        () -> a.quotes().toString());
  }

  @Test
  void aTrailingAttributionsStatementIsTheWholeClauseBeforeIt() {
    Annotation a =
        annotate(
            "A frigate foiled a pirate attack in the Gulf of Aden on Saturday.\n\nThe pirates on"
                + " two speed boats had surrounded the merchant vessel flying the Ethiopian flag"
                + " around noon, when INS Kaveri intervened and warded off the attack, Navy"
                + " spokesperson said. The pirates had fired at the vessel with small arms, he"
                + " said.");
    assertEquals(
        "The pirates on two speed boats had surrounded the merchant vessel flying the Ethiopian flag"
            + " around noon, when INS Kaveri intervened and warded off the attack",
        quoteContaining(a, "warded off").content().text());
  }

  @Test
  void aSpeakersDescriptionSetOffByCommasKeepsItsCuesObject() {
    Annotation a =
        annotate(
            "The court ruled on Friday that the ferry company must pay the fine. Harbour master Nils"
                + " Dahl, who had been the ferry's captain for a decade, called the ruling fair. Ola"
                + " Berg, the company's owner since the ferry was sold, called the fine a scandal.");
    assertTrue(
        a.quotes().stream()
            .noneMatch(
                q ->
                    q.speaker() != null
                        && (q.speaker().text().contains("ruling")
                            || q.speaker().text().contains("scandal"))),
        () -> a.quotes().toString());
  }

  @Test
  void anOfficesAbbreviationDoesNotEndTheSentence() {
    Annotation a =
        annotate(
            "\u201cThis is the kind of crime the law was written for,\u201d said Dist. Atty. Maren"
                + " Holt. Dep. Dist. Atty. Per Lunde said the case was closed.");
    Quote q = quoteContaining(a, "the law was written for");
    assertEquals("Dist. Atty. Maren Holt", q.speaker().text());
    assertEquals("Maren Holt", q.speakerResolved());
    assertEquals("Per Lunde", quoteContaining(a, "case was closed").speakerResolved());
    assertEquals(2, a.sentences().size(), () -> a.sentences().toString());
  }

  @Test
  void aDepartmentNamedByWhoseItIsIsNoOtherOrganisation() {
    Annotation a =
        annotate(
            "A deputy was shot on Friday in Kallvik. He was flown to Tromsø University Hospital. The"
                + " suspect wore a red jacket, according to the county sheriff's department.");
    Quote q = quoteContaining(a, "red jacket");
    assertEquals("the county sheriff's department", q.speaker().text());
    assertEquals(null, q.speakerResolved());
  }

  @Test
  void aPrepositionOrAdverbThatCuesHoldMakesNoCueAlone() {
    Annotation a =
        annotate(
            "Prosecutors are bringing the case against Tore Hale without a murder weapon, and the"
                + " jury also heard the 911 call of the shooting. A neighbour made a film about his"
                + " life in 2019. Hale's lawyer said the case was weak.");
    for (String words : List.of("without a murder weapon", "911 call", "his life")) {
      assertTrue(
          a.quotes().stream().noneMatch(q -> q.content().text().contains(words)),
          () -> words + " in " + a.quotes());
    }
    assertEquals("said", quoteContaining(a, "the case was weak").cue().text());
  }

  @Test
  void decliningToGiveOnesNameIsNoStatement() {
    Annotation a =
        annotate(
            "A frigate chased pirates off the coast of Yemen on Friday. The pirates turned away from"
                + " the freighter as the helicopter flew overhead, said the spokesman, who declined"
                + " to give his name in line with military policy. More ships are on their way.");
    assertEquals("the spokesman", quoteContaining(a, "turned away").speaker().text());
    assertTrue(
        a.quotes().stream().noneMatch(q -> q.content().text().contains("his name")),
        () -> a.quotes().toString());
  }

  @Test
  void aCueInALaterSentenceWithItsOwnStatementTakesNoOther() {
    Annotation a =
        annotate(
            "The statement said only that the prisoners would be handed over to the authorities"
                + " ashore. Most navies patrolling the coast have been reluctant to detain suspects"
                + " because of doubts over where they would face trial, since Somalia has no"
                + " effective central government or legal system. Also on Saturday, a German"
                + " military spokesman said a navy frigate had chased away pirates in speedboats"
                + " pursuing a freighter off the coast of Yemen.");
    assertEquals("a German military spokesman", quoteContaining(a, "chased away").speaker().text());
    assertTrue(
        a.quotes().stream().noneMatch(q -> q.content().text().contains("legal system")),
        () -> a.quotes().toString());
  }

  @Test
  void aShipIsNobodysAntecedent() {
    Annotation a =
        annotate(
            "Last month the frigate INS Tabar sank a pirate mother ship. Tabar also rescued two"
                + " merchant vessels. The navy has asked other countries for help, he said.");
    assertTrue(
        a.entities().stream()
            .noneMatch(e -> e.type() == EntityType.PERSON && e.text().contains("Tabar")),
        () -> a.entities().toString());
    Quote q = quoteContaining(a, "asked other countries");
    assertTrue(q.speakerResolved() == null || !q.speakerResolved().contains("Tabar"), q::toString);
  }

  @Test
  void howOrWhereWordsCameIsNoStatement() {
    Annotation a =
        annotate(
            "The Saints placed their leading rusher on injured reserve on Wednesday. \u201cWe have"
                + " to get the next guy ready,\u201d coach Sean Payton said in a conference call"
                + " with Seattle-area reporters. Team spokesman Greg Bensel confirmed the move. The"
                + " owner is recovering well, Bensel said in a statement released by the team.");
    for (String words : List.of("Seattle-area reporters", "released by the team")) {
      assertTrue(
          a.quotes().stream().noneMatch(q -> q.content().text().equals(words)),
          () -> words + " in " + a.quotes());
    }
    assertEquals("Sean Payton", quoteContaining(a, "next guy").speakerResolved());
  }

  @Test
  void wordsInsideALaterSentencesClauseGoOnNoStatement() {
    Annotation a =
        annotate(
            "Perlo said Orozco was consumed by gang life in much the same way one is addicted to"
                + " drugs. A 15-year department veteran, Ortiz had hoped to become a detective. He"
                + " had married two weeks before the shooting, and had won a department medal of"
                + " honor for fatally shooting a suspected carjacker who had pulled a gun on him"
                + " and his partner.");
    assertTrue(
        a.quotes().stream().noneMatch(q -> q.content().text().contains("carjacker")),
        () -> a.quotes().toString());
    assertEquals("Perlo", quoteContaining(a, "gang life").speaker().text());
  }

  @Test
  void aDirectiveRightBeforeWhomItDirectsIsItsCue() {
    Annotation a =
        annotate(
            "Vega's lawyer says the singer checked into a clinic on Thursday, but the clinic has not"
                + " been approved by the court that ordered her to serve 90 days of treatment.");
    Quote ordered = quoteContaining(a, "90 days");
    // PolNeAR marks "the court [that ordered]" as well as "the court [that] [ordered]".
    assertTrue(ordered.cue().text().matches("(that )?ordered"), ordered.cue().text());
    assertTrue(ordered.speaker().text().matches("the court|that"), ordered.speaker().text());
    assertEquals("says", quoteContaining(a, "checked into").cue().text());
  }

  @Test
  void whoWasAccusedOrToldIsNotWhoSaidIt() {
    Annotation a =
        annotate(
            "During her stay at the clinic in 2010, Vega was accused of attacking a member of its"
                + " staff, but she was not charged. Her lawyer, Mark Heller, said she had done"
                + " nothing wrong.");
    Quote accused = quoteContaining(a, "attacking");
    assertTrue(
        accused.speaker() == null || !accused.speaker().text().contains("Vega"),
        () -> accused.toString());
    assertEquals("Mark Heller", quoteContaining(a, "nothing wrong").speakerResolved());
  }

  @Test
  void aClauseOrAnArticleAloneIsNoSpeaker() {
    Annotation a =
        annotate(
            "\"We could have had a larger fire,\" Owen said. A Crowley employee was at the office"
                + " within minutes, said terminal manager Jasper Hall, ready to move the fuel"
                + " trucks out of harm's way.\n\nPlan the event in steps and tell your team. A"
                + " well-planned timeline will serve as a roadmap, helping you stay organized.");
    for (Quote q : a.quotes()) {
      if (q.speaker() != null) {
        String speaker = q.speaker().text();
        assertFalse(speaker.contains(" was "), () -> q.toString());
        assertNotEquals("A", speaker, () -> q.toString());
      }
    }
  }

  @Test
  void whatTheSpeakerDidWhileSpeakingIsNoStatement() {
    Annotation a =
        annotate(
            "A family friend, Kevin Blacks, 33, said he was not surprised by the autopsy. \u201cThe"
                + " dad is shook,\u201d Mr. Blacks said, standing by a makeshift memorial for Mr."
                + " Gray. The emails were on a variety of topics, the Times said, including"
                + " speeches and meetings.");
    for (Quote q : a.quotes()) {
      assertFalse(q.content().text().startsWith("standing"), () -> q.toString());
    }
    assertEquals("Kevin Blacks", quoteContaining(a, "The dad is shook").speakerResolved());
  }

  @Test
  void aParticipleOfSayingAfterTheAttributionOpensASecondStatement() {
    Annotation a =
        annotate(
            "The pirates would be handed over to the port authorities in Djibouti, the Navy said"
                + " on Friday, adding that the frigate Tabar would return to its patrol in the"
                + " Gulf of Aden.");
    Quote first = quoteContaining(a, "handed over");
    assertEquals("said", first.cue().text());
    assertFalse(first.content().text().contains("frigate"), () -> first.toString());
    Quote second = quoteContaining(a, "would return to its patrol");
    assertEquals("adding", second.cue().text());
    assertTrue(second.content().text().startsWith("the frigate"), () -> second.toString());
    assertEquals("the Navy", second.speaker().text());
  }

  @Test
  void aQuotationAloneGoesOnWithTheCueBeforeNotTheNextSentencesOwn() {
    Annotation a =
        annotate(
            "Residents say the police patrol the streets like soldiers. \u201cThey have a hard time"
                + " because there is a lot of crime in the neighbourhood,\u201d a local barber told"
                + " The Harbour Times. \u201cBut when they play hardball, they end up going after"
                + " innocent people, too.\u201d Police say that on Saturday night the teenager"
                + " pointed a gun at two officers.");
    Quote alone = quoteContaining(a, "play hardball");
    assertEquals("told", alone.cue().text(), () -> alone.toString());
    assertEquals("a local barber", alone.speaker().text());
    assertEquals("say", quoteContaining(a, "pointed a gun").cue().text());
  }

  @Test
  void itAfterAThingNamedWithTheIsThatThingNotTheNearestOrganisation() {
    Annotation a =
        annotate(
            "The study was led by Ana Ruiz of the Harbour Business School. The arrival of AI"
                + " \u201chas turned technology from a passive assistant into a co-creator,\u201d"
                + " says the research. It adds: \u201cOnce collaboration begins, AI can take part in"
                + " tasks and in decisions.\u201d");
    Quote adds = quoteContaining(a, "collaboration begins");
    assertEquals("It", adds.speaker().text());
    assertNull(adds.speakerResolved(), () -> adds.toString());
  }

  @Test
  void theSubjectOfAPassiveCueIsWhatWasSaidOfNotWhoSaidIt() {
    Annotation a =
        annotate(
            "Mark Teixeira is believed to be seeking more than $21 million a year, the newspaper"
                + " reported. The Rangers are believed to be offering eight years. Wilson was"
                + " quoted as saying that the team would not bid again.");
    Quote believed = quoteContaining(a, "eight years");
    assertTrue(
        believed.speaker() == null || !believed.speaker().text().contains("Rangers"),
        () -> believed.toString());
    // A passive that goes on to the subject's own verb of speech keeps its subject.
    assertEquals("Wilson", quoteContaining(a, "bid again").speaker().text());
    // After a passive, only its "by" names who said it.
    Annotation after =
        annotate(
            "Whether a judge will accept her placement was not revealed publicly, the Associated"
                + " Press reported. The move was first reported by MSNBC.");
    for (Quote q : after.quotes()) {
      if (q.cue() != null && q.cue().text().contains("revealed")) {
        assertNull(q.speaker(), () -> q.toString());
      }
    }
  }

  @Test
  void aStatementTheModelStartedInsideANameIsTheSentenceBeforeItsCue() {
    Annotation a =
        annotate(
            "This was the fifth anti-piracy operation conducted by the frigate Vessa in the course"
                + " of her patrol mission in the Gulf of Aden that commenced in October, the Navy"
                + " said.");
    assertEquals(
        "This was the fifth anti-piracy operation conducted by the frigate Vessa in the course of"
            + " her patrol mission in the Gulf of Aden that commenced in October",
        quoteContaining(a, "commenced").content().text());
  }

  @Test
  void aSurnameThatIsAlsoAWordIsThePersonNamedInFullBefore() {
    Annotation a =
        annotate(
            "Apple chief executive Steve Jobs will take medical leave, the company said. US markets"
                + " were closed in honor of Martin Luther King. It is the third time that Jobs, aged"
                + " 55, has taken leave. He fought cancer in 2004, later revealing he had undergone"
                + " a liver transplant. Jobs are scarce in May, said Tim Cook.");
    List<EntityMention> jobs = a.entities().stream().filter(e -> e.text().equals("Jobs")).toList();
    assertEquals(1, jobs.size(), a.entities().toString()); // not "Jobs are scarce"
    assertEquals("Steve Jobs", jobs.get(0).canonical());
    assertEquals(EntityType.PERSON, jobs.get(0).type());
    assertEquals("Steve Jobs", quoteContaining(a, "liver transplant").speakerResolved());
    assertTrue(a.entities().stream().noneMatch(e -> e.text().equals("May")));
  }

  @Test
  void aDescriptionOfTheHouseIsNoNameAndSpeaksForIt() {
    Annotation a =
        annotate(
            "Maison Verrault named a new ambassador. Verrault pulled its campaign in 2025. The"
                + " Lyon-founded house, which dates back to 1962, said the campaign would be shot in"
                + " Copenhagen.");
    assertTrue(
        a.entities().stream().noneMatch(e -> e.text().endsWith("house")), a.entities().toString());
    assertEquals("Maison Verrault", quoteContaining(a, "Copenhagen").speakerResolved());
  }

  @Test
  void curlyQuoteWithSpeakerAfterAndPlatform() {
    Annotation a =
        annotate(
            "Adaeze Okafor joined the label this week.\n\n“I am thrilled to join a house that has"
                + " listened,” Ms Okafor wrote on Instagram.");
    Quote q = quoteContaining(a, "thrilled");
    assertEquals(QuoteKind.DIRECT, q.kind());
    assertEquals("wrote", q.cue().text());
    assertEquals("Ms Okafor", q.speaker().text());
    assertEquals("Adaeze Okafor", q.speakerResolved());
    assertEquals("instagram", q.platform());
    assertEquals(a.text().substring(q.content().start(), q.content().end()), q.content().text());
  }

  @Test
  void roleNounsResolveToWhomTheArticleIsAboutNotTheLastNameSeen() {
    Annotation a =
        annotate(
            "Nadia Brel joined Lumen Group on Monday. Lumen Group confirmed the deal, and Nadia Brel"
                + " thanked her fans. The chief executive, Tomas Vik, told Harbour Daily in an"
                + " interview that the singer had \"changed the way we work.\" The company has"
                + " since rewritten its rules for advertising, the company said. The singer, who"
                + " had criticised the \"Little Stars\" campaign in 2024, said she was proud to"
                + " return to a house that had listened.");
    Quote mixed = quoteContaining(a, "changed the way");
    assertEquals(QuoteKind.INDIRECT, mixed.kind());
    assertEquals("Tomas Vik", mixed.speakerResolved());
    assertTrue(mixed.content().text().endsWith("we work.\""), mixed.content().text());
    assertEquals("Lumen Group", quoteContaining(a, "rewritten its rules").speakerResolved());
    Quote singer = quoteContaining(a, "proud to return");
    // "who" is the subject of "had criticised"; "said" is the singer's, who resolves by her role.
    assertEquals("The singer", singer.speaker().text());
    assertEquals("Nadia Brel", singer.speakerResolved());
    assertEquals("said", singer.cue().text());
  }

  @Test
  void attributionWithARoleAtTheEndOfASentenceWithAScareQuote() {
    Annotation a =
        annotate(
            "Lumen Group pulled the \"Little Stars\" images after a week of criticism and has"
                + " rebuilt its approval process, chief executive Tomas Vik said in a statement.");
    Quote q = quoteContaining(a, "rebuilt its approval");
    assertEquals(QuoteKind.INDIRECT, q.kind());
    assertEquals("chief executive Tomas Vik", q.speaker().text());
    assertEquals("Tomas Vik", q.speakerResolved());
    assertEquals("statement", q.platform());
  }

  @Test
  void aQuoteBySheAfterHerPressStatementWasMadeThereTooAndReadersAreNotNamed() {
    Annotation a =
        annotate(
            "Ruth Okonkwo, the port's chief executive, said in a press statement that the harbour"
                + " would reopen. \"We owe the town a working harbour by spring,\" she said.\n\n"
                + "\"She promised this last year too,\" one wrote under the post.");
    Quote reported = quoteContaining(a, "harbour would reopen");
    assertEquals("Ruth Okonkwo", reported.speakerResolved());
    assertEquals("statement", reported.platform());
    Quote direct = quoteContaining(a, "working harbour");
    assertEquals("Ruth Okonkwo", direct.speakerResolved());
    assertEquals("statement", direct.platform());
    Quote reader = quoteContaining(a, "promised this");
    assertEquals("one", reader.speaker().text());
    assertEquals(null, reader.speakerResolved());
  }

  @Test
  void straightQuotesSplitAroundSheSaid() {
    Annotation a =
        annotate(
            "Mara Lindqvist spoke after the vote. \"We did not expect this,\" she said, \"but we"
                + " will accept the result.\"");
    Quote first = quoteContaining(a, "did not expect");
    Quote second = quoteContaining(a, "accept the result");
    assertEquals("Mara Lindqvist", first.speakerResolved());
    assertEquals("Mara Lindqvist", second.speakerResolved());
    assertEquals(QuoteKind.DIRECT, second.kind());
  }

  @Test
  void speakerBeforeTheQuoteWithAnOutlet() {
    Annotation a =
        annotate(
            "Jonas Berg told Vogue: \"I would not work with the brand again after that"
                + " campaign.\"");
    Quote q = quoteContaining(a, "would not work");
    assertEquals("told", q.cue().text());
    assertEquals("Jonas Berg", q.speakerResolved());
    assertEquals("interview with Vogue", q.platform());
  }

  @Test
  void guillemetsAndGermanMarks() {
    Annotation a =
        annotate(
            "Paul Marchetti was asked about the plans. «We are proud of the new collection and"
                + " its makers», Marchetti said. Later Anna Weber said: „This is only the"
                + " beginning of a long partnership.“");
    assertEquals("Paul Marchetti", quoteContaining(a, "proud").speakerResolved());
    assertEquals("Anna Weber", quoteContaining(a, "only the beginning").speakerResolved());
  }

  @Test
  void quoteOverSeveralParagraphsIsOne() {
    Annotation a =
        annotate(
            "Mayor Ruth Okonkwo addressed the council.\n\n\"The harbour plan protects jobs and"
                + " the shoreline.\n\n\"It took two years of work, and it was worth every"
                + " meeting,\" she said.");
    List<Quote> direct = a.quotes().stream().filter(q -> q.kind() == QuoteKind.DIRECT).toList();
    assertEquals(1, direct.size(), direct.toString());
    assertTrue(direct.get(0).content().text().contains("shoreline"));
    assertTrue(direct.get(0).content().text().contains("worth every meeting"));
    assertEquals("Ruth Okonkwo", direct.get(0).speakerResolved());
  }

  @Test
  void singleQuotesAsPrimaryQuotes() {
    Annotation a =
        annotate(
            "Tom Hale spoke to reporters. 'We don't have the money for the bridge this year,'"
                + " he said.");
    Quote q = quoteContaining(a, "money for the bridge");
    assertEquals(QuoteKind.DIRECT, q.kind());
    assertEquals("Tom Hale", q.speakerResolved());
  }

  @Test
  void scareQuotesAndTitlesAreFragments() {
    Annotation a =
        annotate(
            "Critics called the plan \"unprecedented\" and compared it to the film \"Blue"
                + " Harbour\" from 1998.");
    // The critics' words may be a reported statement; the quoted words stay fragments in it.
    List<Quote> fragments =
        a.quotes().stream().filter(q -> q.kind() == QuoteKind.FRAGMENT).toList();
    assertEquals(
        List.of("unprecedented", "Blue Harbour"),
        fragments.stream().map(q -> q.content().text()).toList(),
        a.quotes().toString());
    assertTrue(
        a.quotes().stream().noneMatch(q -> q.kind() == QuoteKind.DIRECT), a.quotes().toString());
  }

  @Test
  void quotedFiguresAndTimeStampsAreNoStatements() {
    // A page that shows a request's JSON: seven runs of figures, none of them words.
    Annotation a =
        annotate(
            "Raw logging shows the exact JSON structure being sent: { \"order_date\":"
                + " \"2025-12-18T17:02:12+08:00\", \"count\": \"1, 2, 3, 4, 5\" }.");
    assertTrue(
        a.quotes().stream().noneMatch(q -> q.kind() == QuoteKind.DIRECT), a.quotes().toString());
    assertTrue(
        a.quotes().stream()
            .anyMatch(
                q ->
                    q.kind() == QuoteKind.FRAGMENT
                        && q.content().text().equals("2025-12-18T17:02:12+08:00")),
        a.quotes().toString());
  }

  @Test
  void aTimeIsNoSpeaker() {
    // The tagger reads "winter" as who calls for something; a duration's words with a noun after
    // them still name a source.
    Annotation a =
        annotate(
            "Root vegetables are back. In the colder months, winter calls for heartier fare like"
                + " stews and warming spices.\n\nTwo years of data show that prices rose, the bank"
                + " said.");
    Quote fare = quoteContaining(a, "heartier fare");
    assertNull(fare.speaker(), fare.toString());
    Quote prices = quoteContaining(a, "prices rose");
    assertEquals("Two years of data", prices.speaker().text());
  }

  @Test
  void aSourceThatStartsInsideBracketsIsNoSpeaker() {
    // The tagger starts the source at the last item the brackets list.
    Annotation a =
        annotate(
            "Which Phone Is Best for Travel?\n\nThe long comparison in this review (covering Pixel,"
                + " Galaxy, iPhone, and Xperia) shows that even the \"best camera phone\" needs a"
                + " good lens and steady hands.");
    Quote shows = quoteContaining(a, "good lens");
    assertNull(shows.speaker(), shows.toString());
  }

  @Test
  void aParaphraseAfterACueAndACommaStartsAtItsFirstWord() {
    Annotation a =
        annotate(
            "While some junior staff could get a warning, she added, dropping the charges would be"
                + " \"a serious mistake given everything we know.\"");
    Quote dropping = quoteContaining(a, "dropping the charges");
    assertTrue(dropping.content().text().startsWith("dropping"), dropping.toString());
  }

  @Test
  void aQuoteATokenisedTextClosesWithTwoApostrophesIsDirectWithoutItsSpaces() {
    // As pasted from a tokenised archive: a straight quote opens, two apostrophes close, and
    // spaces stand inside the marks.
    Annotation a =
        annotate(
            "Activists say the president has failed. \" Beyond all the declarations, there will be"
                + " no real change, '' Tadzhigul Begmedova, director of a rights group, said on"
                + " Friday.");
    Quote change = quoteContaining(a, "no real change");
    assertEquals(QuoteKind.DIRECT, change.kind(), change.toString());
    assertEquals(
        "Beyond all the declarations, there will be no real change,", change.content().text());
    assertEquals("said", change.cue().text());
  }

  @Test
  void aWordOfSuspicionBeforeANounIsPartOfTheStatementNotItsCue() {
    Annotation a =
        annotate(
            "A suspected Mafia leader committed suicide overnight after being arrested in a major"
                + " police sweep, police in Palermo said on Wednesday.");
    Quote sweep = quoteContaining(a, "police sweep");
    assertEquals("said", sweep.cue().text(), sweep.toString());
    assertTrue(sweep.content().text().startsWith("A suspected Mafia leader"), sweep.toString());
  }

  @Test
  void aStatementWhosePiecesStandEitherSideOfItsCueIsOne() {
    // PolNeAR marks "[LaSalle] is expected [to face charges …]": the subject alone is no statement.
    Annotation a =
        annotate(
            "A Minneapolis man was arrested in the death of a woman at a store parking lot."
                + " LaSalle is expected to face charges on Friday of criminal vehicular homicide.");
    List<Quote> statements =
        a.quotes().stream().filter(q -> q.kind() != QuoteKind.FRAGMENT).toList();
    assertEquals(1, statements.size(), statements.toString());
    Quote charges = statements.get(0);
    assertTrue(
        charges.content().text().startsWith("LaSalle is expected to face charges"),
        charges.toString());
    assertEquals("is expected", charges.cue().text());
  }

  @Test
  void whatFollowsAccordingToIsTheSourceNotTheStatement() {
    Annotation a =
        annotate(
            "A woman was found dead in a home in Tarzana. The incident, according to police, began"
                + " yesterday at around 7:30 p.m. when someone reported seeing a body in a bag.");
    for (Quote q : a.quotes()) {
      if (q.cue() != null && q.cue().text().equalsIgnoreCase("according to")) {
        assertNotEquals("police", q.content().text(), q.toString());
        assertEquals("police", q.speaker() == null ? null : q.speaker().text(), q.toString());
      }
    }
    assertTrue(
        a.quotes().stream()
            .anyMatch(q -> q.cue() != null && q.cue().text().equalsIgnoreCase("according to")),
        a.quotes().toString());
  }

  @Test
  void indirectStatementsAndAccordingTo() {
    Annotation a =
        annotate(
            "Maison Verlaine said in a statement that the campaign had been withdrawn from all"
                + " stores. According to chief executive Paul Marchetti, the partnership will run"
                + " for three years.");
    Quote said = quoteContaining(a, "campaign had been withdrawn");
    assertEquals(QuoteKind.INDIRECT, said.kind());
    assertEquals("Maison Verlaine", said.speakerResolved());
    assertEquals("statement", said.platform());
    Quote according = quoteContaining(a, "partnership will run");
    assertEquals("According to", according.cue().text());
    assertEquals("Paul Marchetti", according.speakerResolved());
  }

  @Test
  void theCompanyResolvesToTheOrganisation() {
    Annotation a =
        annotate(
            "Maison Verlaine hired a new designer. \"We listened to our customers and we"
                + " changed,\" the company said.");
    assertEquals("Maison Verlaine", quoteContaining(a, "listened").speakerResolved());
  }

  @Test
  void shortFormsLinkToTheFullName() {
    Annotation a =
        annotate(
            "Adaeze Okafor and Lena Lindqvist arrived together. Ms Okafor spoke first; Lindqvist"
                + " took photographs.");
    List<EntityMention> people =
        a.entities().stream().filter(e -> e.type() == EntityType.PERSON).toList();
    assertTrue(
        people.stream()
            .anyMatch(
                e ->
                    e.text().contains("Okafor")
                        && e.canonical().equals("Adaeze Okafor")
                        && e.start() > 40),
        people.toString());
    assertTrue(
        people.stream()
            .anyMatch(e -> e.text().equals("Lindqvist") && e.canonical().equals("Lena Lindqvist")),
        people.toString());
    assertTrue(a.entities().stream().noneMatch(e -> e.text().equalsIgnoreCase("she")));
  }

  @Test
  void ambiguousSurnameStaysAsWritten() {
    Annotation a =
        annotate(
            "Grace Adeyemi and Ruth Adeyemi, sisters, run the bakery. Adeyemi said sales"
                + " doubled.");
    EntityMention last =
        a.entities().stream()
            .filter(e -> e.text().equals("Adeyemi"))
            .reduce((x, y) -> y)
            .orElseThrow();
    assertEquals("Adeyemi", last.canonical());
  }

  @Test
  void timesResolveAgainstTheDocumentDate() {
    Annotation a = annotate("The campaign was pulled last spring and relaunched on 14 June 2021.");
    TimeMention spring =
        a.times().stream().filter(t -> t.text().contains("spring")).findFirst().orElseThrow();
    assertEquals("2025-SP", spring.value());
    TimeMention day =
        a.times().stream().filter(t -> t.text().contains("June")).findFirst().orElseThrow();
    assertEquals("2021-06-14", day.value());
    assertFalse(day.inferred());
  }

  @Test
  void whatIsSetToHappenOrDueLiesAheadAndAClauseOfAParticipleTakesTheSentencesTense() {
    // Written on Tuesday 3 March 2026.
    Annotation a =
        annotate(
            "The peace talks, set to resume Monday in Belfast, were overshadowed by a bombing.\n\n"
                + "The vote, due Wednesday, could decide the leadership.\n\nShares of the"
                + " company rose 3 percent, closing unchanged Friday at $29 a share.");
    assertEquals("2026-03-09", valueOf(a, "Monday"), a.times().toString());
    assertEquals("2026-03-04", valueOf(a, "Wednesday"), a.times().toString());
    assertEquals("2026-02-27", valueOf(a, "Friday"), a.times().toString());
  }

  @Test
  void thePastYearIsALengthButLastYearADate() {
    // Written on 3 March 2026.
    Annotation a =
        annotate(
            "Hate groups have grown over the past year, and sales fell over the past week. Profits"
                + " rose last year.");
    assertEquals("P1Y", valueOf(a, "the past year"), a.times().toString());
    assertEquals("P1W", valueOf(a, "the past week"), a.times().toString());
    assertEquals("2025", valueOf(a, "last year"), a.times().toString());
  }

  @Test
  void aModifierIsTimeMlsModAndAboutStandsOutsideTheSpan() {
    Annotation a =
        annotate(
            "The blaze burned for about five hours before it was put out in early March. The"
                + " lease runs for at least 20 years, and the firm was founded nearly two decades"
                + " ago. Critics look for ways to get around Wednesday's ruling.");
    TimeMention hours = a.times().get(0);
    assertEquals("five hours", hours.text(), a.times().toString());
    assertEquals("APPROX", hours.mod());
    assertEquals("START", mention(a, "March").mod(), a.times().toString());
    assertEquals("EQUAL_OR_MORE", mention(a, "20 years").mod(), a.times().toString());
    assertEquals("LESS_THAN", mention(a, "two decades").mod(), a.times().toString());
    // "Get around" is a verb's, not a time's approximation.
    assertNull(mention(a, "Wednesday").mod(), a.times().toString());
  }

  /** The first time whose words hold {@code written}. */
  private static TimeMention mention(Annotation a, String written) {
    return a.times().stream()
        .filter(t -> t.text().contains(written))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no time '" + written + "' in " + a.times()));
  }

  @Test
  void whatWasPlannedLiesAheadButAPlansParticipleDoesNot() {
    // Written on Tuesday 3 March 2026.
    Annotation a =
        annotate(
            "Protesters planned a large demonstration on Saturday and were planning to march to"
                + " the harbour on Monday.\n\nA memorial service planned for Sunday was cancelled"
                + " after the threats.");
    assertEquals("2026-03-07", valueOf(a, "Saturday"), a.times().toString());
    assertEquals("2026-03-09", valueOf(a, "Monday"), a.times().toString());
    assertEquals("2026-03-01", valueOf(a, "Sunday"), a.times().toString());
  }

  @Test
  void whatIsPutOffScheduledOrMayComeLiesAhead() {
    // Written on Tuesday 3 March 2026.
    assertEquals(
        "2026-03-09",
        valueOf(annotate("The council postponed until Monday any vote on the budget."), "Monday"));
    assertEquals(
        "2026-03-05",
        valueOf(
            annotate("The prosecutor has scheduled a news conference Thursday to announce it."),
            "Thursday"));
    assertEquals(
        "2026-03-05",
        valueOf(
            annotate("Officials said they did not plan to remove the boy on Thursday."),
            "Thursday"));
    assertEquals(
        "2026-03-06",
        valueOf(
            annotate("His father could arrive from Havana as early as Friday, the lawyer said."),
            "Friday"));
    assertEquals(
        "2026-03-09",
        valueOf(
            annotate("The two leaders meet separately Monday with the secretary of state."),
            "Monday"));
    assertEquals(
        "2026-03-06",
        valueOf(
            annotate("Officials said they will order the relatives to hand him over by Friday."),
            "Friday"));
    assertEquals(
        "2027-01",
        valueOf(annotate("He added that the ceremony would still be held in January."), "January"));
    // What was put off, and a state at the time told of, are past.
    assertEquals(
        "2026-02-27",
        valueOf(annotate("The council delayed the vote on Friday after a long debate."), "Friday"));
    assertEquals(
        "2026-02-25",
        valueOf(
            annotate("Her parents could not be located Wednesday in their hometown."),
            "Wednesday"));
  }

  @Test
  void anInfinitiveThatHangsFromAParticiplesClauseIsRead() {
    // Its verb is "aiming", a clause's participle that the search for a tense passes over: the
    // search for the verb the infinitive hangs from once went back and forth between the two.
    Annotation a =
        annotate(
            "Set habit goals. For example, aiming for 8 hours of sleep to support muscle"
                + " recovery and performance.");
    assertEquals("PT8H", valueOf(a, "8 hours"), a.times().toString());
  }

  @Test
  void aSourceOfTimesAndFunctionWordsAloneIsNoSpeaker() {
    // Two sentences of ECB+ news texts, as they read there.
    Annotation navy =
        annotate(
            "Several international naval operations are under way off Somalia, including a NATO"
                + " anti-piracy mission. The Indian Navy in November said it had sunk the Somali"
                + " pirate \" mother ship '' , though an anti-piracy watchdog later said the vessel"
                + " was actually a Thai ship carrying fishing equipment that was being hijacked.");
    Quote sunk = quoteContaining(navy, "it had sunk");
    assertTrue(
        sunk.speaker() == null || !sunk.speaker().text().equals("November"), sunk.toString());
    Annotation never =
        annotate(
            "The detectives were aware her 14 - year - old son dialed 911 from their apartment"
                + " after the gunfire. But King, in her nearly eight - minute interview with NYPD"
                + " investigators at 3 a. m. on Sunday, never said a word about whether Gray was"
                + " carrying a gun. King emphatically told The Daily News that Gray was unarmed.");
    assertTrue(
        never.quotes().stream()
            .noneMatch(q -> q.speaker() != null && q.speaker().text().equals("never")),
        never.quotes().toString());
  }

  @Test
  void someTimeAgoHasNoDateAndWeeksAgoAWeek() {
    // Written on Tuesday 3 March 2026.
    Annotation a =
        annotate(
            "The mill closed decades ago, and a few years ago the town bought it. Six weeks ago"
                + " the council voted to sell it, and the buyer will pay over the next several"
                + " months.");
    assertEquals("PAST_REF", valueOf(a, "decades ago"), a.times().toString());
    assertEquals("PAST_REF", valueOf(a, "a few years ago"), a.times().toString());
    assertEquals("2026-W04", valueOf(a, "Six weeks ago"), a.times().toString());
    assertEquals("PXM", valueOf(a, "the next several months"), a.times().toString());
    // A couple is two: a year, as "two years ago" is.
    assertEquals(
        "2024",
        valueOf(annotate("The bridge was closed a couple of years ago."), "a couple of years ago"));
  }

  @Test
  void thePreviousFridayIsTheOneBeforeTheFridayTheTextToldOf() {
    // Written on Tuesday 3 March 2026; the Friday told of is 27 February.
    Annotation a =
        annotate("On Friday, the index fell 47 points, down 4.5% from the previous Friday.");
    assertEquals("2026-02-27", valueOf(a, "Friday"), a.times().toString());
    assertEquals("2026-02-20", valueOf(a, "the previous Friday"), a.times().toString());
  }

  @Test
  void takingOfficeIsScheduledButTakingAVoteIsNot() {
    // Written on Tuesday 3 March 2026.
    Annotation a =
        annotate(
            "The new mayor takes office Friday.\n\nHe said the campaign is taking a toll on the"
                + " party, pointing to its losses Sunday.");
    assertEquals("2026-03-06", valueOf(a, "Friday"), a.times().toString());
    assertEquals("2026-03-01", valueOf(a, "Sunday"), a.times().toString());
  }

  @Test
  void aTimeCountedFromADayNoCalendarHoldsIsLeftAlone() {
    // A tagger may write a day that does not exist; the annotation must not fail on it.
    assertNull(Times.following("the following day", "2016-02-30", ""));
    assertNull(Times.following("the next month", "2016-13", ""));
    assertEquals("2016-03-01", Times.following("the following day", "2016-02-29", ""));
  }

  @Test
  void aVerbIsNoTime() {
    Annotation a =
        annotate("Creative director Julien Mercier will present the collection in Paris in March.");
    assertEquals(List.of("March"), a.times().stream().map(TimeMention::text).toList());
  }

  @Test
  void theNthDayOfSomethingIsTodayOnlyWhenTheTextSaysItIs() {
    // Written on Tuesday 3 March 2026.
    Annotation a =
        annotate(
            "Today is the eighth day of the strike.\n\nThe row clouded the second day of the"
                + " convention, and he was clocking his 44th day on the campaign trail.");
    assertEquals("2026-03-03", valueOf(a, "the eighth day"), a.times().toString());
    // SUTime counted these from the day of writing: 4 March, and 43 days ahead.
    assertNull(valueOf(a, "the second day"), a.times().toString());
    assertNull(valueOf(a, "44th day"), a.times().toString());
  }

  @Test
  void aMonthInAPersonsNameOrAMarchInTheStreetsIsNoTime() {
    Annotation a =
        annotate(
            "Theresa May said on Tuesday that talks would go on. Czech Foreign Minister Jan Kavan"
                + " said he agreed, and thousands joined the march on Sunday.");
    assertEquals(List.of("Tuesday", "Sunday"), a.times().stream().map(TimeMention::text).toList());
  }

  @Test
  void theFollowingYearCountsFromTheTimeTheTextGaveBeforeIt() {
    // Written on 3 March 2026.
    Annotation a =
        annotate(
            "The ferry line opened in May 2011 and was sold the following year. In September the"
                + " council reviewed the fares. The next month, the new owners cut them. The"
                + " harbour master expects the new timetable to be ready within the next month.");
    assertEquals("2012", valueOf(a, "the following year"), a.times().toString());
    // September just past (the verb is in the past tense), and the month after it.
    assertEquals("2025-10", valueOf(a, "The next month"), a.times().toString());
    // "within the next month" counts from the day of writing, not from September.
    assertEquals("2026-04", valueOf(a, "the next month"), a.times().toString());
  }

  @Test
  void aHolidayIsTheOneJustPastOrTheNextByTheVerb() {
    // Written on 3 March 2026: SUTime puts every holiday in 2026.
    Annotation a =
        annotate(
            "Sales fell after Christmas, and the chain closed two stores over Thanksgiving. It"
                + " will reopen them at Easter, and plans a bigger sale this Christmas.");
    assertEquals("2025-12-25", valueOf(a, "Christmas"), a.times().toString());
    assertEquals("2025-11-27", valueOf(a, "Thanksgiving"), a.times().toString());
    assertEquals("2026-04-05", valueOf(a, "Easter"), a.times().toString());
    assertEquals("2026-12-25", valueOf(a, "this Christmas"), a.times().toString());
    assertEquals(LocalDate.of(2024, 3, 31), Holidays.easter(2024));
    assertEquals(LocalDate.of(2000, 4, 23), Holidays.easter(2000));
  }

  @Test
  void documentDateIsInferredFromAWeekdayOrLeftOpen() {
    Annotation inferred =
        Annotator.shared()
            .annotate(
                "The vote is set for Tuesday, March 5th, the council said. The 2024 budget"
                    + " passed last week.",
                null);
    assertEquals("2024-03-05", inferred.documentDate());
    assertTrue(inferred.documentDateInferred());
    TimeMention lastWeek =
        inferred.times().stream()
            .filter(t -> t.text().equals("last week"))
            .findFirst()
            .orElseThrow();
    assertTrue(lastWeek.inferred());

    Annotation open = Annotator.shared().annotate("The vote was held last week.", null);
    assertNull(open.documentDate());
    TimeMention unresolved = open.times().get(0);
    assertNull(unresolved.value(), open.times().toString());
    assertNotNull(unresolved.text());
  }

  private static String valueOf(Annotation a, String written) {
    return mention(a, written).value();
  }

  @Test
  void annotationPastItsTimeLimitStopsWithAReasonAndLeavesTheThreadUsable() {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 200; i++) {
      text.append("On March ")
          .append(i % 28 + 1)
          .append(", 2024, the council said it would meet. ");
    }
    Annotator.AnnotationTimeoutException e =
        assertThrows(
            Annotator.AnnotationTimeoutException.class,
            () -> Annotator.shared().annotate(text.toString(), DATE, Duration.ofMillis(1)));
    assertTrue(e.getMessage().contains("stored without an annotation"), e.getMessage());
    assertFalse(Thread.currentThread().isInterrupted(), "the watchdog's interrupt is cleared");
    assertFalse(annotate("Ada Brenner said the harbour would reopen.").quotes().isEmpty());
  }

  @Test
  void valuesFollowTimeMlConventions() {
    // DATE is Tuesday 3 March 2026.
    assertEquals("199", valueOf(annotate("Prices rose through the 1990s."), "1990s"));
    // The newspaper style with an apostrophe is the decade too, and its span holds the "'s".
    Annotation apostrophe = annotate("In the late 1980's the firm sued again. It won in 1990.");
    assertEquals("198", valueOf(apostrophe, "1980's"));
    assertEquals("1990", valueOf(apostrophe, "1990"));
    // "Later" counts from another event of the story, not from the article's date: a length.
    Annotation later =
        annotate(
            "The pier closed in May, and months later the council sold it. Three days later the"
                + " buyer resigned.");
    assertEquals("PXM", valueOf(later, "months later"));
    assertEquals("P3D", valueOf(later, "Three days later"));
    // A named day is no weekday: "Super Tuesday" is not last Tuesday.
    Annotation named =
        annotate(
            "The March 3 Super Tuesday primaries could decide it. Shops opened on Black Friday."
                + " She said Tuesday she would run.");
    assertTrue(
        named.times().stream().noneMatch(t -> t.text().contains("Friday")), named.toString());
    assertEquals(1, named.times().stream().filter(t -> t.text().equals("Tuesday")).count());
    // Decades before have a year's precision, not a day's.
    assertEquals(
        "2006",
        valueOf(
            annotate("The interview outdid one she gave more than two decades earlier."),
            "decades earlier"));
    assertEquals(
        "2026-03-03T17:00",
        valueOf(annotate("The polls close at 5 p.m. EST today, officials said."), "5 p.m."));
    // A present tense is not the future: the properties were worth that in October.
    assertEquals(
        "2025-10",
        valueOf(
            annotate(
                "She estimates her properties, worth $130 million in October, are worth half"
                    + " that now."),
            "October"));
    // The team plays Friday: a present tense of scheduling looks ahead.
    assertEquals("2026-03-06", valueOf(annotate("The team plays Friday in Oslo."), "Friday"));
  }

  @Test
  void aYearAgoBesideAQuarterIsThatQuarterAYearBefore() {
    Annotation a =
        annotate(
            "Net income rose 12% in the fourth quarter. Revenue in the quarter was $4 million,"
                + " up from $3 million a year earlier.");
    assertEquals("2025-Q4", valueOf(a, "fourth quarter"));
    assertEquals("2024-Q4", valueOf(a, "a year earlier"));
    assertEquals("2025", valueOf(annotate("A year ago the shop was empty."), "A year ago"));
  }

  @Test
  void halfYearsAYearsQuarterAndRangesOfDurationsHaveTimeMlValues() {
    Annotation a =
        annotate(
            "Harbour Mills earned $5 million in the fourth quarter, against $4 million in the 2024"
                + " quarter. Profit for the last half of 2025 fell. The first half of 2026 will be"
                + " weaker. Sales should grow over the next 12 to 18 months. Repairs took two or"
                + " three weeks.");
    assertEquals("2024-Q4", valueOf(a, "2024 quarter"), "not 6,072 months");
    assertEquals("2025-H2", valueOf(a, "last half of 2025"));
    assertEquals("2026-H1", valueOf(a, "first half of 2026"));
    assertEquals("PXM", valueOf(a, "12 to 18 months"));
    assertTrue(
        a.times().stream().noneMatch(t -> t.text().equals("two")),
        "a number word alone is no time: " + a.times());
  }

  @Test
  void reportingPeriodsOfBusinessNewsAreTimes() {
    // DATE is 3 March 2026: the last complete quarter is 2025-Q4.
    Annotation a =
        annotate(
            "Harbour Mills said profit rose in the quarter. Sales in the year-ago quarter were"
                + " lower. The company expects the current quarter to be weaker.");
    assertEquals("2025-Q4", valueOf(a, "the quarter"));
    assertEquals("2024-Q4", valueOf(a, "the year-ago quarter"));
    assertEquals("2026-Q1", valueOf(a, "the current quarter"));
    // Without a word of quarters, "the period" is no time.
    Annotation plain = annotate("The period drama opened in Oslo.");
    assertTrue(plain.times().stream().noneMatch(t -> t.text().contains("period")));
  }

  @Test
  void bareWeekdaysMonthsAndQuartersFollowTheVerbsTense() {
    // DATE is Tuesday 3 March 2026.
    assertEquals("2026-02-27", valueOf(annotate("The minister resigned on Friday."), "Friday"));
    assertEquals("2026-03-06", valueOf(annotate("The minister will speak on Friday."), "Friday"));
    assertEquals("2025-10", valueOf(annotate("Revenue grew sharply in October."), "October"));
    assertEquals("2026-10", valueOf(annotate("The store will open in October."), "October"));
    assertEquals(
        "2026-10",
        valueOf(annotate("She said the collection would be shown in October."), "October"));
    assertEquals("2025-Q3", valueOf(annotate("Sales rose in the third quarter."), "quarter"));
    assertEquals("2024", valueOf(annotate("The label was founded two years ago."), "years ago"));
  }

  @Test
  void pluralUnitsBeforeACommaAreNotPartOfTheNextTime() {
    // SUTime joins "weeks" and "Monday" across the comma.
    Annotation a =
        annotate(
            "For weeks, Monday was the busiest day. In recent years, 2020 stood out. In the colder"
                + " months, winter calls for stews.");
    List<String> written = a.times().stream().map(TimeMention::text).toList();
    assertTrue(written.containsAll(List.of("Monday", "2020", "winter")), written.toString());
    assertTrue(written.stream().noneMatch(w -> w.contains(",")), written.toString());
  }

  @Test
  void daysWithoutAYearAreTheNearerOneUnlessTheTenseSaysOtherwise() {
    // DATE is Tuesday 3 March 2026.
    Annotation payable = annotate("The dividend is payable April 2 to holders of record March 20.");
    assertEquals("2026-04-02", valueOf(payable, "April 2"));
    assertEquals("2026-03-20", valueOf(payable, "March 20"));
    Annotation year = annotate("Revenue for the fiscal year ended June 30 rose 4%.");
    assertEquals("2025-06-30", valueOf(year, "June 30"));
    assertEquals("P1Y", valueOf(year, "year"));
    // A past tense puts a day half a year away behind, but not one days ahead and long past.
    assertEquals("2025-08-06", valueOf(annotate("The index set its record on Aug. 6."), "Aug. 6"));
    assertEquals(
        "2026-03-20",
        valueOf(annotate("The offer had been set to expire March 20, the bank said."), "March 20"));
    // A deadline looks ahead: "by February" in March is next February.
    assertEquals(
        "2027-02",
        valueOf(annotate("The company plans to repay the loan by February."), "February"));
    assertEquals(
        "2026-12-31", valueOf(annotate("The sale is expected to close by year-end."), "year"));
  }

  @Test
  void weekendsWeekdaysWithATimeOfDayAndEveryWeekday() {
    // DATE is Tuesday 3 March 2026; the weekend before it is in ISO week 9.
    assertEquals(
        "2026-W09-WE",
        valueOf(annotate("The minister said over the weekend that she would stay."), "weekend"));
    assertEquals(
        "2026-W10-WE",
        valueOf(annotate("The minister will travel to Oslo over the weekend."), "weekend"));
    assertEquals(
        "2026-02-27TEV",
        valueOf(annotate("The offer expired Friday evening, the company said."), "Friday"));
    assertEquals(
        "XXXX-WXX-4", valueOf(annotate("A third flight departs each Thursday."), "Thursday"));
  }

  @Test
  void quarterCenturiesAndCenturiesAgoAreYears() {
    // DATE is 3 March 2026.
    Annotation a =
        annotate(
            "A quarter century ago the mill closed. The bridge was built two centuries ago, and"
                + " the harbour was dredged five decades ago.");
    assertEquals("2001", valueOf(a, "quarter century ago"), "not a century before the day");
    assertEquals("1826", valueOf(a, "two centuries ago"));
    assertEquals("1976", valueOf(a, "five decades ago"));
  }

  @Test
  void setsAreTimesWithTheirPeriodOrTheirRepeatedDate() {
    Annotation a =
        annotate(
            "The ferry sails daily and the board meets annually. Trains leave hourly, the"
                + " newsletter comes out weekly, and the festival returns each July.");
    assertEquals("P1D", valueOf(a, "daily"));
    assertEquals("P1Y", valueOf(a, "annually"));
    assertEquals("PT1H", valueOf(a, "hourly"));
    assertEquals("P1W", valueOf(a, "weekly"));
    assertEquals("XXXX-07", valueOf(a, "July"));
    // As adjectives these words name a report or an earnings figure, not a time.
    Annotation adjectives =
        annotate("The annual report showed quarterly earnings above forecasts.");
    assertTrue(adjectives.times().isEmpty(), adjectives.times().toString());
  }

  @Test
  void lengthsAgesFiguresAndComparedQuarters() {
    assertEquals(
        "P9M", valueOf(annotate("Sales in the first nine months of 2025 rose 3%."), "nine months"));
    assertEquals("P2W", valueOf(annotate("The repair takes two to three weeks."), "weeks"));
    // A count the rule cannot read is left to SUTime, not a failed annotation.
    Annotation counts =
        annotate(
            "Sales rose in the first few months of 2025 and the first eighteen months of 2024.");
    assertFalse(counts.times().isEmpty(), counts.times().toString());
    Annotation figures = annotate("Ada Brenner, 52 years old, sold 200,000 shares to the SEC.");
    assertTrue(figures.times().isEmpty(), figures.times().toString());
    // In a text about a quarter, "a year ago" beside a sum is that quarter a year before.
    Annotation results =
        annotate(
            "Harbour Mills said third-quarter profit rose. Net income was $5 million, up from $4"
                + " million a year ago.");
    assertEquals("2025-Q3", valueOf(results, "third-quarter"));
    assertEquals("2024-Q3", valueOf(results, "a year ago"));
  }

  @Test
  void aStatementWithItsAttributionAtTheEndRunsFromTheStartOfItsClause() {
    Annotation a =
        annotate(
            "Harbour Mills, founded in 1921, closed the \"Nordlys\" plant in Bergen in May after a"
                + " long dispute and has since rebuilt its safety process, chief executive Ruth"
                + " Okonkwo said in a statement.");
    Quote q = quoteContaining(a, "rebuilt its safety process");
    assertEquals(QuoteKind.INDIRECT, q.kind());
    assertTrue(q.content().text().startsWith("Harbour Mills, founded in 1921"), q.toString());
    assertEquals("Ruth Okonkwo", q.speakerResolved());
  }

  @Test
  void wordsThatPlaceNothingOnATimelineAreNotTimes() {
    Annotation a =
        annotate("The company previously paid a quarterly dividend and once sold shoes online.");
    assertTrue(a.times().isEmpty(), a.times().toString());
  }

  @Test
  void attributionAtTheEndOfASentence() {
    Annotation a =
        annotate(
            "The council met on Monday. The harbour bridge will close for two weeks in May, the"
                + " council said. Repairs will cost more than planned, said Ruth Okonkwo, the"
                + " mayor.");
    Quote council = quoteContaining(a, "harbour bridge will close");
    assertEquals(QuoteKind.INDIRECT, council.kind());
    assertEquals("the council", council.speaker().text());
    assertEquals("said", council.cue().text());
    assertFalse(council.content().text().contains("council said"));
    Quote mayor = quoteContaining(a, "Repairs will cost");
    assertEquals("Ruth Okonkwo", mayor.speakerResolved());
    assertEquals("Repairs will cost more than planned", mayor.content().text());
  }

  @Test
  void aClauseOfWhatWentOnAfterTheAttributionIsNotTheStatement() {
    Annotation a =
        annotate(
            "Youths in the harbour town set fire to a police station and two banks late on"
                + " Saturday, authorities said, as protests over the closure of the shipyard"
                + " continued for a seventh day. In the spring, Ms. Lindqvist said, when she"
                + " was earning half of that, the yard cut her hours.");
    Quote q = quoteContaining(a, "set fire to a police station");
    assertEquals("authorities", q.speaker().text());
    assertEquals(
        "Youths in the harbour town set fire to a police station and two banks late on Saturday",
        q.content().text());
    assertTrue(
        a.quotes().stream().noneMatch(s -> s.content().text().startsWith("as protests")),
        a.quotes().toString());
    // A clause that goes on after a comma is the statement's own.
    assertTrue(
        a.quotes().stream()
            .anyMatch(
                s ->
                    s.content().text().contains("the yard cut her hours")
                        && s.speakerResolved() != null
                        && s.speakerResolved().endsWith("Lindqvist")),
        a.quotes().toString());
  }

  @Test
  void aQuotationWhoseSentenceTheTokenizerRanOnIsStillADirectQuote() {
    // Two apostrophes close the quotation, and the sentence splitter runs it on into the next.
    Annotation a =
        annotate(
            "The defence lawyer gave an explanation, saying, \"The so-called apology note was"
                + " written after the arrest and proves nothing about the shooting, '' None of the"
                + " victim's relatives were present in the courthouse on Monday.");
    Quote q = quoteContaining(a, "so-called apology note");
    assertEquals(QuoteKind.DIRECT, q.kind());
    assertFalse(q.content().text().contains("relatives"), q.content().text());
  }

  @Test
  void theStringsOfAProgramTheArticleListsAreNobodysWords() {
    Annotation a =
        annotate(
            "Each tool was asked to build the same list app. The first one wrote this: <button"
                + " onClick={() => remove(item.id)} className=\"bg-red-500 text-white p-1 rounded-lg"
                + " ml-2\" > Delete </button> <input placeholder=\"Add a new item\" value={text} />"
                + " const add = () => { if (text.trim() !== \"\") { setItems([...items, text]); } };"
                + " \"It took less than a minute to write the code,\" said Ingrid Halvorsen, who ran"
                + " the test.");
    assertEquals(
        "Ingrid Halvorsen",
        quoteContaining(a, "less than a minute").speakerResolved(),
        a.quotes().toString());
    assertTrue(
        a.quotes().stream()
            .noneMatch(
                q ->
                    q.content().text().contains("bg-red-500")
                        || q.content().text().contains("Add a new item")
                        || q.content().text().contains("setItems")),
        a.quotes().toString());
  }

  @Test
  void aFullNameAfterWordsThatDescribeItFollowsTheCue() {
    Annotation a =
        annotate(
            "Legal experts were surprised by the ruling. \"The marketplace has avoided being liable"
                + " for other sellers for years,\" noted Oslo-based product liability lawyer Ingrid"
                + " Halvorsen in an interview.");
    Quote q = quoteContaining(a, "avoided being liable");
    assertEquals("Oslo-based product liability lawyer Ingrid Halvorsen", q.speaker().text());
    assertEquals("Ingrid Halvorsen", q.speakerResolved());
  }

  @Test
  void whenACueThatHasItsStatementWasUsedIsNoSecondStatement() {
    Annotation a =
        annotate(
            "Judge Rolf Amundsen briefly sealed the courtroom. The witness had entered with a hood"
                + " over his head, Amundsen said when the courtroom was reopened. \"The man is an"
                + " emotional wreck,\" the judge said before postponing the testimony until Monday."
                + " Later the judge said the witness was safe.");
    assertEquals(
        "The witness had entered with a hood over his head",
        quoteContaining(a, "hood over his head").content().text());
    assertTrue(
        a.quotes().stream()
            .noneMatch(
                q ->
                    q.content().text().startsWith("when")
                        || q.content().text().startsWith("before")),
        a.quotes().toString());
    assertEquals("the witness was safe", quoteContaining(a, "witness was safe").content().text());
  }

  @Test
  void aLongTitledNameOrAPhraseWithWhoseItIsAtTheEndIsTheSource() {
    Annotation a =
        annotate(
            "The escape led to the largest number of guards ever facing dismissal over one"
                + " incident, said NHPA Inspector General Rolf Amundsen. The inmate ran off on"
                + " foot wearing a guard's uniform, the statement from the Norwegian Prison"
                + " Service said.");
    Quote inspector = quoteContaining(a, "largest number of guards");
    assertEquals("NHPA Inspector General Rolf Amundsen", inspector.speaker().text());
    assertTrue(inspector.content().text().startsWith("The escape led to"));
    Quote statement = quoteContaining(a, "ran off on foot");
    assertEquals(
        "The inmate ran off on foot wearing a guard's uniform", statement.content().text());
    assertEquals("the statement from the Norwegian Prison Service", statement.speaker().text());
  }

  @Test
  void aRelativeClauseOnTheSourcesRoleIsNoStatementAndLeavesTheCueToTheQuote() {
    Annotation a =
        annotate(
            "A poll published by the Aftenposten newspaper on Sunday said most residents were"
                + " unhappy with the response. \"I 'm tired of coming to the shop every night to"
                + " check the damage. '' said Kari Nordmann, manager of a harbour phone store"
                + " that has been repeatedly looted.");
    Quote q = quoteContaining(a, "tired of coming");
    assertEquals(QuoteKind.DIRECT, q.kind());
    assertEquals("Kari Nordmann", q.speakerResolved());
    assertTrue(
        a.quotes().stream().noneMatch(s -> s.content().text().contains("repeatedly looted")),
        a.quotes().toString());
  }

  @Test
  void aStatementInARelativeClauseEndsWhereTheSentenceGoesBackToItsOwnClause() {
    Annotation a =
        annotate(
            "The gunman, who told police his rounds were meant for members of a rival gang, has"
                + " been charged with murder.");
    Quote q = quoteContaining(a, "rounds were meant");
    assertEquals("told", q.cue().text());
    assertEquals("his rounds were meant for members of a rival gang", q.content().text());
  }

  @Test
  void wordsChantedInQuotationMarksAreADirectQuoteNotTheRestOfTheSentence() {
    Annotation a =
        annotate(
            "Riot police fired tear gas. The protesters chanted \"shame on you '' and threw"
                + " bottles at the line of officers.");
    Quote q = quoteContaining(a, "shame on you");
    assertEquals("shame on you", q.content().text().strip());
    assertEquals(
        1,
        a.quotes().stream().filter(s -> s.content().text().contains("shame on you")).count(),
        a.quotes().toString());
  }

  @Test
  void paraphraseWithQuotedWordsIsOneIndirectStatement() {
    Annotation a =
        annotate(
            "Adaeze Okafor said the campaign was \"a turning point for the house\" and thanked"
                + " the team.");
    Quote q = quoteContaining(a, "turning point");
    assertEquals(QuoteKind.INDIRECT, q.kind());
    assertEquals("Adaeze Okafor", q.speakerResolved());
    assertTrue(q.content().text().startsWith("the campaign was"), q.content().text());
    assertTrue(q.content().text().endsWith("thanked the team"), q.content().text());
  }

  @Test
  void aQuoteLeftOpenAtTheEndOfTheTextIsStillAttributed() {
    Annotation a =
        annotate(
            "The ferry returns in December.\n\nIngrid Halvorsen said: “We have rebuilt every part"
                + " of this service around safety");
    Quote q = quoteContaining(a, "rebuilt every part");
    assertEquals("Ingrid Halvorsen", q.speakerResolved());
    assertTrue(q.content().end() <= a.text().length());
  }

  @Test
  void aRoleWithItsOrganisationBetweenSpeakerAndCue() {
    Annotation a =
        annotate(
            "Ingrid Halvorson, the chief executive of Nordlys Ferries, said: \"We owe the islanders"
                + " nothing less.\"");
    assertEquals("Ingrid Halvorson", quoteContaining(a, "owe the islanders").speakerResolved());
  }

  @Test
  void namesJoinedByAnAmpersandAreOneName() {
    Annotation a =
        annotate("The campaign for Dolce & Gabbana was shot in Milan by Lars Lindqvist last week.");
    assertTrue(
        a.entities().stream().anyMatch(e -> e.text().equals("Dolce & Gabbana")),
        a.entities().toString());
    assertFalse(
        a.entities().stream().anyMatch(e -> e.text().equals("Gabbana")), a.entities().toString());
  }

  @Test
  void aTextOverTheBudgetIsAnnotatedUpToItAndSaysWhatWasLeftOut() {
    String paragraph =
        "The council met on Monday, March 2, 2026, and Mayor Per Aasen said the ferry would return."
            + "\n\n";
    String text = paragraph.repeat(Annotator.MAX_CHARS / paragraph.length() + 200);
    Annotation a = Annotator.shared().annotate(text, DATE);
    assertTrue(a.text().length() <= Annotator.MAX_CHARS, "annotated " + a.text().length());
    assertEquals(text.length(), a.text().length() + a.omittedChars());
    assertTrue(text.startsWith(a.text()));
    assertFalse(a.entities().isEmpty());
  }

  @Test
  void aHeadlineInTitleCaseGivesOnlyTheNamesItsArticleRepeats() {
    Annotation a =
        annotate(
            "Adaeze Okafor Checks Into Harbour Recovery Clinic\n\n"
                + "The singer Adaeze Okafor entered a clinic in Bergen on Thursday, her lawyer"
                + " said.");
    String body = a.text().substring(a.text().indexOf("\n\n"));
    assertTrue(
        a.entities().stream().allMatch(e -> body.contains(e.text())), a.entities().toString());
    assertTrue(
        a.entities().stream().anyMatch(e -> e.text().equals("Adaeze Okafor")),
        a.entities().toString());
    Annotation sentenceCase =
        annotate(
            "Adaeze Okafor checks into Harbour Recovery Clinic\n\n"
                + "The singer entered a clinic in Bergen on Thursday, her lawyer said.");
    assertTrue(
        sentenceCase.entities().stream().anyMatch(e -> e.text().equals("Harbour Recovery Clinic")),
        sentenceCase.entities().toString());
  }

  @Test
  void aSourcesAppositiveAfterAccordingToIsNotItsStatement() {
    Annotation a =
        annotate(
            "Ferry traffic across the fjord was halted again on Tuesday. According to Ingrid"
                + " Halvorsen, operations director of harbour consultancy Fjordlink, the repeated"
                + " outages are likely to last until a new cable is laid.");
    Quote q = quoteContaining(a, "repeated outages");
    assertEquals(
        "the repeated outages are likely to last until a new cable is laid", q.content().text());
    assertEquals("Ingrid Halvorsen", q.speakerResolved());
  }

  @Test
  void aTimeBeforeAccordingToLeavesTheStatementToTheClauseAfterTheSource() {
    Annotation a =
        annotate(
            "The dispute at the bakery had gone on for years. Then, on March 4, 2024, according to"
                + " a surviving witness, Lund stormed into the break room, shouting at his"
                + " colleagues.");
    Quote q = quoteContaining(a, "stormed into the break room");
    assertEquals(
        "Lund stormed into the break room, shouting at his colleagues", q.content().text());
    assertEquals("a surviving witness", q.speaker().text());
    assertTrue(
        a.quotes().stream().noneMatch(x -> x.content().text().startsWith("Then")),
        a.quotes().toString());
  }

  @Test
  void aRequestNotToBeNamedIsNoStatementAndItsSourceSpeaksTheSentence() {
    Annotation a =
        annotate(
            "The damaged lines run between Bergen and Aberdeen, a Nordlink spokeswoman who asked"
                + " not to be named said. Repairs will take a week, she said.");
    Quote q = quoteContaining(a, "damaged lines");
    assertEquals("a Nordlink spokeswoman", q.speaker().text());
    assertEquals("said", q.cue().text());
    assertTrue(
        a.quotes().stream().noneMatch(x -> x.content().text().contains("not to be named")),
        a.quotes().toString());
  }

  @Test
  void aPossessorEndingInAnApostropheIsNotTheSpeakerOfItsNamedAppositive() {
    Annotation a =
        annotate(
            "The swimmer Marit Jones died on Thursday at 91. Jones' publicist, Harald Boe,"
                + " confirmed her death to the Norwegian news agency NTB.");
    Quote q = quoteContaining(a, "her death");
    assertEquals("Harald Boe", q.speakerResolved());
  }

  @Test
  void aCueThenItsSpeakerThenAColonIntroduceAQuotation() {
    Annotation a =
        annotate(
            "The photographer Siri Dahl worked with her for a decade. One big difference between"
                + " her and other models, said Dahl: \"She felt more at ease in front of a camera"
                + " than anywhere else.\"");
    Quote q = quoteContaining(a, "more at ease");
    assertEquals(QuoteKind.DIRECT, q.kind());
    assertEquals("Siri Dahl", q.speakerResolved());
  }

  @Test
  void theCuesDayBeforeACommaIsNotPartOfTheStatement() {
    Annotation a =
        annotate(
            "A 61-year-old man held over the 1971 fire was released without bail, the police said"
                + " Friday, because he is gravely ill and living in a care home.");
    assertTrue(
        a.quotes().stream().noneMatch(q -> q.content().text().startsWith("Friday")),
        a.quotes().toString());
  }

  @Test
  void aPersonAccusedOfSomethingIsNotTheSourceOfTheAccusation() {
    Annotation a =
        annotate(
            "The murder trial for the suspended warehouse employee accused of setting fire to the"
                + " depot, destroying two trucks, starts Monday.");
    assertTrue(
        a.quotes().stream()
            .noneMatch(
                q -> q.speaker() != null && q.speaker().text().contains("warehouse employee")),
        a.quotes().toString());
  }

  @Test
  void aStatementThatAnAttributionInterruptsStartsWithItsSubject() {
    Annotation a =
        annotate(
            "Ten minutes after being sent home, Lund drove his van to the loading gate and forced"
                + " his way in, police say, and went back up to the second floor.");
    Quote q = quoteContaining(a, "loading gate");
    assertTrue(q.content().text().startsWith("Lund drove his van"), q.toString());
    assertEquals("police", q.speaker().text());
  }

  @Test
  void wherePeopleSpokeOrWhatTheirThingsDidIsNoStatement() {
    Annotation a =
        annotate(
            "Detective Rune Berg, testifying Tuesday at the preliminary hearing, said he asked the"
                + " man how he felt. The photographer covered the trial for a month. \"She looked"
                + " so calm,\" said Siri Dahl, whose photographs of the defendant appeared in"
                + " virtually every Oslo newspaper in the nineteen nineties.");
    assertTrue(
        a.quotes().stream()
            .noneMatch(
                q ->
                    q.content().text().contains("preliminary hearing")
                        || q.content().text().contains("every Oslo newspaper")),
        a.quotes().toString());
    assertEquals("Rune Berg", quoteContaining(a, "asked the man").speakerResolved());
  }

  @Test
  void aQuotationEndingItsSentenceInsideTheMarksEndsAMixedStatement() {
    Annotation a =
        annotate(
            "Earlier this year, Siri Lund, a former lecturer at the University of Tromso, was"
                + " charged with arson in a fire that left three laboratories destroyed. She claimed"
                + " the fire \"didn't happen. \" Monday's fire came just weeks after a driver who had"
                + " been accused of stealing from a Bergen, Norway, timber yard set a barn alight.");
    Quote q = quoteContaining(a, "didn't happen");
    assertFalse(q.content().text().contains("Monday's fire"), q.toString());
  }

  @Test
  void aTrailingCueAfterAQuotedEndClosesTheWholeClause() {
    Annotation a =
        annotate(
            "Nordlink SA, Norway's biggest ferry company, has moved its sailings to other ports in"
                + " the region and therefore the \"delay is very small,\" said a company official.");
    Quote q = quoteContaining(a, "delay is very small");
    assertTrue(q.content().text().startsWith("Nordlink SA"), q.toString());
    assertEquals("a company official", q.speaker().text());
  }

  @Test
  void aNewsAgencyNamedWithThreeWordsBeforeItsNounSpeaksTheSentence() {
    Annotation a =
        annotate(
            "Up to 80 percent of ferry services and booking centres in Bergen have been cut after"
                + " the harbour cranes were damaged north of the city on Friday, said the Norwegian"
                + " NTB news agency.");
    Quote q = quoteContaining(a, "ferry services");
    assertTrue(q.content().text().startsWith("Up to 80 percent"), q.toString());
    assertTrue(q.content().text().endsWith("on Friday"), q.toString());
    assertEquals("the Norwegian NTB news agency", q.speaker().text());
    // The words before the noun are its modifiers, not a preposition's phrase.
    Annotation statement =
        annotate(
            "\"Nordlink has released a repair plan for the ferry cable,\" said the company in a"
                + " statement.");
    assertEquals("the company", quoteContaining(statement, "repair plan").speaker().text());
  }

  @Test
  void twoStatementsJoinedByAndSaidAreTwo() {
    Annotation a =
        annotate(
            "Engineers warned it may be weeks before the crane is fixed and said the knock-on effect"
                + " could reach every port on the coast.");
    Quote first = quoteContaining(a, "before the crane is fixed");
    assertEquals("it may be weeks before the crane is fixed", first.content().text());
    assertEquals("warned", first.cue().text());
    Quote second = quoteContaining(a, "knock-on effect");
    assertEquals(
        "the knock-on effect could reach every port on the coast", second.content().text());
    assertEquals("said", second.cue().text());
    assertEquals("Engineers", second.speaker().text());
  }

  @Test
  void aVerbRightBeforeAContentIsItsCueWhenTheWordOfSpeechAfterHasItsOwn() {
    Annotation a =
        annotate(
            // "credited" here was a cue to the tagger of version 99, not to version 100's.
            "Both reporters praised Lund for helping them and said he had risked his job to do"
                + " it.");
    assertEquals("praised", quoteContaining(a, "Lund for helping").cue().text());
    assertEquals("said", quoteContaining(a, "risked his job").cue().text());
    Annotation later =
        annotate(
            "Deputies said the gang's leader urged his members to keep quiet, and Chief Berg"
                + " lamented the lack of resources in his department and said more officers were"
                + " needed.");
    assertTrue(
        later.quotes().stream()
            .noneMatch(
                q ->
                    q.content().text().startsWith("more officers")
                        && q.speaker() != null
                        && q.speaker().text().equals("Deputies")),
        later.quotes().toString());
  }

  @Test
  void aQuotationOfSeveralSentencesStaysWithItsSpeakerWhenTheNextSentenceMakesAStatement() {
    // With straight marks CoreNLP's splitter put the closing mark at the start of the next
    // sentence, whose "made a loud statement" then took the quotation from Berg.
    Annotation a =
        annotate(
            "Berg was asked at the harbour meeting if the board could buy a new ferry this winter."
                + " \"I think there's a chance of it,\" she said. \"There's definitely a chance that"
                + " we don't. If we get one, great. If we don't, then we'll move on.\" The Harbour"
                + " Board, Kallvik's top rival, have already made a loud statement this winter,"
                + " agreeing to terms with two shipyards.");
    Quote q = quoteContaining(a, "move on");
    assertEquals("said", q.cue().text(), a.quotes().toString());
    assertEquals("she", q.speaker().text(), a.quotes().toString());
    // Nor was it said in a "statement": the next sentence's words are not where it was said.
    assertNull(q.platform(), a.quotes().toString());
  }

  @Test
  void aWishToRemainAnonymousIsNoStatement() {
    Annotation a =
        annotate(
            "The police source, who wished to remain anonymous, said the men drove the car into"
                + " the shop in the early hours of the morning.");
    assertTrue(
        a.quotes().stream().noneMatch(q -> q.content().text().contains("remain anonymous")),
        a.quotes().toString());
    assertTrue(
        quoteContaining(a, "early hours").speaker().text().startsWith("The police source"),
        a.quotes().toString());
  }

  @Test
  void wordsOfWhereAStatementWasMadeBeforeItsThatAreNotTheStatement() {
    Annotation a =
        annotate(
            "Ines Berg reported on her show on Radio Kallvik 101 that the harbour board had bought"
                + " a second ferry.\n\nThe Kallvik Courier reported in its Tuesday editions that"
                + " the board had paid twice the ferry's price.");
    assertEquals(
        "the harbour board had bought a second ferry",
        quoteContaining(a, "second ferry").content().text(),
        a.quotes().toString());
    assertEquals(
        "the board had paid twice the ferry's price",
        quoteContaining(a, "twice").content().text(),
        a.quotes().toString());
  }

  @Test
  void theVerbAfterAnAccordingToThatInterruptsAStatementIsTheStatements() {
    Annotation a =
        annotate(
            "The Harbour Board, according to reports, has offered Kallvik Ferries a ten-year"
                + " contract worth between 40 million and 50 million kroner.");
    Quote q = quoteContaining(a, "ten-year contract");
    // Since version 116 the statement runs from its subject, over the cue and the source
    // (InterruptedStatements); eval quotes scores the pieces either side of them.
    assertEquals(
        "The Harbour Board, according to reports, has offered Kallvik Ferries a ten-year contract"
            + " worth between 40 million and 50 million kroner",
        q.content().text(),
        a.quotes().toString());
    assertEquals("according to", q.cue().text(), a.quotes().toString());
    assertEquals(1, a.quotes().size(), a.quotes().toString());
  }

  @Test
  void aShortQuotationInSingleMarksIsWhatTheFriendItNamesSaid() {
    // British style: single marks, and a speaker named by what she is to the story.
    Annotation a =
        annotate(
            "Ines Berg was found dead at her home in Kallvik on Saturday.\n\n"
                + "'She loved the harbour,' a neighbour said.\n\n"
                + "'She was so kind,' said one friend.");
    Quote harbour = quoteContaining(a, "loved the harbour");
    assertEquals(QuoteKind.DIRECT, harbour.kind(), a.quotes().toString());
    assertEquals("a neighbour", harbour.speaker().text(), a.quotes().toString());
    Quote kind = quoteContaining(a, "so kind");
    assertEquals(QuoteKind.DIRECT, kind.kind(), a.quotes().toString());
    assertEquals("one friend", kind.speaker().text(), a.quotes().toString());
  }

  @Test
  void aQuestionsOwnAttributionAfterItIsItsCueThoughASentenceEndsAtTheQuestionMark() {
    // The sentence splitter ends a sentence after '?"', leaving "Berg asked." in a sentence of its
    // own; the word of speech nearest the question is the sentence's before it.
    Annotation a =
        annotate(
            "Kallvik reporters win award\n\nInes Berg chairs the harbour users' group.\n\n"
                + "\"We have waited too long,\" she said. \"Would the board have acted without the"
                + " reporters?\" Berg asked. \"No.\"");
    Quote q = quoteContaining(a, "acted without");
    assertEquals(QuoteKind.DIRECT, q.kind(), a.quotes().toString());
    assertEquals("asked", q.cue().text(), a.quotes().toString());
    assertEquals("Berg", q.speaker().text(), a.quotes().toString());
    assertEquals("said", quoteContaining(a, "waited too long").cue().text(), a.quotes().toString());
  }

  @Test
  void theSourceOfACueAfterARelativeClauseIsTheNounPhraseItDescribes() {
    Annotation a =
        annotate(
            "One friend, who asked not to be named, said Berg was proud of the ferry report.\n\n"
                + "The harbour board, which met on Monday, said it would review the contracts.");
    Quote friend = quoteContaining(a, "proud of");
    assertEquals("One friend", friend.speaker().text(), a.quotes().toString());
    Quote board = quoteContaining(a, "review the contracts");
    assertEquals("The harbour board", board.speaker().text(), a.quotes().toString());
  }

  @Test
  void aPronounAfterAStatementIsNotTheNameTheStatementIsAbout() {
    Annotation a =
        annotate(
            "Tomas Vik said that having a garden had been a huge help during the winter, when the"
                + " family moved to Kallvik. Taking Leo outside is his favourite activity, he"
                + " said.");
    Quote q = quoteContaining(a, "favourite activity");
    assertEquals("he", q.speaker().text(), a.quotes().toString());
    assertEquals("Tomas Vik", q.speakerResolved(), a.quotes().toString());
  }

  @Test
  void aRoleThatSaysAGenderAndThePronounAfterItAreTheWomanTheArticleIsAbout() {
    // "the duchess" is a woman; the princess named in her statement is not who "she" is after it.
    Annotation a =
        annotate(
            "Prince Tomas and Nadia Brel gave their first interview on Sunday. Prince Tomas said"
                + " the couple had moved to Kallvik.\n\nThe duchess also revealed that she had"
                + " written to a friend of his late mother, Princess Ines Lund, for advice.\n\n"
                + "\"I didn't know who to turn to,\" she told the broadcaster.");
    assertEquals(
        "Nadia Brel",
        quoteContaining(a, "written to a friend").speakerResolved(),
        a.quotes().toString());
    assertEquals(
        "Nadia Brel",
        quoteContaining(a, "who to turn to").speakerResolved(),
        a.quotes().toString());
  }

  @Test
  void aTitleInQuotationMarksIsNoOnesWords() {
    // Film titles: one names a director before her cue, one ends a sentence before a quotation
    // whose cue the model may reach for.
    Annotation a =
        annotate(
            "Kallvik film prize goes to a ferry drama\n\n\"Harbour Lights\" director Ines Berg said"
                + " no one could have predicted the jury's choice.\n\nTomas Vik was named best"
                + " actor for playing a ferry captain in \"The Long Crossing.\" \"It was a difficult"
                + " part,\" Vik said of his role.\n\nAnna Lund picked up another prize for her"
                + " part in \"Once Upon A Night in Kallvik,\" while the jury praised its crew.");
    for (Quote q : a.quotes()) {
      String words = q.content().text().replaceAll("[^\\p{L} ]", "").strip();
      if (words.equals("Harbour Lights")
          || words.equals("The Long Crossing")
          || words.equals("Once Upon A Night in Kallvik")) {
        assertEquals(QuoteKind.FRAGMENT, q.kind(), a.quotes().toString());
      }
    }
    assertEquals(
        "Ines Berg", quoteContaining(a, "no one could").speakerResolved(), a.quotes().toString());
    assertEquals(
        "Tomas Vik", quoteContaining(a, "difficult part").speakerResolved(), a.quotes().toString());
  }

  @Test
  void aClauseOfCircumstanceBeforeTheSourceIsNotTheStatement() {
    Annotation a =
        annotate(
            "Kallvik college halls too full to be safe, experts warn\n\nAs growing numbers of"
                + " Nordic colleges wrestle with flu outbreaks, experts are warning that student"
                + " halls are too full to be safe. But college heads say they were pushed to take"
                + " extra students.");
    assertTrue(
        a.quotes().stream()
            .noneMatch(
                q -> q.kind() != QuoteKind.FRAGMENT && q.content().text().startsWith("As growing")),
        a.quotes().toString());
    assertEquals(
        "are warning",
        quoteContaining(a, "student halls are too full").cue().text(),
        a.quotes().toString());
  }

  @Test
  void aVerbOfNoAttributionThatTheTaggerAloneTookForACueMakesNoStatement() {
    // Sports reports: a record broken and yards rushed are no one's words. The tagger reads a
    // cue from a statement's shape; the cue lexicon of its training texts says "break" and
    // "rush" were almost never cues.
    Annotation a =
        annotate(
            "Hawks clinch playoff spot\n\nBeing the heir to a legend in Harbour City is heady"
                + " stuff for a rookie taking the reins of a club that won two games last season."
                + " Now, after guiding the Hawks back to the playoffs - and breaking Dana Okafor's"
                + " single-season passing record for a first-year player - it's safe to say Lee"
                + " exceeded every expectation.\n\nOn the only positive note for the game, the"
                + " Millbrook Bears had two players rush for over 100 yards apiece - something"
                + " that hasn't happened to the franchise since 1994.");
    assertTrue(
        a.quotes().stream()
            .noneMatch(
                q ->
                    q.content().text().contains("passing record")
                        || q.content().text().contains("100 yards")),
        a.quotes().toString());
    assertEquals(
        "Lee exceeded every expectation",
        quoteContaining(a, "every expectation").content().text(),
        a.quotes().toString());
  }
}
