package org.dossier.annotate;

import java.util.regex.Pattern;

/**
 * The words of the rules that find who said what: the verbs of saying, and the phrases that name a
 * speaker (a pronoun, a name, "the company", "a neighbour", "officials", "her mother") with what
 * may stand between a speaker and the cue. Shared by the rules for quotations ({@link Quotes}) and
 * for statements without quotation marks ({@link ReportedStatements}).
 */
final class SpeechPatterns {
  private SpeechPatterns() {}

  static final String CUES =
      "said|says|say|told|tells|tell|added|adds|wrote|writes|shared|shares|posted|posts|quipped"
          + "|quips|apologi[sz]ed|apologi[sz]es|explained|explains|stated|states|insisted|insists"
          + "|noted|notes|continued|continues|recalled|recalls|admitted|admits|claimed|claims"
          + "|argued|argues|warned|warns|replied|replies|asked|asks|tweeted|tweets|announced"
          + "|announces|declared|declares|confirmed|confirms|joked|jokes|acknowledged"
          + "|acknowledges|revealed|reveals|stressed|stresses|remarked|remarks|responded"
          + "|responds|commented|comments|captioned|mused|gushed|conceded|concedes|maintained"
          + "|maintains|denied|denies|predicted|predicts|promised|promises|urged|urges|believes"
          + "|believed|thinks|thought|suggested|suggests|penned|pens";

  /**
   * Verbs that attribute only with "that" after them ("the study found that …", not "he found the
   * keys"), and at the end of a sentence ("…, he believes").
   */
  static final String WEAK_CUES =
      "shared|posted|suggested|suggests|believes|believed|thinks|thought|learned|estimated"
          + "|estimates|recalled|recalls|promised|promises|pointed\\s+out|points\\s+out"
          + "|concluded|concludes|found|finds|showed|shows|agreed|agrees|charged|charges"
          + "|worried|worries|feared|fears|hoped|hopes|expects|expected|knows|knew|felt|feels";

  /**
   * Cues of reported speech and thought without quotation marks: the speech verbs and the verbs of
   * belief and finding that news attributes with ("reports", "has learned", "believes").
   */
  static final String INDIRECT_CUES =
      "said|says|wrote|writes|announced|announces|claimed|claims|argued|argues|warned|warns"
          + "|stated|states|added|adds|explained|explains|insisted|insists|noted|notes|confirmed"
          + "|confirms|denied|denies|admitted|admits|revealed|reveals|tweeted|tweets|reported"
          + "|reports|predicted|predicts|acknowledged|acknowledges|conceded|concedes|contended"
          + "|contends|maintained|maintains|stressed|stresses|emphasi[sz]ed|emphasi[sz]es"
          + "|alleged|alleges|asserted|asserts|declared|declares|"
          + WEAK_CUES;

  /**
   * People who speak as a group, with or without an article before them ("police said", "Indian
   * officials said", "the investigators say").
   */
  private static final String GROUPS =
      "officials|police|authorities|analysts|investigators|experts|witnesses|residents"
          + "|researchers|prosecutors|aides|officers|critics";

  static final String PRONOUN = "(?:he|she|they|He|She|They|I|we|We|it|It)";

  /**
   * People a story quotes by what they are to it: "a friend said", "one neighbour said", "her
   * mother said", "a close relative told".
   */
  static final String PEOPLE =
      "friends?|neighbou?rs?|relatives?|witness(?:es)?|residents?|mother|father|sister|brother"
          + "|daughter|son|wife|husband|parents?|cousin|aunt|uncle|grandmother|grandfather"
          + "|colleagues?|classmates?|teachers?|doctors?|students?|fans?|survivors?|victims?"
          + "|employees?|workers?|owners?|managers?|customers?|passengers?|members?|users?"
          + "|voters?|supporters?|activists?|campaigners?|lawmakers?|legislators?|senators?"
          + "|officers?|detectives?|investigators?|experts?|analysts?|economists?|researchers?"
          + "|scientists?|professors?|historians?|observers?|diplomats?|insiders?|organi[sz]ers?"
          + "|woman|man|women|men|people|partner|boyfriend|girlfriend|spokespeople";

  /** The words before a speaker's noun: up to three, none a preposition, article or conjunction. */
  private static final String MODIFIERS =
      "(?:(?!(?:in|on|at|a|an|the|of|for|to|with|by|from|and|or)\\s)[A-Za-z\\-]+\\s+){0,3}";

  /**
   * A person named by what they are to the story, after a quotation: '"…," a neighbour said', '"…,"
   * said one friend', '"…," her mother said'. Only there, where such a phrase before a cue can only
   * be the speaker; as a speaker of every pattern (reported statements too) it moved no figure
   * beyond what a retrain of the tagger moves.
   */
  static final String PERSON_PHRASE =
      "(?:[Tt]he|[Aa]n?|[Oo]ne|[Aa]nother|[Hh]is|[Hh]er|[Tt]heir|[Oo]ur)\\s+"
          + MODIFIERS
          + "(?:"
          + PEOPLE
          + ")";

  static final String NOUN_PHRASE =
      "(?:(?:[Tt]he|[Aa]n?)\\s+"
          + MODIFIERS
          + "(?:"
          + Speakers.ORG_NOUNS
          + "|spokesperson|spokeswoman|spokesman|representative|rep|minister|statement"
          + "|star|singer|actress|actor|designer|president|chief|official|source|sources"
          + "|report|court|player|coach|prosecutor|lawyer|attorney|release|military|navy|army"
          + "|commission|committee|union|office|board|survey|poll|study|newspaper|magazine|"
          + GROUPS
          + ")|(?:[A-Z][\\p{L}\\-]+\\s+){0,2}(?:"
          + GROUPS
          + "))(?:\\s+for\\s+"
          + Speakers.NAME
          + ")?";

  static final String SPEAKER = "(" + NOUN_PHRASE + "|" + PRONOUN + "|" + Speakers.NAME + ")";

  /**
   * What may stand between a speaker and the cue: a relative clause ("The singer, who had sworn off
   * the label in 2025, said …"), an age ("Okafor, 29, said …") or a role ("Halvorsen, the chief
   * executive of Nordlys Ferries, said …").
   */
  static final String APPOSITIVE =
      "(?:,\\s+(?:(?:who|whose)\\b[^;]{1,160}?|\\d{1,3}"
          + "|(?:the|its|her|his|their)\\s+[^,;\"“”]{1,60}?"
          + "(?:executive|director|spokes(?:wo)?man|spokesperson|president|founder|ceo|chief"
          + "|minister|manager|head|chair(?:man|woman)?|officer|secretary|lawyer|editor|agent)"
          + "(?:\\s+(?:of|at|for)\\s+[^,;\"“”]{1,60}?)?),)?";

  /** "according to X," where X runs to the comma: "Verlaine's chief executive Paul Marchetti". */
  static final Pattern ACCORDING_TO =
      Pattern.compile("\\b([Aa]ccording to)\\s+([^,.;:\"“”]{2,80}?)(?=[,.;:]|$)");
}
