package org.dossier.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.dossier.model.Article;
import org.junit.jupiter.api.Test;

class SqliteArticleStoreTest extends ArticleStoreContract {
  @Override
  ArticleStore open(Path dataDir) throws IOException {
    return ArticleStore.open(dataDir);
  }

  @Test
  void aNewStoreIsAtTheLatestSchemaVersionInOneFile() throws IOException {
    try (ArticleStore store = open(dir)) {
      assertEquals(Migrations.latest(), store.schemaVersion());
      assertEquals(dir.resolve("dossier.db").toString(), store.location());
    }
    assertTrue(Files.exists(dir.resolve("dossier.db")));
  }

  @Test
  void aStoreFromANewerDossierIsRefusedWithAClearMessage() throws Exception {
    try (ArticleStore store = open(dir)) {
      assertEquals(Migrations.latest(), store.schemaVersion());
    }
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("dossier.db"));
        Statement s = c.createStatement()) {
      s.execute("PRAGMA user_version = 99");
    }
    IOException e = assertThrows(IOException.class, () -> open(dir));
    assertTrue(e.getMessage().contains("schema version 99 is newer"), e.getMessage());
  }

  @Test
  void aVersionOneStoreIsMigratedAndKeepsItsArticles() throws Exception {
    Article a = ArticleStoreContract.article("https://a.example/1", "A", "2024-03-01", "Body.");
    try (ArticleStore store = open(dir);
        WriteBatch b = store.begin()) {
      ArticleStoreContract.put(b, a);
      b.commit();
    }
    // Turn the file back into what version 1 wrote: no modified or captions columns, no
    // annotations, story or embedding tables.
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("dossier.db"));
        Statement s = c.createStatement()) {
      s.execute("DROP TABLE annotations");
      s.execute("DROP TABLE story_articles");
      s.execute("DROP TABLE story_links");
      s.execute("DROP TABLE embeddings");
      for (String column :
          List.of("modified", "modified_precision", "modified_origin", "captions")) {
        s.execute("ALTER TABLE articles DROP COLUMN " + column);
      }
      s.execute("PRAGMA user_version = 1");
    }
    try (ArticleStore store = open(dir)) {
      assertEquals(Migrations.latest(), store.schemaVersion());
      Article back = store.article(a.id()).orElseThrow().article();
      assertEquals(a.text(), back.text());
      assertNull(back.modified(), "a migrated article has no modified date");
    }
  }

  @Test
  void aFileThatIsNotADatabaseIsNamedInTheError() throws IOException, SQLException {
    Files.writeString(dir.resolve("dossier.db"), "this is not sqlite ".repeat(100));
    IOException e = assertThrows(IOException.class, () -> open(dir));
    assertTrue(e.getMessage().startsWith(dir.resolve("dossier.db").toString()), e.getMessage());
  }

  @Test
  void migrationScriptsSplitIntoStatements() {
    assertEquals(
        java.util.List.of("CREATE TABLE a (x TEXT)", "CREATE INDEX i ON a (x)"),
        Migrations.statements(
            "-- comment\nCREATE TABLE a (x TEXT); -- trailing\nCREATE INDEX i ON a (x);\n"));
  }
}
