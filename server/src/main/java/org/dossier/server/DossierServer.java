package org.dossier.server;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import io.javalin.http.staticfiles.Location;
import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.loader.ClasspathLoader;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dossier.engine.FollowedFeeds;
import org.dossier.engine.SearchIndex;
import org.dossier.ingest.HttpFetcher;
import org.dossier.ingest.IngestOptions;
import org.dossier.store.ArticleStore;
import org.dossier.store.StoreLocation;
import org.dossier.stories.Dossier;

/**
 * The story desk: one process serving the web UI and the REST API over a data folder ({@code
 * dossier serve}). It binds to 127.0.0.1 unless told otherwise, and then only with a token that
 * every request carries. Pages are rendered on the server by Pebble, which escapes every value;
 * every response carries a strict Content-Security-Policy, so nothing from an article can run.
 */
public final class DossierServer implements AutoCloseable {

  /**
   * How to serve.
   *
   * @param data the data folder
   * @param host the address to bind (127.0.0.1 by default)
   * @param port the port (0 picks a free one)
   * @param token the token every request must carry, required unless the host is loopback
   * @param maxUploadBytes the largest upload, and the largest input an ingest job reads
   * @param allowPrivateNetwork whether followed feeds and submitted URLs may be on loopback or
   *     private addresses (refused by default)
   * @param pollEvery how often the followed feeds are checked for ones that are due
   * @param store a shared store's URL, or null for the embedded store in the data folder
   */
  public record Options(
      Path data,
      String host,
      int port,
      String token,
      long maxUploadBytes,
      boolean allowPrivateNetwork,
      java.time.Duration pollEvery,
      String store) {

    /** Where the store lives. */
    public StoreLocation location() {
      return new StoreLocation(data, store);
    }

    /**
     * Options with the private network refused, feeds checked every minute, and the embedded store.
     */
    public Options(Path data, String host, int port, String token, long maxUploadBytes) {
      this(data, host, port, token, maxUploadBytes, false, java.time.Duration.ofMinutes(1), null);
    }

    /** Checks that a server reachable from other machines has a token. */
    public Options {
      if (port < 0 || port > 65535) {
        throw new IllegalArgumentException("the port must be 0 to 65535, not " + port);
      }
      if (!loopback(host) && (token == null || token.length() < 16)) {
        throw new IllegalArgumentException(
            "binding to "
                + host
                + " makes the desk reachable from other machines: give --token with at least 16"
                + " characters, which every request must then carry");
      }
    }

    private static boolean loopback(String host) {
      try {
        return InetAddress.getByName(host).isLoopbackAddress();
      } catch (IOException e) {
        return false;
      }
    }
  }

  /** The upload types the desk takes, by extension, as {@code dossier ingest} reads them. */
  static final Set<String> UPLOAD_TYPES =
      Set.of(
          ".html",
          ".htm",
          ".html.gz",
          ".txt",
          ".text",
          ".json",
          ".jsonl",
          ".ndjson",
          ".warc",
          ".warc.gz",
          ".rss",
          ".atom",
          ".xml");

  static final String CSP =
      "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
          + " connect-src 'self'; font-src 'self'; form-action 'self'; base-uri 'none';"
          + " frame-ancestors 'none'";

  private final Options options;
  private final ArticleStore store;
  private final SearchIndex search;
  private final Desk desk;
  private final IngestJobs jobs;
  private final FollowedFeeds follows;
  private final HttpFetcher fetcher;
  private final java.util.concurrent.ScheduledExecutorService poller =
      java.util.concurrent.Executors.newSingleThreadScheduledExecutor(
          r -> {
            Thread t = new Thread(r, "dossier-feed-poller");
            t.setDaemon(true);
            return t;
          });
  private final PebbleEngine pebble;
  private final List<Route> routes;
  private final Javalin app;

  private DossierServer(Options options) throws IOException {
    this.options = options;
    this.store = options.location().open();
    this.search = SearchIndex.open(SearchIndex.folder(options.data()));
    search.update(store);
    this.desk = new Desk(store, search);
    IngestOptions ingestOptions =
        IngestOptions.builder()
            .maxBytes(options.maxUploadBytes())
            .allowPrivateNetwork(options.allowPrivateNetwork())
            .build();
    this.jobs = new IngestJobs(options.location(), ingestOptions);
    this.follows = new FollowedFeeds(options.data());
    this.fetcher = new HttpFetcher(ingestOptions);
    this.pebble =
        new PebbleEngine.Builder()
            .loader(templates())
            .autoEscaping(true)
            .strictVariables(false)
            .cacheActive(true)
            .build();
    this.routes = routes();
    this.app = Javalin.create(this::configure);
  }

  private static ClasspathLoader templates() {
    ClasspathLoader loader = new ClasspathLoader(DossierServer.class.getClassLoader());
    loader.setPrefix("org/dossier/server/templates");
    loader.setSuffix(".peb");
    return loader;
  }

  /** Starts a server; {@link #port()} says where. */
  public static DossierServer start(Options options) throws IOException {
    DossierServer s = new DossierServer(options);
    s.app.start(options.host(), options.port());
    long every = Math.max(100, options.pollEvery().toMillis());
    s.poller.scheduleWithFixedDelay(
        s::poll, every, every, java.util.concurrent.TimeUnit.MILLISECONDS);
    if (!options.location().isEmbedded()) {
      s.poller.scheduleWithFixedDelay(
          s::catchUpSearch,
          SHARED_CHECK_SECONDS,
          SHARED_CHECK_SECONDS,
          java.util.concurrent.TimeUnit.SECONDS);
    }
    return s;
  }

  /** The port it listens on. */
  public int port() {
    return app.port();
  }

  /** Every route, API and pages, as the server declares them. */
  List<Route> routeTable() {
    return routes;
  }

  /** The routes Javalin actually serves, as "METHOD path". */
  List<String> registered() {
    return app.unsafe.internalRouter.allHttpHandlers().stream()
        .map(e -> e.endpoint.method.name() + " " + e.endpoint.path)
        .filter(e -> e.startsWith("GET ") || e.startsWith("POST ") || e.startsWith("DELETE "))
        .toList();
  }

  private void configure(io.javalin.config.JavalinConfig config) {
    config.http.maxRequestSize = options.maxUploadBytes() + 64 * 1024;
    config.http.defaultContentType = "application/json";
    config.jsonMapper(new io.javalin.json.JavalinJackson(Json.mapper(), false));
    config.startup.showJavalinBanner = false;
    config.staticFiles.add(
        s -> {
          s.hostedPath = "/assets";
          s.directory = "/org/dossier/server/assets";
          s.location = Location.CLASSPATH;
        });
    config.staticFiles.enableWebjars();
    config.routes.before(this::guard);
    config.routes.after(DossierServer::headers);
    for (Route r : routes) {
      switch (r.method()) {
        case "GET" -> config.routes.get(r.path(), inTurn(r));
        case "POST" -> config.routes.post(r.path(), r.handler());
        case "DELETE" -> config.routes.delete(r.path(), r.handler());
        default -> throw new IllegalStateException("unknown method " + r.method());
      }
    }
    config.routes.exception(IllegalArgumentException.class, (e, ctx) -> fail(ctx, 400, e));
    config.routes.exception(Desk.NotFound.class, (e, ctx) -> fail(ctx, 404, e));
    config.routes.exception(
        io.javalin.http.HttpResponseException.class, (e, ctx) -> fail(ctx, e.getStatus(), e));
    config.routes.exception(Exception.class, (e, ctx) -> fail(ctx, 500, e));
    config.routes.error(
        404,
        ctx -> {
          if (ctx.result() == null || ctx.result().isEmpty()) {
            fail(ctx, 404, new Desk.NotFound("no such page: " + ctx.path()));
          }
        });
  }

  /**
   * Requests being answered at once: twice the cores, first come first served. When many clients
   * ask at once they wait their turn in order instead of all sharing the cores, so a request's time
   * is its place in the queue and not the scheduler's luck, and a burst does not hold every
   * request's working memory at the same time.
   */
  private final java.util.concurrent.Semaphore turns =
      new java.util.concurrent.Semaphore(2 * Runtime.getRuntime().availableProcessors(), true);

  /**
   * A GET route's handler, answered in turn; downloads, which stream for as long as the client
   * reads, are not.
   */
  private io.javalin.http.Handler inTurn(Route r) {
    if (r.path().equals("/api/export")) {
      return r.handler();
    }
    return ctx -> {
      turns.acquire();
      try {
        r.handler().handle(ctx);
      } finally {
        turns.release();
      }
    };
  }

  /** The token check (when one is set) and the method and size limits. */
  private void guard(Context ctx) {
    if (options.token() == null) {
      return;
    }
    String given = ctx.header("Authorization");
    if (given != null && given.startsWith("Bearer ")) {
      given = given.substring(7);
    } else if (ctx.queryParam("token") != null) {
      given = ctx.queryParam("token");
      ctx.cookie(
          new io.javalin.http.Cookie(
              "dossier_token", given, "/", -1, false, true, null, io.javalin.http.SameSite.STRICT));
    } else {
      given = ctx.cookie("dossier_token");
    }
    if (given == null
        || !MessageDigest.isEqual(
            given.getBytes(StandardCharsets.UTF_8),
            options.token().getBytes(StandardCharsets.UTF_8))) {
      throw new io.javalin.http.UnauthorizedResponse(
          "this desk needs its token: send 'Authorization: Bearer TOKEN' or open ?token=TOKEN once");
    }
  }

  private static void headers(Context ctx) {
    ctx.header("Content-Security-Policy", CSP);
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("Referrer-Policy", "no-referrer");
    ctx.header("X-Frame-Options", "DENY");
    ctx.header("Cross-Origin-Opener-Policy", "same-origin");
  }

  /** An error as JSON for the API, as a page for a browser; never a stack trace. */
  private void fail(Context ctx, int status, Exception e) {
    if (status == 500) {
      // The operator's console gets the cause; the client gets a message, never a stack trace.
      System.err.println("dossier serve: " + ctx.method() + " " + ctx.path() + " failed: " + e);
      for (StackTraceElement t : e.getStackTrace()) {
        if (t.getClassName().startsWith("org.dossier")) {
          System.err.println("  at " + t);
          break;
        }
      }
    }
    String message =
        e.getMessage() == null || status == 500
            ? (status == 500 ? "the server could not answer this request" : "error " + status)
            : e.getMessage();
    ctx.status(status);
    if (ctx.path().startsWith("/api/") || ctx.path().equals("/openapi.json")) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("status", status);
      m.put("error", message);
      ctx.contentType("application/json").result(Json.line(m));
    } else {
      Map<String, Object> model = new LinkedHashMap<>();
      model.put("status", status);
      model.put("message", message);
      ctx.contentType("text/html; charset=utf-8").result(render("error", model));
    }
  }

  String render(String template, Map<String, Object> model) {
    try {
      PebbleTemplate t = pebble.getTemplate(template);
      StringWriter w = new StringWriter();
      Map<String, Object> m = new LinkedHashMap<>(model);
      m.putIfAbsent("page", template);
      t.evaluate(w, m, Locale.ROOT);
      return w.toString();
    } catch (IOException e) {
      throw new IllegalStateException("cannot render " + template + ": " + e.getMessage(), e);
    }
  }

  private static Desk.Filters filters(Context ctx, int defaultLimit) {
    return new Desk.Filters(
        blankToNull(ctx.queryParam("q")),
        blankToNull(ctx.queryParam("outlet")),
        blankToNull(ctx.queryParam("entity")),
        blankToNull(ctx.queryParam("speaker")),
        blankToNull(ctx.queryParam("language")),
        blankToNull(ctx.queryParam("story")),
        Desk.day(ctx.queryParam("from"), "from"),
        Desk.day(ctx.queryParam("to"), "to"),
        Desk.number(ctx.queryParam("offset"), "offset", 0, 0, 1_000_000),
        Desk.number(ctx.queryParam("limit"), "limit", defaultLimit, 1, Desk.MAX_PAGE));
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  private static final List<String> STORY_FILTERS =
      List.of("q", "outlet", "entity", "from", "to", "offset", "limit");
  private static final List<String> SEARCH_FILTERS =
      List.of("q", "outlet", "language", "speaker", "story", "from", "to", "offset", "limit");

  private List<Route> routes() {
    List<Route> r = new ArrayList<>();
    String json = "application/json";
    // The JSON API.
    r.add(
        new Route(
            "GET",
            "/api/stories",
            "Stories, newest first, with paging and filters",
            STORY_FILTERS,
            json,
            ctx -> ctx.json(desk.stories(filters(ctx, 50)))));
    r.add(
        new Route(
            "GET",
            "/api/stories/{id}",
            "One story's dossier (the export contract's story shape)",
            List.of(),
            json,
            ctx -> {
              String id = ctx.pathParam("id");
              byte[] answer =
                  desk.dossierJson(id)
                      .orElseThrow(() -> new Desk.NotFound("no story with id " + id));
              ctx.contentType("application/json").result(answer);
            }));
    r.add(
        new Route(
            "GET",
            "/api/articles",
            "Articles, newest first",
            List.of("outlet", "from", "to", "offset", "limit"),
            json,
            ctx -> ctx.json(desk.articles(filters(ctx, 50)))));
    r.add(
        new Route(
            "GET",
            "/api/articles/{id}",
            "One article with its text, annotation, comments and links",
            List.of(),
            json,
            ctx -> ctx.json(article(ctx.pathParam("id")).json())));
    r.add(
        new Route(
            "GET",
            "/api/quotes",
            "Statements by speaker and by text",
            List.of("speaker", "q", "outlet", "from", "to", "offset", "limit"),
            json,
            ctx -> ctx.json(desk.quotes(filters(ctx, 50)))));
    r.add(
        new Route(
            "GET",
            "/api/entities",
            "People and organisations by name: spellings per outlet and their stories",
            List.of("name"),
            json,
            ctx -> ctx.json(desk.entities(ctx.queryParam("name")))));
    r.add(
        new Route(
            "GET",
            "/api/search",
            "Full-text search with highlighted snippets and facet counts",
            SEARCH_FILTERS,
            json,
            ctx -> ctx.json(desk.search(filters(ctx, 20)))));
    r.add(
        new Route(
            "GET",
            "/api/export",
            "Dossiers as a download: JSON (the export contract), Markdown or CSV",
            List.of("format", "story"),
            "application/octet-stream",
            this::export));
    r.add(
        new Route(
            "POST",
            "/api/ingest",
            "Ingests uploaded files (multipart 'files') and URLs or feeds ('urls', one a line); returns a job",
            List.of(),
            json,
            this::ingest));
    r.add(
        new Route(
            "GET",
            "/api/jobs",
            "Ingestion jobs, oldest first",
            List.of(),
            json,
            ctx ->
                ctx.json(Map.of("jobs", jobs.all().stream().map(IngestJobs.Job::json).toList()))));
    r.add(
        new Route(
            "GET",
            "/api/jobs/{id}",
            "One ingestion job's progress",
            List.of(),
            json,
            ctx -> ctx.json(job(ctx.pathParam("id")).json())));
    r.add(
        new Route(
            "DELETE",
            "/api/jobs/{id}",
            "Cancels an ingestion job",
            List.of(),
            json,
            ctx -> {
              job(ctx.pathParam("id"));
              ctx.json(Map.of("cancelled", jobs.cancel(ctx.pathParam("id"))));
            }));
    r.add(
        new Route(
            "GET",
            "/api/follows",
            "The followed feeds and what polling them learnt",
            List.of(),
            json,
            ctx -> ctx.json(Map.of("follows", follows.list()))));
    r.add(
        new Route(
            "POST",
            "/api/follows",
            "Follows a feed ('url'), polled while the server runs",
            List.of(),
            json,
            this::follow));
    r.add(
        new Route(
            "DELETE",
            "/api/follows",
            "Stops following a feed",
            List.of("url"),
            json,
            ctx -> ctx.json(Map.of("removed", follows.unfollow(nz(ctx.queryParam("url")))))));
    r.add(
        new Route(
            "GET",
            "/openapi.json",
            "This API's OpenAPI 3.1 document",
            List.of(),
            json,
            ctx -> ctx.result(Json.pretty(OpenApi.document(routes))).contentType(json)));
    // The pages.
    String html = "text/html";
    r.add(
        new Route(
            "GET",
            "/",
            "Stories",
            STORY_FILTERS,
            html,
            ctx ->
                page(
                    ctx,
                    "stories",
                    Map.of(
                        "result",
                        desk.stories(filters(ctx, 50)),
                        "q",
                        nz(ctx.queryParam("q")),
                        "json",
                        "/api/stories"))));
    r.add(
        new Route(
            "GET",
            "/stories/{id}",
            "A story's dossier",
            List.of(),
            html,
            ctx -> {
              Dossier d = dossier(ctx.pathParam("id"));
              page(
                  ctx,
                  "story",
                  Map.of(
                      "d",
                      d,
                      "numbers",
                      numbers(d),
                      "coverage",
                      Json.line(coverage(d)),
                      "events",
                      Json.line(events(d)),
                      "json",
                      "/api/stories/" + d.id()));
            }));
    r.add(
        new Route(
            "GET",
            "/articles/{id}",
            "An article",
            List.of(),
            html,
            ctx -> {
              Desk.ArticleView view = article(ctx.pathParam("id"));
              Map<String, Object> a = view.json();
              String shown = String.valueOf(a.get("source_display"));
              // Only web addresses become links: a page cannot smuggle a javascript: URL in.
              String url = shown.startsWith("https://") || shown.startsWith("http://") ? shown : "";
              page(
                  ctx,
                  "article",
                  Map.of(
                      "a",
                      a,
                      "marked",
                      Highlights.of(String.valueOf(a.get("text")), view.annotation()),
                      "sourceUrl",
                      url,
                      "json",
                      "/api/articles/" + a.get("id")));
            }));
    r.add(
        new Route(
            "GET",
            "/search",
            "Search",
            SEARCH_FILTERS,
            html,
            ctx -> {
              Map<String, Object> model = new LinkedHashMap<>();
              model.put("q", nz(ctx.queryParam("q")));
              model.put(
                  "filters",
                  Map.of(
                      "outlet", nz(ctx.queryParam("outlet")),
                      "language", nz(ctx.queryParam("language")),
                      "speaker", nz(ctx.queryParam("speaker")),
                      "from", nz(ctx.queryParam("from")),
                      "to", nz(ctx.queryParam("to"))));
              try {
                model.put("result", desk.search(filters(ctx, 20)));
              } catch (IllegalArgumentException e) {
                ctx.status(400);
                model.put("error", e.getMessage());
              }
              model.put(
                  "json",
                  "/api/search" + (ctx.queryString() == null ? "" : "?" + ctx.queryString()));
              page(ctx, "search", model);
            }));
    r.add(
        new Route(
            "GET",
            "/ingest",
            "Ingest files, URLs and feeds",
            List.of(),
            html,
            ctx ->
                page(
                    ctx,
                    "ingest",
                    Map.of(
                        "jobs",
                        jobs.all().stream().map(IngestJobs.Job::json).toList(),
                        "follows",
                        follows.list(),
                        "json",
                        "/api/jobs"))));
    return List.copyOf(r);
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }

  private void page(Context ctx, String template, Map<String, Object> model) {
    ctx.contentType("text/html; charset=utf-8").result(render(template, model));
  }

  private void follow(Context ctx) throws IOException {
    String url = null;
    boolean jsonBody =
        ctx.contentType() != null && ctx.contentType().startsWith("application/json");
    if (jsonBody) {
      Object u = ctx.bodyAsClass(Map.class).get("url");
      url = u == null ? null : String.valueOf(u);
    } else {
      url = ctx.formParam("url");
    }
    if (url == null || url.isBlank()) {
      throw new IllegalArgumentException("url is required: the feed to follow");
    }
    FollowedFeeds.Feed f = follows.follow(url);
    if (jsonBody || "json".equals(ctx.queryParam("answer"))) {
      ctx.status(201).json(f);
    } else {
      ctx.redirect("/ingest", io.javalin.http.HttpStatus.SEE_OTHER);
    }
  }

  private Dossier dossier(String id) throws IOException {
    return desk.dossier(id).orElseThrow(() -> new Desk.NotFound("no story with id " + id));
  }

  private Desk.ArticleView article(String id) throws IOException {
    return desk.article(id).orElseThrow(() -> new Desk.NotFound("no article with id " + id));
  }

  private IngestJobs.Job job(String id) {
    IngestJobs.Job j = jobs.get(id);
    if (j == null) {
      throw new Desk.NotFound("no job with id " + id);
    }
    return j;
  }

  /**
   * The coverage chart's data: for each outlet, its articles per publish day (undated ones under
   * "undated"), days in order.
   */
  static Map<String, Object> coverage(Dossier d) {
    java.util.TreeSet<String> days = new java.util.TreeSet<>();
    Map<String, Map<String, Integer>> byOutlet = new LinkedHashMap<>();
    for (Dossier.ArticleRef a : d.articles()) {
      String day =
          a.published() == null
              ? "undated"
              : a.published().substring(0, Math.min(10, a.published().length()));
      days.add(day);
      String outlet = a.outlet() == null ? "(unknown outlet)" : a.outlet();
      byOutlet.computeIfAbsent(outlet, k -> new LinkedHashMap<>()).merge(day, 1, Integer::sum);
    }
    List<String> labels = new ArrayList<>(days);
    List<Map<String, Object>> series = new ArrayList<>();
    byOutlet.forEach(
        (outlet, counts) -> {
          List<Integer> values = new ArrayList<>();
          labels.forEach(day -> values.add(counts.getOrDefault(day, 0)));
          series.add(Map.of("outlet", outlet, "counts", values));
        });
    return Map.of("days", labels, "series", series);
  }

  /** The timeline chart's data: each event's date, lane and a short text, in timeline order. */
  static List<Map<String, Object>> events(Dossier d) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (Dossier.Event e : d.timeline()) {
      String text = e.text().length() > 120 ? e.text().substring(0, 119) + "…" : e.text();
      out.add(
          Map.of(
              "when", e.when(),
              "background", e.background(),
              "text", text,
              "sources", e.articles().size()));
    }
    return out;
  }

  /** The [n] number of each of a dossier's articles. */
  private static Map<String, Integer> numbers(Dossier d) {
    Map<String, Integer> n = new LinkedHashMap<>();
    for (int i = 0; i < d.articles().size(); i++) {
      n.put(d.articles().get(i).id(), i + 1);
    }
    return n;
  }

  private void export(Context ctx) throws IOException {
    String format = ctx.queryParamAsClass("format", String.class).getOrDefault("json");
    if (!List.of("json", "md", "csv").contains(format)) {
      throw new IllegalArgumentException("format must be json, md or csv, not '" + format + "'");
    }
    List<Dossier> all = desk.exportable(blankToNull(ctx.queryParam("story")));
    String body;
    String type;
    switch (format) {
      case "md" -> {
        body = Exports.markdown(all);
        type = "text/markdown; charset=utf-8";
      }
      case "csv" -> {
        body = Exports.csv(all);
        type = "text/csv; charset=utf-8";
      }
      default -> {
        body = Json.pretty(Exports.json(all, store)) + "\n";
        type = "application/json";
      }
    }
    ctx.header("Content-Disposition", "attachment; filename=\"dossiers." + format + "\"");
    ctx.contentType(type).result(body);
  }

  private void ingest(Context ctx) throws IOException {
    List<String> inputs = new ArrayList<>();
    Path uploads = Files.createDirectories(options.data().resolve("uploads"));
    boolean multipart = ctx.isMultipartFormData();
    if (multipart) {
      for (UploadedFile f : ctx.uploadedFiles("files")) {
        String name = Path.of(f.filename()).getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        if (UPLOAD_TYPES.stream().noneMatch(lower::endsWith)) {
          throw new IllegalArgumentException(
              name + ": not a type Dossier reads (" + String.join(" ", UPLOAD_TYPES) + ")");
        }
        if (f.size() > options.maxUploadBytes()) {
          throw new IllegalArgumentException(
              name
                  + ": "
                  + f.size()
                  + " bytes, over the "
                  + options.maxUploadBytes()
                  + " byte cap");
        }
        Path dir = Files.createTempDirectory(uploads, "u");
        Path to = dir.resolve(name.replaceAll("[^\\p{L}\\p{N}._-]", "_"));
        try (InputStream in = f.content()) {
          Files.copy(in, to, StandardCopyOption.REPLACE_EXISTING);
        }
        inputs.add(to.toString());
      }
    }
    String urls = multipart ? ctx.formParam("urls") : null;
    if (!multipart
        && ctx.contentType() != null
        && ctx.contentType().startsWith("application/json")) {
      Map<?, ?> body = ctx.bodyAsClass(Map.class);
      Object u = body.get("urls");
      urls =
          u instanceof List<?> l
              ? String.join("\n", l.stream().map(String::valueOf).toList())
              : null;
    } else if (!multipart) {
      urls = ctx.formParam("urls");
    }
    if (urls != null) {
      for (String line : urls.split("\\R")) {
        String u = line.strip();
        if (u.isEmpty()) {
          continue;
        }
        if (!(u.startsWith("http://") || u.startsWith("https://"))) {
          throw new IllegalArgumentException(u + ": only http and https URLs can be ingested here");
        }
        inputs.add(u);
      }
    }
    if (inputs.isEmpty()) {
      throw new IllegalArgumentException("nothing to ingest: upload 'files' or give 'urls'");
    }
    IngestJobs.Job job = jobs.submit(inputs);
    if (!multipart || "json".equals(ctx.queryParam("answer"))) {
      ctx.status(202).json(job.json());
    } else {
      ctx.redirect("/ingest?job=" + job.id, io.javalin.http.HttpStatus.SEE_OTHER);
    }
  }

  /** Polls the followed feeds that are due and ingests the ones that changed, as a job. */
  /** How often a server over a shared store looks for articles other machines stored. */
  static final long SHARED_CHECK_SECONDS = 5;

  private long searchedVersion = Long.MIN_VALUE;

  /**
   * Adds to the search index what other machines stored in a shared store since the last look (a
   * store change is seen at once by pages and dossiers, which read the store).
   */
  private void catchUpSearch() {
    try {
      long now = store.dataVersion();
      if (now != searchedVersion && search.update(store) >= 0) {
        searchedVersion = now;
      }
    } catch (IOException | RuntimeException e) {
      System.err.println("dossier serve: updating the search index failed: " + e.getMessage());
    }
  }

  private void poll() {
    try {
      List<Path> changed = follows.pollDue(fetcher, java.time.Instant.now());
      if (!changed.isEmpty()) {
        jobs.submit(changed.stream().map(Path::toString).toList());
      }
    } catch (IOException | RuntimeException e) {
      System.err.println("dossier serve: polling the followed feeds failed: " + e.getMessage());
    }
  }

  @Override
  public void close() throws IOException {
    poller.shutdownNow();
    app.stop();
    jobs.close();
    try {
      search.close();
    } finally {
      store.close();
    }
  }
}
