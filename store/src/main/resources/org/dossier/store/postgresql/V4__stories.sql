-- Stories (issue 5): every article assigned to exactly one story, and links between stories that
-- are chapters of one saga. Rebuilt whole by `dossier recluster`.
CREATE TABLE story_articles (
  article_id  text COLLATE "C" PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
  story_id    text COLLATE "C" NOT NULL,
  score       double precision NOT NULL,
  assigned_at timestamptz NOT NULL
);
CREATE INDEX story_articles_story ON story_articles (story_id);

CREATE TABLE story_links (
  story_id text COLLATE "C" NOT NULL,
  other_id text COLLATE "C" NOT NULL,
  score    double precision NOT NULL,
  PRIMARY KEY (story_id, other_id)
);
CREATE INDEX story_links_other ON story_links (other_id);
