package org.dossier.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import org.sqlite.SQLiteConfig;

/**
 * The embedded default: one SQLite database, {@code dossier.db}, in the data folder, in WAL mode so
 * that readers never block the writer and a killed process leaves the last committed state.
 */
final class SqliteBackend implements Backend {
  static final String FILE = "dossier.db";

  private final Path file;

  private SqliteBackend(Path file) {
    this.file = file;
  }

  static ArticleStore open(Path dataDir) throws IOException {
    try {
      Files.createDirectories(dataDir);
    } catch (IOException e) {
      throw new IOException(dataDir + ": cannot create the data folder: " + e.getMessage(), e);
    }
    if (!Files.isDirectory(dataDir)) {
      throw new IOException(dataDir + ": the data folder is not a folder");
    }
    SqliteBackend backend = new SqliteBackend(dataDir.resolve(FILE));
    Path file = backend.file;
    Connection writer = null;
    try {
      SQLiteConfig config = new SQLiteConfig();
      config.setJournalMode(SQLiteConfig.JournalMode.WAL);
      // NORMAL in WAL mode is durable against a killed process (not a power cut) and much faster.
      config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
      config.enforceForeignKeys(true);
      config.setBusyTimeout(10_000);
      writer = DriverManager.getConnection("jdbc:sqlite:" + file, config.toProperties());
      backend.checkIntegrity(writer);
      Migrations.apply(writer, backend);
      SQLiteConfig readConfig = new SQLiteConfig();
      readConfig.setReadOnly(true);
      readConfig.setBusyTimeout(10_000);
      Connection reader =
          DriverManager.getConnection("jdbc:sqlite:" + file, readConfig.toProperties());
      return new JdbcArticleStore(backend, writer, reader);
    } catch (SQLException e) {
      JdbcArticleStore.closeQuietly(writer);
      throw new IOException(file + ": cannot open the store: " + e.getMessage(), e);
    } catch (IOException e) {
      JdbcArticleStore.closeQuietly(writer);
      throw e;
    }
  }

  @Override
  public String where() {
    return file.toString();
  }

  @Override
  public String scripts() {
    return "sqlite";
  }

  @Override
  public String insertionOrder() {
    return "rowid";
  }

  @Override
  public void checkIntegrity(Connection c) throws SQLException, IOException {
    try (Statement s = c.createStatement();
        ResultSet r = s.executeQuery("PRAGMA quick_check")) {
      String result = r.next() ? r.getString(1) : "no answer";
      if (!"ok".equals(result)) {
        throw new IOException(file + ": the database is damaged (" + result + ")");
      }
    }
  }

  @Override
  public int schemaVersion(Connection c) throws SQLException {
    return (int) Backend.number(c, "PRAGMA user_version");
  }

  @Override
  public void setSchemaVersion(Connection c, int version) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute("PRAGMA user_version = " + version);
    }
  }

  @Override
  public long dataVersion(Connection reader) throws SQLException {
    // PRAGMA data_version changes when another connection commits; this process's own writes go
    // through the writer connection, which is another connection to the reader.
    return Backend.number(reader, "PRAGMA data_version");
  }

  @Override
  public Instant instant(ResultSet r, String column) throws SQLException {
    return Instant.parse(r.getString(column));
  }
}
