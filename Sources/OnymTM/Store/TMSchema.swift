import OnymStore

/// The translation memory's tables, beside the glossary's in the same store: segment
/// pairs, the token index of their sources, and the language pairs. Append-only (see
/// ``SchemaMigration``).
enum TMSchema {
    static let migrations: [SchemaMigration] = [
        SchemaMigration("v2", owner: "tm", statements: [
            """
            CREATE TABLE tm_segment (
              id {key}, source_lang TEXT NOT NULL, target_lang TEXT NOT NULL,
              source TEXT NOT NULL, target TEXT NOT NULL, source_tokens {int} NOT NULL, source_keys TEXT NOT NULL,
              pair_hash {int} NOT NULL UNIQUE, source_hash {int} NOT NULL,
              origin TEXT, created_at TEXT, created_by TEXT, changed_at TEXT, changed_by TEXT, note TEXT, tuid TEXT,
              properties TEXT, tags TEXT)
            """,
            "CREATE INDEX tm_segment_source ON tm_segment(source_lang, target_lang, source_hash)",
            "CREATE TABLE tm_token (id {key}, pair TEXT NOT NULL, key TEXT NOT NULL, df {int} NOT NULL, UNIQUE (pair, key))",
            """
            CREATE TABLE tm_posting (
              token_id {int} NOT NULL, length {int} NOT NULL, segment_id {int} NOT NULL,
              PRIMARY KEY (token_id, length, segment_id)){without rowid}
            """,
            "CREATE TABLE tm_pair (pair TEXT PRIMARY KEY, source_lang TEXT NOT NULL, target_lang TEXT NOT NULL, segments {int} NOT NULL)",
        ]),
        // Concordance walks one word's postings in segment order and stops at its limit; the
        // key above orders them by length first (for search), so it would read them all.
        SchemaMigration("tm/2", owner: "tm", statements: [
            "CREATE INDEX tm_posting_walk ON tm_posting(token_id, segment_id)",
        ]),
    ]
}
