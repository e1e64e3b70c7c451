-- Articles, their reader comments, the raw captures they came from, and links between articles.
CREATE TABLE articles (
  id                  TEXT PRIMARY KEY,
  identity            TEXT NOT NULL,
  version             INTEGER NOT NULL,
  source              TEXT NOT NULL,
  canonical_url       TEXT,
  outlet              TEXT,
  title               TEXT,
  byline              TEXT NOT NULL,
  published           TEXT,
  published_precision TEXT,
  published_origin    TEXT,
  language            TEXT,
  body                TEXT NOT NULL,
  text_hash           TEXT NOT NULL,
  diagnostics         TEXT NOT NULL,
  minhash             BLOB,
  ingested_at         TEXT NOT NULL,
  UNIQUE (identity, version)
);
CREATE INDEX articles_text_hash ON articles (text_hash);
CREATE INDEX articles_outlet ON articles (outlet);
CREATE INDEX articles_published ON articles (published);

CREATE TABLE comments (
  article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  position   INTEGER NOT NULL,
  id         TEXT NOT NULL,
  author     TEXT,
  published  TEXT,
  text       TEXT NOT NULL,
  parent     TEXT,
  PRIMARY KEY (article_id, position)
);

CREATE TABLE captures (
  id          INTEGER PRIMARY KEY,
  source      TEXT NOT NULL,
  sha256      TEXT NOT NULL,
  media_type  TEXT NOT NULL,
  captured_at TEXT NOT NULL,
  headers     TEXT NOT NULL,
  hint        TEXT NOT NULL,
  content_gz  BLOB NOT NULL,
  article_id  TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  UNIQUE (source, sha256)
);
CREATE INDEX captures_article ON captures (article_id);

-- Locality-sensitive hashing buckets of MinHash signatures: one row per band of each article.
CREATE TABLE minhash_bands (
  band_key   INTEGER NOT NULL,
  article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  PRIMARY KEY (band_key, article_id)
) WITHOUT ROWID;

-- kind: 'exact' (same normalised text), 'near' (syndicated or lightly rewritten copy),
-- 'version' (a changed page at the same URL). 'a' is the later article, 'b' the earlier one.
CREATE TABLE article_links (
  a          TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  b          TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  kind       TEXT NOT NULL CHECK (kind IN ('exact', 'near', 'version')),
  similarity REAL NOT NULL,
  PRIMARY KEY (a, b, kind)
);
CREATE INDEX article_links_b ON article_links (b);
