/// The glossary's tables: concepts, their terms with the lookup keys, the near-miss
/// index and the history. Append-only (see ``SchemaMigration``).
public enum StoreSchema {
    /// The indexes lookups use, which a bulk import builds after the rows. The near-miss
    /// index covers its queries: a probe reads the candidates' keys from the index alone,
    /// without visiting a row per candidate scattered over the file.
    static let lookupIndexNames = ["term_form", "term_match_key", "term_latin_key", "near_part"]

    public static let migrations: [SchemaMigration] = [
        SchemaMigration("v1", owner: "glossary", statements: [
            """
            CREATE TABLE concept (
              id TEXT PRIMARY KEY, position {int} NOT NULL, glossary TEXT NOT NULL, kind TEXT NOT NULL, body TEXT NOT NULL,
              generated TEXT NOT NULL, revision {int} NOT NULL, updated_by TEXT NOT NULL, updated_at TEXT NOT NULL)
            """,
            """
            CREATE TABLE term (
              id {rowid}, concept_id TEXT NOT NULL REFERENCES concept(id) ON DELETE CASCADE,
              language TEXT NOT NULL, form TEXT NOT NULL, status TEXT NOT NULL,
              match_key TEXT NOT NULL, conflict_key TEXT NOT NULL, latin_key TEXT)
            """,
            "CREATE INDEX term_form ON term(form)",
            "CREATE INDEX term_match_key ON term(match_key)",
            "CREATE INDEX term_latin_key ON term(latin_key) WHERE latin_key IS NOT NULL",
            "CREATE INDEX term_conflict ON term(language, conflict_key)",
            "CREATE INDEX term_concept ON term(concept_id)",
            """
            CREATE TABLE near (
              term_id {int} NOT NULL REFERENCES term(id) ON DELETE CASCADE,
              length {int} NOT NULL, part {int} NOT NULL, text TEXT NOT NULL, key TEXT NOT NULL)
            """,
            "CREATE INDEX near_part ON near(length, part, text, term_id, key)",
            "CREATE INDEX near_term ON near(term_id)",
            """
            CREATE TABLE change (
              seq {sequence}, concept_id TEXT NOT NULL, revision {int} NOT NULL,
              action TEXT NOT NULL, author TEXT NOT NULL, at TEXT NOT NULL, message TEXT, old TEXT, new TEXT)
            """,
            "CREATE INDEX change_concept ON change(concept_id, seq)",
            "CREATE INDEX change_at ON change(at)",
        ]),
    ]
}
