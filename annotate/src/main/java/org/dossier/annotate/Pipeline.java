package org.dossier.annotate;

import edu.stanford.nlp.ie.NERClassifierCombiner;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.tagger.maxent.MaxentTagger;
import edu.stanford.nlp.time.TimeAnnotator;
import edu.stanford.nlp.util.CoreMap;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * The CoreNLP pipelines of the process: tokenize, ssplit, pos, lemma and the NER's numeric
 * classifiers (names come from {@link NameTagger}), the same with CoreNLP's CRF NER (the name
 * tagger's teacher), and as Dossier ran it up to annotator version 4 (the reference of {@code
 * dossier eval entities}); and SUTime, run apart on the sentences that may hold a time. Loading
 * each takes seconds, so each is built once, on first use; {@link StanfordCoreNLP#annotate} may be
 * called from several threads at once.
 */
final class Pipeline {
  private Pipeline() {}

  /** The longest sentence, in tokens, that is tagged and searched for entities and times. */
  static final int MAX_SENTENCE_TOKENS = 250;

  /**
   * The tokens of each sentence of a text as a teacher pipeline annotates them, sentences too long
   * to be tagged ({@link #MAX_SENTENCE_TOKENS}) left out: what the distilled taggers learn from.
   */
  static List<List<CoreLabel>> taughtSentences(StanfordCoreNLP teacher, String text) {
    edu.stanford.nlp.pipeline.Annotation doc = new edu.stanford.nlp.pipeline.Annotation(text);
    teacher.annotate(doc);
    List<List<CoreLabel>> out = new ArrayList<>();
    List<CoreMap> sentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
    for (CoreMap sentence : sentences == null ? List.<CoreMap>of() : sentences) {
      List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
      if (!tokens.isEmpty() && tokens.size() <= MAX_SENTENCE_TOKENS) {
        out.add(tokens);
      }
    }
    return out;
  }

  private static final class Holder {
    static final StanfordCoreNLP PIPELINE = new StanfordCoreNLP(learnedProperties());
  }

  static StanfordCoreNLP get() {
    return Holder.PIPELINE;
  }

  /**
   * The annotator's configuration: {@link #properties()} with an office's abbreviation kept in its
   * sentence ({@link TitleSentences}), closing quotation marks put back in the sentences they close
   * ({@link QuoteSentences}), the part-of-speech tags from {@link PosAnnotator} (the distilled
   * tagger, CoreNLP's where it is unsure) instead of CoreNLP's tagger, and CoreNLP's lemmas looked
   * up once per word and tag ({@link LemmaAnnotator}).
   */
  static Properties learnedProperties() {
    Properties p = properties();
    String numeric = Boolean.getBoolean("dossier.ner.everySentence") ? "ner" : "dner";
    p.setProperty("annotators", "tokenize,ssplit,tsplit,qsplit,dpos,clemma," + numeric);
    p.setProperty("customAnnotatorClass.tsplit", TitleSentences.class.getName());
    p.setProperty("customAnnotatorClass.qsplit", QuoteSentences.class.getName());
    p.setProperty("customAnnotatorClass.dpos", PosAnnotator.class.getName());
    p.setProperty("customAnnotatorClass.dner", NumericNerAnnotator.class.getName());
    p.setProperty("customAnnotatorClass.clemma", LemmaAnnotator.class.getName());
    return p;
  }

  private static final class PosTeacherHolder {
    static final StanfordCoreNLP PIPELINE = new StanfordCoreNLP(posTeacherProperties());
  }

  /** CoreNLP's tokenizer, sentence splitter and tagger, configured as the annotator's. */
  static StanfordCoreNLP posTeacher() {
    return PosTeacherHolder.PIPELINE;
  }

  static Properties posTeacherProperties() {
    Properties p = properties();
    p.setProperty("annotators", "tokenize,ssplit,pos");
    return p;
  }

  private static final class TaggerHolder {
    static final MaxentTagger TAGGER = new MaxentTagger(MaxentTagger.DEFAULT_JAR_PATH);
  }

  /**
   * CoreNLP's part-of-speech tagger (english-left3words-distsim, as its pipeline loads it), for the
   * sentences the distilled tagger is unsure of. It loads on the first call.
   */
  static MaxentTagger posTagger() {
    return TaggerHolder.TAGGER;
  }

  private static final class TeacherHolder {
    static final StanfordCoreNLP PIPELINE = new StanfordCoreNLP(teacherProperties());
  }

  /**
   * The pipeline with CoreNLP's CRF NER ({@link #NER_MODELS}): what the name tagger learns from,
   * and what the annotator runs instead of it with {@code -Ddossier.names=crf}.
   */
  static StanfordCoreNLP teacher() {
    return TeacherHolder.PIPELINE;
  }

  private static final class CrfHolder {
    static final NERClassifierCombiner CRF = load();

    private static NERClassifierCombiner load() {
      try {
        NERClassifierCombiner crf = new NERClassifierCombiner(false, false, THREE_CLASS_MODEL);
        if (!Boolean.getBoolean("dossier.crf.ownIndex")) {
          FingerprintIndex.install(crf);
        }
        return crf;
      } catch (IOException e) {
        throw new UncheckedIOException("CoreNLP's NER models " + NER_MODELS, e);
      }
    }
  }

  /**
   * CoreNLP's 3-class CRF model alone (person, organisation, location; no numeric classifiers), for
   * the sentences the name tagger is unsure of. In {@link #NER_MODELS} the CoNLL 4-class model
   * after it adds only its other names ("MISC") to what the 3-class model leaves untagged; the name
   * tagger's own other names stand in for those ({@link NameTagger}), which halves the fallback's
   * cost. It loads on the first call.
   */
  static NERClassifierCombiner crf() {
    return CrfHolder.CRF;
  }

  private static final class ReferenceHolder {
    static final StanfordCoreNLP PIPELINE = new StanfordCoreNLP(referenceProperties());
  }

  /**
   * The pipeline as it was up to annotator version 4, with CoreNLP's three default CRF models: the
   * reference {@code dossier eval entities} measures the annotator's entities against.
   */
  static StanfordCoreNLP reference() {
    return ReferenceHolder.PIPELINE;
  }

  /** The 3-class CRF model, whose word clusters the name tagger reads too. */
  static final String THREE_CLASS_MODEL =
      "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz";

  /**
   * The NER's CRF models: CoreNLP's 3-class (person, organisation, location) and CoNLL 4-class
   * (adding other names). CoreNLP's default adds the MUC 7-class model, whose extra types (money,
   * percent, date, time) the numeric classifiers and SUTime give too: without it the bare pipeline
   * ran about 16 % faster in one pair of {@code bench annotate} runs, and its person, organisation,
   * location and other names agree with the three models' at span-and-type F1 0.999 ({@code dossier
   * eval entities}, PolNeAR dev).
   */
  static final String NER_MODELS =
      THREE_CLASS_MODEL + ",edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz";

  /** The configuration up to annotator version 4: CoreNLP's three default CRF models. */
  static Properties referenceProperties() {
    Properties p = properties();
    p.remove("ner.model");
    return p;
  }

  /** The configuration with CoreNLP's CRF NER, {@link #NER_MODELS}. */
  static Properties teacherProperties() {
    Properties p = properties();
    p.setProperty("ner.model", NER_MODELS);
    return p;
  }

  private static final class TimeHolder {
    static final TimeAnnotator TIME = guarded(new TimeAnnotator("sutime", timeProperties()));

    private static TimeAnnotator guarded(TimeAnnotator time) {
      TimeRuleGuards.install(time);
      TimeValues.isolate(time);
      return time;
    }
  }

  /** SUTime, run sentence by sentence. */
  static TimeAnnotator time() {
    return TimeHolder.TIME;
  }

  /** SUTime's configuration: ranges ("2019-2021") kept as one expression. */
  static Properties timeProperties() {
    Properties p = new Properties();
    p.setProperty("sutime.includeRange", "true");
    return p;
  }

  /**
   * The pipeline's configuration: tokenize, ssplit, pos, lemma and the NER's numeric classifiers;
   * names come from the name tagger.
   */
  static Properties properties() {
    Properties p = new Properties();
    p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
    // The fine-grained NER (TokensRegex over 3-class output) runs at about a third of the speed
    // (issue 4's measurement on this machine: ~1,100 against ~3,300 tokens/s per thread) and adds
    // types (title, nationality, cause of death) Dossier does not use.
    p.setProperty("ner.applyFineGrained", "false");
    // The names come from the name tagger (NameTagger), run after the pipeline; the NER step
    // keeps its numeric classifiers (numbers, money, dates) and runs no CRF model.
    p.setProperty("ner.model", "");
    p.setProperty("ner.buildEntityMentions", "true");
    // SUTime runs apart, on the sentences that may hold a time (Annotator, TimeTriggers): it is
    // the most costly part of the pipeline, and most sentences of news hold none. The numeric
    // classifiers stay: SUTime reads the numbers they normalise ("fourth", "nineteen ninety").
    p.setProperty("ner.useSUTime", "false");
    p.setProperty("tokenize.language", "en");
    // Paragraph breaks end sentences: a headline has no full stop.
    p.setProperty("ssplit.newlineIsSentenceBreak", "two");
    p.setProperty("ner.docdate.usePresent", "false");
    // A "sentence" of hundreds of tokens is a table, a list or junk run together, not prose, and
    // the tagger's and SUTime's costs grow faster than its length (a 50,000-character run of dates
    // without a full stop took over five minutes). Such sentences get no part-of-speech tags,
    // entities or times.
    p.setProperty("pos.maxlen", Integer.toString(MAX_SENTENCE_TOKENS));
    p.setProperty("ner.maxlen", Integer.toString(MAX_SENTENCE_TOKENS));
    return p;
  }
}
