-- Annotations (issue 4): entities, time expressions and quotes of an article, as the annotator of
-- a given version wrote them. A newer annotator re-annotates rows of a lower version
-- (dossier reannotate) without re-ingesting.
CREATE TABLE annotations (
  article_id   text COLLATE "C" PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
  version      integer NOT NULL,
  annotated_at timestamptz NOT NULL,
  json         json NOT NULL
);
CREATE INDEX annotations_version ON annotations (version);
