package org.dossier.spark;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.spark.sql.Row;
import org.dossier.engine.ArticleAnnotations;
import org.dossier.stories.DossierCompiler;
import org.dossier.stories.StorySource;
import scala.Tuple2;

/**
 * A story's dossier as one line of JSON: the {@code stories[]} entry of the export contract
 * (docs/export.md), compiled by the same {@link DossierCompiler} from the story's article rows.
 */
final class DossierLines {
  private DossierLines() {}

  /** Snake case and the model's enum names, as the export writes them. */
  private static final ObjectMapper JSON = ArticleAnnotations.snakeCase();

  /** The line of a story: its id and its articles' rows (with their annotations). */
  static String of(Tuple2<String, Iterable<Row>> story) throws IOException {
    List<StorySource> sources = new ArrayList<>();
    for (Row r : story._2()) {
      String json = r.getString(r.fieldIndex("annotation"));
      sources.add(
          new StorySource(
              ArticleRows.article(r),
              json == null ? null : ArticleAnnotations.fromJson(json),
              List.of()));
    }
    // Earliest first, unknown dates last, as a store lists a story's articles.
    sources.sort(
        Comparator.comparing((StorySource s) -> s.article().published() == null)
            .thenComparing(
                s -> s.article().published() == null ? "" : s.article().published().value())
            .thenComparing(s -> s.article().id()));
    try {
      return JSON.writeValueAsString(DossierCompiler.compile(story._1(), sources, List.of()));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
