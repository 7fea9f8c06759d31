import Foundation
import GRDB
import OnymText

/// The embedded store: one SQLite file (GRDB), created on first write, with
/// migrations. A store written by a newer onym (a migration this build does not
/// know) is refused rather than guessed at.
public final class SQLiteStore: GlossaryStore {
    public let location: String
    private let queue: DatabaseQueue

    /// The store at `path`; `create` makes the file (and its folder) when it is not there.
    public init(path: String, create: Bool) throws(GlossaryError) {
        location = path
        if !create, !FileManager.default.fileExists(atPath: path) {
            throw GlossaryError(file: path, line: 0, rule: .store,
                                message: "no store here; create one with `onym store init` or write to it with `onym import` or `onym add`")
        }
        do {
            if create {
                try FileManager.default.createDirectory(at: URL(fileURLWithPath: path).deletingLastPathComponent(),
                                                        withIntermediateDirectories: true)
            }
            var configuration = Configuration()
            configuration.busyMode = .timeout(10)  // another onym writing: wait for it, do not fail
            configuration.prepareDatabase { db in
                // A larger page cache keeps the indexes' pages in memory while a large import
                // inserts into them in key order that is not insertion order.
                try db.execute(sql: "PRAGMA cache_size = -131072")
                // Pages read straight from the file cache, without a copy per read.
                try db.execute(sql: "PRAGMA mmap_size = 1073741824")
            }
            queue = try DatabaseQueue(path: path, configuration: configuration)
            let migrator = Self.migrator
            let newer = try queue.read { db in try migrator.hasBeenSuperseded(db) }
            if newer {
                let known = try queue.read { db in try migrator.appliedIdentifiers(db) }
                throw GlossaryError(file: path, line: 0, rule: .store, message: "this store was written by a newer onym (schema \(known.count) or later; this onym knows \(Self.schemaVersion)): use that version")
            }
            try migrator.migrate(queue)
        } catch let error as GlossaryError {
            throw error
        } catch {
            throw GlossaryError(file: path, line: 0, rule: .store, message: "cannot open the store: \(error)")
        }
    }

    /// Append-only: a released migration is never edited, a new one is added after it.
    static let migrations: [(String, @Sendable (Database) throws -> Void)] = [
        ("v1", { db in
            try db.execute(sql: """
                CREATE TABLE concept (
                  id TEXT PRIMARY KEY, position INTEGER NOT NULL, glossary TEXT NOT NULL, kind TEXT NOT NULL, body TEXT NOT NULL,
                  generated TEXT NOT NULL, revision INTEGER NOT NULL, updated_by TEXT NOT NULL, updated_at TEXT NOT NULL);
                CREATE TABLE term (
                  id INTEGER PRIMARY KEY, concept_id TEXT NOT NULL REFERENCES concept(id) ON DELETE CASCADE,
                  language TEXT NOT NULL, form TEXT NOT NULL, status TEXT NOT NULL,
                  match_key TEXT NOT NULL, conflict_key TEXT NOT NULL, latin_key TEXT);
                CREATE INDEX term_form ON term(form);
                CREATE INDEX term_match_key ON term(match_key);
                CREATE INDEX term_latin_key ON term(latin_key) WHERE latin_key IS NOT NULL;
                CREATE INDEX term_conflict ON term(language, conflict_key);
                CREATE INDEX term_concept ON term(concept_id);
                CREATE TABLE near (
                  term_id INTEGER NOT NULL REFERENCES term(id) ON DELETE CASCADE,
                  length INTEGER NOT NULL, part INTEGER NOT NULL, text TEXT NOT NULL);
                CREATE INDEX near_part ON near(length, part, text);
                CREATE INDEX near_term ON near(term_id);
                CREATE TABLE change (
                  seq INTEGER PRIMARY KEY AUTOINCREMENT, concept_id TEXT NOT NULL, revision INTEGER NOT NULL,
                  action TEXT NOT NULL, author TEXT NOT NULL, at TEXT NOT NULL, message TEXT, old TEXT, new TEXT);
                CREATE INDEX change_concept ON change(concept_id, seq);
                CREATE INDEX change_at ON change(at);
                """)
        }),
    ]

    static var schemaVersion: Int { migrations.count }

    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        for (id, migrate) in migrations { migrator.registerMigration(id, migrate: migrate) }
        return migrator
    }

    // MARK: Reading

    private func read<T>(_ body: (Database) throws -> T) throws(GlossaryError) -> T {
        do { return try queue.read(body) } catch let error as GlossaryError { throw error } catch {
            throw GlossaryError(file: location, line: 0, rule: .store, message: "cannot read the store: \(error)")
        }
    }

    public func info() throws(GlossaryError) -> StoreInfo {
        try read { db in
            StoreInfo(backend: "sqlite", location: location, schemaVersion: try Self.migrator.appliedIdentifiers(db).count,
                      concepts: try Int.fetchOne(db, sql: "SELECT count(*) FROM concept") ?? 0,
                      terms: try Int.fetchOne(db, sql: "SELECT count(*) FROM term") ?? 0,
                      changes: try Int.fetchOne(db, sql: "SELECT count(*) FROM change") ?? 0)
        }
    }

    private func stored(_ row: Row) throws(GlossaryError) -> StoredConcept {
        let generated = (try? JSONDecoder().decode([String: [GeneratedTerm]].self, from: Data((row["generated"] as String).utf8))) ?? [:]
        return StoredConcept(concept: try StoreRows.decode(row["body"], store: location), glossary: row["glossary"], position: row["position"],
                             revision: row["revision"], updatedBy: row["updated_by"], updatedAt: row["updated_at"], generated: generated)
    }

    public func concepts(kind: ConceptKind?, language: String?) throws(GlossaryError) -> [StoredConcept] {
        var sql = "SELECT * FROM concept"
        var conditions: [String] = [], arguments: StatementArguments = []
        if let kind { conditions.append("kind = ?"); arguments += [kind.rawValue] }
        if let language {
            conditions.append("id IN (SELECT concept_id FROM term WHERE language = ? AND status = 'preferred')")
            arguments += [language]
        }
        if !conditions.isEmpty { sql += " WHERE " + conditions.joined(separator: " AND ") }
        let rows = try read { db in try Row.fetchAll(db, sql: sql + " ORDER BY id", arguments: arguments) }
        var out: [StoredConcept] = []
        out.reserveCapacity(rows.count)
        for row in rows { out.append(try stored(row)) }
        return out
    }

    public func concept(id: String) throws(GlossaryError) -> StoredConcept? {
        guard let row = try read({ db in try Row.fetchOne(db, sql: "SELECT * FROM concept WHERE id = ?", arguments: [id]) }) else { return nil }
        return try stored(row)
    }

    public func concept(id: String, at date: String) throws(GlossaryError) -> Concept? {
        let body = try read { db in
            try Row.fetchOne(db, sql: "SELECT new FROM change WHERE concept_id = ? AND at <= ? ORDER BY seq DESC LIMIT 1",
                             arguments: [id, StoreRows.endOf(date)])
        }
        guard let body, let json = body["new"] as String? else { return nil }
        return try StoreRows.decode(json, store: location)
    }

    public func history(concept: String?, since: String?) throws(GlossaryError) -> [StoreChange] {
        var conditions: [String] = [], arguments: StatementArguments = []
        if let concept { conditions.append("concept_id = ?"); arguments += [concept] }
        if let since { conditions.append("at >= ?"); arguments += [since] }
        let sql = "SELECT * FROM change" + (conditions.isEmpty ? "" : " WHERE " + conditions.joined(separator: " AND ")) + " ORDER BY seq"
        let rows = try read { db in try Row.fetchAll(db, sql: sql, arguments: arguments) }
        var out: [StoreChange] = []
        for row in rows {
            let old: String? = row["old"], new: String? = row["new"]
            out.append(StoreChange(concept: row["concept_id"], revision: row["revision"],
                                   action: StoreChange.Action(rawValue: row["action"]) ?? .changed, author: row["author"], at: row["at"],
                                   message: row["message"], old: try old.map { j throws(GlossaryError) in try StoreRows.decode(j, store: location) },
                                   new: try new.map { j throws(GlossaryError) in try StoreRows.decode(j, store: location) }))
        }
        return out
    }

    public func revision() throws(GlossaryError) -> Int {
        try read { db in try Int.fetchOne(db, sql: "SELECT coalesce(max(seq), 0) FROM change") ?? 0 }
    }

    private static func term(_ row: Row) -> StoredTerm {
        StoredTerm(conceptID: row["concept_id"], language: row["language"], form: row["form"],
                   status: TermStatus(rawValue: row["status"]) ?? .deprecated, key: row["match_key"])
    }

    public func terms(form: String, key: String) throws(GlossaryError) -> [StoredTerm] {
        try read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM term WHERE form = ? UNION SELECT * FROM term WHERE match_key = ?", arguments: [form, key])
                .map(Self.term)
        }
    }

    public func terms(latinKey key: String) throws(GlossaryError) -> [StoredTerm] {
        try read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM term WHERE match_key = ? UNION SELECT * FROM term WHERE latin_key = ?", arguments: [key, key])
                .map(Self.term)
        }
    }

    public func terms(segments: [NearSegments.Segment], where keep: (String) -> Bool) throws(GlossaryError) -> [StoredTerm] {
        try read { db in
            var ids = Set<Int64>()
            let statement = try db.cachedStatement(sql: "SELECT term_id FROM near WHERE length = ? AND part = ? AND text = ?")
            for s in segments {
                for id in try Int64.fetchAll(statement, arguments: [s.length, s.index, s.text]) { ids.insert(id) }
            }
            guard !ids.isEmpty else { return [] }
            // Keys first: most candidates share a short part by chance and are dropped before their rows are read.
            let list = ids.map(String.init).joined(separator: ",")
            let kept = try Row.fetchAll(db, sql: "SELECT id, match_key FROM term WHERE id IN (\(list))")
                .filter { keep($0["match_key"]) }.map { String($0["id"] as Int64) }
            guard !kept.isEmpty else { return [] }
            return try Row.fetchAll(db, sql: "SELECT * FROM term WHERE id IN (\(kept.joined(separator: ",")))").map(Self.term)
        }
    }

    // MARK: Writing

    public func commit(_ edits: [StoreEdit], author: String, message: String?) throws(GlossaryError) {
        do {
            try queue.write { db in try apply(edits, author: author, message: message, db) }
        } catch let error as GlossaryError {
            throw error
        } catch {
            throw GlossaryError(file: location, line: 0, rule: .store, message: "cannot write the store: \(error)")
        }
    }

    private func apply(_ edits: [StoreEdit], author: String, message: String?, _ db: Database) throws {
        let at = StoreRows.now()
        var current: [String: Row] = [:]
        for edit in edits {
            current[edit.id] = try Row.fetchOne(db.cachedStatement(sql: "SELECT * FROM concept WHERE id = ?"), arguments: [edit.id])
        }
        // Revisions first, in the same transaction as the writes: a concept someone else changed
        // since it was read is not overwritten.
        for edit in edits {
            let row = current[edit.id]
            let expected: Int? = switch edit {
            case .put(_, _, let e): e
            case .remove(_, let e): e
            }
            if let row, expected == nil {
                throw GlossaryError(file: location, line: 0, rule: .conceptExists,
                                    message: "concept '\(edit.id)' already exists (revision \(row["revision"] as Int)); change it with `onym set`")
            }
            if row == nil, expected != nil {
                throw GlossaryError(file: location, line: 0, rule: .unknownConcept, message: "no concept '\(edit.id)' in the store")
            }
            if let row, let expected, (row["revision"] as Int) != expected {
                throw GlossaryError(file: "", line: 0, rule: .concurrentEdit,
                                    message: "concept '\(edit.id)' changed since you read it (revision \(expected) → \(row["revision"] as Int) by \(row["updated_by"] as String) at \(row["updated_at"] as String)); re-run to apply on top")
            }
        }
        try checkConflicts(edits, db)
        // New concepts go after every concept there is (positions order lookup ties).
        var nextPosition = (try Int.fetchOne(db, sql: "SELECT coalesce(max(position), 0) FROM concept") ?? 0) + 1
        let encoder = StoreRows.encoder
        // Read per commit, not when the store opens: only writes need the profiles' schemes.
        let profiles = try LocaleProfiles.bundled()
        for edit in edits {
            let old = current[edit.id]
            let oldBody: String? = old?["body"]
            let revision = (old?["revision"] as Int? ?? 0) + 1
            switch edit {
            case .put(let concept, let glossary, _):
                let generated = try keptGenerated(concept, profiles: profiles, db)
                let body = StoreRows.encode(concept, with: encoder)
                let generatedJSON = String(decoding: (try? encoder.encode(generated)) ?? Data("{}".utf8), as: UTF8.self)
                if old != nil { try db.cachedStatement(sql: "DELETE FROM term WHERE concept_id = ?").execute(arguments: [concept.id]) }
                try db.cachedStatement(sql: """
                    INSERT INTO concept (id, position, glossary, kind, body, generated, revision, updated_by, updated_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                    ON CONFLICT(id) DO UPDATE SET glossary = excluded.glossary, kind = excluded.kind, body = excluded.body,
                      generated = excluded.generated, revision = excluded.revision, updated_by = excluded.updated_by, updated_at = excluded.updated_at
                    """).execute(arguments: [concept.id, (old?["position"] as Int?) ?? nextPosition, glossary, concept.kind.rawValue, body, generatedJSON, revision, author, at])
                if old == nil { nextPosition += 1 }
                try insertTerms(of: concept, generated: generated, db)
                try db.cachedStatement(sql: "INSERT INTO change (concept_id, revision, action, author, at, message, old, new) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                    .execute(arguments: [concept.id, revision, old == nil ? "added" : "changed", author, at, message, oldBody, body])
            case .remove(let id, _):
                try db.execute(sql: "DELETE FROM concept WHERE id = ?", arguments: [id])
                try db.execute(sql: "INSERT INTO change (concept_id, revision, action, author, at, message, old, new) VALUES (?, ?, 'removed', ?, ?, ?, ?, NULL)",
                               arguments: [id, revision, author, at, message, oldBody])
            }
        }
    }

    private func insertTerms(of concept: Concept, generated: [String: [GeneratedTerm]], _ db: Database) throws {
        let insertTerm = try db.cachedStatement(sql: """
            INSERT INTO term (concept_id, language, form, status, match_key, conflict_key, latin_key) VALUES (?, ?, ?, ?, ?, ?, ?)
            """)
        let insertNear = try db.cachedStatement(sql: "INSERT INTO near (term_id, length, part, text) VALUES (?, ?, ?, ?)")
        for t in StoreRows.terms(of: concept, generated: generated) {
            try insertTerm.execute(arguments: [concept.id, t.language, t.form, t.status.rawValue, t.key, t.conflictKey, t.latinKey])
            let termID = db.lastInsertedRowID
            for s in NearSegments.segments(ofKey: Array(t.key.unicodeScalars)) {
                try insertNear.execute(arguments: [termID, s.length, s.index, s.text])
            }
        }
    }

    /// Generated variants of `concept` that are not another concept's preferred or admitted form.
    private func keptGenerated(_ concept: Concept, profiles: LocaleProfiles, _ db: Database) throws -> [String: [GeneratedTerm]] {
        var kept: [String: [GeneratedTerm]] = [:]
        let owner = try db.cachedStatement(sql: """
            SELECT 1 FROM term WHERE language = ? AND conflict_key = ? AND status IN ('preferred', 'admitted') AND concept_id != ? LIMIT 1
            """)
        for (language, terms) in VariantGenerator.variants(of: concept, profiles: profiles) {
            let survivors = try terms.filter { term in
                try Int.fetchOne(owner, arguments: [language, GlossaryValidator.conflictKey(term.form), concept.id]) == nil
            }
            if !survivors.isEmpty { kept[language] = survivors }
        }
        return kept
    }

    /// The concepts put are checked together (as `onym validate` checks files) and against every
    /// stored concept that this commit does not replace or remove.
    private func checkConflicts(_ edits: [StoreEdit], _ db: Database) throws {
        var problems: [GlossaryProblem] = []
        var put: [Concept] = []
        for case .put(let concept, _, _) in edits {
            problems += ConceptRules.problems(of: concept, source: location)
            put.append(concept)
        }
        var lines = SourceLines()
        lines.concepts = Array(repeating: 0, count: put.count)
        problems += GlossaryValidator.problems(in: [GlossaryReader.Loaded(
            glossary: Glossary(name: "edits", concepts: put, origin: location), lines: lines)])
        let touched = Set(edits.map(\.id))
        let others = try db.cachedStatement(sql: """
            SELECT concept_id, form, status FROM term WHERE language = ? AND conflict_key = ? AND concept_id != ?
            """)
        for concept in put {
            for language in concept.languages {
                guard let set = concept.terms[language] else { continue }
                for (form, status) in set.forms {
                    let good = status == .preferred || status == .admitted
                    for row in try Row.fetchAll(others, arguments: [language, GlossaryValidator.conflictKey(form), concept.id]) {
                        let otherID: String = row["concept_id"], otherForm: String = row["form"]
                        guard !touched.contains(otherID), let otherStatus = TermStatus(rawValue: row["status"]) else { continue }
                        let otherGood = otherStatus == .preferred || otherStatus == .admitted
                        if good && (otherStatus == .deprecated || otherStatus == .forbidden) {
                            let what = otherStatus == .forbidden ? "forbidden form" : "variant"
                            problems.append(GlossaryProblem(file: location, line: 0, rule: .conflict,
                                message: "\(what) '\(otherForm)' of concept '\(otherID)' is the \(language) form '\(form)' of concept '\(concept.id)': which concept wins? Remove it from one of them"))
                        } else if !good && otherGood {
                            let what = status == .forbidden ? "forbidden form" : "variant"
                            problems.append(GlossaryProblem(file: location, line: 0, rule: .conflict,
                                message: "\(what) '\(form)' of concept '\(concept.id)' is the \(language) form '\(otherForm)' of concept '\(otherID)': which concept wins? Remove it from one of them"))
                        }
                    }
                }
            }
        }
        if !problems.isEmpty { throw GlossaryError(problems) }
    }
}
