package org.dossier.annotate;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.time.SUTime;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.util.CoreMap;
import edu.stanford.nlp.util.RuntimeInterruptedException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.dossier.model.Annotation;
import org.dossier.model.EntityMention;
import org.dossier.model.EntityType;
import org.dossier.model.Quote;
import org.dossier.model.Sentence;
import org.dossier.model.TextDates;
import org.dossier.model.TimeMention;

/**
 * Annotates a text: named entities linked to their fullest form, time expressions normalised
 * against the document date, and quotes attributed to their speakers. A pure function of its input;
 * one instance serves all threads.
 */
public final class Annotator {
  /**
   * The annotator's version, stored with every annotation: raise it when a change alters output,
   * and {@code dossier reannotate} redoes older annotations.
   *
   * <p>NOTE: not a compile-time constant, so that modules built against an older jar read the
   * version of the annotator they run with (javac copies a constant's value into its readers).
   */
  public static final int VERSION = Integer.parseInt("128");

  /**
   * The most characters of one text that are annotated; the rest is left out and counted in {@link
   * Annotation#omittedChars()}.
   */
  public static final int MAX_CHARS = 50_000;

  /**
   * With the system property {@code dossier.attribution=rules}, quotes come from the rules alone,
   * without the learned tagger: how {@code dossier eval quotes} measures what the tagger adds.
   */
  private static final boolean RULES_ONLY =
      "rules".equals(System.getProperty("dossier.attribution"));

  private static final Set<String> TIME_TAGS = Set.of("DATE", "TIME", "DURATION", "SET");

  /**
   * With the system property {@code dossier.names=crf}, names come from CoreNLP's CRF models (the
   * name tagger's teacher) instead of the name tagger: slower, and the exact path.
   */
  private static final boolean CRF_NAMES = "crf".equals(System.getProperty("dossier.names"));

  /** Where an annotator's names come from. */
  private enum Names {
    /** The shipped name tagger, or the CRF models when the build ships none. */
    LEARNED,
    /** CoreNLP's CRF models ({@link Pipeline#teacher}). */
    CRF,
    /** CoreNLP's three default CRF models, as up to annotator version 4. */
    REFERENCE
  }

  private static final Annotator INSTANCE =
      new Annotator(null, !RULES_ONLY, CRF_NAMES ? Names.CRF : Names.LEARNED);

  private final AttributionTagger tagger;
  private final boolean shippedTagger;
  private final Names names;

  private Annotator(AttributionTagger tagger, boolean shippedTagger, Names names) {
    this.tagger = tagger;
    this.shippedTagger = shippedTagger;
    this.names = names;
  }

  /**
   * An annotator whose quotes come from the given attribution model, or from the rules alone when
   * it is null: for training and measuring models.
   */
  public static Annotator withTagger(AttributionTagger tagger) {
    return new Annotator(tagger, false, INSTANCE.names);
  }

  /**
   * An annotator over CoreNLP's pipeline as it was up to annotator version 4 (three CRF models),
   * with quotes from the rules alone: the reference {@code dossier eval entities} compares the
   * annotator's entities with. Its models load on the first call.
   */
  public static Annotator reference() {
    return new Annotator(null, false, Names.REFERENCE);
  }

  /** The name tagger this annotator runs, or null when names come from CRF models. */
  private NameTagger nameTagger() {
    return names == Names.LEARNED ? NameTagger.shipped() : null;
  }

  /** The CoreNLP pipeline this annotator runs. */
  private StanfordCoreNLP pipeline() {
    return switch (names) {
      case REFERENCE -> Pipeline.reference();
      case CRF -> Pipeline.teacher();
      case LEARNED -> nameTagger() == null ? Pipeline.teacher() : Pipeline.get();
    };
  }

  /**
   * A new CoreNLP pipeline configured as the annotator's, without anything Dossier adds to it
   * (entity linking, time resolution, quotes): the baseline {@code dossier bench annotate} measures
   * against. Loading it takes seconds.
   */
  public static StanfordCoreNLP barePipeline() {
    return new StanfordCoreNLP(Pipeline.properties());
  }

  private static final AtomicBoolean PRELOADING = new AtomicBoolean();

  /**
   * Why a model failed to load on a {@link #preload} thread, or null. A class that failed to
   * initialise fails with a bare "Could not initialize class" everywhere after (the JDK 17 error
   * names no cause), so {@link #annotate} reports this instead.
   */
  private static volatile Throwable preloadFailure;

  /**
   * Starts loading the shared annotator's models on up to two background threads and returns at
   * once; later calls do nothing. Loaded by the first call to {@link #annotate}, one after the
   * other, they take about five seconds of one core (CoreNLP's CRF model and SUTime over a second
   * each, its part-of-speech tagger and the name tagger with its word clusters most of one more);
   * on two threads about half that. A caller that knows it will annotate (an ingestion that has met
   * its first new article) calls this first, and its first {@link #annotate} waits only for what is
   * still loading. Each model is still loaded once, by whichever thread comes first.
   */
  public static void preload() {
    if (INSTANCE.names != Names.LEARNED || !PRELOADING.compareAndSet(false, true)) {
      return;
    }
    // The longest first, so that two threads finish at about the same time.
    Queue<Runnable> parts =
        new ConcurrentLinkedQueue<>(
            List.of(
                Pipeline::crf,
                Pipeline::time,
                Pipeline::posTagger,
                NameTagger::shipped,
                Pipeline::get,
                INSTANCE.shippedTagger ? AttributionTagger::shipped : () -> {}));
    int threads = Math.max(1, Math.min(2, Runtime.getRuntime().availableProcessors()));
    for (int i = 0; i < threads; i++) {
      Thread t =
          new Thread(
              () -> {
                for (Runnable part = parts.poll(); part != null; part = parts.poll()) {
                  try {
                    part.run();
                  } catch (RuntimeException | Error e) {
                    preloadFailure = e.getCause() == null ? e : e.getCause();
                  }
                }
              },
              "dossier-preload-" + i);
      t.setDaemon(true);
      t.start();
    }
  }

  /** The annotator; its CoreNLP models load on the first call to {@link #annotate}. */
  public static Annotator shared() {
    return INSTANCE;
  }

  /**
   * Annotates a text.
   *
   * @param text the text; offsets in the result count its characters
   * @param documentDate the date relative expressions resolve against (usually the publish date),
   *     or null to infer one from the text where it is determinable
   */
  public Annotation annotate(String text, LocalDate documentDate) {
    return annotate(text, documentDate, TIME_LIMIT);
  }

  /** {@link #annotate(String, LocalDate)} with another time limit (for tests). */
  Annotation annotate(String text, LocalDate documentDate, Duration timeLimit) {
    Throwable failure = preloadFailure;
    if (failure != null) {
      throw new IllegalStateException("the annotator's models did not load: " + failure, failure);
    }
    Analysis a = analyse(text, documentDate, timeLimit);
    List<Quote> quotes = a.rules();
    AttributionTagger tagger = shippedTagger ? AttributionTagger.shipped() : this.tagger;
    if (tagger != null) {
      AttributionDocument doc = AttributionDocument.of(a.text(), a.sentences(), a.rules());
      quotes =
          Attributions.merge(
              doc, tagger.tag(doc), a.rules(), a.entities(), a.times(), tagger.lexicon());
    }
    quotes = GivenStatements.asGiven(a.text(), quotes);
    quotes = InterruptedStatements.apply(a.text(), quotes, a.sentences());
    quotes = Speakers.definiteSources(a.text(), quotes, a.entities());
    quotes = Antecedents.resolve(a.text(), quotes, a.entities(), a.sentences());
    quotes = NamelessSpeakers.resolve(a.text(), quotes, a.entities());
    quotes = DescribedSpeakers.resolve(a.text(), quotes, a.entities());
    quotes = SpeakerSpans.withoutLeadIns(a.text(), quotes);
    quotes = Turns.apply(a.text(), quotes, a.entities());
    quotes = EmbeddedPosts.apply(a.text(), quotes, a.entities());
    return new Annotation(
        VERSION,
        a.text(),
        a.date() == null ? null : a.date().toString(),
        a.inferred(),
        a.entities(),
        a.times(),
        quotes,
        a.omitted(),
        sentenceSpans(a.sentences()));
  }

  /**
   * A text as the attribution tagger reads it, with the rules' quotes: what {@code dossier train
   * quotes} learns from, made by the same code as at annotation.
   */
  public AttributionDocument attributionDocument(String text, LocalDate documentDate) {
    Analysis a = analyse(text, documentDate, TIME_LIMIT);
    return AttributionDocument.of(a.text(), a.sentences(), a.rules());
  }

  /**
   * The longest CoreNLP may work on one text. Budgets on characters and sentence length keep every
   * input we know of far below it; the limit makes sure an input nobody foresaw is skipped with a
   * reason instead of stalling a batch.
   */
  public static final Duration TIME_LIMIT = Duration.ofSeconds(60);

  private static final ScheduledExecutorService WATCHDOG =
      Executors.newSingleThreadScheduledExecutor(
          r -> {
            Thread t = new Thread(r, "annotation-watchdog");
            t.setDaemon(true);
            return t;
          });

  /**
   * Runs the pipeline, interrupting it once the limit has passed (CoreNLP's pattern matchers give
   * way to an interrupt).
   *
   * @throws AnnotationTimeoutException when the limit passed first
   */
  private static void runPipeline(Runnable pipeline, Duration limit) {
    Thread worker = Thread.currentThread();
    Watch watch = new Watch();
    ScheduledFuture<?> alarm =
        WATCHDOG.schedule(
            () -> {
              synchronized (watch) {
                if (!watch.done) {
                  watch.fired = true;
                  worker.interrupt();
                }
              }
            },
            limit.toMillis(),
            TimeUnit.MILLISECONDS);
    try {
      pipeline.run();
    } catch (RuntimeInterruptedException e) {
      if (watch.fired) {
        throw new AnnotationTimeoutException(limit);
      }
      throw e;
    } finally {
      alarm.cancel(false);
      synchronized (watch) {
        watch.done = true;
      }
      if (watch.fired) {
        Thread.interrupted(); // the watchdog's interrupt, not the caller's: clear it
      }
    }
  }

  /** Whether a pipeline run has ended, and whether its watchdog interrupted it. */
  private static final class Watch {
    boolean done;
    boolean fired;
  }

  /** Annotation that did not finish within its time limit. */
  public static final class AnnotationTimeoutException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    AnnotationTimeoutException(Duration limit) {
      super(
          "annotation took longer than "
              + limit.toSeconds()
              + " s and was stopped; the article is stored without an annotation");
    }
  }

  /** CoreNLP's output for a text, and what the rules found in it. */
  private record Analysis(
      String text,
      LocalDate date,
      boolean inferred,
      int omitted,
      List<CoreMap> sentences,
      List<EntityMention> entities,
      List<TimeMention> times,
      List<Quote> rules) {}

  private Analysis analyse(String text, LocalDate documentDate, Duration timeLimit) {
    // A budget per article: news articles are rarely over 50,000 characters, and CoreNLP's cost
    // (SUTime's patterns above all) grows with the text, so one huge input cannot stall a batch.
    int omitted = 0;
    if (text.length() > MAX_CHARS) {
      int cut = text.lastIndexOf("\n\n", MAX_CHARS);
      if (cut < MAX_CHARS / 2) {
        cut = text.lastIndexOf(' ', MAX_CHARS);
      }
      if (cut < MAX_CHARS / 2) {
        cut = MAX_CHARS;
      }
      omitted = text.length() - cut;
      text = text.substring(0, cut);
    }
    boolean inferred = false;
    LocalDate date = documentDate;
    if (date == null) {
      date = TextDates.inferredDay(text);
      inferred = date != null;
    }
    edu.stanford.nlp.pipeline.Annotation doc = new edu.stanford.nlp.pipeline.Annotation(text);
    if (date != null) {
      doc.set(CoreAnnotations.DocDateAnnotation.class, date.toString());
    }
    List<List<CoreMap>> timexes = new ArrayList<>();
    String dateString = date == null ? null : date.toString();
    String annotated = text;
    runPipeline(
        () -> {
          pipeline().annotate(doc);
          tagNames(doc, nameTagger());
          // SUTime on the sentences that may hold a time expression only.
          List<CoreMap> all = doc.get(CoreAnnotations.SentencesAnnotation.class);
          for (CoreMap sentence : all == null ? List.<CoreMap>of() : all) {
            timexes.add(times(annotated, sentence, dateString));
          }
        },
        timeLimit);

    List<EntityMention> found = new ArrayList<>();
    List<TimeMention> times = new ArrayList<>();
    List<CoreMap> sentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
    List<CoreMap> mentions = doc.get(CoreAnnotations.MentionsAnnotation.class);
    // The quarter results are reported for: "a year ago" beside "quarter" is that quarter's
    // counterpart a year before, in the granularity TimeML gives it (1988-Q3, not 1988).
    String quarterInView = date == null ? null : Times.lastCompleteQuarter(date);
    boolean quarters = Times.speaksOfQuarters(text);
    // The last time the text placed on the calendar, and where it ended: what "the following
    // year" counts from.
    String anchor = null;
    int anchorEnd = -1;
    // The numeric classifiers' dates and times that SUTime, run apart, did not find ("the fourth
    // quarter", "nineteen ninety-seven"), in the sentence where the tagger put them.
    if (mentions != null) {
      for (CoreMap m : mentions) {
        Integer index = m.get(CoreAnnotations.SentenceIndexAnnotation.class);
        int start = m.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
        int end = m.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
        if (index == null
            || index >= timexes.size()
            || !TIME_TAGS.contains(m.get(CoreAnnotations.NamedEntityTagAnnotation.class))) {
          continue;
        }
        boolean covered = false;
        for (CoreMap t : timexes.get(index)) {
          int ts = t.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
          int te = t.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
          covered |= ts < end && start < te;
        }
        if (!covered) {
          List<CoreMap> merged = new ArrayList<>(timexes.get(index));
          merged.add(m);
          merged.sort(
              (a, b) ->
                  Integer.compare(
                      a.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class),
                      b.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class)));
          timexes.set(index, merged);
        }
      }
    }
    for (int index = 0; index < timexes.size(); index++) {
      for (CoreMap m : timexes.get(index)) {
        int start = m.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
        int end = m.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
        if (start < 0 || end > text.length() || end <= start) {
          continue;
        }
        start += Times.gluedUnits(text.substring(start, end)); // "For weeks, Monday"
        // "the late 1980's": SUTime stops before the apostrophe; the decade runs to the "s".
        String decade = Times.decadeBeforeApostrophe(text, end);
        if (decade != null) {
          end += 2;
        }
        String written = text.substring(start, end);
        if (Times.vague(written)
            || Times.namedDay(written, text.substring(Math.max(0, start - 16), start))) {
          continue; // "Super Tuesday" is an event's name, not last Tuesday
        }
        Timex timex = m.get(TimeAnnotations.TimexAnnotation.class);
        String raw =
            Times.raw(timex, m.get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class));
        String before = text.substring(Math.max(0, start - 24), start);
        String after = text.substring(end, Math.min(text.length(), end + 24));
        Times.Tense tense = tense(sentences, index, m);
        String value =
            Times.inContext(
                written, Times.value(written, raw, date, tense), before, after, date, tense);
        String yearsQuarter = Times.yearsQuarter(written, quarterInView); // "the 1988 quarter"
        if (date != null && Times.currentQuarter(written)) {
          value = Times.quarterOf(date);
        } else if (yearsQuarter != null) {
          value = yearsQuarter;
        } else if (quarterInView != null && Times.theQuarter(written)) {
          value = quarterInView; // "the quarter": the one the article reports on
        } else if (value != null && Times.namesQuarter(written, value)) {
          quarterInView = value;
        } else if (quarterInView != null && comparesQuarter(sentences, index, quarters)) {
          value = Times.yearBeforeQuarter(written, value, quarterInView);
        }
        // Only values that rest on the inferred date are marked; "2023" stands on its own.
        boolean rests =
            inferred
                && value != null
                && !written.contains(value.substring(0, Math.min(4, value.length())));
        if (decade != null && value != null && value.startsWith(decade)) {
          value = decade;
        }
        String following =
            anchorEnd >= 0 && start - anchorEnd <= FOLLOWING_REACH
                ? Times.following(written, anchor, before)
                : null;
        if (following != null) {
          value = following;
        }
        String withCentury = Times.withCentury(written, value, before, date);
        if (value != null && withCentury == null) {
          continue; // "in her fifties": an age
        }
        value = withCentury;
        value = Times.withRangeYear(written, value, after); // "November 9 - 12, 2026"
        String yearSpan = Times.yearSpan(written);
        if (yearSpan != null) {
          value = yearSpan; // "the 2008-09 season" began in 2008
        }
        if (Times.notATime(written, value, before, after) || aVerb(m)) {
          continue;
        }
        // "the previous day … the previous day's shooting": the same day twice, so a time counted
        // from another counts for no third.
        if (!Times.countsFromAnother(written) && Times.calendar(value)) {
          anchor = value;
          anchorEnd = end;
        }
        times.add(new TimeMention(written, start, end, value, rests));
      }
    }
    // What SUTime cannot see: "mid-November", "nineteen ninety-six", "fiscal 1989", "Sundays",
    // "the nineties".
    times =
        Times.withUnseen(text, times, date, inferred, (from, to) -> tenseAt(sentences, from, to));
    // Names from the tagger's tags on the tokens, or from CoreNLP's mentions (the CRF models').
    List<Named> named = nameTagger() != null ? taggedNames(sentences) : new ArrayList<>();
    if (mentions != null) {
      for (CoreMap m : mentions) {
        String tag = m.get(CoreAnnotations.NamedEntityTagAnnotation.class);
        if (!TIME_TAGS.contains(tag)) {
          named.add(
              new Named(
                  m.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class),
                  m.get(CoreAnnotations.CharacterOffsetEndAnnotation.class),
                  tag));
        }
      }
    }
    int headlineEnd = Entities.titleCaseHeadlineEnd(text);
    for (Named tagged : named) {
      int[] kept = Entities.withoutStrayBracket(text, tagged.start(), tagged.end());
      if (kept == null) {
        continue;
      }
      kept = Entities.withShipPrefix(text, kept[0], kept[1]);
      Named n = new Named(kept[0], kept[1], tagged.tag());
      String written = text.substring(n.start(), n.end());
      EntityType type = Entities.type(n.tag(), written);
      if (type != null
          && !Entities.onlyInAHeadline(text, headlineEnd, n.end(), written)
          && !Entities.PRONOUNS.contains(written.toLowerCase(Locale.ROOT))
          && !Entities.commonNounPhrase(written)
          && !Entities.partOfATitle(text, n.start(), written)) {
        found.add(new EntityMention(written, type, n.start(), n.end(), null));
      }
    }
    found.sort((a, b) -> Integer.compare(a.start(), b.start()));
    if (date != null) {
      times = Times.withReportingPeriods(text, times, date);
    }
    times = Times.withModifiers(text, times);
    List<EntityMention> entities =
        Entities.shipsByName(
            Entities.link(
                Entities.withUntaggedSurnames(
                    text,
                    Entities.splitJoinedNames(Entities.joinAmpersands(found, text)),
                    words(sentences))));
    List<Quote> rules = Quotes.find(text, sentences, entities);
    times = Times.withoutNames(times, entities);
    return new Analysis(text, date, inferred, omitted, sentences, entities, times, rules);
  }

  /** Tags the names of every sentence with the name tagger; nothing when it is null. */
  private static void tagNames(edu.stanford.nlp.pipeline.Annotation doc, NameTagger tagger) {
    List<CoreMap> sentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
    if (tagger != null && sentences != null) {
      for (CoreMap sentence : sentences) {
        tagger.tagSentence(sentence.get(CoreAnnotations.TokensAnnotation.class));
      }
    }
  }

  /** The tokens of each sentence as the entity rules read them. */
  private static List<List<Entities.Word>> words(List<CoreMap> sentences) {
    List<List<Entities.Word>> out = new ArrayList<>();
    for (CoreMap sentence : sentences == null ? List.<CoreMap>of() : sentences) {
      List<Entities.Word> words = new ArrayList<>();
      for (CoreLabel t : sentence.get(CoreAnnotations.TokensAnnotation.class)) {
        words.add(
            new Entities.Word(
                t.word(), t.tag() == null ? "" : t.tag(), t.beginPosition(), t.endPosition()));
      }
      out.add(words);
    }
    return out;
  }

  /** A name as CoreNLP's tag puts it: where it is and the tag. */
  private record Named(int start, int end, String tag) {}

  /** The names the tagger marked on the tokens: runs of one name tag. */
  private static List<Named> taggedNames(List<CoreMap> sentences) {
    List<Named> out = new ArrayList<>();
    for (CoreMap sentence : sentences == null ? List.<CoreMap>of() : sentences) {
      List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
      int[] tags = new int[tokens.size()];
      for (int i = 0; i < tags.length; i++) {
        tags[i] = NameTagger.index(tokens.get(i).ner());
      }
      for (int[] run : NameTagger.runs(tags)) {
        out.add(
            new Named(
                tokens.get(run[0]).beginPosition(),
                tokens.get(run[1] - 1).endPosition(),
                NameTagger.TAGS.get(run[2])));
      }
    }
    return out;
  }

  /** CoreNLP's sentences as character spans. */
  private static List<Sentence> sentenceSpans(List<CoreMap> sentences) {
    List<Sentence> out = new ArrayList<>();
    if (sentences != null) {
      for (CoreMap s : sentences) {
        Integer start = s.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
        Integer end = s.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
        if (start != null && end != null && end >= start) {
          out.add(new Sentence(start, end));
        }
      }
    }
    return out;
  }

  /**
   * Whether a time expression's sentence compares a quarter's results: it speaks of a quarter, or
   * it states a sum or a share in a text that speaks of quarters ("net rose to $108.8 million from
   * $90.5 million a year ago").
   */
  private static boolean comparesQuarter(
      List<CoreMap> sentences, int index, boolean textSpeaksOfQuarters) {
    if (sentences == null || index >= sentences.size()) {
      return false;
    }
    for (CoreLabel t : sentences.get(index).get(CoreAnnotations.TokensAnnotation.class)) {
      String w = t.word().toLowerCase(Locale.ROOT);
      if (w.equals("quarter") || w.equals("quarterly")) {
        return true;
      }
      if (textSpeaksOfQuarters && FIGURES.contains(w)) {
        return true;
      }
    }
    return false;
  }

  /** Words that state a sum or a share. */
  private static final Set<String> FIGURES =
      Set.of("$", "us$", "c$", "a$", "#", "£", "€", "cents", "pence", "million", "billion", "%");

  /**
   * How many tokens either side of a word of time SUTime sees. Its rules span a few tokens ("the
   * first three months of the fiscal year ending in March" holds three words of time), never a
   * whole sentence, and its cost grows with the tokens it is given: a stretch of 8 either side gave
   * the same output as whole sentences on TBAQ and 940 news texts, for about half of the tokens; 6
   * either side (since version 29) the same TBAQ output again and the same times in 850 news texts
   * but one ("nighttime speeches"), for 4-7 % more tokens a second of annotation. At 5, "at least
   * the next couple of years" loses its "at least". The system property {@code dossier.time.reach}
   * sets another (0: whole sentences).
   */
  static final int TIME_REACH = Integer.getInteger("dossier.time.reach", 6);

  /**
   * SUTime's time expressions in a sentence, from the stretches around its words of time, each
   * given to SUTime as a sentence of its own with the offsets it has in the text.
   */
  private static List<CoreMap> times(String text, CoreMap sentence, String date) {
    List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
    if (TIME_REACH <= 0) {
      return TimeTriggers.any(tokens)
          ? Pipeline.time().annotateSingleSentence(sentence, date, new SUTime.TimeIndex())
          : List.of();
    }
    List<Stretches.Stretch> stretches = TimeTriggers.stretches(tokens, TIME_REACH);
    if (stretches.size() == 1
        && stretches.get(0).from() == 0
        && stretches.get(0).to() == tokens.size()) {
      return Pipeline.time().annotateSingleSentence(sentence, date, new SUTime.TimeIndex());
    }
    // SUTime finds a token by its index in the document less the first token's.
    Integer first = sentence.get(CoreAnnotations.TokenBeginAnnotation.class);
    List<CoreMap> out = new ArrayList<>();
    for (Stretches.Stretch s : stretches) {
      List<CoreLabel> part = tokens.subList(s.from(), s.to());
      int begin = part.get(0).beginPosition();
      int end = part.get(part.size() - 1).endPosition();
      CoreMap piece = new edu.stanford.nlp.util.ArrayCoreMap();
      piece.set(CoreAnnotations.TokensAnnotation.class, part);
      piece.set(CoreAnnotations.TextAnnotation.class, text.substring(begin, end));
      piece.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, begin);
      piece.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, end);
      if (first != null) {
        piece.set(CoreAnnotations.TokenBeginAnnotation.class, first + s.from());
        piece.set(CoreAnnotations.TokenEndAnnotation.class, first + s.to());
      }
      piece.set(
          CoreAnnotations.SentenceIndexAnnotation.class,
          sentence.get(CoreAnnotations.SentenceIndexAnnotation.class));
      out.addAll(Pipeline.time().annotateSingleSentence(piece, date, new SUTime.TimeIndex()));
    }
    return out;
  }

  /**
   * How far, in characters, "the following year" looks back for the time it counts from: a
   * paragraph or two of news; further back, the time is more likely another story's than the one it
   * follows.
   */
  private static final int FOLLOWING_REACH = 600;

  /**
   * Whether a time expression is one word that the tagger read as a verb: "will present the
   * collection" is no present time, nor "protesters march" a month; or opens with a season the
   * tagger read as a verb ("Prices could [fall in the coming weeks]"), which SUTime ran into the
   * time after it.
   */
  private static boolean aVerb(CoreMap mention) {
    List<CoreLabel> tokens = mention.get(CoreAnnotations.TokensAnnotation.class);
    if (tokens == null || tokens.isEmpty()) {
      return false;
    }
    String tag = tokens.get(0).tag();
    boolean verb = tag != null && tag.startsWith("VB");
    return verb
        && (tokens.size() == 1
            || SEASON_VERBS.contains(tokens.get(0).word().toLowerCase(Locale.ROOT)));
  }

  /** Seasons that are also verbs. */
  private static final Set<String> SEASON_VERBS = Set.of("fall", "spring");

  /** The tense of the verb the sentence holding some characters hangs them on. */
  private static Times.Tense tenseAt(List<CoreMap> sentences, int start, int end) {
    if (sentences != null) {
      for (CoreMap sentence : sentences) {
        List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
        if (tokens == null
            || tokens.isEmpty()
            || tokens.get(0).beginPosition() > start
            || tokens.get(tokens.size() - 1).endPosition() < end) {
          continue;
        }
        int first = -1;
        int last = -1;
        for (int i = 0; i < tokens.size(); i++) {
          if (first < 0 && tokens.get(i).endPosition() > start) {
            first = i;
          }
          if (tokens.get(i).beginPosition() < end) {
            last = i;
          }
        }
        if (first >= 0 && last >= first) {
          return Times.tense(tokens, first, last);
        }
      }
    }
    return Times.Tense.PRESENT;
  }

  /** The tense of the verb a time expression's sentence hangs it on. */
  private static Times.Tense tense(List<CoreMap> sentences, int index, CoreMap mention) {
    List<CoreLabel> tokens = mention.get(CoreAnnotations.TokensAnnotation.class);
    if (sentences == null || index >= sentences.size() || tokens == null || tokens.isEmpty()) {
      return Times.Tense.PRESENT;
    }
    List<CoreLabel> sentence = sentences.get(index).get(CoreAnnotations.TokensAnnotation.class);
    int first = tokens.get(0).index() - 1;
    int last = tokens.get(tokens.size() - 1).index() - 1;
    return Times.tense(sentence, first, last);
  }
}
