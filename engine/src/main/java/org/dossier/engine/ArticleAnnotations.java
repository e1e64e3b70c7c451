package org.dossier.engine;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import java.io.IOException;
import java.time.LocalDate;
import org.dossier.annotate.Annotator;
import org.dossier.model.Annotation;
import org.dossier.model.Article;
import org.dossier.model.EntityType;
import org.dossier.model.QuoteKind;

/**
 * Annotation of stored articles: which text of an article is annotated, against which date, and how
 * an annotation is kept in the store (JSON, with the field names of {@code dossier annotate}).
 */
public final class ArticleAnnotations {
  /**
   * How the model's kinds and types are written in JSON: by their lower-case names ("direct",
   * "person"), as they were when they were strings.
   */
  public static final SimpleModule MODEL_NAMES =
      new SimpleModule("dossier-model-names")
          .addSerializer(QuoteKind.class, ToStringSerializer.instance)
          .addSerializer(EntityType.class, ToStringSerializer.instance)
          .addDeserializer(QuoteKind.class, named(QuoteKind::of))
          .addDeserializer(EntityType.class, named(EntityType::of));

  private static final ObjectMapper JSON =
      snakeCase().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

  /**
   * A new mapper that writes model records as every output of Dossier shows them: snake_case names,
   * and the model's enums by their JSON names (the API, the CLI, exports, the Spark job's dossiers,
   * stored annotations).
   */
  public static ObjectMapper snakeCase() {
    return new ObjectMapper()
        .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
        .registerModule(MODEL_NAMES);
  }

  private static <T> JsonDeserializer<T> named(java.util.function.Function<String, T> of) {
    return new JsonDeserializer<>() {
      @Override
      public T deserialize(JsonParser p, DeserializationContext context) throws IOException {
        String name = p.getValueAsString();
        try {
          return of.apply(name);
        } catch (IllegalArgumentException e) {
          throw context.weirdStringException(name, handledType(), "not a known name");
        }
      }
    };
  }

  private ArticleAnnotations() {}

  /**
   * The text an article's annotation offsets refer to: the title, a blank line, the body; the body
   * alone when the title was made from the lead (it would repeat the lead's words).
   */
  public static String text(Article a) {
    String body = a.text();
    return a.title() == null || a.title().isBlank() || a.titleDerived()
        ? body
        : a.title() + "\n\n" + body;
  }

  /** The day relative time expressions of an article resolve against: its publish day, or null. */
  public static LocalDate day(Article a) {
    return a.published() == null ? null : a.published().day();
  }

  /**
   * Why an article is not annotated for its language, or null when it is English or its language is
   * unknown. The annotator's models (CoreNLP's, and those trained on PolNeAR) read English: on a
   * German article every capitalised noun phrase came out as a person ("Der Germanist Stefan
   * Neumann", "Die Erwartungen der Regierten") and its quotes went to them.
   */
  public static String notEnglish(Article a) {
    String language = a.language();
    if (language == null || language.isBlank() || language.equals("en")) {
      return null;
    }
    String name =
        java.util.Locale.forLanguageTag(language).getDisplayLanguage(java.util.Locale.ENGLISH);
    return "in "
        + (name.isBlank() || name.equals(language) ? "language '" + language + "'" : name)
        + " ("
        + language
        + "); the annotator reads English only";
  }

  /** Annotates an article with the shared annotator. */
  public static Annotation annotate(Article a) {
    return Annotator.shared().annotate(text(a), day(a));
  }

  /**
   * An article's annotation as the store keeps it, or why there is none.
   *
   * @param json the annotation as JSON, or null
   * @param failure why the annotator gave none (its time limit, or what it threw), or null
   */
  public record Stored(String json, String failure) {}

  /**
   * Annotates an article for the store: an annotator failure does not lose the article, which is
   * stored without an annotation and the reason reported ('dossier reannotate' tries again).
   */
  public static Stored annotateForStore(Article a) {
    String foreign = notEnglish(a);
    if (foreign != null) {
      return new Stored(null, foreign);
    }
    try {
      return new Stored(toJson(annotate(a)), null);
    } catch (Annotator.AnnotationTimeoutException e) {
      return new Stored(null, e.getMessage());
    } catch (RuntimeException | StackOverflowError e) {
      return new Stored(null, "the annotator failed: " + e);
    }
  }

  /** An annotation as the store keeps it. */
  public static String toJson(Annotation a) {
    try {
      return JSON.writeValueAsString(a);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write an annotation as JSON: " + e.getMessage(), e);
    }
  }

  /** An annotation read back from the store. */
  public static Annotation fromJson(String json) throws IOException {
    return JSON.readValue(json, Annotation.class);
  }
}
