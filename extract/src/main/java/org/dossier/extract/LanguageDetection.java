package org.dossier.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;

/**
 * The language of a text, by Apache OpenNLP's language detector (103 languages, character n-gram
 * maximum entropy model, from the {@code opennlp-models-langdetect} artifact), reported as an ISO
 * 639-1 code where one exists.
 *
 * <p>NOTE: the model (10 MB) is loaded once per process on first use; detectors are per thread
 * because OpenNLP's are not safe to share.
 */
final class LanguageDetection {
  /** Characters of text the detector looks at: enough for a confident answer, and cheap. */
  static final int SAMPLE = 250;

  /**
   * Characters the function words are counted over when the first {@link #SAMPLE} leave the
   * language open: on the four shared extraction sets, 595 of the 1,180 pages that went to the
   * model are decided so, 593 as the model had and 2 better (Spanish and German pages the model
   * left to a wrong {@code lang="en"}).
   */
  static final int WORDS_SAMPLE = 1000;

  /** Fewer letters than this and the text is too short to tell. */
  static final int MIN_LETTERS = 40;

  /**
   * The best language must be this many times as likely as the runner-up, or the declared language
   * stands. (OpenNLP spreads probability over 103 languages, so the absolute figure of a clear
   * answer is often below 0.3.)
   */
  static final double MIN_MARGIN = 2.0;

  private static final Map<String, String> TWO_LETTER = twoLetterCodes();

  private LanguageDetection() {}

  private static final class Model {
    static final LanguageDetectorModel MODEL = load();

    private static LanguageDetectorModel load() {
      try (InputStream in = LanguageDetection.class.getResourceAsStream("/langdetect-183.bin")) {
        if (in == null) {
          throw new IllegalStateException(
              "langdetect-183.bin is not on the class path (opennlp-models-langdetect missing)");
        }
        return new LanguageDetectorModel(in);
      } catch (IOException e) {
        throw new UncheckedIOException("reading the OpenNLP language model failed", e);
      }
    }
  }

  private static final ThreadLocal<LanguageDetectorME> DETECTOR =
      ThreadLocal.withInitial(() -> new LanguageDetectorME(Model.MODEL));

  /**
   * The language of a text: the detector's answer when the text is long enough and the detector
   * sure enough, otherwise the declared language (which may be null).
   *
   * @param text the body text
   * @param declared the language the page declares ({@code <html lang>}, a meta tag), or null
   */
  static String of(String text, String declared) {
    String sample = sample(text);
    if (sample == null) {
      return declared;
    }
    String plain = byFunctionWords(sample);
    if (plain == null && text.length() > SAMPLE) {
      // A sample that opens with a caption, a table or names may hold too few function words to
      // decide; more of the text often does, at a fraction of the model's cost.
      plain = byFunctionWords(text.substring(0, Math.min(text.length(), WORDS_SAMPLE)));
    }
    if (plain != null) {
      return plain;
    }
    Language[] ranked = DETECTOR.get().predictLanguages(sample);
    if (ranked.length == 0
        || (ranked.length > 1
            && ranked[0].getConfidence() < MIN_MARGIN * ranked[1].getConfidence())) {
      return declared;
    }
    return code(ranked[0].getLang());
  }

  private static String sample(String text) {
    if (text == null) {
      return null;
    }
    String s = text.length() > SAMPLE ? text.substring(0, SAMPLE) : text;
    int letters = 0;
    for (int i = 0; i < s.length() && letters < MIN_LETTERS; i++) {
      letters += Character.isLetter(s.charAt(i)) ? 1 : 0;
    }
    return letters < MIN_LETTERS ? null : s;
  }

  /**
   * The commonest function words of the languages most pages are in. Words several of them share
   * are left out ("de" is Spanish, French, Portuguese and Dutch), but for "una", which counts for
   * Spanish and Italian both.
   */
  private static final Map<String, Set<String>> FUNCTION_WORDS =
      Map.of(
          "en",
          Set.of(
              "the", "and", "of", "to", "that", "with", "was", "for", "this", "from", "have", "are",
              "which", "would", "their", "been"),
          "de",
          Set.of(
              "der", "die", "und", "das", "nicht", "mit", "ist", "sich", "den", "von", "auf", "dem",
              "eine", "auch", "wird", "sind"),
          "fr",
          Set.of(
              "le", "les", "et", "des", "est", "une", "dans", "du", "pour", "qui", "pas", "sur",
              "au", "avec", "sont", "cette"),
          "es",
          Set.of(
              "el", "los", "las", "y", "del", "que", "una", "por", "con", "para", "es", "como",
              "pero", "fue", "sus", "está"),
          "it",
          Set.of(
              "il", "della", "che", "di", "non", "sono", "gli", "nel", "alla", "delle", "anche",
              "una", "questo", "è", "dei", "per"),
          "nl",
          Set.of(
              "het", "een", "van", "niet", "zijn", "ook", "voor", "dat", "wordt", "aan", "bij",
              "naar", "heeft", "worden", "maar", "deze"));

  /** Words of a sample that must be function words of one language for it to decide. */
  private static final double FUNCTION_SHARE = 0.15;

  /** How many times the runner-up's hits the best language's must be. */
  private static final int FUNCTION_MARGIN = 4;

  /**
   * The language a sample's function words leave no doubt about, or null: the detector's model is
   * many times slower than counting words, and most news is in a few languages. Measured against
   * the model on the shared pages in docs/extraction.md.
   */
  static String byFunctionWords(String sample) {
    int words = 0;
    Map<String, Integer> hits = new HashMap<>();
    int i = 0;
    int n = sample.length();
    while (i < n) {
      while (i < n && !Character.isLetter(sample.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < n && (Character.isLetter(sample.charAt(i)) || sample.charAt(i) == '\'')) {
        i++;
      }
      if (i > start) {
        words++;
        String w = sample.substring(start, i).toLowerCase(Locale.ROOT);
        for (Map.Entry<String, Set<String>> e : FUNCTION_WORDS.entrySet()) {
          if (e.getValue().contains(w)) {
            hits.merge(e.getKey(), 1, Integer::sum);
          }
        }
      }
    }
    String best = null;
    int first = 0;
    int second = 0;
    for (Map.Entry<String, Integer> e : hits.entrySet()) {
      int h = e.getValue();
      if (h > first) {
        second = first;
        first = h;
        best = e.getKey();
      } else if (h > second) {
        second = h;
      }
    }
    if (best == null
        || words == 0
        || first < FUNCTION_SHARE * words
        || first < FUNCTION_MARGIN * Math.max(1, second)) {
      return null;
    }
    return best;
  }

  /** The ISO 639-1 code of an ISO 639-3 code, or the code itself when 639-1 has none. */
  static String code(String iso3) {
    return TWO_LETTER.getOrDefault(iso3, iso3);
  }

  private static Map<String, String> twoLetterCodes() {
    Map<String, String> map = new HashMap<>();
    for (String two : Locale.getISOLanguages()) {
      try {
        map.put(new Locale(two).getISO3Language(), two);
      } catch (java.util.MissingResourceException e) {
        // A language without a three-letter code cannot be an OpenNLP answer.
      }
    }
    // OpenNLP names macrolanguages by an individual language the JDK does not map.
    map.putAll(
        Map.of(
            "cmn", "zh", "pes", "fa", "nob", "nb", "lvs", "lv", "ekk", "et", "swh", "sw", "zsm",
            "ms", "uzn", "uz", "azj", "az", "arb", "ar"));
    map.putAll(Map.of("khk", "mn", "npi", "ne", "ory", "or", "gug", "gn", "plt", "mg"));
    return map;
  }
}
