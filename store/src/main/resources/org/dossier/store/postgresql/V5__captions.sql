-- Photo captions and credits found among an article's text (pasted text, issue 12), as a JSON array,
-- kept apart from the body so that they feed neither quotes nor the timeline.
ALTER TABLE articles ADD COLUMN captions json NOT NULL DEFAULT '[]';
