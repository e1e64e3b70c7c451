-- Stories (issue 5): every article assigned to exactly one story, and links between stories that
-- are chapters of one saga. Rebuilt whole by `dossier recluster`.
CREATE TABLE story_articles (
  article_id  TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
  story_id    TEXT NOT NULL,
  score       REAL NOT NULL,
  assigned_at TEXT NOT NULL
);
CREATE INDEX story_articles_story ON story_articles(story_id);

CREATE TABLE story_links (
  story_id TEXT NOT NULL,
  other_id TEXT NOT NULL,
  score    REAL NOT NULL,
  PRIMARY KEY (story_id, other_id)
);
