package org.dossier.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.dossier.engine.StoryDossiers;
import org.dossier.server.Json;
import org.dossier.store.ArticleStore;
import org.dossier.store.StorySummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dossier stories}: lists the stories, the most recently reported first. */
@Command(
    name = "stories",
    mixinStandardHelpOptions = true,
    description =
        "Lists stories, the most recently reported first: id, articles, outlets, dates, title.")
final class StoriesCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--limit", paramLabel = "N", description = "At most N stories (default 50).")
  int limit = 50;

  @Option(names = "--json", description = "Print JSON.")
  boolean json;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    try (ArticleStore store = DossierCommand.openStore(spec)) {
      // One more than asked for, to tell the reader that the list was cut.
      List<StorySummary> stories = store.stories(limit == Integer.MAX_VALUE ? limit : limit + 1);
      if (stories.size() > limit) {
        stories = stories.subList(0, limit);
        spec.commandLine()
            .getErr()
            .printf(
                "The %d most recently reported stories; there are more: --limit N lists N.%n",
                limit);
      }
      StoryDossiers dossiers = new StoryDossiers(store);
      if (json) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (StorySummary s : stories) {
          Map<String, Object> m = new LinkedHashMap<>();
          m.put("id", s.id());
          m.put("title", dossiers.title(s));
          m.put("articles", s.articles());
          m.put("outlets", s.outlets());
          m.put("first_published", s.firstPublished());
          m.put("last_published", s.lastPublished());
          m.put("links", store.storyLinks(s.id()).stream().map(l -> l.other()).toList());
          rows.add(m);
        }
        out.println(Json.pretty(Map.of("stories", rows)));
      } else if (stories.isEmpty()) {
        out.println(
            "No stories yet: 'dossier ingest' assigns articles to stories ('dossier recluster' rebuilds them).");
      } else {
        for (StorySummary s : stories) {
          int links = store.storyLinks(s.id()).size();
          String title = dossiers.title(s);
          out.printf(
              "%-14s %3d articles %2d outlets  %-10s %-10s  %s%s%n",
              s.id(),
              s.articles(),
              s.outlets(),
              day(s.firstPublished()),
              day(s.lastPublished()),
              title == null ? "(untitled)" : title,
              links == 0
                  ? ""
                  : "  [" + links + (links == 1 ? " linked chapter]" : " linked chapters]"));
        }
      }
    }
    out.flush();
    return 0;
  }

  private static String day(String published) {
    return published == null ? "?" : published.substring(0, Math.min(10, published.length()));
  }
}
