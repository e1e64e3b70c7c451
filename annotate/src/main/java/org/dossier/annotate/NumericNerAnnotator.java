package org.dossier.annotate;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.NERCombinerAnnotator;
import edu.stanford.nlp.util.CoreMap;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;

/**
 * The NER step of the annotator's CoreNLP pipeline ({@link Pipeline#learnedProperties}): CoreNLP's
 * own, which runs only its numeric classifiers there (numbers, money, percentages, ordinals, dates
 * and times), on the sentences that hold something they can tag: a digit, a word the tagger calls a
 * number, a word of time ({@link TimeTriggers}), a number's or an amount's word ("dozen", "first",
 * "percent", "euros") or a currency sign. Every other sentence gets the background tag at once, as
 * the classifiers would give it: they cost about a twelfth of annotation, and half the tokens of
 * news stand in such sentences.
 */
public final class NumericNerAnnotator extends NERCombinerAnnotator {
  /** The constructor CoreNLP calls for {@code customAnnotatorClass.dner}; reads {@code ner.*}. */
  public NumericNerAnnotator(String name, Properties properties) throws IOException {
    super(properties);
  }

  @Override
  public void doOneSentence(Annotation annotation, CoreMap sentence) {
    if (numeric(sentence.get(CoreAnnotations.TokensAnnotation.class))) {
      super.doOneSentence(annotation, sentence);
    } else {
      doOneFailedSentence(annotation, sentence);
    }
  }

  /**
   * Words of numbers and amounts, and the classifiers' own words of time that {@link TimeTriggers}
   * does not have ("lunchtime"); its words of time and clock words count too ({@link #word}).
   */
  private static final Set<String> WORDS =
      java.util.stream.Stream.of(
              Times.NUMBER_WORDS.stream(),
              Times.TENS.stream(),
              java.util.stream.Stream.of(
                  "hundred",
                  "hundreds",
                  "thousand",
                  "thousands",
                  "million",
                  "millions",
                  "billion",
                  "billions",
                  "trillion",
                  "trillions",
                  "dozen",
                  "dozens",
                  "score",
                  "half",
                  "halves",
                  "first",
                  "third",
                  "fourth",
                  "fifth",
                  "sixth",
                  "seventh",
                  "eighth",
                  "ninth",
                  "tenth",
                  "eleventh",
                  "twelfth",
                  "twentieth",
                  "hundredth",
                  "thousandth",
                  "millionth",
                  "last",
                  "percent",
                  "per",
                  "cent",
                  "pct",
                  "percentage",
                  "dollar",
                  "dollars",
                  "cents",
                  "buck",
                  "bucks",
                  "euro",
                  "euros",
                  "pound",
                  "pounds",
                  "sterling",
                  "yen",
                  "yuan",
                  "renminbi",
                  "rupee",
                  "rupees",
                  "peso",
                  "pesos",
                  "franc",
                  "francs",
                  "rouble",
                  "roubles",
                  "ruble",
                  "rubles",
                  "won",
                  "real",
                  "reais",
                  "krona",
                  "kronor",
                  "krone",
                  "kroner",
                  "shekel",
                  "shekels",
                  "rand",
                  "naira",
                  "lira",
                  "dinar",
                  "dinars",
                  "dirham",
                  "dirhams",
                  "riyal",
                  "riyals",
                  "usd",
                  "eur",
                  "gbp",
                  "jpy",
                  "cny",
                  "penny",
                  "pence",
                  "zeroth",
                  "teatime",
                  "lunchtime",
                  "dinnertime",
                  "suppertime",
                  "sunup",
                  "sundown",
                  "daybreak"))
          .flatMap(w -> w)
          .collect(java.util.stream.Collectors.toUnmodifiableSet());

  /** Whether a word in lower case is a number's, an amount's, a time's or a clock's. */
  private static boolean word(String lower) {
    return WORDS.contains(lower)
        || TimeTriggers.timeWord(lower)
        || TimeTriggers.CLOCK.contains(lower);
  }

  /** Whether any token of a sentence may be tagged by the numeric classifiers. */
  static boolean numeric(List<CoreLabel> tokens) {
    if (tokens == null) {
      return false;
    }
    for (CoreLabel t : tokens) {
      String word = t.word();
      if (word.contains("&pound;") || word.contains("&#163;")) {
        return true;
      }
      String lower = word.toLowerCase(Locale.ROOT);
      if ("CD".equals(t.tag()) || word(lower)) {
        return true;
      }
      for (int i = 0; i < word.length(); i++) {
        char c = word.charAt(i);
        if (Character.isDigit(c) || c == '%' || Character.getType(c) == Character.CURRENCY_SYMBOL) {
          return true;
        }
      }
      int dash = lower.indexOf('-');
      if (dash > 0 && (word(lower.substring(0, dash)) || word(lower.substring(dash + 1)))) {
        return true;
      }
    }
    return false;
  }
}
