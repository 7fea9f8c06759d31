import Foundation
import GRDB
@testable import OnymGlossary
@testable import OnymStore
import OnymTestSupport
import Synchronization
import Testing

extension StoreFixture {
    func open(create: Bool = true) throws(GlossaryError) -> any GlossaryStore {
        try StoreLocation.open(location, create: create)
    }

    /// A store that takes every commit of more than one concept as a bulk import.
    func openBulk() throws -> any GlossaryStore {
        switch backend {
        case .sqlite: SQLStore(try SQLiteConnection(path: location, create: true, schema: StoreSchema.migrations), bulkSize: 2)
        case .postgres: SQLStore(try StoreLocation.connect(location, create: false, schema: StoreSchema.migrations), bulkSize: 2)
        }
    }

    /// Runs SQL outside the store (to fake a store from a newer onym).
    func execute(_ sql: String) throws {
        switch backend {
        case .sqlite: try DatabaseQueue(path: location).write { db in try db.execute(sql: sql) }
        case .postgres: try Self.psql(location, sql)
        }
    }

    /// The rows of a query outside the store, each row's columns joined with "|".
    func rows(_ sql: String) throws -> [String] {
        switch backend {
        case .sqlite:
            return try DatabaseQueue(path: location).read { db in
                try Row.fetchAll(db, sql: sql).map { row in row.databaseValues.map { $0.isNull ? "NULL" : "\($0.storage.value ?? "")" }.joined(separator: "|") }
            }
        case .postgres:
            let out = Pipe()
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            process.arguments = ["psql", location, "-X", "-t", "-A", "-F", "|", "-P", "null=NULL", "-c", sql]
            process.standardOutput = out
            try process.run()
            let text = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            return text.split(separator: "\n").map(String.init)
        }
    }

    /// The names of the lookup indexes the store has.
    func lookupIndexes() throws -> Set<String> {
        let names = SQLStore.lookupIndexes.map(\.0)
        switch backend {
        case .sqlite:
            return try DatabaseQueue(path: location).read { db in
                Set(try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'index'")).intersection(names)
            }
        case .postgres:
            let out = Pipe()
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            process.arguments = ["psql", location, "-t", "-A", "-c", "SELECT indexname FROM pg_indexes"]
            process.standardOutput = out
            try process.run()
            let text = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            return Set(text.split(separator: "\n").map(String.init)).intersection(names)
        }
    }
}

/// What every backend must do; run on SQLite always, on PostgreSQL when a server is given.
enum StoreBehaviour {
    static let kyiv = Concept(id: "kyiv", kind: .place, note: "Capital of Ukraine.",
                              terms: ["en": TermSet(preferred: "Kyiv", variants: ["Kiev"]), "uk": TermSet(preferred: "Київ")],
                              languages: ["en", "uk"])

    static func addChangeRemoveAndHistory(_ fixture: StoreFixture) throws {
        let store = try fixture.open()
        try store.commit([.put(kyiv, glossary: "house", expected: nil)], author: "ana", message: "first")
        var changed = kyiv
        changed.terms["en"]?.variants.append("Kyyiv")
        try store.commit([.put(changed, glossary: "house", expected: 1)], author: "ben", message: "wire copy")
        let today = String(StoreRows.now().prefix(10))
        #expect(try store.concept(id: "kyiv", at: today) == changed)
        let stored = try #require(try store.concept(id: "kyiv"))
        #expect((stored.revision, stored.updatedBy, stored.concept) == (2, "ben", changed))
        // Generated variants come from the Ukrainian form, not typed by a person.
        #expect(stored.generated["en"]?.map(\.form).contains("Kyjiw") == true)
        try store.commit([.remove(id: "kyiv", expected: 2)], author: "cem", message: nil)
        #expect(try store.concept(id: "kyiv") == nil)
        let history = try store.history(concept: "kyiv", since: nil)
        #expect(history.map { "\($0.action.rawValue) \($0.revision) \($0.author) \($0.message ?? "-")" }
                == ["added 1 ana first", "changed 2 ben wire copy", "removed 3 cem -"])
        #expect(history[1].old == kyiv && history[1].new == changed && history[2].new == nil)
        #expect(try store.concept(id: "kyiv", at: today) == nil)  // removed by the end of today
        #expect(try store.concept(id: "kyiv", at: "2000-01-01") == nil)
        #expect(try store.history(concept: nil, since: "2999-01-01").isEmpty)
        let info = try store.info()
        // Opened by the glossary alone: its one migration (the memory's tables are OnymTM's).
        #expect((info.location, info.schemaVersion, info.concepts, info.terms, info.changes) == (fixture.location, 1, 0, 0, 3))
        #expect(info.backend == (fixture.backend == .sqlite ? "sqlite" : "postgresql"))
        #expect(try store.revision() == 3)
    }

    /// Two connections read revision 1; the first write wins, the second is refused and writes nothing.
    static func concurrentEditsAreDetected(_ fixture: StoreFixture) throws {
        let ana = try fixture.open()
        try ana.commit([.put(kyiv, glossary: "house", expected: nil)], author: "ana", message: nil)
        let ben = try fixture.open(create: false)
        let readByAna = try #require(try ana.concept(id: "kyiv"))
        let readByBen = try #require(try ben.concept(id: "kyiv"))
        var anas = readByAna.concept, bens = readByBen.concept
        anas.note = "Ana's note."
        bens.note = "Ben's note."
        try ana.commit([.put(anas, glossary: "house", expected: readByAna.revision)], author: "ana", message: nil)
        let at = try #require(try ana.concept(id: "kyiv")).updatedAt
        #expect(throws: GlossaryError(file: "", line: 0, rule: .concurrentEdit,
                                      message: "concept 'kyiv' changed since you read it (revision 1 → 2 by ana at \(at)); re-run to apply on top")) {
            try ben.commit([.put(bens, glossary: "house", expected: readByBen.revision)], author: "ben", message: nil)
        }
        #expect(try ben.concept(id: "kyiv")?.concept.note == "Ana's note.")
        #expect(try ben.history(concept: nil, since: nil).count == 2)
    }

    static func editsAreValidatedAgainstTheStore(_ fixture: StoreFixture) throws {
        let store = try fixture.open()
        let path = fixture.location
        try store.commit([.put(kyiv, glossary: "house", expected: nil)], author: "ana", message: nil)
        let bad = Concept(id: "other", kind: .place, terms: ["en": TermSet(preferred: "Elsewhere", variants: ["KYIV"])], languages: ["en"])
        #expect(throws: GlossaryError(file: path, line: 0, rule: .conflict,
                                      message: "variant 'KYIV' of concept 'other' is the en form 'Kyiv' of concept 'kyiv': which concept wins? Remove it from one of them")) {
            try store.commit([.put(bad, glossary: "house", expected: nil)], author: "ana", message: nil)
        }
        let reverse = Concept(id: "kiev-cake", kind: .other, terms: ["en": TermSet(preferred: "Kiev")], languages: ["en"])
        #expect(throws: GlossaryError(file: path, line: 0, rule: .conflict,
                                      message: "variant 'Kiev' of concept 'kyiv' is the en form 'Kiev' of concept 'kiev-cake': which concept wins? Remove it from one of them")) {
            try store.commit([.put(reverse, glossary: "house", expected: nil)], author: "ana", message: nil)
        }
        // A variant of one person added to a city: the same variant (by match key) of two concepts.
        let person = Concept(id: "kievsky", kind: .person, terms: ["en": TermSet(preferred: "Ivan Kievsky", variants: ["KIEV"])], languages: ["en"])
        #expect(throws: GlossaryError(file: path, line: 0, rule: .conflict,
                                      message: "variant 'KIEV' of concept 'kievsky' is also the en variant 'Kiev' of concept 'kyiv': which concept does it name? Remove it from one of them")) {
            try store.commit([.put(person, glossary: "house", expected: nil)], author: "ana", message: nil)
        }
        // Two concepts that prefer the same form may share a variant (two glossaries that know Kyiv).
        let twin = Concept(id: "city.kyiv", kind: .place, terms: ["en": TermSet(preferred: "Kyiv", variants: ["Kiev"])], languages: ["en"])
        try store.commit([.put(twin, glossary: "cities", expected: nil)], author: "ana", message: nil)
        try store.commit([.remove(id: "city.kyiv", expected: 1)], author: "ana", message: nil)
        let invalid = Concept(id: "Bad Id", kind: .place, terms: ["en": TermSet(preferred: "X", variants: ["X"])], languages: ["en"])
        #expect(throws: GlossaryError([
            GlossaryProblem(file: path, line: 0, rule: .invalidId, message: GlossaryProblem.invalidIdMessage("Bad Id")),
            GlossaryProblem(file: path, line: 0, rule: .variantIsPreferred, message: "'X' is both the preferred form and a variant in language 'en'"),
        ])) {
            try store.commit([.put(invalid, glossary: "house", expected: nil)], author: "ana", message: nil)
        }
        #expect(throws: GlossaryError(file: path, line: 0, rule: .conceptExists,
                                      message: "concept 'kyiv' already exists (revision 1); change it with `onym set`")) {
            try store.commit([.put(kyiv, glossary: "house", expected: nil)], author: "ana", message: nil)
        }
        #expect(try store.info().concepts == 1)
        // kyiv added; city.kyiv added and removed; nothing of the refused edits.
        #expect(try store.history(concept: nil, since: nil).count == 3)
        // Variants that differ by diacritics name two people (Якименко, Акименко).
        let yakymenko = Concept(id: "yakymenko", kind: .person, terms: ["en": TermSet(preferred: "Maryna Yakymenko", variants: ["Marina Âkimenko"])], languages: ["en"])
        let akymenko = Concept(id: "akymenko", kind: .person, terms: ["en": TermSet(preferred: "Maryna Akymenko", variants: ["Marina Akimenko"])], languages: ["en"])
        try store.commit([.put(yakymenko, glossary: "house", expected: nil)], author: "ana", message: nil)
        try store.commit([.put(akymenko, glossary: "house", expected: nil)], author: "ana", message: nil)
        try store.commit([.remove(id: "yakymenko", expected: 1), .remove(id: "akymenko", expected: 1)], author: "ana", message: nil)
    }

    /// A store with a migration this build does not know was written by a newer onym.
    static func aNewerStoreIsRefused(_ fixture: StoreFixture) throws {
        _ = try fixture.open()
        try fixture.execute(fixture.backend == .sqlite ? "INSERT INTO grdb_migrations (identifier) VALUES ('v99')"
                                                       : "INSERT INTO onym_migrations (identifier) VALUES ('v99')")
        #expect(throws: GlossaryError(file: fixture.location, line: 0, rule: .store,
                                      message: "this store was written by a newer onym (schema 2 or later; this onym knows 1): use that version")) {
            try fixture.open(create: false)
        }
    }

    /// A row that does not hold what the store reads is an error naming the column, never a default.
    static func aDamagedRowNamesItsColumn(_ fixture: StoreFixture) throws {
        let store = try fixture.open()
        try store.commit([.put(kyiv, glossary: "house", expected: nil)], author: "ana", message: nil)
        try fixture.execute("UPDATE term SET status = 'sideways' WHERE form = 'Kiev'")
        #expect(throws: GlossaryError(file: fixture.location, line: 0, rule: .store,
                                      message: "cannot read the store: column 'status' holds 'sideways', not a term status")) {
            try store.terms(form: "Kiev", key: "kiev")
        }
        try fixture.execute("UPDATE change SET action = 'moved'")
        #expect(throws: GlossaryError(file: fixture.location, line: 0, rule: .store,
                                      message: "cannot read the store: column 'action' holds 'moved', not a change's action")) {
            try store.history(concept: nil, since: nil)
        }
    }

    /// A store written before the translation memory (schema 1) opens, is migrated, and keeps its concepts.
    /// Each module migrates its own tables: the glossary's store leaves another owner's migrations
    /// to it, and refuses one of its own that it does not know.
    static func anotherModulesMigrationsAreLeftAlone(_ fixture: StoreFixture) throws {
        _ = try StoreLocation.connect(fixture.location, create: true, schema: [StoreSchema.migrations[0]])
        try fixture.execute("INSERT INTO concept VALUES ('kyiv', 0, 'house', 'place', '{}', '{}', 1, 'ana', '2026-01-01T00:00:00Z')")
        // Another module's migration is left to that module.
        try fixture.execute(fixture.backend == .sqlite ? "INSERT INTO grdb_migrations (identifier) VALUES ('tm/7')"
                                                       : "INSERT INTO onym_migrations (identifier) VALUES ('tm/7')")
        let store = try fixture.open(create: false)
        let info = try store.info()
        #expect((info.schemaVersion, info.concepts, info.changes) == (2, 1, 0))
        try fixture.execute(fixture.backend == .sqlite ? "INSERT INTO grdb_migrations (identifier) VALUES ('glossary/2')"
                                                       : "INSERT INTO onym_migrations (identifier) VALUES ('glossary/2')")
        #expect(throws: GlossaryError(file: fixture.location, line: 0, rule: .store,
                                      message: "this store was written by a newer onym (schema 3 or later; this onym knows 2): use that version")) {
            try fixture.open(create: false)
        }
    }

    /// 1,200 concepts (more than a statement's rows and a chunk's edits) imported, then the
    /// same with 12 of them changed: the second import writes those 12 and nothing else, every
    /// near-miss part belongs to the term whose key it is part of, and lookups find the last
    /// concepts as the first.
    static func importsWriteEveryRowAndReimportsOnlyTheChanges(_ fixture: StoreFixture) throws {
        let store = try fixture.open()
        let profiles = try LocaleProfiles.bundled()
        func glossary(_ changed: Set<Int>) -> GlossarySet {
            let concepts = (0..<1200).map { i in
                Concept(id: String(format: "c%04d", i), kind: .place, note: changed.contains(i) ? "Changed." : nil,
                        terms: ["en": TermSet(preferred: "Ortvaldo\(i)", admitted: ["Ortvalda\(i)"],
                                              variants: ["Ortvaldu\(i)"] + (changed.contains(i) ? ["Ortvaldy\(i)"] : []))],
                        languages: ["en"])
            }
            return GlossarySet(glossaries: [Glossary(name: "places", concepts: concepts, origin: "places.yaml")],
                               generated: Array(repeating: [:], count: concepts.count), profiles: profiles)
        }
        let first = try ImportPlan(importing: glossary([]), into: store)
        #expect((first.added.count, first.changed.count, first.removed.count) == (1200, 0, 0))
        try store.commit(first.edits, author: "ana", message: "first")
        #expect(try fixture.rows("SELECT count(*) FROM concept") == ["1200"])
        #expect(try fixture.rows("SELECT status, count(*) FROM term GROUP BY status ORDER BY status")
                == ["admitted|1200", "deprecated|1200", "preferred|1200"])
        #expect(try fixture.rows("SELECT action, author, message, count(*) FROM change GROUP BY action, author, message") == ["added|ana|first|1200"])
        #expect(try fixture.rows("SELECT count(*) FROM near n JOIN term t ON t.id = n.term_id WHERE n.key <> t.match_key") == ["0"])
        #expect(try fixture.rows("SELECT count(*) FROM term t WHERE NOT EXISTS (SELECT 1 FROM near n WHERE n.term_id = t.id)") == ["0"])

        let changed: Set<Int> = [0, 1, 499, 500, 501, 777, 998, 999, 1000, 1100, 1198, 1199]
        let second = try ImportPlan(importing: glossary(changed), into: store)
        #expect(second.changed == changed.sorted().map { String(format: "c%04d", $0) })
        #expect((second.added.count, second.removed.count) == (0, 0))
        try store.commit(second.edits, author: "ben", message: "second")
        #expect(try fixture.rows("SELECT concept_id, revision, action, author FROM change WHERE message = 'second' ORDER BY concept_id")
                == changed.sorted().map { String(format: "c%04d|2|changed|ben", $0) })
        #expect(try fixture.rows("SELECT count(*) FROM change") == ["1212"])
        #expect(try fixture.rows("SELECT count(*) FROM term WHERE form LIKE 'Ortvaldy%'") == ["12"])
        #expect(try fixture.rows("SELECT count(*) FROM near n JOIN term t ON t.id = n.term_id WHERE n.key <> t.match_key") == ["0"])
        let lookup = StoreLookup(store)
        for (query, id) in [("Ortvaldu0", "c0000"), ("Ortvaldy1199", "c1199"), ("Ortvaldo1199", "c1199"), ("Ortvaldoo1198", "c1198")] {
            #expect(try lookup.lookup(query, language: "en").matches.first?.concept.id == id, "\(query)")
        }
    }

    /// The store answers the lookups of the glossary issue as the files do, through its indexes.
    static func lookupsThroughTheIndexesMatchTheFiles(_ fixture: StoreFixture, bulk: Bool = false) throws {
        let store = bulk ? try fixture.openBulk() : try fixture.open()
        let bundled = try GlossarySet.bundled()
        try store.commit(try ImportPlan(importing: bundled, into: store).edits, author: "ana", message: nil)
        let fromStore = StoreLookup(store), fromFiles = GlossaryLookup(bundled)
        for query in ["Kiev", "KIEV", "Київ", "Киев", "Kyjiw", "Kijów", "Zelensky", "Zelenskiy", "Selenskyj", "Зеленский",
                      "Turkey", "Turkiye", "Türkye", "TÜRKİYE", "Erdoğan", "Zaporizhzya", "Odesaa"] {
            let a = try fromStore.lookup(query, language: "en").matches.first, b = fromFiles.lookup(query, language: "en").matches.first
            #expect("\(a?.concept.id ?? "-") \(a?.how.rawValue ?? "-") \(a?.status.rawValue ?? "-") \(a?.matched ?? "-") \(a?.score ?? 0)"
                    == "\(b?.concept.id ?? "-") \(b?.how.rawValue ?? "-") \(b?.status.rawValue ?? "-") \(b?.matched ?? "-") \(b?.score ?? 0)", "\(query)")
        }
        #expect(try fromStore.lookup("Qqqxyzzy", language: "en").matches.isEmpty)
        #expect(try fixture.lookupIndexes() == Set(SQLStore.lookupIndexes.map(\.0)))
    }
}

@Suite struct SQLiteStoreTests {
    @Test func readingANonexistentStoreIsAnError() throws {
        let fixture = try StoreFixture(.sqlite), path = fixture.location
        #expect(throws: GlossaryError(file: path, line: 0, rule: .store,
                                      message: "no store here; create one with `onym store init` or write to it with `onym import` or `onym add`")) {
            try SQLStore.sqlite(path: path, create: false)
        }
    }

    @Test func addChangeRemoveAndHistory() throws { try StoreBehaviour.addChangeRemoveAndHistory(StoreFixture(.sqlite)) }
    @Test func concurrentEditsAreDetected() throws { try StoreBehaviour.concurrentEditsAreDetected(StoreFixture(.sqlite)) }
    @Test func editsAreValidatedAgainstTheStore() throws { try StoreBehaviour.editsAreValidatedAgainstTheStore(StoreFixture(.sqlite)) }
    @Test func aNewerStoreIsRefused() throws { try StoreBehaviour.aNewerStoreIsRefused(StoreFixture(.sqlite)) }
    @Test func anotherModulesMigrationsAreLeftAlone() throws { try StoreBehaviour.anotherModulesMigrationsAreLeftAlone(StoreFixture(.sqlite)) }
    @Test func aDamagedRowNamesItsColumn() throws { try StoreBehaviour.aDamagedRowNamesItsColumn(StoreFixture(.sqlite)) }
    @Test func lookupsThroughTheIndexesMatchTheFiles() throws { try StoreBehaviour.lookupsThroughTheIndexesMatchTheFiles(StoreFixture(.sqlite)) }
    @Test func importsWriteEveryRowAndReimportsOnlyTheChanges() throws { try StoreBehaviour.importsWriteEveryRowAndReimportsOnlyTheChanges(StoreFixture(.sqlite)) }
    /// A large import builds the indexes after the rows: the same answers.
    @Test func lookupsAfterABulkImport() throws { try StoreBehaviour.lookupsThroughTheIndexesMatchTheFiles(StoreFixture(.sqlite), bulk: true) }
}

/// The same behaviour on a real PostgreSQL server.
@Suite(.enabled(if: StoreFixture.canTestPostgres, StoreFixture.skipReason))
struct PostgresStoreTests {
    @Test func addChangeRemoveAndHistory() throws { try StoreBehaviour.addChangeRemoveAndHistory(StoreFixture(.postgres)) }
    @Test func concurrentEditsAreDetected() throws { try StoreBehaviour.concurrentEditsAreDetected(StoreFixture(.postgres)) }
    @Test func editsAreValidatedAgainstTheStore() throws { try StoreBehaviour.editsAreValidatedAgainstTheStore(StoreFixture(.postgres)) }
    @Test func aNewerStoreIsRefused() throws { try StoreBehaviour.aNewerStoreIsRefused(StoreFixture(.postgres)) }
    @Test func anotherModulesMigrationsAreLeftAlone() throws { try StoreBehaviour.anotherModulesMigrationsAreLeftAlone(StoreFixture(.postgres)) }
    @Test func aDamagedRowNamesItsColumn() throws { try StoreBehaviour.aDamagedRowNamesItsColumn(StoreFixture(.postgres)) }
    @Test func lookupsThroughTheIndexesMatchTheFiles() throws { try StoreBehaviour.lookupsThroughTheIndexesMatchTheFiles(StoreFixture(.postgres)) }
    @Test func lookupsAfterABulkImport() throws { try StoreBehaviour.lookupsThroughTheIndexesMatchTheFiles(StoreFixture(.postgres), bulk: true) }
    @Test func importsWriteEveryRowAndReimportsOnlyTheChanges() throws { try StoreBehaviour.importsWriteEveryRowAndReimportsOnlyTheChanges(StoreFixture(.postgres)) }

    /// An error of the server reaches the message in PostgreSQL's own words, not as
    /// postgres-nio's placeholder.
    @Test func aServerErrorSaysWhatWentWrong() throws {
        let fixture = try StoreFixture(.postgres)
        let store = try fixture.open()
        try fixture.execute("DROP TABLE change")
        #expect(throws: GlossaryError(file: fixture.location, line: 0, rule: .store,
                                      message: "cannot read the store: PostgreSQL: relation \"change\" does not exist (SQLSTATE 42P01)")) {
            try store.history(concept: nil, since: nil)
        }
    }

    @Test func aServerThatIsNotThereIsOneClearError() {
        #expect(throws: GlossaryError.self) { try StoreLocation.open("postgres://onym@127.0.0.1:1/none", create: false) }
    }

    /// The server ends the session (it stopped, or an administrator ended it): the next
    /// statement fails at once with one message, where postgres-nio alone would wait forever.
    @Test func aSessionTheServerEndedFailsAtOnce() throws {
        let fixture = try StoreFixture(.postgres)
        let store = try StoreLocation.open(fixture.location, create: true)
        #expect(try store.revision() == 0)
        let database = try #require(URLComponents(string: fixture.location)?.path.dropFirst())
        try StoreFixture.psql(try #require(StoreFixture.postgresURL),
                              "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '\(database)' AND pid <> pg_backend_pid()")
        // The server's notice of the end reaches the connection a moment later.
        Thread.sleep(forTimeInterval: 0.5)
        // On a thread of its own, so that a wait that never ends fails the test, not the run.
        let answer = Mutex<Result<Int, GlossaryError>?>(nil)
        let done = DispatchSemaphore(value: 0)
        DispatchQueue.global().async {
            let result = Result { () throws(GlossaryError) -> Int in try store.revision() }
            answer.withLock { $0 = result }
            done.signal()
        }
        try #require(done.wait(timeout: .now() + 20) == .success, "the statement is still waiting")
        let result = try #require(answer.withLock { $0 })
        switch result {
        case .success(let revision): Issue.record("the statement answered \(revision)")
        case .failure(let error):
            #expect(error.problems.map(\.message) == ["cannot read the store: the PostgreSQL server closed the connection (is it running?)"])
        }
    }
}
