-- The story clusterer's title-and-lead embeddings (issue 15), kept so that recluster reuses them
-- instead of running the encoder again: one vector of little-endian float32 per article, with the
-- name of the model that made it (a new model makes new ones).
CREATE TABLE embeddings (
  article_id text COLLATE "C" PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
  model      text NOT NULL,
  vector     bytea NOT NULL
);
