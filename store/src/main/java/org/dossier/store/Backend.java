package org.dossier.store;

import java.io.IOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;

/**
 * What differs between the databases a store lives in (SQLite in a data folder, a shared
 * PostgreSQL): how the store is named in messages, where the schema version and the change counter
 * are kept, and the few SQL words the two do not share. Everything else is one SQL, in {@link
 * JdbcArticleStore} and {@link JdbcWriteBatch}.
 */
interface Backend {

  /** The store as messages name it: the database file, or the URL without credentials. */
  String where();

  /** The folder of this back end's migration scripts among the store's resources. */
  String scripts();

  /** The column that orders rows as they were inserted. */
  String insertionOrder();

  /** The schema version a database is at (0 for an empty one). */
  int schemaVersion(Connection c) throws SQLException;

  /** Records the schema version, inside the migration's transaction. */
  void setSchemaVersion(Connection c, int version) throws SQLException;

  /**
   * Readies a database for migrations, inside the migration's transaction: on a shared server this
   * is where concurrent first uses wait for one another.
   */
  default void beforeMigrations(Connection c) throws SQLException {}

  /** A number that changes whenever anyone commits a change to the store. */
  long dataVersion(Connection reader) throws SQLException;

  /** Called as every write transaction begins, before its first statement. */
  default void begin(Connection c) throws SQLException {}

  /** Called before a transaction that wrote something commits. */
  default void beforeCommit(Connection c) throws SQLException {}

  /**
   * Text as every back end can hold it: PostgreSQL's text cannot hold NUL, so no back end keeps
   * one; it stands for a character that was never there (U+FFFD).
   */
  default String text(String s) {
    return s.indexOf('\0') < 0 ? s : s.replace('\0', '\uFFFD');
  }

  /** A point in time stored by {@link JdbcWriteBatch} as ISO-8601 text. */
  Instant instant(ResultSet r, String column) throws SQLException;

  /** Checks that the database is whole, before it is used. */
  default void checkIntegrity(Connection c) throws SQLException, IOException {}

  /** The number in the first column of a query's first row, or 0 when it has none. */
  static long number(Connection c, String sql) throws SQLException {
    try (java.sql.Statement s = c.createStatement();
        ResultSet r = s.executeQuery(sql)) {
      return r.next() ? r.getLong(1) : 0;
    }
  }
}
