import OnymText

/// Near misses of preferred one-word forms without a pass over the forms:
/// every form is filed under a hash of each string left after deleting up to
/// two of its letters (symmetric delete); a word looks up the hashes of its
/// own deletions, and only the forms found there are compared by
/// Damerau–Levenshtein. Hashes are computed by skipping positions, so no
/// deletion is ever built as a string; a hash collision only costs one more
/// comparison.
struct FuzzyIndex: Sendable {
    struct Entry: Sendable {
        let key: [Unicode.Scalar]
        let concept: Int
        let form: String
    }

    static let maximumDistance = 2
    private let entries: [Entry]
    /// (deletion hash, entry) pairs sorted by hash: 12 bytes a pair, where a
    /// dictionary of arrays would cost an allocation per hash.
    private let hashes: [UInt64]
    private let postings: [Int32]
    /// Where each bucket of hashes (their top bits) starts in `hashes`: a lookup reads one
    /// bucket instead of searching the whole sorted array.
    private let directory: [Int32]
    private let bucketShift: UInt64

    init(_ entries: [Entry]) {
        self.entries = entries
        var pairs: [(UInt64, Int32)] = []
        for (i, entry) in entries.enumerated() {
            for hash in Self.deletionHashes(entry.key.map(\.value), upTo: Self.maximumDistance) {
                pairs.append((hash, Int32(i)))
            }
        }
        pairs.sort { $0.0 < $1.0 }
        hashes = pairs.map(\.0)
        postings = pairs.map(\.1)
        (directory, bucketShift) = Self.directory(of: hashes)
    }

    /// About one bucket per hash, at most 2^22 of them.
    static func directory(of hashes: [UInt64]) -> ([Int32], UInt64) {
        var bits: UInt64 = 1
        while bits < 22, 1 << bits < hashes.count { bits += 1 }
        let shift = 64 - bits
        var directory = [Int32](repeating: 0, count: (1 << Int(bits)) + 1)
        for h in hashes { directory[Int(h >> shift) + 1] += 1 }
        for b in 1..<directory.count { directory[b] += directory[b - 1] }
        return (directory, shift)
    }

    init?(archive reader: inout RawArchiveReader) {
        guard let lengths = reader.array(Int32.self), let scalars = reader.array(UInt32.self),
              let concepts = reader.array(Int32.self), let forms = reader.strings(),
              let hashes = reader.array(UInt64.self), let postings = reader.array(Int32.self),
              lengths.count == concepts.count, concepts.count == forms.count, hashes.count == postings.count else { return nil }
        var entries: [Entry] = []
        var at = 0
        for (i, n) in lengths.enumerated() {
            guard at + Int(n) <= scalars.count else { return nil }
            entries.append(Entry(key: scalars[at..<(at + Int(n))].compactMap(Unicode.Scalar.init), concept: Int(concepts[i]), form: forms[i]))
            at += Int(n)
        }
        self.entries = entries
        self.hashes = hashes
        self.postings = postings
        (directory, bucketShift) = Self.directory(of: hashes)
    }

    func archive(into writer: inout RawArchiveWriter) {
        writer.array(entries.map { Int32($0.key.count) })
        writer.array(entries.flatMap { $0.key.map(\.value) })
        writer.array(entries.map { Int32($0.concept) })
        writer.strings(entries.map(\.form))
        writer.array(hashes)
        writer.array(postings)
    }

    /// The entries filed under `hash`.
    private func entries(under hash: UInt64) -> ArraySlice<Int32> {
        let bucket = Int(hash >> bucketShift)
        var low = Int(directory[bucket])
        let high = Int(directory[bucket + 1])
        while low < high, hashes[low] < hash { low += 1 }
        var end = low
        while end < high, hashes[end] == hash { end += 1 }
        return postings[low..<end]
    }

    /// Forms within `limit` edits of `word` (not equal to it), closest first.
    func near(_ word: [Unicode.Scalar], limit: Int) -> [(entry: Entry, distance: Int)] {
        var seen = Set<Int32>()
        var found: [(Entry, Int)] = []
        for hash in Self.deletionHashes(word.map(\.value), upTo: min(limit, Self.maximumDistance)) {
            for i in entries(under: hash) where seen.insert(i).inserted {
                let entry = entries[Int(i)]
                if let d = EditDistance.damerauLevenshtein(word, entry.key, limit: limit), d > 0 { found.append((entry, d)) }
            }
        }
        return found.sorted { ($0.1, $0.0.form) < ($1.1, $1.0.form) }
    }

    /// FNV-1a hashes of the key with no, one and (when `n` is 2) two positions left out,
    /// sorted, each once.
    static func deletionHashes(_ key: [UInt32], upTo n: Int) -> [UInt64] {
        @inline(__always) func hash(skipping a: Int, _ b: Int) -> UInt64 {
            var h: UInt64 = 0xcbf2_9ce4_8422_2325
            for (i, v) in key.enumerated() where i != a && i != b {
                h = (h ^ UInt64(v)) &* 0x100_0000_01b3
            }
            return h
        }
        var out: [UInt64] = [hash(skipping: -1, -1)]
        if n >= 1, key.count > 1 { for i in key.indices { out.append(hash(skipping: i, -1)) } }
        if n >= 2, key.count > 2 { for i in key.indices { for j in (i + 1)..<key.count { out.append(hash(skipping: i, j)) } } }
        out.sort()
        var unique = 0
        for h in out where unique == 0 || out[unique - 1] != h { out[unique] = h; unique += 1 }
        out.removeLast(out.count - unique)
        return out
    }
}
