package org.dossier.store.testing;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * A real PostgreSQL server for tests: the one {@code DOSSIER_TEST_POSTGRES} names ({@code
 * postgresql://HOST:PORT/DB}, user in {@code PGUSER}, password in {@code PGPASSWORD}), else a
 * throw-away cluster this JVM starts with the installed {@code initdb} and {@code pg_ctl} (as the
 * {@code postgres} user when the tests run as root) in a temporary folder, and stops on exit.
 *
 * <p>NOTE: a test that needs it is skipped, with the reason, when no server can be had, unless
 * {@code DOSSIER_REQUIRE_POSTGRES} is set (as CI sets it), when it fails instead.
 */
public final class TestPostgres {
  /** The cluster's superuser: the system user, the name the store connects as by default. */
  private static final String USER = System.getProperty("user.name");

  private static String url;
  private static String failure;
  private static int schemas;

  private TestPostgres() {}

  /** The server's URL, as {@code --store} takes it; skips the calling test when there is none. */
  public static synchronized String url() {
    if (url == null && failure == null) {
      try {
        String given = System.getenv("DOSSIER_TEST_POSTGRES");
        url = given != null && !given.isBlank() ? given : start();
      } catch (IOException | RuntimeException e) {
        failure = e.getMessage();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        failure = "interrupted while starting PostgreSQL";
      }
    }
    if (url == null) {
      String message = "no PostgreSQL server for this test: " + failure;
      if (System.getenv("DOSSIER_REQUIRE_POSTGRES") != null) {
        throw new IllegalStateException(message);
      }
      Assumptions.abort(message);
    }
    return url;
  }

  /**
   * The URL of a new, empty schema of the server, so that each test starts from nothing; the store
   * creates its tables there.
   */
  public static synchronized String freshStore(String hint) {
    String base = url();
    String schema =
        "t_"
            + hint.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]", "_")
            + "_"
            + (++schemas)
            + "_"
            + ProcessHandle.current().pid();
    if (schema.length() > 60) {
      schema = "t_" + Integer.toHexString(schema.hashCode()) + "_" + schemas;
    }
    try (Connection c = connect(base);
        Statement s = c.createStatement()) {
      s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
      s.execute("CREATE SCHEMA " + schema);
    } catch (SQLException e) {
      throw new IllegalStateException(base + ": cannot create a schema: " + e.getMessage(), e);
    }
    return base + (base.contains("?") ? "&" : "?") + "currentSchema=" + schema;
  }

  /** A plain connection to the server, for a test that looks at tables itself. */
  public static Connection connect(String store) throws SQLException {
    Properties p = new Properties();
    p.setProperty("user", env("PGUSER", USER));
    String password = System.getenv("PGPASSWORD");
    if (password != null) {
      p.setProperty("password", password);
    }
    String jdbc = store.startsWith("jdbc:") ? store : "jdbc:" + store;
    return DriverManager.getConnection(jdbc, p);
  }

  private static String env(String name, String fallback) {
    String v = System.getenv(name);
    return v == null || v.isBlank() ? fallback : v;
  }

  private static String start() throws IOException, InterruptedException {
    Path bin = binaries();
    boolean root = "root".equals(System.getProperty("user.name"));
    Path dir = Files.createTempDirectory("dossier-pg-");
    Path data = dir.resolve("data");
    if (root) {
      run(List.of("chown", "postgres", dir.toString()), dir);
    }
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    program(
        root,
        bin,
        dir,
        "initdb",
        "-D",
        data.toString(),
        "-A",
        "trust",
        "-U",
        USER,
        "-E",
        "UTF8",
        "--no-locale");
    program(
        root,
        bin,
        dir,
        "pg_ctl",
        "-D",
        data.toString(),
        "-l",
        dir.resolve("server.log").toString(),
        "-w",
        "-o",
        "-p " + port + " -k " + dir + " -c listen_addresses=127.0.0.1 -c fsync=off",
        "start");
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  try {
                    program(
                        root, bin, dir, "pg_ctl", "-D", data.toString(), "-m", "immediate", "stop");
                  } catch (IOException | InterruptedException e) {
                    // Going away anyway.
                  }
                  try (var files = Files.walk(dir)) {
                    files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                  } catch (IOException e) {
                    // A temporary folder left behind.
                  }
                }));
    String server = "postgresql://127.0.0.1:" + port + "/postgres";
    try (Connection c = connect(server);
        Statement s = c.createStatement()) {
      s.execute("CREATE DATABASE dossier_test");
    } catch (SQLException e) {
      throw new IOException("the server started but refused a database: " + e.getMessage(), e);
    }
    return "postgresql://127.0.0.1:" + port + "/dossier_test";
  }

  /** Runs one of PostgreSQL's programs in the cluster's folder, as its owner. */
  private static void program(boolean root, Path bin, Path dir, String program, String... args)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(bin.resolve(program).toString());
    command.addAll(List.of(args));
    run(as(root, command.toArray(String[]::new)), dir);
  }

  private static List<String> as(boolean root, String... command) {
    List<String> out = new ArrayList<>();
    if (root) {
      out.addAll(List.of("runuser", "-u", "postgres", "--"));
    }
    out.addAll(List.of(command));
    return out;
  }

  /** The newest installed PostgreSQL's programs. */
  private static Path binaries() throws IOException {
    Path debian = Path.of("/usr/lib/postgresql");
    if (Files.isDirectory(debian)) {
      try (var versions = Files.list(debian)) {
        var newest =
            versions
                .filter(v -> Files.isExecutable(v.resolve("bin/initdb")))
                .max(Comparator.comparingInt(v -> number(v.getFileName().toString())));
        if (newest.isPresent()) {
          return newest.get().resolve("bin");
        }
      }
    }
    for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
      if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, "initdb"))) {
        return Path.of(dir);
      }
    }
    throw new IOException("PostgreSQL is not installed (no initdb; apt-get install postgresql)");
  }

  private static int number(String s) {
    try {
      return Integer.parseInt(s);
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  private static void run(List<String> command, Path dir) throws IOException, InterruptedException {
    Path log = dir.resolve("command.log");
    Process p =
        new ProcessBuilder(command)
            .directory(dir.toFile())
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.to(log.toFile()))
            .start();
    if (!p.waitFor(120, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new IOException(String.join(" ", command) + " did not finish in 120 s");
    }
    if (p.exitValue() != 0) {
      throw new IOException(
          String.join(" ", command)
              + " failed ("
              + p.exitValue()
              + "): "
              + Files.readString(log).strip());
    }
  }
}
