package org.dossier.annotate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.dossier.annotate.AttributionDocument.Token;
import org.dossier.model.EntityMention;
import org.dossier.model.FirstPerson;
import org.dossier.model.NoNames;
import org.dossier.model.Quote;
import org.dossier.model.QuoteKind;
import org.dossier.model.Span;
import org.dossier.model.TimeMention;

/**
 * Turns the tagger's Source, Cue and Content spans into statements: each content is linked to the
 * nearest cue of its sentences and the cue to the nearest source beside it. The model decides every
 * statement it found, direct quotes included: on the validation slice of {@code dossier train
 * quotes} it beat the rules' quote boundaries too (direct-quote content exact F1 0.78 against 0.67
 * with the rules' quotes kept). A direct quote or a quoted fragment the model left alone is kept
 * from the rules, with the model's cue and speaker where the rules had none.
 */
final class Attributions {
  private Attributions() {}

  static final String OPENING = "\"“«„‘";
  static final String CLOSING = "\"”»“’";

  /** One tagged span, in token indexes. */
  record Chunk(char role, int first, int last) {}

  /** Finite verb tags: a reported clause has one ("added the plan would fail"), an object not. */
  static final Set<String> FINITE = Set.of("VBD", "VBZ", "VBP", "MD");

  /**
   * Whether a cue stands in a sentence after the content's and a content of its sentence follows
   * it: the cue of that content, not of one sentences before.
   */
  private static boolean introducesLater(
      List<Token> tokens, List<Chunk> chunks, Chunk cue, Chunk content) {
    int sentence = tokens.get(cue.first()).sentence();
    if (sentence <= tokens.get(content.last()).sentence()) {
      return false;
    }
    for (Chunk c : chunks) {
      if (c.role() == 'Q'
          && c.first() > cue.last()
          && tokens.get(c.first()).sentence() == sentence) {
        return true;
      }
    }
    return false;
  }

  /** A quotation mark of any style, as one token. */
  static boolean isMark(String word) {
    return word.length() == 1 && (OPENING.contains(word) || CLOSING.contains(word));
  }

  /**
   * A quotation mark as one token, or the two apostrophes or backticks some texts write for one.
   */
  static boolean isQuotation(String word) {
    return isMark(word) || word.equals("''") || word.equals("``");
  }

  /** The spans of a tag sequence. */
  static List<Chunk> chunks(int[] tags) {
    List<Chunk> out = new ArrayList<>();
    int i = 0;
    while (i < tags.length) {
      int t = tags[i];
      if (t == 0) {
        i++;
        continue;
      }
      char role = t <= 2 ? 'S' : t <= 4 ? 'C' : 'Q';
      int j = i + 1;
      while (j < tags.length && tags[j] == (t % 2 == 1 ? t + 1 : t)) {
        j++;
      }
      out.add(new Chunk(role, i, j - 1));
      i = j;
    }
    return out;
  }

  /**
   * The statements of a text: the rules' direct quotes and fragments, and every content the tagger
   * found outside them, with its cue and speaker. The words of the text's time expressions {@code
   * times} name no speaker: "winter calls for [heartier fare]", "First quarter of 2024 estimated
   * [tax payment is due]".
   */
  static List<Quote> merge(
      AttributionDocument doc,
      int[] tags,
      List<Quote> rules,
      List<EntityMention> entities,
      List<TimeMention> times,
      CueLexicon lexicon) {
    String text = doc.text();
    List<Token> tokens = doc.tokens();
    // The string literals of a program the article lists are nobody's words. Left out here, not in
    // the rules, whose statements are the tagger's features.
    rules =
        rules.stream()
            .filter(q -> !QuotedWords.codeLike(text, q.content().start(), q.content().end()))
            .toList();
    boolean[] timeWords = SpeakerSpans.timeWords(tokens, times);
    List<Chunk> chunks =
        chunks(ReportedContents.extendReported(tokens, tags)).stream()
            .map(
                c ->
                    c.role() == 'C'
                        ? SpanEdges.trimCue(tokens, c)
                        : c.role() == 'S'
                            ? SpanEdges.trimSource(tokens, c)
                            : c.role() == 'Q' ? SpanEdges.trimContent(tokens, c) : c)
            .toList();
    chunks = SpanEdges.withinParagraphs(text, tokens, chunks);
    chunks = modifiersInContent(tokens, chunks);
    // "Anna Pavlidou, manager of a store [that has been repeatedly attacked]": a relative clause
    // on a noun says what the noun is, not what anyone said; on a noun the model took for a cue
    // it is that cue's content ("a bill [that would end private prison contracts]"), and a
    // pronoun alone is a content PolNeAR marks ("the remarks, [which] he called a joke").
    int[] modelTags = tags;
    chunks =
        chunks.stream()
            .filter(
                c ->
                    c.role() != 'Q'
                        || c.last() == c.first()
                        || !Clauses.relativeOnNoun(tokens, c.first())
                        || modelTags[c.first() - 1] == 3
                        || modelTags[c.first() - 1] == 4)
            .toList();
    chunks = sourcesAfterAccordingTo(tokens, chunks);
    chunks = AccordingTo.parentheticalSources(tokens, chunks);
    chunks = Clauses.subordinateContents(tokens, chunks);
    chunks = AccordingTo.verbAfterParenthesis(tokens, chunks);
    chunks = TrailingAttributions.namesAfterCue(tokens, chunks, lexicon);
    chunks = TrailingAttributions.clausesBeforeSource(tokens, chunks, lexicon);
    List<Chunk> cues = chunks.stream().filter(c -> c.role() == 'C' && cueLike(tokens, c)).toList();
    // "two players [rush] [for over 100 yards apiece]", "announced Monday in an internal [memo]
    // [that …]": a cue whose words were seldom cues in the tagger's training texts is none, unless
    // the rules found it too ({@link CueLexicon}); a content it alone would have introduced is no
    // statement.
    List<Quote> ruled = rules;
    List<Chunk> unlikely =
        cues.stream()
            .filter(
                c ->
                    !lexicon.likely(tokens, c.first(), c.last())
                        && !ruleCue(ruled, tokens, c)
                        && !Clauses.anonymityCue(text, tokens, c))
            .toList();
    List<Chunk> allCues = cues;
    cues = cues.stream().filter(c -> !unlikely.contains(c)).toList();
    List<Chunk> sources = chunks.stream().filter(c -> c.role() == 'S').toList();
    List<Chunk> speechCues = lexical(cues, tokens);
    List<Quote> direct = rules.stream().filter(q -> q.kind() == QuoteKind.DIRECT).toList();
    List<Quote> fragments = rules.stream().filter(q -> q.kind() == QuoteKind.FRAGMENT).toList();
    List<Quote> indirect = rules.stream().filter(q -> q.kind() == QuoteKind.INDIRECT).toList();
    // Speakers resolve to names outside quotation marks, as the rules' do.
    entities = Quotes.outsideQuotes(text, entities);
    List<Quote> out = new ArrayList<>();
    List<Quote> taken = new ArrayList<>();
    String previous = null;
    int previousEnd = -1;
    // Whether the last statement's speaker was a group no name stands for ("Travel agents say"):
    // then "they" are that group, not the organisation named nearest.
    boolean previousGroup = false;
    // Whether that group was one thing named with "the" ("the research", "the statement"), which
    // an "it" after it goes on naming.
    boolean previousThing = false;
    for (Chunk content : chunks) {
      if (content.role() != 'Q') {
        continue;
      }
      int start = tokens.get(content.first()).start();
      int end = tokens.get(content.last()).end();
      if (QuotedWords.codeLike(text, start, end)) {
        continue; // a program's lines the article lists
      }
      Quote whole = fragmented(indirect, chunks, tokens, start, end);
      if (whole != null) {
        // The model broke a statement the rules read whole (at an appositive, a scare quote).
        if (!taken.contains(whole)) {
          taken.add(whole);
          out.add(whole);
        }
        continue;
      }
      Quote marked = within(direct, text, start, end);
      if (marked == null) {
        marked = leading(direct, text, start, end);
      }
      if (marked == null
          && !unlikely.isEmpty()
          && sameContent(indirect, start, end) == null
          && onlyUnlikely(text, tokens, chunks, allCues, unlikely, content)) {
        continue;
      }
      if (marked == null
          && titleInMarks(fragments, text, start, end)
          && cues.stream().noneMatch(c -> rightBefore(tokens, c, content))) {
        // 'Laura Dern was named best supporting actress for … “Marriage Story.”', 'the candidate
        // he calls “Mini Mike.”': a title or a name in quotation marks, which the model gave the
        // next sentence's cue, says nothing; unless its cue is right before it ('a video
        // entitled “Nuestra Historia,”').
        continue;
      }
      if (marked != null && taken.contains(marked)) {
        continue;
      }
      if (marked == null && holdsTwo(direct, text, start, end)) {
        continue; // two quotations the model read as one: the rules' quotes stand, each whole
      }
      // A cue with a word of speech wins, unless it stands in another sentence and the model
      // found a verb for a cue in the content's own, with a source beside it: "Mensah was among
      // the first to condemn the company's ads." is not the next sentence's "he wrote on X".
      // '"Would we have done it without him?" Bruce Arians asked. "No."': the rules read "Arians
      // asked" right after the closing mark, the quotation's own attribution, in whatever sentence
      // a split after the question mark left it; the nearest word of speech may be the sentence's
      // before, and the model may give "asked" the next quotation.
      Chunk trailing = marked == null ? null : trailingCue(text, tokens, marked, cues);
      Chunk cue =
          trailing != null ? trailing : nearestInParagraph(text, speechCues, content, tokens);
      if (marked != null
          && cue != null
          && trailing == null
          && !withinSentences(tokens, cue, content)
          && introducesLater(tokens, chunks, cue, content)) {
        // "“… too.” Police say that on Saturday …": the next sentence's cue is its own content's;
        // a quotation standing alone after "…,” a local barber told The New York Times." goes on
        // with the cue before it.
        int first = content.first();
        cue =
            nearestInParagraph(
                text, speechCues.stream().filter(c -> c.last() < first).toList(), content, tokens);
      }
      if (trailing == null && (cue == null || !withinSentences(tokens, cue, content))) {
        Chunk any = nearestInParagraph(text, cues, content, tokens);
        boolean own = any != null && withinSentences(tokens, any, content);
        if (cue == null
            || (own && verbal(tokens, any) && beside(sources, cues, any, tokens) != null)
            || (own && introducesLater(tokens, chunks, cue, content))) {
          // The last: "Mensah was among the first athletes to condemn the ads. At the time he
          // wrote on Instagram that he would never wear its shoes again.": a cue in a later
          // sentence with a content of its own after it introduces that one, and the model
          // found a cue in the content's own.
          cue = any;
        }
      }
      Chunk adjacent = adjacentCue(cues, content, tokens);
      if (adjacent != null && cue != adjacent) {
        // "the court that ordered [her to serve 90 days]": the directive right before its content
        // is its cue, whatever word of speech stands further off.
        cue = adjacent;
      }
      Chunk own = marked == null ? Parentheticals.verbBefore(chunks, content) : null;
      if (unlikely.contains(own) || (own != null && !sameParagraph(text, tokens, own, content))) {
        // Nor a headline's verb over the paragraph after it: "…, experts warn\n\nAs …".
        own = null;
      }
      if (own != null
          && cue != null
          && cue != own
          && verbal(tokens, own)
          && Parentheticals.ownsLaterContent(chunks, tokens, cue, content)
          && Parentheticals.clause(chunks, tokens, cue, content) == null) {
        // "Jerry Tibbs [admired] [the 27-year-old's …] and asked [her to pose]": the later word of
        // speech has a content of its own; this one is the verb's right before it.
        cue = own;
      }
      if (marked == null
          && cue != null
          && ReportedStatements.CIRCUMSTANCE_WORDS.contains(
              tokens.get(content.first()).word().toLowerCase(Locale.ROOT))
          && Parentheticals.ownsLaterContent(chunks, tokens, cue, content)
          && cue.last() + 1 < tokens.size()
          && tokens.get(cue.last() + 1).sentence() == tokens.get(cue.last()).sentence()
          && !Set.of(",", ".").contains(tokens.get(cue.last() + 1).word())) {
        // "[As increasing numbers of UK universities wrestle with Covid-19 outbreaks], experts are
        // warning that …": a clause of circumstance before the source, whose cue has its content
        // after it in the sentence. Not one the attribution interrupts or ends ("If she can …,
        // people close to Clinton say, the debate could …"; "While …, people close to Clinton
        // say."): the statement runs over it or is the clause.
        continue;
      }
      if (marked == null
          && cue != null
          && cue.first() > content.last()
          && !withinSentences(tokens, cue, content)
          && !isQuotation(tokens.get(content.first()).word())
          && Parentheticals.introducesContent(chunks, cue)) {
        // "… since Somalia has no effective [central government or legal system]. Also on
        // Saturday, a German military spokesman said [a navy frigate had chased away pirates]": a
        // cue in a later sentence with a content right after it introduces that one. The
        // content's is a cue of its own sentence ("he [made clear] Tuesday night [that he intends
        // to use it]"), or there is none.
        Chunk inSentence = nearestInParagraph(text, cues, content, tokens);
        if (inSentence == null || !withinSentences(tokens, inSentence, content)) {
          continue;
        }
        cue = inSentence;
      }
      if (marked == null
          && cue != null
          && cue.last() < content.first()
          && !withinSentences(tokens, cue, content)
          && !opensSentence(tokens, content)) {
        // "Ortiz [had hoped] to become a detective. He had won a medal for fatally shooting [a
        // suspected carjacker who had pulled a gun on him]": a statement that goes on from a cue
        // in a sentence before is a sentence of its own, not words inside another one's clause.
        continue;
      }
      if (marked == null && cue != null && Clauses.anonymityCue(text, tokens, cue)) {
        // "CONTENT, a France Telecom spokeswoman who [asked] not to be named said": the rules'
        // statement, whose cue comes after the request.
        Quote rule = sameContent(indirect, start, end);
        if (rule == null) {
          rule = cueAfter(indirect, tokens, cue);
        }
        if (rule != null && !taken.contains(rule)) {
          taken.add(rule);
          out.add(rule);
        }
        continue;
      }
      if (marked == null
          && cue != null
          && sameContent(indirect, start, end) == null
          && Parentheticals.ownsLaterContent(chunks, tokens, cue, content)) {
        Chunk speaking = beside(sources, cues, cue, tokens);
        if (speaking != null
            && speaking.last() < content.first()
            && cues.stream()
                .noneMatch(c -> c.first() > speaking.last() && c.last() < content.first())) {
          // "Detective Rune Berg, testifying Tuesday [at the preliminary hearing], said [he asked
          // …]": between a source and its cue, which has a content of its own after it, the words
          // say where or how the source spoke, not what; unless a cue of theirs stands before
          // them ("Trump, [asked about] [the wall], said …").
          continue;
        }
      }
      int before =
          cue == null || marked != null ? -1 : Clauses.relativeClauseBefore(tokens, cue, content);
      if (before >= 0) {
        // "Maral, a resident of Ashgabat who declined [to give her surname …], told the Associated
        // Press": the content belongs to the relative clause's verb, if the model took it for a
        // cue, and is no statement of the source's cue after it otherwise.
        cue = Clauses.cueBetween(cues, before, content.first());
        if (cue == null) {
          continue;
        }
      }
      int clause =
          cue == null || marked != null || before >= 0
              ? -1
              : Math.max(
                  Clauses.relativeClause(tokens, cue, content),
                  Clauses.laterClause(tokens, cue, content));
      Chunk between = clause >= 0 ? Clauses.cueBetween(cues, clause, content.first()) : null;
      if (clause >= 0
          && (between == null
              || (tokens.get(clause).pos().equals("WP$") && !speech(between, tokens)))) {
        // A content in a clause between its cue and itself, or in one of its own after the cue's,
        // with no cue of the model's in that clause: "…, said the spokesman, who declined [to
        // give his name]", "…, but his party holds [only a one-seat majority]". Where the model
        // found a cue there ("who has proposed [a safe zone]", "blamed Clinton … and cast her as
        // …"), the content stays as it was: given to that cue, it found 31 and 36 gold cues of
        // PolNeAR train and 48 and 47 spurious ones. A clause on whose something, with no word of
        // speech in it, tells what the speaker's things did: "…,” said Bunny Yeager, whose
        // photographs of Page appeared [in virtually every men's magazine]".
        continue;
      }
      Chunk source =
          cue == null ? nearest(sources, content, tokens) : beside(sources, cues, cue, tokens);
      Chunk relative = cue == null ? null : relativeSource(tokens, chunks, cue, source);
      if (relative != null) {
        // "the court that ordered [her to serve 90 days]": whoever "that" stands for, not a
        // source the model found before it in the sentence.
        source = relative;
      } else if (cue != null) {
        // "One friend, who asked not to be named, said": the friend said it, not "who".
        source = SpeakerSpans.pastRelativeClause(tokens, source, cue, content);
      }
      if (marked == null
          && cue != null
          && (source == null
              || source.last() < cue.first()
              || !Clauses.byAgent(tokens, cue, source))
          && Clauses.addresseeSubject(tokens, cue, content, chunks)) {
        // "[The audience] was told that …", "[Epstein] was asked at the Winter Meetings if …": whom
        // the statement was made to, not what was said. PolNeAR makes the addressee the first part
        // of a content in two parts ("[Sanders] was asked by host Bill Maher [“Now, you …”]"), so
        // where a "by" names the asker the statement stays, with its source and cue.
        continue;
      }
      if (cue != null
          && source != null
          && (source.last() < cue.first() || !Clauses.byAgent(tokens, cue, source))
          && Clauses.subjectNotSource(tokens, cue)) {
        // "Lohan was accused of attacking a staffer", "The Angels are believed to be offering":
        // the subject is whom or what it was said of. After the passive, only its "by" names who
        // said it: "… was not revealed publicly, the Associated Press reported" is the agency's
        // word for another cue.
        source = null;
      }
      if (cue != null
          && source != null
          && marked == null
          && content.last() < source.first()
          && !Clauses.byAgent(tokens, cue, source)
          && Clauses.putToSubject(tokens, cue, content)) {
        source = null; // "Asked if he might have lived, Waldie said": Waldie was asked
      }
      source =
          SpeakerSpans.withHeadBeforeOf(
              tokens,
              SpeakerSpans.afterClauseStart(
                  tokens, SpeakerSpans.outOfRelativeClause(tokens, source)));
      Span speaker = source == null ? null : SpeakerSpans.speaker(text, tokens, source, timeWords);
      Span antecedent = source == null ? null : SpeakerSpans.antecedent(text, tokens, source);
      String resolved =
          speaker == null
              ? null
              : FirstPerson.is(speaker.text())
                  ? inQuoteOf(direct, text, speaker)
                  : Speakers.resolve(
                      text,
                      antecedent != null ? antecedent : speaker,
                      outside(entities, start, end, antecedent != null ? antecedent : speaker),
                      previous,
                      previousEnd);
      if (resolved != null && commonNoun(tokens, source, speaker, resolved)) {
        resolved = null; // "Studies show …", "Officials said …": a group, not a name
      }
      if (speaker != null
          && ((previousGroup && speaker.text().strip().equalsIgnoreCase("they"))
              || (previousThing && speaker.text().strip().equalsIgnoreCase("it")))) {
        // "… says the research. It adds: “…”": "it" is the research, not the business school
        // named nearest.
        resolved = null;
      }
      Span cueSpan = cue == null ? null : span(text, tokens, cue);
      if (marked == null
          && cue == null
          && speaker == null
          && within(fragments, text, start, end) != null) {
        continue; // a title or scare quote the rules told apart, not a statement
      }
      if (marked != null
          && marked.speaker() != null
          && speaker != null
          && marked.speaker().start() == speaker.start()
          && marked.speaker().end() == speaker.end()
          && !(resolved != null
              && NameGender.ofPronoun(speaker.text()) != NameGender.Gender.UNKNOWN)) {
        // Only the same phrase: the rules may have read "Clinton" of "Clinton's aide Jake
        // Sullivan". Not "he" or "she" that the merge resolved: it goes on from every statement
        // before, the rules' only from quotations ("The duchess also revealed that she reached out
        // to … Princess Diana. "…," she told Winfrey.": the duchess, not Diana).
        resolved = marked.speakerResolved(); // the rules resolve with the quote's context
      }
      if (marked != null) {
        // Words inside one pair of quotation marks are the rules' direct quote, whole: its marks
        // are paired across paragraphs and in every style (single, guillemets, „ “). The model's
        // cue and speaker win where it found them.
        taken.add(marked);
        Quote q =
            speaker == null && cueSpan == null
                ? marked
                : new Quote(
                    QuoteKind.DIRECT,
                    marked.content(),
                    cueSpan == null ? marked.cue() : cueSpan,
                    speaker == null ? marked.speaker() : speaker,
                    speaker == null ? marked.speakerResolved() : resolved,
                    marked.platform());
        out.add(q);
        previous = q.speakerResolved();
        previousEnd = statementEnd(q);
        previousGroup = group(q.speaker(), previous, previousGroup);
        previousThing = thing(q.speaker(), previous, previousThing);
        continue;
      }
      if (cue != null && inTimeClause(text, tokens, cue, content)) {
        continue; // "…, the house said Wednesday, a year after she broke with the label"
      }
      if (cueSpan != null
          && circumstanceAfterCue(text, tokens, cue, content, true)
          && (out.stream().anyMatch(q -> sameCue(q, cueSpan))
              || indirect.stream().anyMatch(q -> sameCue(q, cueSpan)))) {
        // "“The man is an emotional wreck,” the judge said [before postponing his testimony]":
        // the cue's statement came before it; what follows says when it was made.
        continue;
      }
      if (cue != null && ReportedContents.objectNotStatement(tokens, cue, content)) {
        continue; // "the company added 300 jobs": what was added is no statement
      }
      if (cue != null && Clauses.placeNotStatement(tokens, cue, content, timeWords)) {
        continue; // "testifying Tuesday at [Hiller's preliminary hearing]"
      }
      if (marked == null && cue != null && Clauses.phraseNotStatement(tokens, cue, content)) {
        continue; // "said in a conference call [with Seattle-area reporters]"
      }
      if (marked == null && Clauses.onBehalfOf(tokens, content)) {
        continue; // "Speaking on behalf of [the Sheriff's Department], Retzlaff added …"
      }
      if (cue != null && Clauses.anonymity(text, tokens, cue, content)) {
        continue; // "a spokeswoman who asked not to be named said"
      }
      if (ReportedContents.askedNotSaid(tokens, content, cue)) {
        continue; // "see what Pulse readers are saying": a question about words, not the words
      }
      if (Clauses.opensWithParticle(tokens, content)) {
        continue; // "they called it off only months before their wedding"
      }
      if (cue != null && Clauses.adjunctAfterCue(tokens, cue, source, content)) {
        continue; // "“The dad is shook,” Mr. Blacks said, standing by a makeshift memorial"
      }
      if (Clauses.insideName(tokens, content)
          && ReportedContents.thatAfterName(tokens, content) < 0) {
        // "… in the Gulf of [Aden that commenced in September], the Navy said": the model cut a
        // name. Before its cue in the sentence, the statement is the sentence up to it; else the
        // span is no statement.
        if (cue == null
            || cue.first() <= content.last()
            || tokens.get(cue.first()).sentence() != tokens.get(content.first()).sentence()) {
          continue;
        }
        start = sentenceBounds(tokens, content.first())[0];
      }

      int back =
          cue == null || cue.last() >= content.first()
              ? -1
              : Clauses.backToMainClause(tokens, cue.first(), content.first(), content.last());
      if (back > content.first()) {
        // "The sniper, who told police [his rounds were meant for a rival gang], has been
        // charged": the statement ends where the sentence goes back to its own clause.
        end = tokens.get(back - 1).end();
      }
      int[] clauseSpan = Parentheticals.clause(chunks, tokens, cue, content);
      if (clauseSpan != null) {
        // "[Hiller] [drove] [her car to the gate], police say": the model took the statement's
        // verb for a cue; the statement is the clause.
        start = tokens.get(clauseSpan[0]).start();
        end = Math.max(end, tokens.get(clauseSpan[1]).end());
      }
      if (resolved != null) {
        previous = resolved;
        previousEnd = Math.max(end, speaker.end());
      }
      previousGroup = group(speaker, resolved, previousGroup);
      previousThing = thing(speaker, resolved, previousThing);
      int[] sentence = sentenceBounds(tokens, content.first());
      String platform = Platforms.platform(text, sentence[0], sentence[1], entities);
      out.add(content(text, start, end, cueSpan, speaker, resolved, platform));
    }
    // Quoted fragments stay the rules' (a scare quote inside a statement is still one) unless the
    // model made the words themselves a statement ("chanted "murderers out""), and so does a
    // direct quote the model left alone.
    List<Quote> found = new ArrayList<>(out);
    for (Quote q : rules) {
      if ((q.kind() == QuoteKind.FRAGMENT && found.stream().noneMatch(f -> same(f.content(), q)))
          || (q.kind() == QuoteKind.DIRECT
              && !taken.contains(q)
              && found.stream()
                  .noneMatch(f -> overlaps(f.content(), q.content().start(), q.content().end())))) {
        out.add(fill(q, doc, cues, sources, entities, timeWords));
      }
    }
    out.replaceAll(q -> ReportedContents.fromThat(text, tokens, q));
    out.replaceAll(q -> withoutDateline(text, q));
    // "According to Alan Mauldin, research director of TeleGeography, [the succession …]": what
    // the source is, is not what the source said; "[Then, on September 10, 2010], according to a
    // surviving victim, Hiller went berserk again": the statement is the clause after the source.
    out.replaceAll(q -> AccordingTo.withoutAppositive(text, tokens, q, timeWords));
    // "authorities said [Friday,] because she is dying": the cue's time, not the statement's.
    out.replaceAll(q -> SpanEdges.withoutCueTime(text, tokens, q, timeWords));
    out.replaceAll(q -> SpanEdges.withDescriptionToCue(text, tokens, q));
    List<Quote> statements = AccordingTo.clausesAfterSources(text, tokens, out, timeWords);
    // "Experts warned [it may be days …] and said [the knock-on effect …]": two statements.
    statements = Conjoined.split(text, statements);
    // "Rubio was asked by Fox Business moderator Gerard Baker whether …", "The students were told
    // to self-isolate": who was asked or told is not what was said.
    statements.removeIf(q -> addressee(text, q));
    statements.sort((a, b) -> Integer.compare(a.content().start(), b.content().start()));
    return Platforms.inheritPlatforms(text, continued(text, statements));
  }

  /** A passive cue of asking or telling: "was asked", "were told", "had been asked". */
  private static final Pattern PASSIVE_ASKED =
      Pattern.compile(
          "(?i)(?:was|were|is|are|am|be|been|being)\\s+(?:\\p{L}+ly\\s+)?(?:asked|told)\\b.*");

  /** What is asked or told, as the subject of the passive: "the question was asked". */
  private static final Pattern ASKED_OR_TOLD_THING =
      Pattern.compile("(?i).*\\b(?:questions?|jokes?|stor(?:y|ies)|lies|truth|tales?)$");

  /**
   * Whether a statement's content is the subject of its passive cue of asking or telling, right
   * before it, and no question, joke or story: the one asked or told, whose own words, if any, come
   * after ("Rubio was asked by … whether", where PolNeAR's content is the "whether" clause).
   */
  private static boolean addressee(String text, Quote q) {
    if (q.kind() == QuoteKind.DIRECT || q.cue() == null || q.content().end() > q.cue().start()) {
      return false;
    }
    return text.substring(q.content().end(), q.cue().start()).isBlank()
        && PASSIVE_ASKED.matcher(q.cue().text()).matches()
        && !ASKED_OR_TOLD_THING.matcher(q.content().text().strip()).matches();
  }

  /**
   * Whether the cue nearest a content in its paragraph is one of {@code unlikely}, within its
   * sentences, and no other cue stands before the content in them, nor after it without a content
   * of its own: "two players [rush] [for over 100 yards]" and "[breaking] [the record] - it's safe
   * to say [Luck exceeded …]" introduce nothing; "announced Monday in an internal [memo] [that …]"
   * has its cue before, "[stole] [diamonds …], the office said." after.
   */
  private static boolean onlyUnlikely(
      String text,
      List<Token> tokens,
      List<Chunk> chunks,
      List<Chunk> cues,
      List<Chunk> unlikely,
      Chunk content) {
    Chunk nearest = adjacentCue(cues, content, tokens);
    if (nearest == null) {
      nearest = nearestInParagraph(text, cues, content, tokens);
    }
    if (nearest == null
        || !unlikely.contains(nearest)
        || !withinSentences(tokens, nearest, content)) {
      return false;
    }
    for (Chunk c : cues) {
      if (unlikely.contains(c) || !withinSentences(tokens, c, content)) {
        continue;
      }
      if (c.last() < content.first()
          || (c.first() > content.last()
              && !Parentheticals.ownsLaterContent(chunks, tokens, c, content))
          || Parentheticals.clause(chunks, tokens, c, content) != null) {
        // "[Lund] [drove] [his van to the gate], police say", "Armed robbers [stole] [diamonds
        // …], the city prosecutors' office said.": a cue after the content with no content of its
        // own reads the clause before it.
        return false;
      }
    }
    return true;
  }

  /** Whether a cue of the model's overlaps the cue of one of the rules' statements. */
  private static boolean ruleCue(List<Quote> rules, List<Token> tokens, Chunk cue) {
    int start = tokens.get(cue.first()).start();
    int end = tokens.get(cue.last()).end();
    for (Quote q : rules) {
      if (q.cue() != null && overlaps(q.cue(), start, end)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The statement of {@code quotes} whose cue follows {@code cue} in its sentence ("…, a
   * spokeswoman who asked not to be named [said]"), or null.
   */
  private static Quote cueAfter(List<Quote> quotes, List<Token> tokens, Chunk cue) {
    int from = tokens.get(cue.last()).end();
    int to = sentenceBounds(tokens, cue.first())[1];
    for (Quote q : quotes) {
      if (q.cue() != null && q.cue().start() >= from && q.cue().end() <= to) {
        return q;
      }
    }
    return null;
  }

  /** The statement of {@code quotes} whose content is {@code start..end}, or null. */
  private static Quote sameContent(List<Quote> quotes, int start, int end) {
    for (Quote q : quotes) {
      if (q.content().start() == start && q.content().end() == end) {
        return q;
      }
    }
    return null;
  }

  /** Whether a span is a quote's content, no more and no less. */
  private static boolean same(Span s, Quote q) {
    return s.start() == q.content().start() && s.end() == q.content().end();
  }

  /**
   * Direct quotes that say nobody's, alone in a paragraph right after a paragraph that ended with
   * someone's quote, are that speaker's: news style continues the speaker.
   */
  private static List<Quote> continued(String text, List<Quote> quotes) {
    List<Quote> out = new ArrayList<>(quotes.size());
    Quote last = null;
    for (Quote q : quotes) {
      if (q.kind() != QuoteKind.DIRECT) {
        out.add(q);
        continue;
      }
      if (q.speaker() == null
          && q.speakerResolved() == null
          && last != null
          && last.speakerResolved() != null
          && q.content().end() - last.content().end() < Quotes.CONTINUED_WITHIN
          && Quotes.continuedParagraph(
              text, last.content().end(), q.content().start() - 1, q.content().end())) {
        q = new Quote(q.kind(), q.content(), q.cue(), null, last.speakerResolved(), q.platform());
      }
      out.add(q);
      last = q;
    }
    return out;
  }

  /**
   * The rules' reported statement that holds the content {@code start..end} and at least one other
   * content of the model, all inside it: one statement the model read in pieces. Null when there is
   * none.
   */
  private static Quote fragmented(
      List<Quote> indirect, List<Chunk> chunks, List<Token> tokens, int start, int end) {
    for (Quote q : indirect) {
      if (q.speaker() == null || start < q.content().start() || end > q.content().end()) {
        continue;
      }
      int inside = 0;
      for (Chunk c : chunks) {
        if (c.role() == 'Q'
            && tokens.get(c.first()).start() >= q.content().start()
            && tokens.get(c.last()).end() <= q.content().end()) {
          inside++;
        }
      }
      // Broken in two or more, or cut short at the front: the model's content ends where the
      // rules' does (at the comma before "…, the chief executive said") but starts inside the
      // clause ("Verrault, founded in 1962, pulled the images …" read from "the images"). Not
      // when the model found a verb of saying right in front of its content: "…, the navy said,
      // [adding] that the ship would return" is a second statement, which the rules read as the
      // first's.
      if (inside >= 2
          || (inside == 1
              && start > q.content().start()
              && end >= q.content().end() - 1
              && !speechCueBefore(chunks, tokens, q.content().start(), start))
          || (inside == 1
              && start > q.content().start()
              && otherVerbBefore(chunks, tokens, q.content().start(), start))) {
        return q;
      }
    }
    return null;
  }

  /**
   * The relative pronoun right before a cue ("the court [that] ordered"), as the cue's source, when
   * the source found for it stands before that pronoun and the model tagged the pronoun as nothing;
   * else null.
   */
  private static Chunk relativeSource(
      List<Token> tokens, List<Chunk> chunks, Chunk cue, Chunk source) {
    int i = cue.first() - 1;
    if (i < 1) {
      return null;
    }
    for (Chunk c : chunks) {
      if (c.first() <= i && i <= c.last()) {
        return null; // the model read the pronoun into a span of its own
      }
    }
    Token t = tokens.get(i);
    boolean pronoun =
        Clauses.relativePronoun(t) && t.sentence() == tokens.get(cue.first()).sentence();
    if (!pronoun || (source != null && source.last() >= i)) {
      return null;
    }
    return new Chunk('S', i, i);
  }

  /**
   * Whether the model took the verb of the statement's own clause for a cue, right before its
   * content, within {@code from..to} of the text: a cue with no word of saying that ends right
   * before {@code to}. "[Bettie Page] [died] [Thursday of pneumonia …], her agent said" is one
   * statement of "said", which the rules read whole.
   */
  private static boolean otherVerbBefore(List<Chunk> chunks, List<Token> tokens, int from, int to) {
    for (Chunk c : chunks) {
      if (c.role() != 'C'
          || tokens.get(c.first()).start() < from
          || c.last() + 1 >= tokens.size()
          || tokens.get(c.last() + 1).start() != to) {
        continue;
      }
      if (!speech(c, tokens)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether one of the model's cues lies within {@code from..to} of the text, opens with a verb of
   * saying's present participle and ends right before {@code to}, the start of a content: "adding
   * that …", "quoting her lawyer as saying …", "describing the suspect as …". Such a participle
   * after a statement's attribution opens a second statement.
   */
  private static boolean speechCueBefore(List<Chunk> chunks, List<Token> tokens, int from, int to) {
    for (Chunk c : chunks) {
      if (c.role() != 'C'
          || tokens.get(c.first()).start() < from
          || tokens.get(c.last()).end() > to
          || !tokens.get(c.first()).pos().equals("VBG")
          || !AttributionFeatures.CUE_LEMMAS.contains(tokens.get(c.first()).lemma())) {
        continue;
      }
      int next = c.last() + 1;
      if (next < tokens.size() && tokens.get(next).word().equalsIgnoreCase("that")) {
        next++;
      }
      if (next < tokens.size() && tokens.get(next).start() >= to) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a content stands in a clause of how long after or before that follows its cue ("…, the
   * house said on Wednesday, a year after she broke with the label over its campaign"): those words
   * say when something was said, not what; so do those of what went on as it was said ("…,
   * authorities said, as violent protests continued"). A clause that a comma closes before the
   * content ("said Monday, a week after the vote, that …") leaves the content alone.
   */
  private static boolean inTimeClause(String text, List<Token> tokens, Chunk cue, Chunk content) {
    if (cue.last() >= content.first()) {
      return false;
    }
    int from = tokens.get(cue.last()).end();
    int to = tokens.get(content.first()).start();
    if (to - from > 200) {
      return false;
    }
    // "said, [as violent protests continued for the seventh straight day]": the clause opens the
    // content and runs to the sentence's end with no comma ("said, [when she was earning $24,000
    // a year, a boss invited her]" is the statement going on).
    return TIME_CLAUSE.matcher(text).region(from, to).find()
        || circumstanceAfterCue(text, tokens, cue, content, false);
  }

  /**
   * Whether a content follows its cue after a comma, or with {@code rightAfter} right away too, and
   * is a clause of circumstance to its sentence's end with no comma: "said, [as protests
   * continued]", "said [when the courtroom was reopened]".
   */
  private static boolean circumstanceAfterCue(
      String text, List<Token> tokens, Chunk cue, Chunk content, boolean rightAfter) {
    String word = tokens.get(content.first()).word().toLowerCase(Locale.ROOT);
    if (cue.last() >= content.first() || !ReportedStatements.CIRCUMSTANCE_WORDS.contains(word)) {
      return false;
    }
    int from = tokens.get(cue.last()).end();
    int to = tokens.get(content.first()).start();
    String between = text.substring(from, to).strip();
    // Right after the cue, "as" says what something was called ("described it [as his second
    // home]"), not when.
    boolean opens = between.equals(",") || (rightAfter && between.isEmpty() && !word.equals("as"));
    return opens
        && CIRCUMSTANCE
            .matcher(text)
            .region(to, sentenceBounds(tokens, content.first())[1])
            .matches();
  }

  /**
   * Whether a content is one of the rules' quoted fragments that reads as a title or a name ({@link
   * QuotedWords#titled}: "Once Upon A Time in Hollywood", "Mrs Maisel", "Parasite"), not words of
   * speech ("murderers out"), and does not open a sentence of its own.
   */
  private static boolean titleInMarks(List<Quote> fragments, String text, int start, int end) {
    Quote fragment = within(fragments, text, start, end);
    if (fragment == null || opensSentence(text, openingMark(text, fragment))) {
      return false; // '"…?" Arians asked. "No."': an answer of its own, not a title
    }
    return QuotedWords.titled(fragment.content().text());
  }

  /**
   * Whether a cue stands right before a content, with only punctuation between them ('titled,
   * “Scam.”').
   */
  private static boolean rightBefore(List<Token> tokens, Chunk cue, Chunk content) {
    if (cue.last() >= content.first()) {
      return false;
    }
    for (int i = cue.last() + 1; i < content.first(); i++) {
      String w = tokens.get(i).word();
      if (!isQuotation(w) && !w.equals(",") && !w.equals(":")) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether only white space (a no-break space too) stands between a sentence's end (or the text's
   * start) and {@code at}, or {@code at} opens a line (a quotation under a heading with no full
   * stop).
   */
  private static boolean opensSentence(String text, int at) {
    int i = at - 1;
    while (i >= 0
        && (Character.isWhitespace(text.charAt(i)) || Character.isSpaceChar(text.charAt(i)))) {
      i--;
    }
    while (i >= 0 && "\"'”’`".indexOf(text.charAt(i)) >= 0) {
      i--; // the closing mark of the quotation before
    }
    return i < 0 || ".!?".indexOf(text.charAt(i)) >= 0 || text.charAt(at - 1) == '\n';
  }

  /**
   * The names outside a statement's content, and those of its speaker phrase: "Taking Archie
   * outside is his favourite activity, he said": whom the statement is about is not whom "he" is.
   */
  private static List<EntityMention> outside(
      List<EntityMention> entities, int start, int end, Span speaker) {
    List<EntityMention> out = new ArrayList<>(entities.size());
    for (EntityMention e : entities) {
      if (e.end() <= start || e.start() >= end || overlaps(speaker, e.start(), e.end())) {
        out.add(e);
      }
    }
    return out;
  }

  /**
   * The model's cue that the rules read right after a direct quote's closing mark, with its source,
   * ending the sentence ('"…?" Jones asked.', '"…?" he asked, smiling.'); null when the rules found
   * none there, when the words after it are its own content ('…." He added, "…"', '…." He added
   * that …') or when the model found no cue on it.
   */
  private static Chunk trailingCue(
      String text, List<Token> tokens, Quote marked, List<Chunk> cues) {
    Span rule = marked.cue();
    int close = afterClosingMark(text, marked);
    if (rule == null || rule.start() < close) {
      return null;
    }
    int first =
        marked.speaker() == null ? rule.start() : Math.min(rule.start(), marked.speaker().start());
    if (first < close || !text.substring(close, first).isBlank()) {
      return null;
    }
    int end = Math.max(rule.end(), marked.speaker() == null ? 0 : marked.speaker().end());
    if (!SENTENCE_ENDS_AFTER_CUE.matcher(text).region(end, text.length()).lookingAt()) {
      return null;
    }
    for (Chunk c : cues) {
      if (overlaps(rule, tokens.get(c.first()).start(), tokens.get(c.last()).end())) {
        return c;
      }
    }
    return null;
  }

  /** The end of a sentence after a cue, or a comma and words of the reporter's own before it. */
  private static final Pattern SENTENCE_ENDS_AFTER_CUE =
      Pattern.compile("\\s*(?:[.!?]|,\\s+(?!that\\b)\\p{Ll})");

  /** Whether a statement has the cue at the same place as {@code cue}, before its content. */
  private static boolean sameCue(Quote q, Span cue) {
    return q.cue() != null && q.cue().start() == cue.start() && q.content().end() <= cue.start();
  }

  /** A clause of circumstance to its sentence's end, with no comma. */
  private static final Pattern CIRCUMSTANCE = Pattern.compile("[^,;:\"“”]*");

  private static final Pattern TIME_CLAUSE =
      Pattern.compile(ReportedStatements.TIME_CLAUSE_START + "[^,;:\"“”]*$");

  /**
   * A reported statement without the wire's dateline that heads the story ("MEXICO CITY - The rise
   * of …", {@link ReportedStatements#afterDateline}).
   */
  private static Quote withoutDateline(String text, Quote q) {
    Span c = q.content();
    return q.kind() == QuoteKind.INDIRECT
        ? GivenStatements.startingAt(
            text, q, ReportedStatements.afterDateline(text, c.start(), c.end()))
        : q;
  }

  /** Whether a content opens its sentence, after a quotation mark, a bracket or a dash or not. */
  private static boolean opensSentence(List<Token> tokens, Chunk content) {
    int i = content.first();
    int sentence = tokens.get(i).sentence();
    while (i > 0 && tokens.get(i - 1).sentence() == sentence) {
      String w = tokens.get(i - 1).word();
      if (!isQuotation(w)
          && !w.equals("(")
          && !w.equals("-LRB-")
          && !SpanEdges.DASHES.contains(w)) {
        return false;
      }
      i--;
    }
    return true;
  }

  /** Whether a chunk holds a verb. */
  private static boolean verbal(List<Token> tokens, Chunk c) {
    for (int i = c.first(); i <= c.last(); i++) {
      if (tokens.get(i).pos().startsWith("VB")) {
        return true;
      }
    }
    return false;
  }

  /** Object pronouns that a directive's content opens with: "ordered her to serve …". */
  private static final Set<String> OBJECT_PRONOUNS = Set.of("her", "him", "them", "us", "me");

  /**
   * The cue right before a content that is its own, whatever word of speech stands further off; or
   * null. A participle after a comma, such as "“…,” Manchin said, [referring to] [the number of
   * seats Senate Democrats control]" ("citing", "echoing", "alluding to"): the writer's account of
   * what the speaker meant, a statement of its own, not a phrase about how "said" was said. The cue
   * of a directive, right before a content that opens with whom it directs and "to" ("the court
   * that ordered [her to serve 90 days]"), a verb among its words.
   */
  private static Chunk adjacentCue(List<Chunk> cues, Chunk content, List<Token> tokens) {
    if (!isQuotation(tokens.get(content.first()).word())) {
      for (Chunk c : cues) {
        if (c.last() == content.first() - 1
            && c.first() > 0
            && tokens.get(c.first()).pos().equals("VBG")
            && tokens.get(c.first() - 1).word().equals(",")) {
          return c;
        }
      }
    }
    if (content.last() < content.first() + 2
        || !OBJECT_PRONOUNS.contains(tokens.get(content.first()).word().toLowerCase(Locale.ROOT))
        || !tokens.get(content.first() + 1).word().equalsIgnoreCase("to")) {
      return null;
    }
    for (Chunk c : cues) {
      if (c.last() == content.first() - 1 && verbal(tokens, c)) {
        return c;
      }
    }
    return null;
  }

  /** Whether a chunk stands in the sentences of another. */
  private static boolean withinSentences(List<Token> tokens, Chunk c, Chunk of) {
    int s = tokens.get(c.first()).sentence();
    return s >= tokens.get(of.first()).sentence() && s <= tokens.get(of.last()).sentence();
  }

  private static final Pattern CAPITALISED_WORD = Pattern.compile("\\p{Lu}\\p{Ll}+");

  /**
   * Whether a source resolved only as written is one common noun the tagger read so, capitalised by
   * its sentence's start: "Studies", "Officials", "Researchers". Surnames are proper nouns
   * ("Jones"), and a name linked to an entity resolves to more than its words.
   */
  private static boolean commonNoun(
      List<Token> tokens, Chunk source, Span speaker, String resolved) {
    if (!resolved.equals(speaker.text().strip()) || !CAPITALISED_WORD.matcher(resolved).matches()) {
      return false; // and never "TMZ" or "CoreDNS"
    }
    for (int i = source.first(); i <= source.last(); i++) {
      Token t = tokens.get(i);
      if (t.start() == speaker.start()) {
        return t.pos().equals("NNS") || t.pos().equals("NN");
      }
    }
    return false;
  }

  /** Where a statement ends: after its content, or after its source where that comes last. */
  private static int statementEnd(Quote q) {
    return q.speaker() == null ? q.content().end() : Math.max(q.content().end(), q.speaker().end());
  }

  /**
   * Who an "I" or a "we" is: inside someone's quotation ("'I told them I would go,' Smith said"),
   * the quoted speaker; outside any, the writer, whom the text does not name (null; the quote
   * ledger names the byline). Never the person named last, as a "he" would be: a columnist's "I
   * believe" is not the senator the column is about, nor a company blog's "we found" the last
   * organisation it named.
   */
  private static String inQuoteOf(List<Quote> direct, String text, Span speaker) {
    Quote around = within(direct, text, speaker.start(), speaker.end());
    return around == null ? null : around.speakerResolved();
  }

  /**
   * Whether a content holds two of the rules' direct quotes whole with no words of the writer's
   * before the first or between two of them: the model ran two quotations into one statement ("…
   * this building." "Within a moment …"). One quote with words around it stays the model's, as
   * PolNeAR's annotators mark a statement that a quotation ends ("that after 200 years, "It's
   * time."") and the rules' boundaries lose there (validation slice, direct quotes' content exact
   * F1 0.791 → 0.742 when they won); so does a statement in the writer's words that quotes two
   * phrases (that Johnson won't "send you to fight wars overseas" or "tell you who to marry.").
   */
  private static boolean holdsTwo(List<Quote> direct, String text, int start, int end) {
    List<Quote> held = new ArrayList<>();
    for (Quote q : direct) {
      if (start <= q.content().start() && end >= q.content().end()) {
        held.add(q);
      }
    }
    if (held.size() < 2) {
      return false;
    }
    held.sort(Comparator.comparingInt(q -> q.content().start()));
    // The writer's words before the first quotation and between each two join them in one
    // statement; two quotations with nothing but marks between them are two.
    if (!hasWords(text, start, held.get(0).content().start())) {
      return true;
    }
    for (int i = 1; i < held.size(); i++) {
      if (!hasWords(text, held.get(i - 1).content().end(), held.get(i).content().start())) {
        return true;
      }
    }
    return false;
  }

  /** Whether the text from {@code from} to {@code to} holds a letter or a digit. */
  private static boolean hasWords(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (Character.isLetterOrDigit(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The rules' direct quote whose marks hold the span {@code start..end} (the span may include the
   * marks and the punctuation after the closing one), or null. A mark written as two apostrophes or
   * backticks ({@code ``So terrible''}) is two characters wide.
   */
  private static Quote within(List<Quote> direct, String text, int start, int end) {
    for (Quote q : direct) {
      int open = openingMark(text, q);
      int close = q.content().end();
      int after = afterClosingMark(text, q);
      while (after < text.length()
          && after < close + 3
          && ".,;:".indexOf(text.charAt(after)) >= 0) {
        after++;
      }
      if (start >= Math.max(0, open) && end <= after && end > q.content().start()) {
        return q;
      }
    }
    return null;
  }

  /**
   * The rules' direct quote that a content opens with and runs past, over the rest of its sentence:
   * '"The so-called apology note was posed more in the question of …, '' None of Thomas' family
   * members were present', where the tokenizer left the closing mark inside the sentence. The
   * quotation is the statement.
   */
  private static Quote leading(List<Quote> direct, String text, int start, int end) {
    for (Quote q : direct) {
      String quoted = q.content().text().strip();
      if (openingMark(text, q) != start
          || q.content().end() >= end
          || quoted.isEmpty()
          || ".,!?".indexOf(quoted.charAt(quoted.length() - 1)) < 0
          || !QuotedWords.statementLike(quoted)) {
        continue;
      }
      // What follows the closing mark opens a sentence of its own: a capital, and no lower-case
      // word first ('"the wind is at our backs" despite his loss' is one paraphrase).
      String rest = text.substring(Math.min(afterClosingMark(text, q), end), end).strip();
      if (!rest.isEmpty()
          && Character.isUpperCase(rest.charAt(0))
          && rest.split("\\s+").length >= 4) {
        return q;
      }
    }
    return null;
  }

  /** Where a direct quote's opening mark starts: two apostrophes or backticks are two wide. */
  private static int openingMark(String text, Quote q) {
    int open = q.content().start() - 1;
    return open > 0 && QuoteMarks.isDoubled(text, open - 1) ? open - 1 : open;
  }

  /** Where the text goes on after a direct quote's closing mark. */
  private static int afterClosingMark(String text, Quote q) {
    int close = q.content().end();
    return close + (QuoteMarks.isDoubled(text, close) ? 2 : 1);
  }

  /** A rule quote without a cue or speaker takes the tagger's, when its sentence has them. */
  private static Quote fill(
      Quote q,
      AttributionDocument doc,
      List<Chunk> cues,
      List<Chunk> sources,
      List<EntityMention> entities,
      boolean[] timeWords) {
    if (q.kind() == QuoteKind.FRAGMENT || (q.cue() != null && q.speaker() != null)) {
      return q;
    }
    List<Token> tokens = doc.tokens();
    int first = tokenAt(tokens, q.content().start());
    int last = tokenAt(tokens, Math.max(q.content().start(), q.content().end() - 1));
    if (first < 0 || last < 0) {
      return q;
    }
    Chunk content = new Chunk('Q', first, last);
    Span cue = q.cue();
    Chunk cueChunk = null;
    if (cue == null) {
      cueChunk = nearest(cues, content, tokens);
      cue = cueChunk == null ? null : span(doc.text(), tokens, cueChunk);
    }
    Span speaker = q.speaker();
    String resolved = q.speakerResolved();
    if (speaker == null && cueChunk != null) {
      Chunk source = beside(sources, cues, cueChunk, tokens);
      speaker = source == null ? null : SpeakerSpans.speaker(doc.text(), tokens, source, timeWords);
      if (speaker != null) {
        String named = Speakers.resolve(doc.text(), speaker, entities, null);
        // A quote the rules gave to the speaker before it goes to one its sentence names by the
        // last word of the name ('Trump …, telling the crowd, "…," and, "…"' after Levine's
        // words); a pronoun there ("he") goes on as the rules had it.
        if (resolved == null
            || (named != null
                && Speakers.standsAlone(
                    speaker.text(), named.substring(named.lastIndexOf(' ') + 1)))) {
          resolved = named;
        }
      }
    }
    return new Quote(q.kind(), q.content(), cue, speaker, resolved, q.platform());
  }

  /**
   * A statement's last word when it is an abbreviation written with full stops ("U.S", "p.m", "D.C"
   * before the sentence's full stop, which is also the abbreviation's).
   */
  private static final Pattern DOTTED = Pattern.compile("(?<![\\p{L}.])(?:\\p{L}\\.)+\\p{L}$");

  /**
   * A content in the text's conventions: inside its quotation marks, after a leading "that", with
   * the full stop of an abbreviation it ends in.
   */
  static Quote content(
      String text, int start, int end, Span cue, Span speaker, String resolved, String platform) {
    int s = start;
    int e = end;
    boolean direct = false;
    int inner = e;
    while (inner > s && ".,;:".indexOf(text.charAt(inner - 1)) >= 0) {
      inner--;
    }
    // A mark written as two apostrophes or backticks is two characters wide.
    int open = QuoteMarks.isDoubled(text, s) ? 2 : OPENING.indexOf(text.charAt(s)) >= 0 ? 1 : 0;
    int close =
        inner - s >= 2 && QuoteMarks.isDoubled(text, inner - 2)
            ? 2
            : inner > s && CLOSING.indexOf(text.charAt(inner - 1)) >= 0 ? 1 : 0;
    String between = inner - close > s + open ? text.substring(s + open, inner - close) : "";
    if (open > 0
        && close > 0
        && !between.isBlank()
        && between.chars().noneMatch(c -> OPENING.indexOf(c) >= 0)
        && !between.contains("''")
        && !between.contains("``")) {
      direct = true;
      s += open;
      e = inner - close;
    } else if (e - s > 5 && text.regionMatches(true, s, "that ", 0, 5)) {
      s += 5;
    }
    if (!direct
        && e < text.length()
        && text.charAt(e) == '.'
        && DOTTED.matcher(text).region(s, e).find()) {
      e++; // "to ban Muslims from entering the U.S.": the abbreviation's own full stop
    }
    return new Quote(
        direct ? QuoteKind.DIRECT : QuoteKind.INDIRECT,
        new Span(text.substring(s, e), s, e),
        cue,
        speaker,
        resolved,
        platform);
  }

  /** The chunk nearest to {@code to} in its own sentences, or null. */
  private static Chunk nearest(List<Chunk> candidates, Chunk to, List<Token> tokens) {
    return nearest(null, candidates, to, tokens, 0);
  }

  /**
   * The chunk nearest to {@code to} in its own sentences, else in the sentence before or after it
   * when that stands in the same paragraph ({@link #sameParagraph}), or null.
   */
  private static Chunk nearestInParagraph(
      String text, List<Chunk> candidates, Chunk to, List<Token> tokens) {
    return nearest(text, candidates, to, tokens, 1);
  }

  /**
   * The chunk nearest to {@code to} within {@code sentences} sentences of it, a chunk outside its
   * own sentences only in its paragraph of {@code text}; or null.
   */
  private static Chunk nearest(
      String text, List<Chunk> candidates, Chunk to, List<Token> tokens, int sentences) {
    int from = tokens.get(to.first()).sentence() - sentences;
    int until = tokens.get(to.last()).sentence() + sentences;
    Chunk best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (Chunk c : candidates) {
      int s = tokens.get(c.first()).sentence();
      if (s < from || s > until) {
        continue;
      }
      boolean inside = withinSentences(tokens, c, to);
      if (!inside && !sameParagraph(text, tokens, c, to)) {
        continue;
      }
      int d = c.last() < to.first() ? to.first() - c.last() : c.first() - to.last();
      if (d < 0) {
        d = 0;
      }
      // A cue in the content's own sentences wins over one in the next.
      d += inside ? 0 : 1000;
      if (d < bestDistance) {
        bestDistance = d;
        best = c;
      }
    }
    return best;
  }

  /**
   * Whether a span the model took for a cue can be one: not names, figures and punctuation alone
   * ("Trump", "ECONOMY", a dash), which introduce nothing; a colon can.
   */
  static boolean cueLike(List<Token> tokens, Chunk cue) {
    if (attributive(tokens, cue)) {
      return false;
    }
    for (int i = cue.first(); i <= cue.last(); i++) {
      Token t = tokens.get(i);
      String pos = t.pos();
      // A headline's word of speech may be tagged as a name ("Clinton Support Grows").
      boolean name =
          (pos.startsWith("NNP") || pos.equals("CD"))
              && !AttributionFeatures.CUE_LEMMAS.contains(t.word().toLowerCase(Locale.ROOT));
      boolean punctuation =
          !t.word().equals(":") && t.word().chars().noneMatch(Character::isLetterOrDigit);
      if (!name && !punctuation) {
        return true;
      }
    }
    return false;
  }

  /**
   * The spans with what the model took for a content right after "according to" taken for that
   * cue's source, which it is: "charged with conspiracy …, according to [Levy and authorities from
   * Homeland Security]", "The incident, according to [police], began …".
   */
  private static List<Chunk> sourcesAfterAccordingTo(List<Token> tokens, List<Chunk> chunks) {
    List<Chunk> out = new ArrayList<>(chunks);
    for (int i = 0; i + 1 < out.size(); i++) {
      Chunk cue = out.get(i);
      Chunk next = out.get(i + 1);
      if (cue.role() == 'C'
          && next.role() == 'Q'
          && next.first() == cue.last() + 1
          && AccordingTo.isAccordingTo(tokens, cue)) {
        out.set(i + 1, new Chunk('S', next.first(), next.last()));
      }
    }
    return out;
  }

  /**
   * The spans with a content that the model started after an {@link #attributive} cue started at
   * that cue's determiner instead, and the cue gone: "[A suspected Mafia leader] committed suicide,
   * police said", not "A [suspected] [Mafia leader committed suicide]".
   */
  private static List<Chunk> modifiersInContent(List<Token> tokens, List<Chunk> chunks) {
    List<Chunk> out = new ArrayList<>(chunks.size());
    for (int i = 0; i < chunks.size(); i++) {
      Chunk c = chunks.get(i);
      Chunk next = i + 1 < chunks.size() ? chunks.get(i + 1) : null;
      if (c.role() == 'C'
          && next != null
          && next.role() == 'Q'
          && next.first() == c.last() + 1
          && attributive(tokens, c)) {
        out.add(new Chunk('Q', c.first() - 1, next.last()));
        i++;
      } else {
        out.add(c);
      }
    }
    return out;
  }

  /** Determiners and possessives that open a noun phrase ("both" and "all" also stand alone). */
  private static final Set<String> DETERMINERS =
      Set.of(
          "a", "an", "the", "this", "that", "these", "those", "his", "her", "its", "their", "our",
          "my", "your");

  /**
   * Whether a one-word cue modifies the noun after it, between a determiner and that noun ("A
   * [suspected] Mafia leader", "the [alleged] plot"): it names no act of saying that a statement
   * could hang on.
   */
  static boolean attributive(List<Token> tokens, Chunk cue) {
    int i = cue.first();
    if (cue.last() != i || i == 0 || i + 1 >= tokens.size()) {
      return false;
    }
    Token before = tokens.get(i - 1);
    Token after = tokens.get(i + 1);
    String pos = tokens.get(i).pos();
    return (pos.equals("JJ") || pos.equals("VBN"))
        && DETERMINERS.contains(before.word().toLowerCase(Locale.ROOT))
        && before.sentence() == tokens.get(i).sentence()
        && (after.pos().startsWith("NN") || after.pos().equals("JJ"));
  }

  /**
   * The cues with a word of speech, thought or finding in them: a content links to one of those
   * before any other ("Lumen Group pulled the images …, its chief executive said").
   */
  private static List<Chunk> lexical(List<Chunk> cues, List<Token> tokens) {
    return cues.stream().filter(c -> speech(c, tokens)).toList();
  }

  /** Whether a cue holds a word of saying. */
  private static boolean speech(Chunk c, List<Token> tokens) {
    for (int i = c.first(); i <= c.last(); i++) {
      if (AttributionFeatures.CUE_LEMMAS.contains(tokens.get(i).lemma())) {
        return true;
      }
    }
    return false;
  }

  /**
   * The source nearest a cue in the cue's sentence; right after a cue that a comma opens, the
   * source after it ("…, smelled gunpowder and heard co-workers yelling, said Jean Larson, 48"):
   * the speaker of an inverted attribution, not the clause before its comma. A source after the cue
   * that a relative clause opens, with a cue of its own, speaks that clause: "Ramaswamy, a major
   * skeptic of Ukraine aid, again accused Ukraine of having a corrupt government, which [its
   * leaders] deny".
   */
  private static Chunk beside(
      List<Chunk> sources, List<Chunk> cues, Chunk cue, List<Token> tokens) {
    if (cue.first() > 0 && tokens.get(cue.first() - 1).word().equals(",")) {
      for (Chunk s : sources) {
        if (s.first() == cue.last() + 1) {
          return s;
        }
      }
    }
    List<Chunk> candidates =
        sources.stream()
            .filter(s -> s.first() <= cue.last() || !ownCue(cues, cue, s, tokens))
            .toList();
    return nearest(candidates, cue, tokens);
  }

  /**
   * Whether a source opens a relative clause ("which", "who" or "that" right before it) whose cue,
   * other than {@code cue}, follows it at once or after one adverb.
   */
  private static boolean ownCue(List<Chunk> cues, Chunk cue, Chunk source, List<Token> tokens) {
    if (source.first() == 0 || !tokens.get(source.first() - 1).pos().startsWith("W")) {
      return false;
    }
    int next = source.last() + 1;
    if (next < tokens.size() && tokens.get(next).pos().startsWith("RB")) {
      next++;
    }
    for (Chunk c : cues) {
      if (c != cue && c.first() == next) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a cue and a content stand in one paragraph, or the cue opens the paragraphs after it
   * with a colon ("Breitbart News responded:" and the reply below it). A paragraph ends at a blank
   * line, or at a line break after a sentence's last word; a line broken inside a sentence (text
   * wrapped by hand) goes on. A cue in another paragraph has a statement of its own: "… will be
   * easier for Democrats to accomplish." does not belong to the next paragraph's "Breitbart News
   * responded:".
   */
  static boolean sameParagraph(String text, List<Token> tokens, Chunk a, Chunk b) {
    Chunk first = a.first() <= b.first() ? a : b;
    Chunk second = first == a ? b : a;
    int from = tokens.get(first.last()).end();
    int to = tokens.get(second.first()).start();
    if (from >= to || !PARAGRAPH_BREAK.matcher(text).region(Math.max(0, from - 1), to).find()) {
      return true;
    }
    // The cue before the content, ending in a colon.
    if (first != a) {
      return false;
    }
    int i = from;
    while (i < to && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    return tokens.get(a.last()).word().equals(":") || (i < to && text.charAt(i) == ':');
  }

  /** A blank line, or a line break after a sentence's end (its closing quotation marks allowed). */
  private static final Pattern PARAGRAPH_BREAK =
      Pattern.compile("\\n[ \\t\\x{A0}]*\\n|[.!?][\"”’')\\]]*[ \\t\\x{A0}]*\\n");

  static Span span(String text, List<Token> tokens, Chunk c) {
    int first = c.first();
    int last = c.last();
    // "Claire Dubois-Lambert," — a span never ends or starts in punctuation.

    int start = tokens.get(first).start();
    int end = tokens.get(last).end();
    return new Span(text.substring(start, end), start, end);
  }

  static boolean overlaps(Span s, int start, int end) {
    return s.start() < end && start < s.end();
  }

  /**
   * The first and last token of a span of the text, or null when the span holds no token (a span of
   * a stored annotation need not match the tokens).
   */
  static int[] tokenRange(List<Token> tokens, Span s) {
    int first = tokenAt(tokens, s.start());
    int last = tokenAt(tokens, s.end() - 1);
    return first < 0 || last < first ? null : new int[] {first, last};
  }

  static int tokenAt(List<Token> tokens, int offset) {
    int lo = 0;
    int hi = tokens.size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      Token t = tokens.get(mid);
      if (t.end() <= offset) {
        lo = mid + 1;
      } else if (t.start() > offset) {
        hi = mid - 1;
      } else {
        return mid;
      }
    }
    return lo < tokens.size() ? lo : -1;
  }

  /** The character bounds of a token's sentence. */
  private static int[] sentenceBounds(List<Token> tokens, int at) {
    int[] range = sentenceTokens(tokens, at);
    return new int[] {tokens.get(range[0]).start(), tokens.get(range[1]).end()};
  }

  /** The first and last token of a token's sentence. */
  static int[] sentenceTokens(List<Token> tokens, int at) {
    int s = tokens.get(at).sentence();
    int first = at;
    while (first > 0 && tokens.get(first - 1).sentence() == s) {
      first--;
    }
    int last = at;
    while (last + 1 < tokens.size() && tokens.get(last + 1).sentence() == s) {
      last++;
    }
    return new int[] {first, last};
  }

  /** Pronouns of one person or thing: a statement of theirs is no group's. */
  private static final Set<String> PERSONAL = Set.of("he", "she", "it", "him", "her", "you");

  /**
   * Whether a statement's speaker is one thing that no name stands for ({@link NoNames#oneThing}:
   * "the research", "the statement"; not "a wholesaler of natural health products", an appositive
   * of a name), for the next statement's "it"; an "it" carries the thing on.
   */
  private static boolean thing(Span speaker, String resolved, boolean before) {
    if (speaker == null || resolved != null) {
      return false;
    }
    String s = speaker.text().strip().toLowerCase(Locale.ROOT);
    if (s.equals("it")) {
      return before;
    }
    return group(speaker, null, false) && NoNames.oneThing(s);
  }

  /**
   * Whether a statement's speaker is a group no name stands for, for the next statement's "they": a
   * phrase that resolved to no one and is no pronoun; a "they" carries the group on.
   */
  private static boolean group(Span speaker, String resolved, boolean before) {
    if (speaker == null || resolved != null) {
      return false;
    }
    String s = speaker.text().strip().toLowerCase(Locale.ROOT);
    if (s.equals("they")) {
      return before;
    }
    return !PERSONAL.contains(s) && !NoNames.WORDS.contains(s) && !FirstPerson.is(s);
  }
}
