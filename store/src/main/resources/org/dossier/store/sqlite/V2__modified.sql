-- When an article says it was last modified (extraction issue 3): value, precision and origin, as for published.
ALTER TABLE articles ADD COLUMN modified TEXT;
ALTER TABLE articles ADD COLUMN modified_precision TEXT;
ALTER TABLE articles ADD COLUMN modified_origin TEXT;
