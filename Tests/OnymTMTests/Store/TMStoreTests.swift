import Foundation
import OnymGlossary
import OnymStore
import OnymTestSupport
import Testing
@testable import OnymTM

/// What the memory must do on every backend; run on SQLite always, on PostgreSQL when a server is given.
enum TMStoreBehaviour {
    static let noon = Date(timeIntervalSince1970: 1_764_072_000)  // 2025-11-25 12:00 UTC

    static func memory(_ fixture: StoreFixture) throws -> TMStore { try TMStore(location: fixture.location, create: true) }

    static func importsMergesAndImportsNothingFromABadFile(_ fixture: StoreFixture) throws {
        let tm = try memory(fixture)
        #expect(try tm.importFile(Fixture.path("other-tool.tmx"), author: "ana") == TMImportReport(units: 3, added: 9, merged: 0, skipped: 0))
        #expect(try tm.importFile(Fixture.path("other-tool.tmx"), author: "ana") == TMImportReport(units: 3, added: 0, merged: 9, skipped: 0))
        #expect(try tm.importFile(Fixture.path("story.xlf"), author: "ana") == TMImportReport(units: 7, added: 6, merged: 0, skipped: 1))
        // Twice in one file: stored once.
        let twice = try Fixture.write("en,uk\nGood morning,Доброго ранку\nGood morning,Доброго ранку\n", as: "twice.csv")
        #expect(try tm.importFile(twice, author: "ana") == TMImportReport(units: 2, added: 1, merged: 1, skipped: 0))
        // A file that breaks after good units imports none of them.
        let broken = try Fixture.write("""
            <tmx version="1.4"><header srclang="en" creationtool="x" creationtoolversion="1" segtype="sentence" o-tmf="x" adminlang="en" datatype="plaintext"/>
            <body>
            <tu><tuv xml:lang="en"><seg>One new pair</seg></tuv><tuv xml:lang="uk"><seg>Одна нова пара</seg></tuv></tu>
            <tu><tuv xml:lang="en"><seg>Another</seg></tuv><tuv><seg>Ще</seg></tuv></tu>
            </body></tmx>
            """, as: "broken.tmx")
        #expect(throws: TMError(file: broken, line: 4, message: "<tuv> has no xml:lang")) { try tm.importFile(broken, author: "ana") }
        #expect(try tm.count() == 16)
        #expect(try tm.pairs().map { "\($0.source)>\($0.target) \($0.segments)" }
                == ["de>en-US 1", "de>uk 1", "en-US>de 1", "en-US>uk 3", "en>uk 1", "uk>de 1", "uk>en 6", "uk>en-US 2"])
    }

    /// An import into an empty memory builds some indexes after its rows (on PostgreSQL): they
    /// are there after it, and after one that failed (the drop rolled back with the rows).
    static func anImportIntoAnEmptyMemoryKeepsItsIndexes(_ fixture: StoreFixture) throws {
        let tm = try memory(fixture)
        func indexes() throws -> [String] {
            let sql = fixture.backend == .sqlite ? "SELECT name FROM sqlite_master WHERE type = 'index' AND name LIKE 'tm_%'"
                                                 : "SELECT indexname AS name FROM pg_indexes WHERE indexname LIKE 'tm_%'"
            return try tm.connection.read { db in try db.rows(sql, []).map { try $0.text("name") }.filter { !$0.contains("autoindex") }.sorted() }
        }
        let all = try indexes()
        #expect(all.contains("tm_segment_source") && all.contains("tm_posting_walk"))
        let broken = try Fixture.write("en,uk\nGood morning,Доброго ранку\n\"unclosed,\n", as: "broken.csv")
        #expect(throws: TMError.self) { try tm.importFile(broken, author: "ana") }
        #expect(try tm.count() == 0)
        #expect(try indexes() == all)
        _ = try tm.importFile(Fixture.path("other-tool.tmx"), author: "ana")
        #expect(try indexes() == all)
        #expect(try tm.concordance(["Kyiv"], from: "en", to: "uk").count == 1)
    }

    static func searchesAndFindsConcordances(_ fixture: StoreFixture) throws {
        let tm = try memory(fixture)
        _ = try tm.importFile(Fixture.path("other-tool.tmx"), author: "ana")
        _ = try tm.importFile(Fixture.path("pairs.csv"), author: "ana", now: noon)
        _ = try tm.importFile(Fixture.path("pairs.tsv"), author: "ana", now: noon)
        func found(_ query: String, _ from: String, _ to: String, min: Int = 75) throws -> [String] {
            try tm.search(query, from: from, to: to, minimum: min).map { "\($0.score.score) \($0.segment.source) → \($0.segment.target)" }
        }
        // en takes en-US too; the one with tags and the identical one.
        #expect(try found("Talks in Kyiv resumed on Monday.", "en", "uk") == [
            "100 Talks in Kyiv resumed on Monday. → Переговори в Києві відновилися в понеділок.",
            "98 Talks in ⟨1⟩Kyiv⟨/1⟩ resumed on Monday. → Переговори в ⟨1⟩Києві⟨/1⟩ відновилися в понеділок.",
        ])
        #expect(try found("Talks in Kyiv resumed on Friday.", "en", "uk", min: 83) == [
            "83 Talks in Kyiv resumed on Monday. → Переговори в Києві відновилися в понеділок.",
        ])
        // A short query: two of three words.
        #expect(try found("Talks in Kyiv", "en", "de", min: 70) == ["74 Talks in Kyiv resumed. → Die Gespräche in Kyjiw wurden fortgesetzt."])
        #expect(try found("Nothing like it at all", "en", "uk").isEmpty)
        #expect(try found("Переговори в Києві відновилися в понеділок.", "uk", "de") == [
            "98 Переговори в ⟨1⟩Києві⟨/1⟩ відновилися в понеділок. → Die Gespräche in ⟨1⟩Kyjiw⟨/1⟩ wurden am Montag fortgesetzt.",
        ])

        let hits = try tm.concordance(["KYIV", "talks"], from: "en", to: "uk")
        #expect(hits.map(\.segment.source) == ["Talks in ⟨1⟩Kyiv⟨/1⟩ resumed on Monday.", "Talks in Kyiv resumed on Monday."])
        #expect(hits[1].highlights == [0..<5, 9..<13])
        #expect(try tm.concordance(["kyjiw"], from: "de", to: "en").map(\.segment.target) == ["Talks in ⟨1⟩Kyiv⟨/1⟩ resumed on Monday."])
        #expect(try tm.concordance(["Odesa"], from: "en", to: "uk").isEmpty)

        #expect(try tm.exactTargets(of: "Talks in Kyiv resumed on Monday.", from: "en", to: "uk") == ["Переговори в Києві відновилися в понеділок."])
    }

    /// The index never misses the best match: every query's best score through the index is
    /// the best of a scan of every stored source.
    static func theIndexFindsWhatAScanFinds(_ fixture: StoreFixture) throws {
        let words = ["talks", "in", "Kyiv", "resumed", "on", "Monday", "the", "president", "met", "reporters", "at", "noon", "prices",
                     "rose", "by", "3", "and", "fell", "Odesa", "Kharkiv", "a", "of", "ministers", "said", "Türkiye", "Turkiye"]
        var seed: UInt64 = 42
        func next(_ n: Int) -> Int {
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((seed >> 33) % UInt64(n))
        }
        func sentence() -> [String] { (0..<(2 + next(9))).map { _ in words[next(words.count)] } }
        var sources: [[String]] = []
        var csv = "en,uk\n"
        for i in 0..<400 {
            let s = sentence()
            sources.append(s)
            csv += "\"\(s.joined(separator: " "))\",переклад \(i)\n"
        }
        let tm = try memory(fixture)
        _ = try tm.importFile(try Fixture.write(csv, as: "random.csv"), author: "ana")
        var stored: [SegmentText] = []
        try tm.export(from: "en", to: "uk") { stored.append(SegmentText($0.source, language: "en")) }
        for q in 0..<60 {
            // Half are stored sentences with a word changed, dropped or added; half are new.
            var words = q % 2 == 0 ? sources[next(sources.count)] : sentence()
            if q % 2 == 0 {
                switch next(3) {
                case 0: words[next(words.count)] = "Kyiv"
                case 1: if words.count > 1 { words.remove(at: next(words.count)) }
                default: words.insert("said", at: next(words.count + 1))
                }
            }
            let query = words.joined(separator: " ")
            let text = SegmentText(query, language: "en")
            for minimum in [40, 75, 90] {
                let best = stored.map { FuzzyScore.score(query: text, match: $0).score }.filter { $0 >= minimum }.max()
                let indexed = try tm.search(query, from: "en", to: "uk", minimum: minimum, limit: 1).first?.score.score
                #expect(indexed == best, "\(query) at \(minimum)")
            }
        }
        // Concordance walks the rarest word's postings a page at a time (64, then 256): every
        // phrase finds what a scan of the sources in stored order finds, however often its words
        // meet (a word is in some 80 of the 400 sources; the last phrase's three in a handful).
        for phrase in [["the"], ["a", "of"], ["KYIV", "odesa"], ["3", "noon", "rose"], ["Turkiye", "Kharkiv", "said"]] {
            let keys = Set(phrase.flatMap { SegmentText($0, language: "en").tokens.map(\.key) })
            let scan = stored.filter { keys.isSubset(of: Set($0.tokens.map(\.key))) }.prefix(20).map(\.text)
            let hits = try tm.concordance(phrase, from: "en", to: "uk")
            #expect(hits.map(\.segment.source) == scan, "\(phrase)")
            #expect(hits.map(\.id) == hits.map(\.id).sorted())
        }
    }

    static func exportsTMXThatReadsBack(_ fixture: StoreFixture) throws {
        let tm = try memory(fixture)
        _ = try tm.importFile(Fixture.path("other-tool.tmx"), author: "ana")
        var tmx = TMXWriter.header(sourceLanguage: "en-US", toolVersion: "0.1.0")
        try tm.export(from: "en", to: "uk") { tmx += TMXWriter.unit($0, headerSource: "en-US") }
        tmx += TMXWriter.footer
        #expect(tmx == """
            <?xml version="1.0" encoding="UTF-8"?>
            <tmx version="1.4">
              <header creationtool="onym" creationtoolversion="0.1.0" segtype="sentence" o-tmf="onym" adminlang="en" srclang="en-US" datatype="plaintext"/>
              <body>
                <tu tuid="kyiv-talks" creationdate="20240102T081500Z" creationid="ana" changedate="20240305T120000Z" changeid="ben">
                  <prop type="x-onym-origin">\(Fixture.path("other-tool.tmx"))</prop>
                  <prop type="x-domain">politics</prop>
                  <note>Headline of the morning briefing</note>
                  <tuv xml:lang="en-US"><seg>Talks in <bpt i="1" x="1">&lt;b&gt;</bpt>Kyiv<ept i="1">&lt;/b&gt;</ept> resumed on Monday.</seg></tuv>
                  <tuv xml:lang="uk"><seg>Переговори в <bpt i="1" x="1">&lt;b&gt;</bpt>Києві<ept i="1">&lt;/b&gt;</ept> відновилися в понеділок.</seg></tuv>
                </tu>
                <tu tuid="2" creationdate="\(try createdAt(tm, "The president met reporters⟨1/⟩ at noon."))" creationid="ana">
                  <prop type="x-onym-origin">\(Fixture.path("other-tool.tmx"))</prop>
                  <tuv xml:lang="en-US"><seg>The president met reporters<ph x="2">&lt;br/&gt;</ph> at noon.</seg></tuv>
                  <tuv xml:lang="uk"><seg>Президент зустрівся з журналістами<ph x="2">&lt;br/&gt;</ph> опівдні.</seg></tuv>
                </tu>
                <tu creationdate="\(try createdAt(tm, "Prices rose by 3 % & more"))" creationid="ana">
                  <prop type="x-onym-origin">\(Fixture.path("other-tool.tmx"))</prop>
                  <tuv xml:lang="en-US"><seg>Prices rose by 3 % &amp; more</seg></tuv>
                  <tuv xml:lang="uk"><seg>Ціни зросли на 3 % і більше</seg></tuv>
                </tu>
              </body>
            </tmx>

            """)
        // Read back into another store: the same pairs, tags and metadata.
        let otherStore = try StoreFixture(fixture.backend)
        let other = try TMStore(location: otherStore.location, create: true)
        let file = try Fixture.write(tmx, as: "export.tmx")
        #expect(try other.importFile(file, author: "cem") == TMImportReport(units: 3, added: 3, merged: 0, skipped: 0))
        var before: [TMSegment] = [], after: [TMSegment] = []
        try tm.export(from: "en", to: "uk") { before.append($0) }
        try other.export { after.append($0) }
        #expect(after == before)
    }

    /// A store of an onym that had no memory (the glossary's tables only, schema 1) gets the
    /// memory's tables when the memory first opens it, its glossary untouched.
    static func anOlderStoreGetsTheMemorysTables(_ fixture: StoreFixture) throws {
        let glossary = try StoreLocation.open(fixture.location, create: true)
        let kyiv = Concept(id: "kyiv", kind: .place, terms: ["en": TermSet(preferred: "Kyiv")], languages: ["en"])
        try glossary.commit([.put(kyiv, glossary: "house", expected: nil)], author: "ana", message: nil)
        #expect(try glossary.info().schemaVersion == 1)
        let tm = try TMStore(location: fixture.location, create: false)
        #expect(try tm.segmentCount() == 0)
        let info = try StoreLocation.open(fixture.location, create: false).info()
        #expect((info.schemaVersion, info.concepts, info.changes) == (3, 1, 1))
        #expect(try StoreLocation.open(fixture.location, create: false).concept(id: "kyiv")?.concept == kyiv)
    }

    static func createdAt(_ tm: TMStore, _ source: String) throws -> String {
        var date = ""
        try tm.export { if $0.source == source { date = $0.meta.createdAt ?? "" } }
        return date
    }
}

@Suite struct SQLiteTMStoreTests {
    @Test func importsMergesAndImportsNothingFromABadFile() throws { try TMStoreBehaviour.importsMergesAndImportsNothingFromABadFile(StoreFixture(.sqlite)) }
    @Test func anImportIntoAnEmptyMemoryKeepsItsIndexes() throws { try TMStoreBehaviour.anImportIntoAnEmptyMemoryKeepsItsIndexes(StoreFixture(.sqlite)) }
    @Test func searchesAndFindsConcordances() throws { try TMStoreBehaviour.searchesAndFindsConcordances(StoreFixture(.sqlite)) }
    @Test func theIndexFindsWhatAScanFinds() throws { try TMStoreBehaviour.theIndexFindsWhatAScanFinds(StoreFixture(.sqlite)) }
    @Test func exportsTMXThatReadsBack() throws { try TMStoreBehaviour.exportsTMXThatReadsBack(StoreFixture(.sqlite)) }
    @Test func anOlderStoreGetsTheMemorysTables() throws { try TMStoreBehaviour.anOlderStoreGetsTheMemorysTables(StoreFixture(.sqlite)) }

    /// An import maps no pages and uses a larger cache; the connection has its own settings back after it.
    @Test func anImportPutsTheConnectionsSettingsBack() throws {
        let fixture = try StoreFixture(.sqlite)
        let tm = try TMStore(location: fixture.location, create: true)
        func settings() throws -> [Int] {
            try tm.connection.read { db in try ["mmap_size", "cache_size"].map { try db.rows("PRAGMA \($0)", []).first?.int($0) ?? 0 } }
        }
        let before = try settings()
        #expect(before == [1_073_741_824, -131_072])
        _ = try tm.importFile(Fixture.path("pairs.csv"), author: "ana")
        #expect(try settings() == before)
    }
}

/// The same behaviour on a real PostgreSQL server.
@Suite(.enabled(if: StoreFixture.canTestPostgres, StoreFixture.skipReason))
struct PostgresTMStoreTests {
    @Test func importsMergesAndImportsNothingFromABadFile() throws { try TMStoreBehaviour.importsMergesAndImportsNothingFromABadFile(StoreFixture(.postgres)) }
    @Test func anImportIntoAnEmptyMemoryKeepsItsIndexes() throws { try TMStoreBehaviour.anImportIntoAnEmptyMemoryKeepsItsIndexes(StoreFixture(.postgres)) }
    @Test func searchesAndFindsConcordances() throws { try TMStoreBehaviour.searchesAndFindsConcordances(StoreFixture(.postgres)) }
    @Test func theIndexFindsWhatAScanFinds() throws { try TMStoreBehaviour.theIndexFindsWhatAScanFinds(StoreFixture(.postgres)) }
    @Test func exportsTMXThatReadsBack() throws { try TMStoreBehaviour.exportsTMXThatReadsBack(StoreFixture(.postgres)) }
    @Test func anOlderStoreGetsTheMemorysTables() throws { try TMStoreBehaviour.anOlderStoreGetsTheMemorysTables(StoreFixture(.postgres)) }
}
