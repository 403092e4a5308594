import type { Migration } from './migration';

/** The region's bank of mentoring practices: the current state of each card, every revision a
 *  school sent, every review, the catalogue's open setting and the full-text index of each engine. */
export const practices: Migration = {
  version: 40,
  name: 'practices',
  statements: [
    `CREATE TABLE practices (
      id TEXT PRIMARY KEY,
      school_id TEXT NOT NULL REFERENCES schools (id),
      revision INTEGER NOT NULL,
      status TEXT NOT NULL,
      level TEXT,
      comment TEXT,
      reviewed_at TEXT,
      reviewed_by TEXT,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      title TEXT NOT NULL,
      form TEXT NOT NULL,
      role_model TEXT NOT NULL,
      card TEXT NOT NULL,
      search_text TEXT NOT NULL
    )`,
    `CREATE INDEX practices_school ON practices (school_id, updated_at)`,
    `CREATE INDEX practices_status ON practices (status, level)`,
    `CREATE TABLE practice_revisions (
      practice_id TEXT NOT NULL REFERENCES practices (id),
      revision INTEGER NOT NULL,
      submitted_at TEXT NOT NULL,
      card TEXT NOT NULL,
      PRIMARY KEY (practice_id, revision)
    )`,
    `CREATE TABLE practice_reviews (
      practice_id TEXT NOT NULL REFERENCES practices (id),
      revision INTEGER NOT NULL,
      decision TEXT NOT NULL,
      level TEXT,
      comment TEXT,
      reviewed_at TEXT NOT NULL,
      reviewed_by TEXT NOT NULL,
      PRIMARY KEY (practice_id, revision, reviewed_at)
    )`,
    `CREATE TABLE practice_settings (
      id INTEGER PRIMARY KEY,
      catalogue_open INTEGER NOT NULL,
      updated_at TEXT NOT NULL
    )`,
  ],
  only: {
    // Stems made by the Snowball stemmer in shared/practice: the tokenizer only splits them on spaces.
    sqlite: [
      `CREATE VIRTUAL TABLE practice_search USING fts5(practice_id UNINDEXED, stems, tokenize = 'unicode61 remove_diacritics 0')`,
    ],
    postgres: [`CREATE INDEX practices_search ON practices USING GIN (to_tsvector('russian', search_text))`],
  },
};
