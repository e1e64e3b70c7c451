-- Annotations (issue 4): entities, time expressions and quotes of an article, as the annotator of
-- a given version wrote them. A newer annotator re-annotates rows of a lower version
-- (dossier reannotate) without re-ingesting.
CREATE TABLE annotations (
  article_id TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
  version INTEGER NOT NULL,
  annotated_at TEXT NOT NULL,
  json TEXT NOT NULL
);
CREATE INDEX annotations_version ON annotations(version);
