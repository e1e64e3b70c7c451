package org.dossier.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Versioned schema migrations: script N brings the schema from version N-1 to N, each in its own
 * transaction, and {@code PRAGMA user_version} records how far a database has come.
 */
final class Migrations {
  /** The scripts in order; script i (from 0) takes the schema to version i + 1. */
  static final List<String> SCRIPTS =
      List.of(
          "sqlite/V1__articles.sql",
          "sqlite/V2__modified.sql",
          "sqlite/V3__annotations.sql",
          "sqlite/V4__stories.sql",
          "sqlite/V5__captions.sql",
          "sqlite/V6__embeddings.sql");

  private Migrations() {}

  /** The schema version this code writes. */
  static int latest() {
    return SCRIPTS.size();
  }

  /** Brings a database up to date; refuses one written by a newer Dossier. */
  static void apply(Connection c, String where) throws IOException, SQLException {
    int current = version(c);
    if (current > latest()) {
      throw new IOException(
          where
              + ": schema version "
              + current
              + " is newer than this Dossier knows ("
              + latest()
              + "); upgrade Dossier");
    }
    for (int v = current; v < latest(); v++) {
      String sql = script(SCRIPTS.get(v));
      boolean auto = c.getAutoCommit();
      c.setAutoCommit(false);
      try (Statement s = c.createStatement()) {
        for (String statement : statements(sql)) {
          s.execute(statement);
        }
        s.execute("PRAGMA user_version = " + (v + 1));
        c.commit();
      } catch (SQLException e) {
        c.rollback();
        throw new IOException(
            where + ": migration to schema version " + (v + 1) + " failed: " + e.getMessage(), e);
      } finally {
        c.setAutoCommit(auto);
      }
    }
  }

  static int version(Connection c) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet r = s.executeQuery("PRAGMA user_version")) {
      return r.next() ? r.getInt(1) : 0;
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
