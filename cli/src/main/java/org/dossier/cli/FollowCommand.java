package org.dossier.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.dossier.engine.FollowedFeeds;
import org.dossier.server.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dossier follow URL}: the feeds {@code dossier serve} polls and ingests. */
@Command(
    name = "follow",
    mixinStandardHelpOptions = true,
    description = {
      "Follows RSS/Atom feeds: while 'dossier serve' runs it polls each every 15 minutes",
      "(conditional GET, robots.txt, per-host delay, back-off on errors) and ingests new entries.",
      "Without URL, lists the followed feeds."
    })
final class FollowCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(arity = "0..*", paramLabel = "URL", description = "Feeds to follow.")
  List<String> urls;

  @Option(names = "--remove", paramLabel = "URL", description = "Stop following URL.")
  List<String> remove;

  @Option(names = "--json", description = "Print the followed feeds as JSON.")
  boolean json;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    FollowedFeeds feeds = new FollowedFeeds(DossierCommand.dataDir(spec));
    if (urls != null) {
      for (String u : urls) {
        feeds.follow(u);
        if (!json) {
          out.println("Following " + u);
        }
      }
    }
    int missing = 0;
    if (remove != null) {
      for (String u : remove) {
        if (feeds.unfollow(u)) {
          out.println("No longer following " + u);
        } else {
          spec.commandLine().getErr().println("dossier: not following " + u);
          missing++;
        }
      }
    }
    if (json) {
      out.println(Json.pretty(Map.of("follows", feeds.list())));
    } else if (urls == null && remove == null) {
      List<FollowedFeeds.Feed> list = feeds.list();
      if (list.isEmpty()) {
        out.println("No followed feeds: 'dossier follow URL' adds one.");
      }
      for (FollowedFeeds.Feed f : list) {
        out.printf(
            "%s%n  last polled %s, last new %s%s%n",
            f.url(),
            f.lastPolled() == null ? "never" : f.lastPolled(),
            f.lastChanged() == null ? "never" : f.lastChanged(),
            f.lastError() == null ? "" : ", last error: " + f.lastError());
      }
    }
    out.flush();
    return missing == 0 ? 0 : 1;
  }
}
