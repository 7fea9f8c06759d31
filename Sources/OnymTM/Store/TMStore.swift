import Foundation
import OnymGlossary
import OnymStore
import OnymText

/// The translation memory: segment pairs in the glossary store's database (SQLite or
/// PostgreSQL, the same SQL), with an inverted index of their sources' word keys.
///
/// A search never reads every segment. A source can score `min` only if it shares at
/// least t = ⌈min × n / 100⌉ of the query's n keys and has between t and ⌊100 × n / min⌋
/// words; so it must contain k of the query's n − t + k rarest keys, for any k from 1 to
/// t, and the index (key, length, segment) gives exactly those sources of fitting length.
/// k = 1 reads the fewest postings; a larger k reads those of more common keys but
/// leaves far fewer sources to read (see ``candidates(_:pair:minimum:)``). Every source
/// that can reach `min` is read and scored; no other is.
public final class TMStore: Sendable {
    let connection: any SQLConnection
    public var location: String { connection.location }

    /// The memory's own migrations (its tables beside the glossary's).
    public static let schema = TMSchema.migrations

    /// The memory of the store at `location`; `schema` holds the glossary's migrations and
    /// the memory's at least (a front end adds those of every module it has).
    public init(location: String, create: Bool, schema: [SchemaMigration] = StoreSchema.migrations + TMStore.schema) throws(TMError) {
        do { connection = try StoreLocation.connect(location, create: create, schema: schema) } catch { throw TMError(error) }
    }

    private func failure(_ error: any Error) -> TMError {
        if let e = error as? TMError { return e }
        if let e = error as? GlossaryError { return TMError(e) }
        return TMError(file: location, line: 0, message: "the store failed: \(error)")
    }

    private func read<T>(_ body: (any SQLSession) throws -> T) throws(TMError) -> T {
        do { return try connection.read(body) } catch { throw failure(error) }
    }

    /// `body` over rows already read, a missing or wrong column the store's error (which names it).
    private func decoding<T>(_ body: () throws -> T) throws(TMError) -> T {
        do { return try body() } catch { throw failure(error) }
    }

    // MARK: Import

    /// Imports every unit of the file (TMX, XLIFF, CSV/TSV) in one transaction: a file with a
    /// problem imports nothing. `from`/`to` keep only those languages' pairs; `now` and
    /// `author` stand in for dates and authors the file does not give.
    public func importFile(_ path: String, from: String? = nil, to: String? = nil, author: String, now: Date = Date(),
                           progress: ((Int) -> Void)? = nil) throws(TMError) -> TMImportReport {
        let stamp = Self.tmxDate(now)
        do {
            return try connection.write { session in
                let writer = try SegmentWriter(session: session, backend: connection.backend)
                defer { writer.restoreSettings() }
                // Another thread reads the file and prepares the pairs; this one writes them.
                let pipe = PairPipe()
                let done = DispatchSemaphore(value: 0)
                Thread.detachNewThread {
                    defer { done.signal() }
                    var batch = PairPipe.Batch()
                    do throws(TMError) {
                        try BilingualFile.read(path) { (unit: TranslationUnit) throws(TMError) in
                            batch.units += 1
                            for var pair in unit.pairs(from: from, to: to, keepEmpty: true) {
                                guard !pair.source.isEmpty, !pair.target.isEmpty else { batch.empty += 1; continue }
                                pair.meta.createdAt = pair.meta.createdAt ?? stamp
                                pair.meta.createdBy = pair.meta.createdBy ?? author
                                batch.pairs.append(PreparedPair(pair))
                            }
                            if batch.units >= 1000 {
                                guard pipe.put(batch) else { throw TMError(file: path, line: 0, message: "stopped") }
                                batch = PairPipe.Batch()
                            }
                        }
                        _ = pipe.put(batch)
                        pipe.finish(nil)
                    } catch {
                        pipe.finish(error)
                    }
                }
                defer {
                    pipe.cancel()
                    done.wait()
                }
                var units = 0
                while let batch = try pipe.take() {
                    for pair in batch.pairs { try writer.add(pair) }
                    writer.count(units: batch.units, empty: batch.empty)
                    if let progress, (units + batch.units) / 10_000 > units / 10_000 { progress(units + batch.units) }
                    units += batch.units
                }
                return try writer.finish()
            }
        } catch { throw failure(error) }
    }

    /// `YYYYMMDDThhmmssZ`, TMX's date format.
    public static func tmxDate(_ date: Date) -> String {
        let f = DateFormatter()
        f.locale = Locale(identifier: "en_US_POSIX")
        f.timeZone = TimeZone(identifier: "UTC")
        f.dateFormat = "yyyyMMdd'T'HHmmss'Z'"
        return f.string(from: date)
    }

    // MARK: Reading

    /// How many segment pairs the memory holds.
    public func segmentCount() throws(TMError) -> Int {
        try read { db in try db.rows("SELECT count(*) AS n FROM tm_segment", []).first?.int("n") ?? 0 }
    }

    /// The language pairs stored, with their counts.
    public func pairs() throws(TMError) -> [(source: String, target: String, segments: Int)] {
        try read { db in
            // In byte order: a server's collation may order punctuation otherwise.
            try db.rows("SELECT pair, source_lang, target_lang, segments FROM tm_pair", [])
                .map { try (pair: $0.text("pair"), source: $0.text("source_lang"), target: $0.text("target_lang"), segments: $0.int("segments")) }
                .sorted { $0.pair.utf8.lexicographicallyPrecedes($1.pair.utf8) }
                .map { ($0.source, $0.target, $0.segments) }
        }
    }

    /// The stored pairs `from` → `to` stands for (`en` takes `en-US` too; nil takes any).
    public func pairs(from: String?, to: String?) throws(TMError) -> [(source: String, target: String, segments: Int)] {
        try pairs().filter { p in
            (from.map { LanguageMatch.matches(requested: $0, stored: p.source) } ?? true)
                && (to.map { LanguageMatch.matches(requested: $0, stored: p.target) } ?? true)
        }
    }

    static func segment(_ row: SQLRow) throws(SQLRowError) -> TMSegment {
        var properties: [String: String] = [:]
        if let json = try row.optionalText("properties") {
            properties = (try? JSONDecoder().decode([String: String].self, from: Data(json.utf8))) ?? [:]
        }
        let tags = try row.optionalText("tags").flatMap { json in try? JSONDecoder().decode(InlineTags.self, from: Data(json.utf8)) }
        let meta = TMMeta(origin: try row.optionalText("origin"), createdAt: try row.optionalText("created_at"), createdBy: try row.optionalText("created_by"),
                          changedAt: try row.optionalText("changed_at"), changedBy: try row.optionalText("changed_by"), note: try row.optionalText("note"),
                          tuid: try row.optionalText("tuid"), properties: properties)
        return TMSegment(sourceLanguage: try row.text("source_lang"), targetLanguage: try row.text("target_lang"), source: try row.text("source"),
                         target: try row.text("target"), tags: tags, meta: meta)
    }

    /// Every stored pair `from` → `to` (all when nil), in the order they were added, a
    /// thousand rows a read.
    public func export(from: String? = nil, to: String? = nil, _ each: (TMSegment) throws -> Void) throws(TMError) {
        let wanted = Set(try pairs(from: from, to: to).map { $0.source + "|" + $0.target })
        var last = 0
        while true {
            let rows = try read { db in try db.rows("SELECT * FROM tm_segment WHERE id > ? ORDER BY id LIMIT 1000", [.int(last)]) }
            guard let end = try decoding({ try rows.last?.int("id") }) else { return }
            last = end
            for row in rows {
                do {
                    guard wanted.contains(try row.text("source_lang") + "|" + row.text("target_lang")) else { continue }
                    try each(Self.segment(row))
                } catch { throw failure(error) }
            }
        }
    }

    /// The stored translations of exactly `source` (NFC), `from` → `to`.
    public func exactTargets(of source: String, from: String, to: String) throws(TMError) -> [String] {
        let hash = SegmentHash.of(source)
        var out: [String] = []
        for p in try pairs(from: from, to: to) {
            out += try read { db in
                try db.rows("SELECT source, target FROM tm_segment WHERE source_lang = ? AND target_lang = ? AND source_hash = ? ORDER BY id",
                            [.text(p.source), .text(p.target), .int(hash)])
                    .filter { try $0.text("source") == source }.map { try $0.text("target") }
            }
        }
        return out
    }

    // MARK: Search

    /// Stored pairs whose source scores at least `minimum` (1–100) against `query`, best
    /// first (then oldest first), at most `limit`.
    public func search(_ query: String, from: String, to: String, minimum: Int = 75, limit: Int = 5) throws(TMError) -> [TMMatch] {
        let minimum = max(1, min(100, minimum))
        let text = Normalizer.normalize(query, to: .nfc)
        var matches: [TMMatch] = []
        for p in try pairs(from: from, to: to) {
            let q = SegmentText(text, language: p.source)
            for (id, row) in try candidates(q, pair: p.source + "|" + p.target, minimum: minimum) {
                let segment = try decoding { try Self.segment(row) }
                let s = SegmentText(segment.source, language: p.source)
                let score = FuzzyScore.score(query: q, match: s)
                guard score.score >= minimum else { continue }
                matches.append(TMMatch(id: id, segment: segment, score: score, markedSource: WordDiff.marked(score.diff, in: s)))
            }
        }
        matches.sort { ($0.score.score, -$0.id) > ($1.score.score, -$1.id) }
        return Array(matches.prefix(limit))
    }

    /// The rows of every source that can score `minimum` against `q` (see the type's comment).
    func candidates(_ q: SegmentText, pair: String, minimum: Int) throws(TMError) -> [(Int, SQLRow)] {
        let n = q.tokens.count
        guard n > 0 else {
            // No words: only an identical source can match.
            return try read { db in
                try db.rows("SELECT * FROM tm_segment WHERE source_hash = ?", [.int(SegmentHash.of(q.text))])
                    .filter { try $0.text("source_lang") + "|" + $0.text("target_lang") == pair }.map { (try $0.int("id"), $0) }
            }
        }
        let shared = (minimum * n + 99) / 100
        let shortest = shared, longest = 100 * n / minimum
        let keys = Array(Set(q.tokens.map(\.key)))
        let known = try read { db in
            try db.rows("SELECT id, key, df FROM tm_token WHERE pair = ? AND key IN (\(RowBatch.placeholders(keys.count)))",
                        [.text(pair)] + keys.map { .text($0) })
        }
        var tokens: [String: (id: Int, df: Int)] = [:]
        try decoding {
            for row in known { tokens[try row.text("key")] = try (row.int("id"), row.int("df")) }
        }
        // The query's keys, rarest first (a key no source has is rarest of all), each as often
        // as the query has it.
        let ranked = q.tokens.map(\.key).sorted { (tokens[$0]?.df ?? 0, $0) < (tokens[$1]?.df ?? 0, $1) }
        // The first n − t + 1 keys, then more while the next key is no more common than all
        // those taken together and the postings stay under `postingBudget`: a source must have
        // k of the n − t + k taken, where one common key alone would let through every source
        // that has it (tens of thousands of rows to read, where a handful can reach `min`). A
        // posting costs a small fraction of a row read; a query of common words only would read
        // millions of them, and takes the first n − t + 1 alone.
        var taken = n - shared + 1, postings = ranked.prefix(taken).reduce(0) { $0 + (tokens[$1]?.df ?? 0) }
        while taken < n, let df = tokens[ranked[taken]]?.df, df <= postings, postings + df <= Self.postingBudget {
            postings += df
            taken += 1
        }
        let needed = taken - (n - shared)
        // A key taken twice counts twice: the query has it twice.
        var weights: [Int: Int] = [:]
        for key in ranked.prefix(taken) { if let id = tokens[key]?.id { weights[id, default: 0] += 1 } }
        guard !weights.isEmpty else { return [] }
        let ids = weights.keys.sorted().map { SQLValue.int($0) }
        let enough: (sql: String, values: [SQLValue])
        if needed == 1 {
            enough = ("", [])
        } else {
            let repeated = weights.filter { $0.value > 1 }.sorted { $0.key < $1.key }
            let weight = repeated.isEmpty ? "count(*)"
                : "sum(CASE token_id " + String(repeating: "WHEN ? THEN ? ", count: repeated.count) + "ELSE 1 END)"
            enough = (" GROUP BY segment_id HAVING \(weight) >= ?", repeated.flatMap { [SQLValue.int($0.key), .int($0.value)] } + [.int(needed)])
        }
        // The candidates' word keys (as token ids) first: the score without penalties, a bound of
        // the score, is computed from them alone; only the sources that reach `min` are read.
        let query = q.tokens.map { tokens[$0.key]?.id ?? -1 }
        let keep = try read { db in
            try db.rows("""
                SELECT id, source_keys FROM tm_segment WHERE id IN (SELECT segment_id FROM tm_posting
                  WHERE token_id IN (\(RowBatch.placeholders(ids.count))) AND length BETWEEN ? AND ?\(enough.sql))
                """, ids + [.int(shortest), .int(longest)] + enough.values)
                .filter { Self.rawScore(query, Self.decodeKeys(try $0.text("source_keys"))) >= minimum }.map { SQLValue.int(try $0.int("id")) }
        }
        guard !keep.isEmpty else { return [] }
        return try read { db in
            try db.rows("SELECT * FROM tm_segment WHERE id IN (\(RowBatch.placeholders(keep.count)))", keep)
                .map { (try $0.int("id"), $0) }
        }
    }

    /// The most postings a search reads to leave fewer sources to read. Without a cap a query
    /// of common words read millions (p95 near a second at 1,000,000 pairs); with this one
    /// PostgreSQL's p95 halved (BENCHMARKS.md, issue 19).
    static let postingBudget = 100_000

    /// 100 × (1 − d / max(n, m)) over two sequences of token ids: a score before penalties.
    static func rawScore(_ a: [Int], _ b: [Int]) -> Int {
        let n = a.count, m = b.count, longest = max(n, m)
        guard longest > 0 else { return 100 }
        guard n > 0, m > 0 else { return 0 }
        var previous = Array(0...m), current = [Int](repeating: 0, count: m + 1)
        for i in 1...n {
            current[0] = i
            for j in 1...m {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            swap(&previous, &current)
        }
        return 100 * (longest - previous[m]) / longest
    }

    /// Token ids as the store keeps them: decimal, one space between.
    static func encodeKeys(_ ids: [Int]) -> String { ids.map(String.init).joined(separator: " ") }

    static func decodeKeys(_ text: String) -> [Int] {
        var out: [Int] = [], value = 0, inNumber = false
        for b in text.utf8 {
            if b == 0x20 {
                if inNumber { out.append(value) }
                value = 0
                inNumber = false
            } else {
                value = value * 10 + Int(b &- 0x30)
                inNumber = true
            }
        }
        if inNumber { out.append(value) }
        return out
    }

    /// Stored pairs whose source has every one of `words` (by match key: case and diacritics
    /// do not matter), oldest first, at most `limit`, with the words' places.
    ///
    /// The rarest word's postings are walked in segment order a page at a time (each page
    /// four times the last), each page's segments kept only if every other word has them too,
    /// until `limit` are found: common words together stop after a page, and no posting list
    /// is read whole unless the words rarely meet.
    public func concordance(_ words: [String], from: String, to: String, limit: Int = 20) throws(TMError) -> [ConcordanceHit] {
        var hits: [ConcordanceHit] = []
        for p in try pairs(from: from, to: to) where hits.count < limit {
            let pair = p.source + "|" + p.target
            let keys = Set(words.flatMap { SegmentText(Normalizer.normalize($0, to: .nfc), language: p.source).tokens.map(\.key) })
            guard !keys.isEmpty else { continue }
            let ordered = keys.sorted()
            let rows = try read { db in
                try db.rows("SELECT id, df FROM tm_token WHERE pair = ? AND key IN (\(RowBatch.placeholders(ordered.count)))",
                            [.text(pair)] + ordered.map { .text($0) })
            }
            guard rows.count == keys.count else { continue }
            // Rarest first: its postings are walked, the others only probed.
            let tokens = try decoding { try rows.map { try (id: $0.int("id"), df: $0.int("df")) } }.sorted { ($0.df, $0.id) < ($1.df, $1.id) }
            var after = 0, page = 64
            while hits.count < limit {
                let walked = try read { db in
                    try db.rows("SELECT segment_id FROM tm_posting WHERE token_id = ? AND segment_id > ? ORDER BY segment_id LIMIT ?",
                                [.int(tokens[0].id), .int(after), .int(page)])
                }
                let candidates = try decoding { try walked.map { try $0.int("segment_id") } }
                guard let last = candidates.last else { break }
                var alive = candidates
                for token in tokens.dropFirst() where !alive.isEmpty {
                    let found = try read { db in
                        try db.rows("SELECT segment_id FROM tm_posting WHERE token_id = ? AND segment_id IN (\(RowBatch.placeholders(alive.count)))",
                                    [.int(token.id)] + alive.map { .int($0) })
                    }
                    let have = Set(try decoding { try found.map { try $0.int("segment_id") } })
                    alive = alive.filter(have.contains)
                }
                let wanted = alive.prefix(limit - hits.count).map { SQLValue.int($0) }
                if !wanted.isEmpty {
                    let segments = try read { db in
                        try db.rows("SELECT * FROM tm_segment WHERE id IN (\(RowBatch.placeholders(wanted.count))) ORDER BY id", Array(wanted))
                    }
                    for row in segments {
                        let (id, segment) = try decoding { try (row.int("id"), Self.segment(row)) }
                        let s = SegmentText(segment.source, language: p.source)
                        hits.append(ConcordanceHit(id: id, segment: segment, highlights: s.tokens.filter { keys.contains($0.key) }.map(\.range)))
                    }
                }
                guard candidates.count == page else { break }
                after = last
                page = min(page * 4, 8192)
            }
        }
        return hits
    }

    /// Segment pairs stored.
    public func count() throws(TMError) -> Int {
        try read { db in try db.rows("SELECT count(*) AS n FROM tm_segment", []).first?.int("n") ?? 0 }
    }
}
