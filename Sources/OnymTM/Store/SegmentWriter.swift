import Foundation
import OnymGlossary
import OnymStore

/// Adds segment pairs to the memory inside one write transaction, in batches (multi-row
/// statements, or PostgreSQL's COPY: a round trip per batch, not per row, on a server),
/// with their source's keys in the token index. Pairs already stored are merged, not added again.
final class SegmentWriter {
    let session: any SQLSession
    let batchSize: Int
    private var nextSegment: Int
    private var nextToken: Int
    /// Pair (`en|uk`) → key → token id, loaded when a pair first comes.
    private var vocabulary: [String: [String: Int]] = [:]
    /// Token id → documents added now.
    private var touched: [Int: Int] = [:]
    private var pairs: [String: (source: String, target: String, added: Int)] = [:]
    private var batch: [PreparedPair] = []
    /// Postings not written yet: (token, length, segment), written sorted, many at once, so the
    /// index is filled in its own order rather than at random places.
    private var postings: [(token: Int, length: Int, segment: Int)] = []
    private let postingsAtOnce = 2_000_000
    private var batchHashes = Set<Int>()
    private(set) var report = TMImportReport()

    let backend: String
    private var indexesDropped = false

    /// The indexes searches and concordance use and an import does not, as the memory's
    /// migrations last made them.
    static let laterIndexes: [(name: String, statement: String)] = ["tm_segment_source", "tm_posting_walk"].map {
        ($0, SchemaMigration.statement(creatingIndex: $0, in: TMSchema.migrations))
    }

    /// The SQLite settings an import changes, to put back when it ends.
    private var restore: [String] = []

    /// `batchSize` pairs are looked up and written at once (default: 400 in SQLite, 2,000 on a
    /// server, where each batch costs round trips).
    init(session: any SQLSession, backend: String, batchSize: Int? = nil) throws {
        self.session = session
        self.batchSize = batchSize ?? (backend == "sqlite" ? 400 : 2_000)
        if backend == "sqlite" {
            for pragma in ["mmap_size", "cache_size"] {
                if let value = try session.rows("PRAGMA \(pragma)", []).first?.int(pragma) { restore.append("PRAGMA \(pragma) = \(value)") }
            }
            // Pages not mapped during an import, so that the file's growing size does not count
            // against the process; a larger page cache for the indexes that an import of
            // millions of pairs fills at random places (the two hashes). Both bound its memory.
            try session.run("PRAGMA mmap_size = 0", [])
            try session.run("PRAGMA cache_size = -262144", [])
        } else {
            // PostgreSQL: one importer at a time takes the next ids.
            try session.run("LOCK TABLE tm_segment, tm_token, tm_pair IN EXCLUSIVE MODE", [])
        }
        nextSegment = (try session.rows("SELECT coalesce(max(id), 0) AS n FROM tm_segment", []).first?.int("n") ?? 0) + 1
        self.backend = backend
        // Into an empty memory on PostgreSQL, the indexes no import reads are built after the
        // rows, by sorting, rather than kept up to date posting by posting. A failed import rolls
        // their drop back with everything else. Not in SQLite: it would sort them in memory (the
        // connection's temporary store, which a transaction cannot change), some 470 MB more at
        // 1,000,000 pairs, growing with the import.
        if nextSegment == 1, backend != "sqlite" {
            for (name, _) in Self.laterIndexes { try session.run("DROP INDEX IF EXISTS \(name)", []) }
            indexesDropped = true
        }
        nextToken = (try session.rows("SELECT coalesce(max(id), 0) AS n FROM tm_token", []).first?.int("n") ?? 0) + 1
    }

    func add(_ pair: PreparedPair) throws {
        guard batchHashes.insert(pair.hash).inserted else {
            report.merged += 1
            return
        }
        batch.append(pair)
        if batch.count >= batchSize { try flush() }
    }

    /// Puts back the settings the import changed (the connection may serve on).
    func restoreSettings() {
        for pragma in restore { try? session.run(pragma, []) }
        restore = []
    }

    /// Units read and pairs without text, as the reader counted them.
    func count(units: Int, empty: Int) {
        report.units += units
        report.skipped += empty
    }

    private func tokenID(pair: String, key: String) throws -> Int {
        if vocabulary[pair] == nil {
            var known: [String: Int] = [:]
            for row in try session.rows("SELECT id, key FROM tm_token WHERE pair = ?", [.text(pair)]) {
                known[try row.text("key")] = try row.int("id")
            }
            vocabulary[pair] = known
        }
        if let id = vocabulary[pair]![key] { return id }
        let id = nextToken
        nextToken += 1
        vocabulary[pair]![key] = id
        return id
    }

    /// Writes the batch: the pairs not stored yet, then their postings.
    func flush() throws {
        guard !batch.isEmpty else { return }
        defer { batch.removeAll(keepingCapacity: true); batchHashes.removeAll(keepingCapacity: true) }
        let stored = Set(try session.rows("SELECT pair_hash FROM tm_segment WHERE pair_hash IN (\(RowBatch.placeholders(batch.count)))",
                                          batch.map { .int($0.hash) }).map { try $0.int("pair_hash") })
        var rows: [SQLValue] = []
        var count = 0
        for pair in batch {
            let segment = pair.segment, text = pair.text
            if stored.contains(pair.hash) { report.merged += 1; continue }
            let id = nextSegment
            nextSegment += 1
            count += 1
            let m = segment.meta
            rows += [.int(id), .text(segment.sourceLanguage), .text(segment.targetLanguage), .text(segment.source), .text(segment.target),
                     .int(text.tokens.count), .int(pair.hash), .int(pair.sourceHash), SQLValue(m.origin), SQLValue(m.createdAt),
                     SQLValue(m.createdBy), SQLValue(m.changedAt), SQLValue(m.changedBy), SQLValue(m.note), SQLValue(m.tuid),
                     SQLValue(pair.properties), SQLValue(pair.tags)]
            let pair = segment.sourceLanguage + "|" + segment.targetLanguage
            pairs[pair, default: (segment.sourceLanguage, segment.targetLanguage, 0)].added += 1
            var sequence: [Int] = []
            sequence.reserveCapacity(text.tokens.count)
            for token in text.tokens { sequence.append(try tokenID(pair: pair, key: token.key)) }
            for token in Set(sequence) {
                touched[token, default: 0] += 1
                postings.append((token, text.tokens.count, id))
            }
            rows.append(.text(TMStore.encodeKeys(sequence)))
        }
        report.added += count
        guard count > 0 else { return }
        try session.append(into: "tm_segment", columns: Self.segmentColumns, values: rows)
        if postings.count >= postingsAtOnce { try writePostings() }
    }

    private func writePostings() throws {
        postings.sort { ($0.token, $0.length, $0.segment) < ($1.token, $1.length, $1.segment) }
        // Values for 100,000 rows at a time: the run itself is the only large buffer.
        var start = 0
        while start < postings.count {
            let end = min(postings.count, start + 100_000)
            var values: [SQLValue] = []
            values.reserveCapacity((end - start) * 3)
            for p in postings[start..<end] { values += [.int(p.token), .int(p.length), .int(p.segment)] }
            try session.append(into: "tm_posting", columns: ["token_id", "length", "segment_id"], values: values)
            start = end
        }
        postings.removeAll(keepingCapacity: true)
    }

    /// Writes what is left, the tokens' document counts and the pairs' counts.
    func finish() throws -> TMImportReport {
        try flush()
        try writePostings()
        var tokens: [SQLValue] = []
        // The token rows (new ones, or counts to add to stored ones) need each touched id's pair and key.
        var tokenKeys: [Int: (pair: String, key: String)] = [:]
        for (pair, known) in vocabulary { for (key, id) in known where touched[id] != nil { tokenKeys[id] = (pair, key) } }
        for (id, added) in touched.sorted(by: { $0.key < $1.key }) {
            let k = tokenKeys[id]!
            tokens += [.int(id), .text(k.pair), .text(k.key), .int(added)]
        }
        try insert("INSERT INTO tm_token (id, pair, key, df) VALUES ", width: 4, values: tokens,
                   suffix: " ON CONFLICT (id) DO UPDATE SET df = tm_token.df + excluded.df")
        var pairRows: [SQLValue] = []
        for (pair, p) in pairs.sorted(by: { $0.key < $1.key }) { pairRows += [.text(pair), .text(p.source), .text(p.target), .int(p.added)] }
        try insert("INSERT INTO tm_pair (pair, source_lang, target_lang, segments) VALUES ", width: 4, values: pairRows,
                   suffix: " ON CONFLICT (pair) DO UPDATE SET segments = tm_pair.segments + excluded.segments")
        touched.removeAll()
        pairs.removeAll()
        if indexesDropped {
            for (_, statement) in Self.laterIndexes { try session.run(statement, []) }
            indexesDropped = false
        }
        // PostgreSQL plans searches from its statistics: after a large import, not the next day.
        if backend != "sqlite", report.added >= 10_000 { try session.run("ANALYZE tm_segment, tm_token, tm_posting", []) }
        return report
    }

    /// Multi-row INSERTs of `values` (`width` a row), as many rows a statement as the
    /// backends' limits on bound values allow.
    private func insert(_ head: String, width: Int, values: [SQLValue], suffix: String = "") throws {
        try RowBatch.run(head, width: width, values: values, tail: suffix, session)
    }

    /// tm_segment's columns in the order ``flush()`` gives their values.
    static let segmentColumns = ["id", "source_lang", "target_lang", "source", "target", "source_tokens", "pair_hash", "source_hash", "origin",
                                 "created_at", "created_by", "changed_at", "changed_by", "note", "tuid", "properties", "tags", "source_keys"]

    static func json<T: Encodable>(_ value: T) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: (try? encoder.encode(value)) ?? Data(), as: UTF8.self)
    }
}
