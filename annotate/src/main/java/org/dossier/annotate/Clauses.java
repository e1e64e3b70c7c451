package org.dossier.annotate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.dossier.annotate.AttributionDocument.Token;
import org.dossier.annotate.Attributions.Chunk;

/**
 * What the clauses between a cue, its source and its content say about them: a content inside a
 * name, an adjunct, a clause of its own or a relative clause is not the cue's statement; a subject
 * of a passive is whom the statement was about, unless its "by" names who made it.
 */
final class Clauses {
  private Clauses() {}

  /**
   * Whether a content starts inside a name: a proper noun after a proper noun, or after "of" that
   * follows one ("Gulf of [Aden …"), or the "that" of a relative clause right after a name ("Gulf
   * of Aden [that commenced …"). The model cut the name or took its clause; its span is no
   * statement's.
   */
  static boolean insideName(List<Token> tokens, Chunk content) {
    int i = content.first();
    if (i > 0
        && i < content.last()
        && tokens.get(i).word().equals("that")
        && tokens.get(i - 1).pos().startsWith("NNP")
        && Attributions.FINITE.contains(tokens.get(i + 1).pos())) {
      // "in the Gulf of Aden [that commenced in October]": "that" between a name and a verb opens
      // a relative clause, whose subject it is; a statement's "that" is followed by its own.
      return true;
    }
    if (i == 0 || !tokens.get(i).pos().startsWith("NNP") || tokens.get(i).inQuote()) {
      return false;
    }
    Token before = tokens.get(i - 1);
    if (before.pos().startsWith("NNP") && before.end() < tokens.get(i).start()) {
      return true;
    }
    return i >= 2 && before.word().equals("of") && tokens.get(i - 2).pos().startsWith("NNP");
  }

  /**
   * Whether a reported content is what the speaker did while speaking, not what was said: a
   * participle of no verb of saying right after a quotation's cue and a comma, or after the speaker
   * named behind that cue ("“The dad is shook,” Mr. Blacks said, [standing by a makeshift
   * memorial]", "“What kind of people do I have here?” Trump asked, [looking far from
   * displeased]"). Without a quotation before, the participle goes on with the statement the cue
   * interrupts ("The emails were on a variety of topics, the Times said, [including speeches]");
   * and "…, adding that …" is a statement.
   */
  static boolean adjunctAfterCue(List<Token> tokens, Chunk cue, Chunk source, Chunk content) {
    int first = content.first();
    if (first < 2) {
      return false;
    }
    Token lead = tokens.get(first);
    if (!lead.pos().equals("VBG")
        || AttributionFeatures.CUE_LEMMAS.contains(lead.lemma())
        || !tokens.get(first - 1).word().equals(",")) {
      return false;
    }
    int before = first - 2;
    boolean speakerBehind = source != null && source.first() > cue.last();
    if (before != cue.last() && !(speakerBehind && before == source.last())) {
      return false;
    }
    // The attribution opens with its cue ("…,” said X,") or with its speaker ("…,” X said,").
    int opens = source != null && source.last() == cue.first() - 1 ? source.first() : cue.first();
    return opens > 0 && CLOSING_QUOTES.contains(tokens.get(opens - 1).word());
  }

  /** Words that join two clauses of their own: what follows one is not the first one's. */
  private static final Set<String> COORDINATORS = Set.of("but", "and", "yet", "whereas", ";");

  /**
   * Words that open a clause inside another (a relative or adverbial one), after which a verb may
   * stand between a cue and its content: "told reporters who had gathered outside that …".
   */
  private static final Set<String> EMBEDDING =
      Set.of(
          "who",
          "whom",
          "whose",
          "which",
          "that",
          "where",
          "when",
          "as",
          "after",
          "before",
          "because",
          "since",
          "if",
          "although",
          "though",
          "until",
          "while");

  /**
   * Where the clause of its own that a content after its cue in the sentence belongs to starts (its
   * joining word), or -1: a word joining two clauses, then a finite verb that is no word of speech,
   * between the cue and the content ("Karamanlis has rejected calls by opposition leaders to hold
   * early elections, [but] his party holds [only a one-seat majority]"). What a relative or
   * adverbial clause puts between a cue and its content ("told reporters who had gathered outside
   * that …") stays the cue's, and so do a quotation, a "that" clause and a second verb of the same
   * subject ("The research not only documented faster increases, but also drew [direct links …]").
   */
  static int laterClause(List<Token> tokens, Chunk cue, Chunk content) {
    if (cue.last() >= content.first()
        || tokens.get(cue.last()).sentence() != tokens.get(content.first()).sentence()) {
      return -1;
    }
    String lead = tokens.get(content.first()).word();
    if (Attributions.isQuotation(lead) || lead.equalsIgnoreCase("that")) {
      return -1;
    }
    int joined = -1;
    boolean subject = false;
    for (int i = cue.last() + 1; i < content.first(); i++) {
      Token t = tokens.get(i);
      String lower = t.word().toLowerCase(Locale.ROOT);
      if (EMBEDDING.contains(lower)) {
        return -1;
      }
      if (COORDINATORS.contains(lower)) {
        joined = i;
        subject = false;
      } else if (joined >= 0 && (t.pos().startsWith("NN") || t.pos().startsWith("PRP"))) {
        subject = true;
      } else if (subject
          && Attributions.FINITE.contains(t.pos())
          && !AttributionFeatures.CUE_LEMMAS.contains(t.lemma())) {
        return joined;
      }
    }
    return -1;
  }

  /**
   * Where the relative clause starts (its "who", "which" or "that") when a content stands right
   * after a verb of no speech in a relative clause between its cue and itself, so that it is that
   * verb's object rather than the cue's statement ("…, said the spokesman, who declined [to give
   * his name]"); else -1.
   */
  static int relativeClause(List<Token> tokens, Chunk cue, Chunk content) {
    int first = content.first();
    if (cue.last() >= first - 1
        || tokens.get(cue.last()).sentence() != tokens.get(first).sentence()) {
      return -1;
    }
    if (!otherVerb(tokens.get(first - 1))) {
      return -1;
    }
    for (int i = cue.last() + 1; i < first - 1; i++) {
      if (relativePronoun(tokens.get(i)) || tokens.get(i).pos().equals("WP$")) {
        return i;
      }
    }
    return -1;
  }

  /** Prepositions of place or occasion that may end a cue: "testifying Tuesday at". */
  private static final Set<String> PLACE_PREPOSITIONS = Set.of("at", "during");

  /**
   * Whether a content is where or when its cue happened, not what was said: the cue ends with a
   * preposition of place or occasion, or the content opens with one after the cue's time words, and
   * the content holds no verb ("Mangoni, testifying Tuesday at [Hiller's preliminary hearing], said
   * …", "testifying [Tuesday at the hearing]").
   */
  static boolean placeNotStatement(
      List<Token> tokens, Chunk cue, Chunk content, boolean[] timeWords) {
    if (cue.last() != content.first() - 1) {
      return false;
    }
    int k = content.first();
    while (k < content.last() && timeWords[k]) {
      k++;
    }
    String lead = (k > content.first() ? tokens.get(k) : tokens.get(cue.last())).word();
    return PLACE_PREPOSITIONS.contains(lead.toLowerCase(Locale.ROOT))
        && !verbIn(tokens, content.first(), content.last());
  }

  /** Words tagged as prepositions that open a statement: "that", "whether", "if", "because". */
  private static final Set<String> OPENING_CONJUNCTIONS =
      Set.of(
          "that",
          "whether",
          "if",
          "because",
          "although",
          "though",
          "while",
          "since",
          "as",
          "about");

  /**
   * Whether a content outside quotation marks, after its cue, is a phrase about how or where the
   * words came, not the words: it holds no finite verb or quotation mark and opens with a
   * preposition or right after one that is not the cue's last word ("Payton said in a conference
   * call [with Seattle-area reporters]", "… call with [Seattle-area reporters]"), or with a
   * participle right after a noun ("Bensel said in a statement [released by the team]").
   */
  static boolean phraseNotStatement(List<Token> tokens, Chunk cue, Chunk content) {
    int first = content.first();
    if (cue.last() >= first || first == 0) {
      return false;
    }
    for (int i = first; i <= content.last(); i++) {
      Token t = tokens.get(i);
      if (Attributions.FINITE.contains(t.pos()) || Attributions.isQuotation(t.word())) {
        return false; // a clause, or someone's words in quotation marks ("by ''stubbornly …''")
      }
    }
    Token open = tokens.get(first);
    Token before = tokens.get(first - 1);
    return preposition(open)
        || preposition(before) && before.sentence() == open.sentence() && cue.last() < first - 1
        || open.pos().equals("VBN") && before.pos().startsWith("NN");
  }

  /** Conjunctions that open a clause before the main one: "While Berg said …, critics …". */
  static final Set<String> SUBORDINATORS =
      Set.of("while", "although", "though", "whereas", "because", "since", "as", "if", "when");

  /**
   * The spans with each content of a cue in a clause that opens its sentence with a conjunction
   * ("While", "Although", "As", "When") ended where that clause ends: at the comma after which the
   * sentence's main clause begins with its subject and verb. "[While] Mayor Berg said [the plan
   * would bring jobs], critics called it reckless", not "… jobs, critics called it reckless". A
   * content in quotation marks is left to the rules.
   */
  static List<Chunk> subordinateContents(List<Token> tokens, List<Chunk> chunks) {
    List<Chunk> out = null;
    for (int i = 0; i + 1 < chunks.size(); i++) {
      Chunk cue = chunks.get(i);
      Chunk content = chunks.get(i + 1);
      if (cue.role() != 'C'
          || content.role() != 'Q'
          || content.first() != cue.last() + 1
              && !(content.first() == cue.last() + 2
                  && tokens.get(cue.last() + 1).word().equalsIgnoreCase("that"))) {
        continue;
      }
      int sentence = tokens.get(cue.first()).sentence();
      int open = Attributions.sentenceTokens(tokens, cue.first())[0];
      if (!SUBORDINATORS.contains(tokens.get(open).word().toLowerCase(Locale.ROOT))
          || open + 1 >= cue.first()) {
        continue;
      }
      boolean commaBefore = false;
      for (int k = open + 1; k < cue.first(); k++) {
        commaBefore |= tokens.get(k).word().equals(",");
      }
      if (commaBefore) {
        continue; // the cue is in the main clause already
      }
      for (int k = content.first() + 1; k < content.last(); k++) {
        Token t = tokens.get(k);
        if (t.inQuote() || tokens.get(k).sentence() != sentence) {
          break;
        }
        if (t.word().equals(",") && AccordingTo.clauseAfter(tokens, k + 1, content.last())) {
          if (out == null) {
            out = new ArrayList<>(chunks);
          }
          out.set(i + 1, new Chunk('Q', content.first(), k - 1));
          break;
        }
      }
    }
    return out == null ? chunks : out;
  }

  /** Tags of the words of a noun phrase after "behalf of": "the Sheriff's Department". */
  private static final Pattern NOUN_PHRASE_WORD = Pattern.compile("DT|PRP\\$|NNP?S?|JJ|POS");

  /**
   * Whether a content names those on whose behalf someone spoke, not what was said: it opens right
   * after "behalf of" or inside the noun phrase after it, wherever its cue stands ("Speaking on
   * behalf of [the Sheriff's Department], Retzlaff added that …"). PolNeAR marks no span there.
   */
  static boolean onBehalfOf(List<Token> tokens, Chunk content) {
    int i = content.first() - 1;
    for (int k = 0;
        k < 4 && i >= 0 && NOUN_PHRASE_WORD.matcher(tokens.get(i).pos()).matches();
        k++) {
      i--; // "on behalf of the [Sheriff's Department]", "… of the Sheriff's [Department]"
    }
    return i >= 1
        && tokens.get(i).word().equalsIgnoreCase("of")
        && tokens.get(i - 1).word().equalsIgnoreCase("behalf");
  }

  /** Whether a token is a preposition that opens no statement ("with", "in"; not "that"). */
  private static boolean preposition(Token t) {
    return t.pos().equals("IN")
        && !OPENING_CONJUNCTIONS.contains(t.word().toLowerCase(Locale.ROOT));
  }

  /** Whether a verb or a modal stands among the tokens {@code from..to}. */
  static boolean verbIn(List<Token> tokens, int from, int to) {
    for (int i = from; i <= to; i++) {
      String pos = tokens.get(i).pos();
      if (pos.startsWith("VB") || pos.equals("MD")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Verbs that ask for anonymity: "who asked not to be named", "declined to be identified", "who
   * wished to remain anonymous".
   */
  private static final Set<String> ASKING =
      Set.of(
          "ask", "request", "decline", "refuse", "speak", "agree", "insist", "wish", "want",
          "prefer");

  /**
   * Whether a cue asks not to be named: "a spokeswoman who [asked] not to be named said". The
   * statement is the cue's after it.
   */
  static boolean anonymityCue(String text, List<Token> tokens, Chunk cue) {
    int after = cue.last() + 1;
    return after < tokens.size()
        && asking(tokens, cue)
        && ANONYMITY.matcher(text).region(tokens.get(after).start(), text.length()).lookingAt();
  }

  private static boolean asking(List<Token> tokens, Chunk cue) {
    for (int i = cue.first(); i <= cue.last(); i++) {
      if (ASKING.contains(tokens.get(i).lemma())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Not to be named, as a request puts it: "not to be named", "to be identified", "to be quoted",
   * "to remain anonymous", and as a refusal does: "declined to give his name". The rules' trailing
   * attributions read it too ({@code ReportedStatements.ANONYMOUS}).
   */
  static final String NOT_NAMED =
      "(?:(?:not\\s+)?to\\s+be\\s+(?:named|identified|quoted)"
          + "|to\\s+(?:remain|stay)\\s+(?:anonymous|unnamed|unidentified|nameless)"
          + "|to\\s+(?:give|provide|disclose|reveal|release|share)\\s+(?:his|her|their)"
          + "\\s+(?:(?:full|last|first)\\s+)?names?)";

  /** A request not to be named, which is what a source asked, not what it said. */
  private static final Pattern ANONYMITY =
      Pattern.compile(
          "(?i)"
              + NOT_NAMED
              + "\\b.*|(?:on )?(?:the )?conditions? of anonymity\\b.*|anonymity\\b.*|(?:that"
              + " )?(?:his|her|their|its) names? (?:not )?(?:be )?(?:used|published|given|withheld)"
              + "\\b.*");

  /**
   * Whether a content is a source's request to stay unnamed ("a France Telecom spokeswoman who
   * asked [not to be named] said"): no statement. The verb that asks may be the content's cue or
   * stand right before it when a word of speech took the content ("…, said the spokesman, who
   * declined [to give his name in line with military policy]").
   */
  static boolean anonymity(String text, List<Token> tokens, Chunk cue, Chunk content) {
    int before = content.first() - 1;
    boolean asked =
        asking(tokens, cue)
            || before >= 0 && ASKING.contains(tokens.get(before).lemma())
            || before >= 1
                && tokens.get(before).pos().equals("RB")
                && ASKING.contains(tokens.get(before - 1).lemma());
    return asked
        && ANONYMITY
            .matcher(text)
            .region(tokens.get(content.first()).start(), tokens.get(content.last()).end())
            .matches();
  }

  /**
   * Whether the token at {@code at} opens a relative clause on the noun before it: "who", "which"
   * or a "that" the tagger reads as a relative pronoun, right after a noun or a comma, with a verb
   * right after it ("a store that has been looted", "Smith, who said").
   */
  static boolean relativeOnNoun(List<Token> tokens, int at) {
    if (at < 1 || at + 1 >= tokens.size()) {
      return false;
    }
    Token t = tokens.get(at);
    String word = t.word().toLowerCase(Locale.ROOT);
    if (!relativePronoun(t)
        || !(word.equals("that") || word.equals("which") || word.equals("who"))) {
      return false;
    }
    Token before = tokens.get(at - 1);
    Token after = tokens.get(at + 1);
    boolean nounBefore = before.pos().startsWith("NN") || before.word().equals(",");
    // A finite verb: "reporters that linking him … was unfair" is a statement.
    boolean verbAfter = Attributions.FINITE.contains(after.pos());
    return nounBefore && verbAfter && before.sentence() == t.sentence();
  }

  /**
   * Where a sentence goes back to its own clause after a statement in a relative clause: when the
   * cue at {@code cueFirst} follows ", who" or ", which", or is the participle of a charge right
   * after its noun (a reduced relative: "a woman accused of shooting three co-workers, killing two
   * of them, starts Monday"), the first comma from {@code from} to {@code to} with a finite verb
   * right after it ("The sniper, who told police his rounds were meant for a rival gang, has been
   * charged"); else -1.
   */
  static int backToMainClause(List<Token> tokens, int cueFirst, int from, int to) {
    if (cueFirst < 2) {
      return -1;
    }
    boolean relative =
        relativePronoun(tokens.get(cueFirst - 1)) && tokens.get(cueFirst - 2).word().equals(",");
    boolean reduced =
        tokens.get(cueFirst).pos().equals("VBN")
            && CHARGES.contains(tokens.get(cueFirst).lemma())
            && tokens.get(cueFirst - 1).pos().startsWith("NN")
            && tokens.get(cueFirst - 1).sentence() == tokens.get(cueFirst).sentence();
    if (!relative && !reduced) {
      return -1;
    }
    for (int i = Math.max(from, 1); i < to && i + 1 < tokens.size(); i++) {
      if (tokens.get(i).word().equals(",")
          && Attributions.FINITE.contains(tokens.get(i + 1).pos())) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Verbs of a charge, whose participle after a noun is a reduced relative ("a woman accused of
   * …"): a verb of saying there is as often a past tense the tagger read as a participle ("Western
   * Journalism reported that …").
   */
  private static final Set<String> CHARGES =
      Set.of("accuse", "charge", "suspect", "convict", "indict", "arrest", "sentence", "blame");

  /** Whether a token is a verb and no verb of saying ("declined", "holds"). */
  static boolean otherVerb(Token t) {
    return t.pos().startsWith("VB") && !AttributionFeatures.CUE_LEMMAS.contains(t.lemma());
  }

  /** Whether a token is a relative pronoun: "who", "which", "that" as the tagger reads them. */
  static boolean relativePronoun(Token t) {
    return t.pos().equals("WP") || t.pos().equals("WDT");
  }

  /**
   * Where the relative clause starts (its "who" or "which") when a content stands right after a
   * verb of no speech in a relative clause of its cue's source, and right before that cue ("Maral,
   * a resident of Ashgabat who declined [to give her surname …], told the Associated Press"); else
   * -1.
   */
  static int relativeClauseBefore(List<Token> tokens, Chunk cue, Chunk content) {
    int first = content.first();
    int sentence = tokens.get(first).sentence();
    if (first < 2
        || content.last() >= cue.first()
        || tokens.get(cue.first()).sentence() != sentence) {
      return -1;
    }
    for (int i = content.last() + 1; i < cue.first(); i++) {
      if (!tokens.get(i).word().equals(",")) {
        return -1;
      }
    }
    if (!otherVerb(tokens.get(first - 1))) {
      return -1;
    }
    // "who declined", "who had long declined": the pronoun a few words before the verb.
    for (int i = first - 2; i >= Math.max(0, first - 5); i--) {
      Token t = tokens.get(i);
      if (t.sentence() != sentence) {
        return -1;
      }
      if (relativePronoun(t)) {
        return i;
      }
      if (!(t.pos().startsWith("RB") || t.pos().startsWith("VB") || t.pos().equals("MD"))) {
        return -1;
      }
    }
    return -1;
  }

  /** The last of the model's cues wholly between two tokens, or null. */
  static Chunk cueBetween(List<Chunk> cues, int after, int before) {
    Chunk found = null;
    for (Chunk c : cues) {
      if (c.first() > after && c.last() < before) {
        found = c;
      }
    }
    return found;
  }

  /**
   * Whether a content opens with a verb's particle, alone or after a pronoun ("they called [it off
   * only months before their wedding]": "call off", not a call): the cue and its particle are one
   * verb, and what follows them is no statement.
   */
  static boolean opensWithParticle(List<Token> tokens, Chunk content) {
    int first = content.first();
    String lead = tokens.get(first).pos();
    return lead.equals("RP")
        || (lead.equals("PRP")
            && first < content.last()
            && tokens.get(first + 1).pos().equals("RP"));
  }

  /** A closing quotation mark as the tokenizer leaves it. */
  private static final Set<String> CLOSING_QUOTES = Set.of("\"", "”", "''", "’", "»");

  /** Verbs whose object is whom a statement is made to or about: "accused", "told", "asked". */
  private static final Set<String> TARGET_VERBS =
      Set.of(
          "accuse", "tell", "ask", "urge", "warn", "order", "advise", "inform", "blame", "charge");

  /**
   * Whether a cue is a passive whose subject did not say it: the passive of a verb whose object is
   * the statement's target or addressee ("was accused of", "were told", "has been asked"), or any
   * passive that ends the cue's verbs ("The Angels are believed to be offering eight years",
   * "Ginsburg is known for …", "was widely reported"), where the subject is what was said of. "The
   * Fed is expected to announce" and "was quoted as saying" go on to a verb of the subject's own,
   * and keep it.
   */
  static boolean subjectNotSource(List<Token> tokens, Chunk cue) {
    Token lead = tokens.get(cue.first());
    if (cue.first() > 0
        && lead.pos().equals("VBN")
        && TARGET_VERBS.contains(lead.lemma())
        && (tokens.get(cue.first() - 1).pos().startsWith("NN")
            || tokens.get(cue.first() - 1).word().equals(","))) {
      return true; // "the employee [accused of] shooting three co-workers": a reduced relative
    }
    int participle = passiveParticiple(tokens, cue);
    return participle >= 0
        && (TARGET_VERBS.contains(tokens.get(participle).lemma())
            || !verbAfter(tokens, participle + 1, cue.last()));
  }

  /**
   * Where the participle of a passive cue stands ("was [asked]", "has been [told]", "are widely
   * [believed]"), or -1 when the cue's verb is not a passive's participle.
   */
  private static int passiveParticiple(List<Token> tokens, Chunk cue) {
    boolean be = beBefore(tokens, cue.first());
    for (int i = cue.first(); i <= cue.last(); i++) {
      Token t = tokens.get(i);
      if (t.lemma().equals("be")) {
        be = true;
      } else if (be && t.pos().equals("VBN")) {
        return i;
      } else if (!t.pos().startsWith("RB") && !AUXILIARY_TAGS.contains(t.pos())) {
        return -1;
      }
    }
    return -1;
  }

  /**
   * Verbs whose passive makes a subject of whom the statement was made to: "was asked", "were
   * told".
   */
  private static final Set<String> ADDRESSEE_VERBS =
      Set.of("ask", "tell", "urge", "warn", "order", "advise", "inform", "remind", "assure");

  /**
   * How many tokens may stand between a passive cue and the content of the question it was asked.
   */
  private static final int ASKED_REACH = 8;

  /**
   * Whether a content right before its cue is the subject of a passive whose subject is whom the
   * statement was made to, not what was said: "[Sanders] was asked by host Bill Maher …",
   * "[LaCalamita] was asked by Judge Michael A. Martone if he understood the charges", "[the
   * audience] was told that …". Such a subject is the statement's only when it is the thing said:
   * "the question was asked", "Jokes are told". So it is taken for the addressee when it is a name
   * or a pronoun, or when a content of the cue's own follows it in the sentence, a few words on.
   */
  static boolean addresseeSubject(
      List<Token> tokens, Chunk cue, Chunk content, List<Chunk> chunks) {
    int participle = passiveParticiple(tokens, cue);
    if (content.last() >= cue.first()
        || participle < 0
        || !ADDRESSEE_VERBS.contains(tokens.get(participle).lemma())) {
      return false;
    }
    for (int i = content.last() + 1; i < cue.first(); i++) {
      String pos = tokens.get(i).pos();
      if (!pos.startsWith("RB") && !AUXILIARY_TAGS.contains(pos) && !pos.equals("VB")) {
        return false; // words of another clause between the subject and its passive
      }
    }
    boolean named = false;
    boolean pronouns = true;
    for (int i = content.first(); i <= content.last(); i++) {
      String pos = tokens.get(i).pos();
      named |= pos.startsWith("NNP");
      pronouns &= pos.equals("PRP");
    }
    if (named || pronouns) {
      return true;
    }
    int sentence = tokens.get(cue.last()).sentence();
    for (Chunk c : chunks) {
      if (c.role() == 'Q'
          && c.first() > cue.last()
          && c.first() - cue.last() <= ASKED_REACH
          && tokens.get(c.first()).sentence() == sentence) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a content is the question or charge of a participle opening its sentence, which the
   * main clause's subject was asked or told, not said: "[Asked] [if he might have lived], Waldie
   * said he could not say", "When [asked] [about the gunman], the sheriff said …". PolNeAR gives
   * such a cue no source, or the one after its "by". A cue that goes on to a verb of the subject's
   * own ("When [asked to confirm] [his part], a source did so") keeps it.
   */
  static boolean putToSubject(List<Token> tokens, Chunk cue, Chunk content) {
    Token lead = tokens.get(cue.first());
    return TARGET_VERBS.contains(lead.lemma())
        && (lead.pos().equals("VBN") || lead.pos().equals("VBD"))
        && content.first() > cue.last()
        && tokens.get(content.first()).sentence() == lead.sentence()
        && !verbIn(tokens, cue.first() + 1, cue.last())
        && opensClause(tokens, cue.first());
  }

  /**
   * Whether a token opens its sentence, alone or after a conjunction of time or condition ("When
   * asked", "If asked"): a participle there is a clause's, whose subject is the main clause's.
   */
  private static boolean opensClause(List<Token> tokens, int at) {
    int i = at;
    if (i > 0
        && tokens.get(i - 1).sentence() == tokens.get(at).sentence()
        && PARTICIPLE_CONJUNCTIONS.contains(tokens.get(i - 1).word().toLowerCase(Locale.ROOT))) {
      i--;
    }
    return i == 0 || tokens.get(i - 1).sentence() != tokens.get(at).sentence();
  }

  /** Conjunctions that open a participle's clause: "When asked", "If asked", "Once asked". */
  private static final Set<String> PARTICIPLE_CONJUNCTIONS =
      Set.of("when", "if", "once", "after", "while", "as", "before");

  /** Whether "by" stands between a passive cue and a source after it ("was first reported by"). */
  static boolean byAgent(List<Token> tokens, Chunk cue, Chunk source) {
    for (int i = cue.first(); i <= source.first(); i++) {
      if (tokens.get(i).word().equalsIgnoreCase("by")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a form of "be" stands right before a token, adverbs aside ("are [widely] believed").
   */
  private static boolean beBefore(List<Token> tokens, int at) {
    for (int i = at - 1; i >= 0; i--) {
      Token t = tokens.get(i);
      if (t.lemma().equals("be")) {
        return true;
      }
      if (!t.pos().startsWith("RB")) {
        return false;
      }
    }
    return false;
  }

  private static boolean verbAfter(List<Token> tokens, int from, int to) {
    for (int i = from; i <= to; i++) {
      if (tokens.get(i).pos().startsWith("VB")) {
        return true;
      }
    }
    return false;
  }

  /** Tags of the words a passive's participle may follow besides "be": "has", "will", "had". */
  private static final Set<String> AUXILIARY_TAGS = Set.of("MD", "VBD", "VBN", "VBP", "VBZ");
}
