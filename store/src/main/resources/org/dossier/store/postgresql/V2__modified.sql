-- When an article says it was last modified (extraction issue 3): value, precision and origin, as for published.
ALTER TABLE articles ADD COLUMN modified text COLLATE "C";
ALTER TABLE articles ADD COLUMN modified_precision text;
ALTER TABLE articles ADD COLUMN modified_origin text;
