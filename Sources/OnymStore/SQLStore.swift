import Foundation
import OnymText
import OnymGlossary

/// The store's logic, once for every backend: ``SQLConnection`` runs the SQL
/// (SQLite through GRDB, PostgreSQL through postgres-nio), this type decides
/// what to read and write. Both backends pass the same tests.
public final class SQLStore: GlossaryStore {
    let connection: any SQLConnection
    public var location: String { connection.location }

    /// Commits with at least this many concepts to put build the lookup indexes afterwards.
    let bulkSize: Int

    init(_ connection: any SQLConnection, bulkSize: Int = 5000) {
        self.connection = connection
        self.bulkSize = bulkSize
    }

    /// The indexes that lookups use and that a bulk import drops and builds again after the
    /// rows: named in ``StoreSchema``, made as its migrations last made them.
    static let lookupIndexes: [(String, String)] = indexes(StoreSchema.lookupIndexNames)

    /// The indexes that only deletes and conflict checks use: an import into an empty store
    /// (nothing to delete, nothing to check against) builds them after the rows too, rather
    /// than keep them up to date row by row (on PostgreSQL, most of the time of writing the
    /// 2.2 million near-miss parts of 100,000 concepts).
    static let deleteIndexes: [(String, String)] = indexes(["term_conflict", "term_concept", "near_term"])

    /// The foreign keys of the glossary's tables, as PostgreSQL names them (table, name, key).
    static let foreignKeys = [
        ("term", "term_concept_id_fkey", "FOREIGN KEY (concept_id) REFERENCES concept(id) ON DELETE CASCADE"),
        ("near", "near_term_id_fkey", "FOREIGN KEY (term_id) REFERENCES term(id) ON DELETE CASCADE"),
    ]

    private static func indexes(_ names: [String]) -> [(String, String)] {
        names.map { ($0, SchemaMigration.statement(creatingIndex: $0, in: StoreSchema.migrations)) }
    }

    /// The SQLite store at `path`; `create` makes the file (and its folder) when it is not there.
    public static func sqlite(path: String, create: Bool) throws(GlossaryError) -> SQLStore {
        SQLStore(try SQLiteConnection(path: path, create: create, schema: StoreSchema.migrations))
    }

    // MARK: Reading

    private func read<T>(_ body: (any SQLSession) throws -> T) throws(GlossaryError) -> T {
        do { return try connection.read(body) } catch let error as GlossaryError { throw error } catch {
            throw GlossaryError(file: location, line: 0, rule: .store, message: "cannot read the store: \(error)")
        }
    }

    public func info() throws(GlossaryError) -> StoreInfo {
        let version: Int
        do { version = try connection.schemaVersion() } catch {
            throw GlossaryError(file: location, line: 0, rule: .store, message: "cannot read the store: \(error)")
        }
        return try read { db in
            StoreInfo(backend: connection.backend, location: location, schemaVersion: version,
                      concepts: try db.rows("SELECT count(*) AS n FROM concept", []).first?.int("n") ?? 0,
                      terms: try db.rows("SELECT count(*) AS n FROM term", []).first?.int("n") ?? 0,
                      changes: try db.rows("SELECT count(*) AS n FROM change", []).first?.int("n") ?? 0)
        }
    }

    /// `body` over a row, a missing or wrong column the store's error (which names it).
    private func decoding<T>(_ body: () throws(SQLRowError) -> T) throws(GlossaryError) -> T {
        do { return try body() } catch {
            throw GlossaryError(file: location, line: 0, rule: .store, message: "cannot read the store: \(error)")
        }
    }

    private func stored(_ row: SQLRow) throws(GlossaryError) -> StoredConcept {
        let (body, glossary, position, revision, updatedBy, updatedAt, generatedJSON) = try decoding { () throws(SQLRowError) in
            try (row.text("body"), row.text("glossary"), row.int("position"), row.int("revision"),
                 row.text("updated_by"), row.text("updated_at"), row.text("generated"))
        }
        let generated = (try? JSONDecoder().decode([String: [GeneratedTerm]].self, from: Data(generatedJSON.utf8))) ?? [:]
        return StoredConcept(concept: try StoreRows.decode(body, store: location), glossary: glossary, position: position,
                             revision: revision, updatedBy: updatedBy, updatedAt: updatedAt, generated: generated)
    }

    public func concepts(kind: ConceptKind?, language: String?) throws(GlossaryError) -> [StoredConcept] {
        var sql = "SELECT * FROM concept"
        var conditions: [String] = [], arguments: [SQLValue] = []
        if let kind { conditions.append("kind = ?"); arguments.append(.text(kind.rawValue)) }
        if let language {
            conditions.append("id IN (SELECT concept_id FROM term WHERE language = ? AND status = 'preferred')")
            arguments.append(.text(language))
        }
        if !conditions.isEmpty { sql += " WHERE " + conditions.joined(separator: " AND ") }
        let rows = try read { db in try db.rows(sql + " ORDER BY id", arguments) }
        var out: [StoredConcept] = []
        out.reserveCapacity(rows.count)
        for row in rows { out.append(try stored(row)) }
        return out
    }

    public func concept(id: String) throws(GlossaryError) -> StoredConcept? {
        guard let row = try read({ db in try db.rows("SELECT * FROM concept WHERE id = ?", [.text(id)]).first }) else { return nil }
        return try stored(row)
    }

    public func concept(id: String, at date: String) throws(GlossaryError) -> Concept? {
        let body = try read { db in
            try db.rows("SELECT new FROM change WHERE concept_id = ? AND at <= ? ORDER BY seq DESC LIMIT 1",
                        [.text(id), .text(StoreRows.endOf(date))]).first
        }
        guard let body, let json = try decoding({ () throws(SQLRowError) in try body.optionalText("new") }) else { return nil }
        return try StoreRows.decode(json, store: location)
    }

    public func history(concept: String?, since: String?) throws(GlossaryError) -> [StoreChange] {
        var conditions: [String] = [], arguments: [SQLValue] = []
        if let concept { conditions.append("concept_id = ?"); arguments.append(.text(concept)) }
        if let since { conditions.append("at >= ?"); arguments.append(.text(since)) }
        let sql = "SELECT * FROM change" + (conditions.isEmpty ? "" : " WHERE " + conditions.joined(separator: " AND ")) + " ORDER BY seq"
        let rows = try read { db in try db.rows(sql, arguments) }
        var out: [StoreChange] = []
        for row in rows {
            let (concept, revision, action, author, at, message, old, new) = try decoding { () throws(SQLRowError) in
                try (row.text("concept_id"), row.int("revision"), row.value("action", as: StoreChange.Action.self, named: "a change's action"),
                     row.text("author"), row.text("at"), row.optionalText("message"), row.optionalText("old"), row.optionalText("new"))
            }
            out.append(StoreChange(concept: concept, revision: revision, action: action, author: author, at: at, message: message,
                                   old: try old.map { j throws(GlossaryError) in try StoreRows.decode(j, store: location) },
                                   new: try new.map { j throws(GlossaryError) in try StoreRows.decode(j, store: location) }))
        }
        return out
    }

    public func revision() throws(GlossaryError) -> Int {
        try read { db in try db.rows("SELECT coalesce(max(seq), 0) AS n FROM change", []).first?.int("n") ?? 0 }
    }

    private static func term(_ row: SQLRow) throws(SQLRowError) -> StoredTerm {
        StoredTerm(conceptID: try row.text("concept_id"), language: try row.text("language"), form: try row.text("form"),
                   status: try row.value("status", as: TermStatus.self, named: "a term status"), key: try row.text("match_key"))
    }

    public func terms(form: String, key: String) throws(GlossaryError) -> [StoredTerm] {
        try read { db in
            try db.rows("SELECT * FROM term WHERE form = ? UNION SELECT * FROM term WHERE match_key = ?", [.text(form), .text(key)])
                .map(Self.term)
        }
    }

    public func terms(latinKey key: String) throws(GlossaryError) -> [StoredTerm] {
        try read { db in
            try db.rows("SELECT * FROM term WHERE match_key = ? UNION SELECT * FROM term WHERE latin_key = ?", [.text(key), .text(key)])
                .map(Self.term)
        }
    }

    public func terms(segments: [NearSegments.Segment], where keep: (String) -> Bool) throws(GlossaryError) -> [StoredTerm] {
        try read { db in
            var kept = Set<Int>(), seen = Set<Int>()
            // On a server, the probes go a hundred to a statement (a round trip each); SQLite is
            // faster with one small prepared statement per probe.
            let size = connection.isRemote ? 100 : 1
            for start in stride(from: 0, to: segments.count, by: size) {
                let batch = segments[start..<min(start + size, segments.count)]
                let sql = "SELECT term_id, key FROM near WHERE "
                    + Array(repeating: "(length = ? AND part = ? AND text = ?)", count: batch.count).joined(separator: " OR ")
                for row in try db.rows(sql, batch.flatMap { s in [SQLValue.int(s.length), .int(s.index), .text(s.text)] }) {
                    // Keys first: most candidates share a short part by chance and are dropped before their rows are read.
                    let id = try row.int("term_id")
                    if seen.insert(id).inserted, keep(try row.text("key")) { kept.insert(id) }
                }
            }
            guard !kept.isEmpty else { return [] }
            return try db.rows("SELECT * FROM term WHERE id IN (\(kept.map(String.init).joined(separator: ",")))", []).map(Self.term)
        }
    }

    // MARK: Writing

    public func commit(_ edits: [StoreEdit], author: String, message: String?) throws(GlossaryError) {
        do {
            try connection.write { db in try apply(edits, author: author, message: message, db) }
        } catch let error as GlossaryError {
            throw error
        } catch {
            throw GlossaryError(file: location, line: 0, rule: .store, message: "cannot write the store: \(error)")
        }
    }

    private func apply(_ edits: [StoreEdit], author: String, message: String?, _ db: any SQLSession) throws {
        let at = StoreRows.now()
        // The edited concepts' rows, locked (on PostgreSQL) until the commit, a few hundred to a
        // statement, in one order for every writer (two commits locking in opposite orders
        // would wait for each other).
        var current: [String: SQLRow] = [:]
        let ids = Set(edits.map(\.id)).sorted()
        for start in stride(from: 0, to: ids.count, by: 500) {
            let chunk = ids[start..<min(start + 500, ids.count)]
            for row in try db.rows("SELECT * FROM concept WHERE id IN (\(RowBatch.placeholders(chunk.count)))" + connection.lockClause, chunk.map { .text($0) }) {
                current[try row.text("id")] = row
            }
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
                                    message: "concept '\(edit.id)' already exists (revision \(try row.int("revision"))); change it with `onym set`")
            }
            if row == nil, expected != nil {
                throw GlossaryError.unknownConcept(edit.id, in: location)
            }
            if let row, let expected, try row.int("revision") != expected {
                throw GlossaryError(file: "", line: 0, rule: .concurrentEdit,
                                    message: "concept '\(edit.id)' changed since you read it (revision \(expected) → \(try row.int("revision")) by \(try row.text("updated_by")) at \(try row.text("updated_at"))); re-run to apply on top")
            }
        }
        // Concepts the commit leaves as they are: only they need asking the store about conflicts
        // (an import into an empty store, or of a glossary onto itself, asks nothing).
        let stored = try db.rows("SELECT count(*) AS n FROM concept", []).first?.int("n") ?? 0
        let others = stored - current.values.count
        // Read per commit, not when the store opens: only writes need the profiles' schemes.
        let profiles = try LocaleProfiles.bundled()
        let generatedByID = try checkConflicts(edits, others: others > 0, profiles: profiles, db)
        // A large import with nothing else to check against writes its rows first and builds the
        // lookup indexes after, by sorting, instead of updating them row by row.
        let puts = edits.filter { if case .put = $0 { return true } else { return false } }.count
        let bulk = others == 0 && puts >= bulkSize
        let empty = bulk && current.isEmpty && stored == 0
        let rebuilt = bulk ? Self.lookupIndexes + (empty ? Self.deleteIndexes : []) : []
        for (name, _) in rebuilt { try db.run("DROP INDEX IF EXISTS \(name)", []) }
        // PostgreSQL checks a foreign key row by row, with a lock on the row referred to: into an
        // empty store the keys are dropped and added again after, which checks them all in one
        // join (PostgreSQL's advice for loading a database). SQLite's checks cost little.
        let foreignKeys = empty && connection.dialect == .postgresql ? Self.foreignKeys : []
        for (table, name, _) in foreignKeys { try db.run("ALTER TABLE \(table) DROP CONSTRAINT \(name)", []) }
        // New concepts go after every concept there is (positions order lookup ties).
        var nextPosition = (try db.rows("SELECT coalesce(max(position), 0) AS n FROM concept", []).first?.int("n") ?? 0) + 1
        // The rows are written in chunks of edits, each table's rows many to a statement
        // (RowBatch): deletes first, then concepts, their terms, the terms' near-miss parts
        // (which need the terms' new ids) and the history.
        let encoder = StoreRows.encoder
        for start in stride(from: 0, to: edits.count, by: 500) {
            var termsOf: [String] = [], removed: [String] = []
            var concepts = RowBatch(
                "INSERT INTO concept (id, position, glossary, kind, body, generated, revision, updated_by, updated_at) VALUES ", width: 9,
                tail: " ON CONFLICT(id) DO UPDATE SET glossary = excluded.glossary, kind = excluded.kind, body = excluded.body,"
                    + " generated = excluded.generated, revision = excluded.revision, updated_by = excluded.updated_by, updated_at = excluded.updated_at")
            var changes = RowBatch("INSERT INTO change (concept_id, revision, action, author, at, message, old, new) VALUES ", width: 8)
            var terms: [(concept: String, term: StoreRows.Term)] = []
            for edit in edits[start..<min(start + 500, edits.count)] {
                let old = current[edit.id]
                let oldBody = try old?.optionalText("body")
                let revision = (try old?.int("revision") ?? 0) + 1
                switch edit {
                case .put(let concept, let glossary, _):
                    let generated = others > 0 ? try keptGenerated(generatedByID[concept.id] ?? [:], of: concept.id, db)
                                               : generatedByID[concept.id] ?? [:]
                    let body = StoreRows.encode(concept, with: encoder)
                    let generatedJSON = String(decoding: (try? encoder.encode(generated)) ?? Data("{}".utf8), as: UTF8.self)
                    if old != nil { termsOf.append(concept.id) }
                    concepts.append([.text(concept.id), .int(try old?.int("position") ?? nextPosition), .text(glossary), .text(concept.kind.rawValue),
                                     .text(body), .text(generatedJSON), .int(revision), .text(author), .text(at)])
                    if old == nil { nextPosition += 1 }
                    terms += StoreRows.terms(of: concept, generated: generated).map { (concept.id, $0) }
                    changes.append([.text(concept.id), .int(revision), .text(old == nil ? "added" : "changed"), .text(author), .text(at),
                                    SQLValue(message), SQLValue(oldBody), .text(body)])
                case .remove(let id, _):
                    removed.append(id)
                    changes.append([.text(id), .int(revision), .text("removed"), .text(author), .text(at), SQLValue(message), SQLValue(oldBody), .null])
                }
            }
            try Self.deleteWhere("term", "concept_id", in: termsOf, db)
            try Self.deleteWhere("concept", "id", in: removed, db)
            try concepts.flush(db)
            try insertTerms(terms, db)
            try changes.flush(db)
        }
        for (_, create) in rebuilt { try db.run(connection.dialect.translate(create), []) }
        for (table, name, key) in foreignKeys { try db.run("ALTER TABLE \(table) ADD CONSTRAINT \(name) \(key)", []) }
        // Statistics for the tables just filled, before autovacuum gets to them: without, the
        // next commit's conflict checks were planned as scans (a 1 % re-import took 44 s, not 6).
        if bulk && connection.dialect == .postgresql { try db.run("ANALYZE concept, term, near", []) }
    }

    /// Writes `terms` (each with its concept) and their near-miss parts, which carry the
    /// terms' ids: the ids are taken first, so that both tables go in the backend's fastest
    /// way (COPY on PostgreSQL) with nothing to read back.
    private func insertTerms(_ terms: [(concept: String, term: StoreRows.Term)], _ db: any SQLSession) throws {
        let ids = try db.reserveIDs(in: "term", count: terms.count)
        var rows: [SQLValue] = [], near: [SQLValue] = []
        rows.reserveCapacity(8 * terms.count)
        for ((concept, t), id) in zip(terms, ids) {
            rows += [.int(id), .text(concept), .text(t.language), .text(t.form), .text(t.status.rawValue), .text(t.key),
                     .text(t.conflictKey), SQLValue(t.latinKey)]
            for s in NearSegments.segments(ofKey: Array(t.key.unicodeScalars)) {
                near += [.int(id), .int(s.length), .int(s.index), .text(s.text), .text(t.key)]
            }
        }
        try db.append(into: "term", columns: ["id", "concept_id", "language", "form", "status", "match_key", "conflict_key", "latin_key"],
                      values: rows)
        try db.append(into: "near", columns: ["term_id", "length", "part", "text", "key"], values: near)
    }

    /// `DELETE FROM table WHERE column IN (…)`, a few hundred values to a statement.
    private static func deleteWhere(_ table: String, _ column: String, in values: [String], _ db: any SQLSession) throws {
        for start in stride(from: 0, to: values.count, by: 500) {
            let chunk = values[start..<min(start + 500, values.count)]
            try db.run("DELETE FROM \(table) WHERE \(column) IN (\(RowBatch.placeholders(chunk.count)))",
                       chunk.map { .text($0) })
        }
    }

    /// Generated variants of concept `id` that are not a stored concept's preferred or admitted form.
    private func keptGenerated(_ generated: [String: [GeneratedTerm]], of id: String, _ db: any SQLSession) throws -> [String: [GeneratedTerm]] {
        var kept: [String: [GeneratedTerm]] = [:]
        for (language, terms) in generated {
            let survivors = try terms.filter { term in
                try db.rows("""
                    SELECT 1 AS owned FROM term WHERE language = ? AND conflict_key = ? AND status IN ('preferred', 'admitted') AND concept_id != ? LIMIT 1
                    """, [.text(language), .text(GlossaryValidator.conflictKey(term.form)), .text(id)]).isEmpty
            }
            if !survivors.isEmpty { kept[language] = survivors }
        }
        return kept
    }

    /// The concepts put are checked together (as `onym validate` checks files, on all cores,
    /// which also gives their generated variants less those another of them owns) and, when
    /// there are `others`, against every stored concept that this commit leaves as it is.
    private func checkConflicts(_ edits: [StoreEdit], others: Bool, profiles: LocaleProfiles,
                                _ db: any SQLSession) throws -> [String: [String: [GeneratedTerm]]] {
        var problems: [GlossaryProblem] = []
        var put: [Concept] = []
        for case .put(let concept, _, _) in edits {
            problems += ConceptRules.problems(of: concept, source: location)
            put.append(concept)
        }
        var lines = SourceLines()
        lines.concepts = Array(repeating: 0, count: put.count)
        let (checked, generated) = GlossaryValidator.check([GlossaryReader.Loaded(
            glossary: Glossary(name: "edits", concepts: put, origin: location), lines: lines)]) { VariantGenerator.variants(of: $0, profiles: profiles) }
        problems += checked
        var generatedByID: [String: [String: [GeneratedTerm]]] = [:]
        for (concept, g) in zip(put, generated) { generatedByID[concept.id] = g }
        let touched = Set(edits.map(\.id))
        for concept in put where others {
            for language in concept.languages {
                guard let set = concept.terms[language] else { continue }
                for (form, status) in set.forms {
                    let good = status == .preferred || status == .admitted
                    for row in try db.rows("SELECT concept_id, form, status FROM term WHERE language = ? AND conflict_key = ? AND concept_id != ?",
                                           [.text(language), .text(GlossaryValidator.conflictKey(form)), .text(concept.id)]) {
                        let otherID = try row.text("concept_id"), otherForm = try row.text("form")
                        guard !touched.contains(otherID) else { continue }
                        let otherStatus = try row.value("status", as: TermStatus.self, named: "a term status")
                        let otherGood = otherStatus == .preferred || otherStatus == .admitted
                        if good && (otherStatus == .deprecated || otherStatus == .forbidden) {
                            let what = otherStatus == .forbidden ? "forbidden form" : "variant"
                            problems.append(GlossaryProblem(file: location, line: 0, rule: .conflict,
                                message: GlossaryProblem.conflictMessage(what: what, form: otherForm, concept: otherID, language: language,
                                                                         goodForm: form, owner: concept.id)))
                        } else if !good && otherGood {
                            let what = status == .forbidden ? "forbidden form" : "variant"
                            problems.append(GlossaryProblem(file: location, line: 0, rule: .conflict,
                                message: GlossaryProblem.conflictMessage(what: what, form: form, concept: concept.id, language: language,
                                                                         goodForm: otherForm, owner: otherID)))
                        }
                    }
                }
                // A variant or forbidden form another stored concept also has, by match key and
                // spelling (GlossaryValidator.spellingKey), unless that concept prefers the same form: the same
                // thing, fixed the same way.
                let folding = CaseFolding(language: language)
                let preferredKey = MatchKey.string(of: set.preferred, folding: folding)
                for form in set.variants + set.forbidden {
                    for row in try db.rows("""
                        SELECT t.concept_id, t.form, p.match_key AS preferred_key FROM term t
                        LEFT JOIN term p ON p.concept_id = t.concept_id AND p.language = t.language AND p.status = 'preferred'
                        WHERE t.match_key = ? AND t.language = ? AND t.status IN ('deprecated', 'forbidden') AND t.concept_id != ?
                        """, [.text(MatchKey.string(of: form, folding: folding)), .text(language), .text(concept.id)]) {
                        let otherID = try row.text("concept_id")
                        guard !touched.contains(otherID), try row.optionalText("preferred_key") != preferredKey,
                              GlossaryValidator.spellingKey(try row.text("form")) == GlossaryValidator.spellingKey(form) else { continue }
                        problems.append(GlossaryProblem(file: location, line: 0, rule: .conflict,
                            message: GlossaryProblem.sharedVariantMessage(what: set.forbidden.contains(form) ? "forbidden form" : "variant", form: form,
                                                                          concept: concept.id, language: language, otherForm: try row.text("form"),
                                                                          other: otherID, at: nil)))
                    }
                }
            }
        }
        if !problems.isEmpty { throw GlossaryError(problems) }
        return generatedByID
    }
}
