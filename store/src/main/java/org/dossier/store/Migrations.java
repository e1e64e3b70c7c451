package org.dossier.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Versioned schema migrations: script N brings the schema from version N-1 to N, each in its own
 * transaction, and the back end records how far a database has come ({@code PRAGMA user_version} in
 * SQLite, a table in PostgreSQL). Each back end has its own folder of scripts, one for one.
 */
final class Migrations {
  /**
   * The scripts in order, by name within a back end's folder; script i (from 0) takes the schema to
   * version i + 1.
   */
  static final List<String> SCRIPTS =
      List.of(
          "V1__articles.sql",
          "V2__modified.sql",
          "V3__annotations.sql",
          "V4__stories.sql",
          "V5__captions.sql",
          "V6__embeddings.sql");

  private Migrations() {}

  /** The schema version this code writes. */
  static int latest() {
    return SCRIPTS.size();
  }

  /** Brings a database up to date; refuses one written by a newer Dossier. */
  static void apply(Connection c, Backend backend) throws IOException, SQLException {
    String where = backend.where();
    boolean auto = c.getAutoCommit();
    c.setAutoCommit(false);
    try {
      for (int v = 0; v < latest(); v++) {
        backend.beforeMigrations(c);
        int current = backend.schemaVersion(c);
        if (current > latest()) {
          throw new IOException(
              where
                  + ": schema version "
                  + current
                  + " is newer than this Dossier knows ("
                  + latest()
                  + "); upgrade Dossier");
        }
        if (current >= latest()) {
          c.commit();
          break;
        }
        try (Statement s = c.createStatement()) {
          for (String statement :
              statements(script(backend.scripts() + "/" + SCRIPTS.get(current)))) {
            s.execute(statement);
          }
          backend.setSchemaVersion(c, current + 1);
          c.commit();
        } catch (SQLException e) {
          c.rollback();
          throw new IOException(
              where
                  + ": migration to schema version "
                  + (current + 1)
                  + " failed: "
                  + e.getMessage(),
              e);
        }
      }
    } catch (IOException | SQLException e) {
      c.rollback();
      throw e;
    } finally {
      c.setAutoCommit(auto);
    }
  }

  private static String script(String name) throws IOException {
    try (InputStream in = Migrations.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IOException("migration script missing from the jar: " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** The statements of a script: comments dropped, split at semicolons that end a line. */
  static List<String> statements(String sql) {
    StringBuilder clean = new StringBuilder();
    for (String line : sql.split("\n")) {
      int comment = line.indexOf("--");
      clean.append(comment >= 0 ? line.substring(0, comment) : line).append('\n');
    }
    return java.util.Arrays.stream(clean.toString().split(";\\s*\n"))
        .map(String::strip)
        .filter(s -> !s.isEmpty())
        .toList();
  }
}
