package org.dossier.store;

import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.function.Consumer;
import org.postgresql.Driver;

/**
 * A shared store in PostgreSQL, for a team: every command and server that is given the same URL
 * works on one store.
 *
 * <p>Writers take turns as they do on one data folder: a command that writes holds a session
 * advisory lock ({@link #writerLock}) for as long as it writes, and every write transaction also
 * takes a transaction advisory lock as it begins, so a read-then-insert (is this capture stored?)
 * is never raced by another process. Schema migrations run under a third lock, so the first uses of
 * a new database by several processes at once apply each script once.
 *
 * <p>NOTE: credentials never come from the command line: the user is {@code PGUSER} (or the system
 * user), the password {@code PGPASSWORD} or the matching line of {@code ~/.pgpass} (or {@code
 * PGPASSFILE}), as for {@code psql}.
 */
final class PostgresBackend implements Backend {
  /** The first key of Dossier's advisory locks ("Doss"). */
  private static final int LOCKS = 0x446F7373;

  private static final int WRITER = 1;
  private static final int TRANSACTION = 2;
  private static final int MIGRATION = 3;

  private final String jdbcUrl;
  private final String where;

  private PostgresBackend(String jdbcUrl, String where) {
    this.jdbcUrl = jdbcUrl;
    this.where = where;
  }

  /** Whether a store argument names a PostgreSQL database. */
  static boolean names(String store) {
    return store.startsWith("postgresql://")
        || store.startsWith("postgres://")
        || store.startsWith("jdbc:postgresql:");
  }

  /**
   * The back end of a URL, checked but not yet connected.
   *
   * @throws IllegalArgumentException when the URL is malformed or carries a password
   */
  static PostgresBackend of(String store) {
    String jdbc;
    if (store.startsWith("jdbc:postgresql:")) {
      jdbc = store;
    } else if (store.startsWith("postgresql://")) {
      jdbc = "jdbc:" + store;
    } else if (store.startsWith("postgres://")) {
      jdbc = "jdbc:postgresql://" + store.substring("postgres://".length());
    } else {
      throw new IllegalArgumentException(
          "not a PostgreSQL URL: " + store + " (give postgresql://HOST[:PORT]/DB)");
    }
    String authority = jdbc.replaceFirst("^jdbc:postgresql://", "").split("[/?]", 2)[0];
    if (authority.contains("@")) {
      throw new IllegalArgumentException(
          "the store URL carries credentials; give the user in PGUSER and the password in"
              + " PGPASSWORD or ~/.pgpass instead");
    }
    if (jdbc.toLowerCase(java.util.Locale.ROOT).matches(".*[?&]password=.*")) {
      throw new IllegalArgumentException(
          "the store URL carries a password; give it in PGPASSWORD or ~/.pgpass instead");
    }
    Properties parsed = Driver.parseURL(jdbc, null);
    if (parsed == null) {
      throw new IllegalArgumentException(
          "not a PostgreSQL URL: " + store + " (give postgresql://HOST[:PORT]/DB)");
    }
    if (parsed.getProperty("PGDBNAME", "").isEmpty()) {
      throw new IllegalArgumentException(
          "the store URL names no database: " + store + " (give postgresql://HOST[:PORT]/DB)");
    }
    return new PostgresBackend(jdbc, jdbc.replaceFirst("^jdbc:", ""));
  }

  /** Connects, brings the schema up to date and opens the store. */
  ArticleStore open() throws IOException {
    Connection writer = null;
    Connection reader = null;
    try {
      writer = connect("dossier");
      Migrations.apply(writer, this);
      reader = connect("dossier reader");
      reader.setReadOnly(true);
      return new JdbcArticleStore(this, writer, reader);
    } catch (SQLException e) {
      JdbcArticleStore.closeQuietly(writer);
      JdbcArticleStore.closeQuietly(reader);
      throw new IOException(where + ": cannot open the store: " + e.getMessage(), e);
    } catch (IOException e) {
      JdbcArticleStore.closeQuietly(writer);
      JdbcArticleStore.closeQuietly(reader);
      throw e;
    }
  }

  /**
   * Takes the store's writer lock, waiting while another command (on any machine) writes.
   *
   * @param holder what this process is doing, shown to a writer that has to wait
   * @param waiting told once, with who holds the lock, when this call has to wait
   * @return closing it releases the lock
   */
  Closeable writerLock(String holder, Consumer<String> waiting) throws IOException {
    Connection c;
    try {
      c = connect(holder);
    } catch (SQLException e) {
      throw new IOException(where + ": cannot connect: " + e.getMessage(), e);
    }
    try {
      if (!tryLock(c)) {
        waiting.accept(
            "another process is writing to " + where + " (" + holderOf(c) + "); waiting for it");
        try (Statement s = c.createStatement()) {
          s.execute("SELECT pg_advisory_lock(" + LOCKS + ", " + WRITER + ")");
        }
      }
    } catch (SQLException e) {
      JdbcArticleStore.closeQuietly(c);
      throw new IOException(where + ": cannot take the writer lock: " + e.getMessage(), e);
    }
    return () -> {
      try {
        c.close();
      } catch (SQLException e) {
        throw new IOException(where + ": releasing the writer lock failed: " + e.getMessage(), e);
      }
    };
  }

  private static boolean tryLock(Connection c) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet r =
            s.executeQuery("SELECT pg_try_advisory_lock(" + LOCKS + ", " + WRITER + ")")) {
      r.next();
      return r.getBoolean(1);
    }
  }

  private static String holderOf(Connection c) {
    try (Statement s = c.createStatement();
        ResultSet r =
            s.executeQuery(
                "SELECT a.application_name, coalesce(host(a.client_addr), 'local'), a.pid"
                    + " FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid"
                    + " WHERE l.locktype = 'advisory' AND l.granted AND l.classid = "
                    + LOCKS
                    + " AND l.objid = "
                    + WRITER)) {
      return r.next()
          ? r.getString(1) + ", from " + r.getString(2) + ", server process " + r.getInt(3)
          : "a writer that has just finished";
    } catch (SQLException e) {
      return "unknown: " + e.getMessage();
    }
  }

  private Connection connect(String applicationName) throws SQLException {
    Properties p = new Properties();
    Properties parsed = Driver.parseURL(jdbcUrl, null);
    String user = parsed.getProperty("user");
    if (user == null) {
      user = env("PGUSER");
    }
    if (user == null) {
      user = System.getProperty("user.name");
    }
    p.setProperty("user", user);
    String password = env("PGPASSWORD");
    if (password == null) {
      password =
          passwordFile(
              parsed.getProperty("PGHOST", "localhost").split(",")[0],
              parsed.getProperty("PGPORT", "5432").split(",")[0],
              parsed.getProperty("PGDBNAME"),
              user);
    }
    if (password != null) {
      p.setProperty("password", password);
    }
    // Parameters typed by the server, so that text reaches json and timestamptz columns as the
    // same SQL writes it into SQLite's text columns.
    p.setProperty("stringtype", "unspecified");
    p.setProperty("ApplicationName", applicationName);
    p.setProperty("connectTimeout", "10");
    return DriverManager.getConnection(jdbcUrl, p);
  }

  private static String env(String name) {
    String v = System.getenv(name);
    return v == null || v.isEmpty() ? null : v;
  }

  /**
   * The password of the first matching line of the password file ({@code PGPASSFILE} or {@code
   * ~/.pgpass}), as libpq reads it: fields host, port, database, user and password, {@code *}
   * matching anything, {@code \} escaping; a file others may read is ignored.
   */
  static String passwordFile(String host, String port, String db, String user) {
    String name = env("PGPASSFILE");
    return passwordFile(
        name != null ? Path.of(name) : Path.of(System.getProperty("user.home"), ".pgpass"),
        host,
        port,
        db,
        user);
  }

  /** The password of the first line of a password file that matches. */
  static String passwordFile(Path file, String host, String port, String db, String user) {
    if (!Files.isRegularFile(file)) {
      return null;
    }
    try {
      Set<PosixFilePermission> perms = Files.getPosixFilePermissions(file);
      if (perms.stream()
          .anyMatch(x -> x.name().startsWith("GROUP") || x.name().startsWith("OTHERS"))) {
        System.err.println(
            "dossier: " + file + " is ignored: others may read it (chmod 0600 " + file + ")");
        return null;
      }
    } catch (UnsupportedOperationException | IOException e) {
      // Not a POSIX file system: read it as it is.
    }
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      return null;
    }
    Map<Integer, String> wanted = Map.of(0, host, 1, port, 2, db, 3, user);
    for (String line : lines) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      List<String> fields = fields(line);
      if (fields.size() < 5) {
        continue;
      }
      boolean match = true;
      for (int i = 0; i < 4 && match; i++) {
        String f = fields.get(i);
        match = f.equals("*") || f.equals(wanted.get(i));
      }
      if (match) {
        return fields.get(4);
      }
    }
    return null;
  }

  private static List<String> fields(String line) {
    List<String> out = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    for (int i = 0; i < line.length(); i++) {
      char ch = line.charAt(i);
      if (ch == '\\' && i + 1 < line.length()) {
        field.append(line.charAt(++i));
      } else if (ch == ':' && out.size() < 4) {
        out.add(field.toString());
        field.setLength(0);
      } else {
        field.append(ch);
      }
    }
    out.add(field.toString());
    return out;
  }

  @Override
  public String where() {
    return where;
  }

  @Override
  public String scripts() {
    return "postgresql";
  }

  @Override
  public String insertionOrder() {
    return "seq";
  }

  @Override
  public void beforeMigrations(Connection c) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute("SELECT pg_advisory_xact_lock(" + LOCKS + ", " + MIGRATION + ")");
      s.execute(
          "CREATE TABLE IF NOT EXISTS dossier_meta ("
              + " id int PRIMARY KEY CHECK (id = 1),"
              + " schema_version int NOT NULL,"
              + " data_version bigint NOT NULL)");
      s.execute("INSERT INTO dossier_meta VALUES (1, 0, 0) ON CONFLICT DO NOTHING");
    }
  }

  @Override
  public int schemaVersion(Connection c) throws SQLException {
    return (int) Backend.number(c, "SELECT schema_version FROM dossier_meta");
  }

  @Override
  public void setSchemaVersion(Connection c, int version) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("UPDATE dossier_meta SET schema_version = ?")) {
      s.setInt(1, version);
      s.executeUpdate();
    }
  }

  @Override
  public long dataVersion(Connection reader) throws SQLException {
    return Backend.number(reader, "SELECT data_version FROM dossier_meta");
  }

  @Override
  public void begin(Connection c) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute("SELECT pg_advisory_xact_lock(" + LOCKS + ", " + TRANSACTION + ")");
    }
  }

  @Override
  public void beforeCommit(Connection c) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.executeUpdate("UPDATE dossier_meta SET data_version = data_version + 1");
    }
  }

  @Override
  public Instant instant(ResultSet r, String column) throws SQLException {
    OffsetDateTime t = r.getObject(column, OffsetDateTime.class);
    return t == null ? null : t.toInstant();
  }
}
