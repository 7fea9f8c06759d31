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
    /// Entry i's key is `keyScalars[keyStarts[i]..<keyStarts[i + 1]]`.
    private let keyStarts: Column<Int32>
    private let keyScalars: Column<UInt32>
    private let concepts: Column<Int32>
    private let forms: StringColumn
    /// (deletion hash, entry) pairs sorted by hash: 12 bytes a pair, where a
    /// dictionary of arrays would cost an allocation per hash.
    private let hashes: Column<UInt64>
    private let postings: Column<Int32>
    /// Where each bucket of hashes (their top bits) starts in `hashes`: a lookup reads one
    /// bucket instead of searching the whole sorted array.
    private let directory: Column<Int32>
    private let bucketShift: UInt64
    /// The longest key, in scalars: a word longer by more than the edit limit is near none,
    /// and is not hashed (its deletion hashes cost the cube of its length).
    private let longestKey: Int

    init(_ entries: [Entry]) {
        var pairs: [(UInt64, Int32)] = []
        var keyStarts: [Int32] = [0], keyScalars: [UInt32] = []
        for (i, entry) in entries.enumerated() {
            keyScalars += entry.key.map(\.value)
            keyStarts.append(Int32(keyScalars.count))
            for hash in Self.deletionHashes(entry.key.map(\.value), upTo: Self.maximumDistance) {
                pairs.append((hash, Int32(i)))
            }
        }
        pairs.sort { $0.0 < $1.0 }
        let hashes = pairs.map(\.0)
        let (directory, shift) = Self.directory(of: hashes)
        self.keyStarts = Column(keyStarts)
        self.keyScalars = Column(keyScalars)
        concepts = Column(entries.map { Int32($0.concept) })
        forms = StringColumn(entries.map(\.form))
        self.hashes = Column(hashes)
        postings = Column(pairs.map(\.1))
        self.directory = Column(directory)
        bucketShift = shift
        longestKey = entries.map(\.key.count).max() ?? 0
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

    /// An index read from an image; nil when its parts do not fit together, or a concept is not
    /// below `conceptLimit`.
    init?(image reader: inout ImageReader, conceptLimit: Int) {
        guard let keyStarts = reader.column(Int32.self), let keyScalars = reader.column(UInt32.self),
              let concepts = reader.column(Int32.self), let forms = reader.strings(),
              let hashes = reader.column(UInt64.self), let postings = reader.column(Int32.self),
              let directory = reader.column(Int32.self), let shift = reader.int(),
              keyStarts.count == concepts.count + 1, forms.count == concepts.count, hashes.count == postings.count,
              keyStarts[0] == 0, Int(keyStarts[keyStarts.count - 1]) == keyScalars.count,
              (1...63).contains(shift), directory.count == (1 << (64 - shift)) + 1,
              directory[0] == 0, Int(directory[directory.count - 1]) == hashes.count else { return nil }
        guard keyStarts.isNonDecreasing, directory.isNonDecreasing, hashes.isNonDecreasing,
              concepts.count == 0 || (concepts.isWithin(0...Int32(conceptLimit - 1)) && postings.isWithin(0...Int32(concepts.count - 1))),
              postings.count == 0 || concepts.count > 0,
              keyScalars.buffer.allSatisfy({ Unicode.Scalar($0) != nil }) else { return nil }
        self.keyStarts = keyStarts
        self.keyScalars = keyScalars
        self.concepts = concepts
        self.forms = forms
        self.hashes = hashes
        self.postings = postings
        self.directory = directory
        bucketShift = UInt64(shift)
        var longest = 0
        for i in 0..<concepts.count { longest = max(longest, Int(keyStarts[i + 1] - keyStarts[i])) }
        longestKey = longest
    }

    func write(into writer: inout ImageWriter) {
        writer.column(keyStarts)
        writer.column(keyScalars)
        writer.column(concepts)
        writer.strings(forms)
        writer.column(hashes)
        writer.column(postings)
        writer.column(directory)
        writer.int(Int(bucketShift))
    }

    /// Entry `i`, made when a word comes near it.
    func entry(_ i: Int) -> Entry {
        let key = (Int(keyStarts[i])..<Int(keyStarts[i + 1])).map { Unicode.Scalar(keyScalars[$0])! }
        return Entry(key: key, concept: Int(concepts[i]), form: forms[i])
    }

    /// The entries filed under `hash`.
    private func entries(under hash: UInt64) -> Range<Int> {
        let bucket = Int(hash >> bucketShift)
        var low = Int(directory[bucket])
        let high = Int(directory[bucket + 1])
        while low < high, hashes[low] < hash { low += 1 }
        var end = low
        while end < high, hashes[end] == hash { end += 1 }
        return low..<end
    }

    /// Forms within `limit` edits of `word` (not equal to it), closest first.
    func near(_ word: [Unicode.Scalar], limit: Int) -> [(entry: Entry, distance: Int)] {
        guard word.count <= longestKey + limit else { return [] }
        var seen = Set<Int32>()
        var found: [(Entry, Int)] = []
        for hash in Self.deletionHashes(word.map(\.value), upTo: min(limit, Self.maximumDistance)) {
            for p in entries(under: hash) where seen.insert(postings[p]).inserted {
                let entry = entry(Int(postings[p]))
                if let d = EditDistance.damerauLevenshtein(word, entry.key, limit: limit), d > 0 { found.append((entry, d)) }
            }
        }
        return found.sorted { ($0.1, $0.0.form) < ($1.1, $1.0.form) }
    }

    /// Hashes of the key with no, one and (when `n` is 2) two positions left out, sorted, each
    /// once; mixed, since a bucket is chosen by the top bits.
    static func deletionHashes(_ key: [UInt32], upTo n: Int) -> [UInt64] {
        @inline(__always) func hash(skipping a: Int, _ b: Int) -> UInt64 {
            var h = FNV1a()
            for (i, v) in key.enumerated() where i != a && i != b { h.add(UInt64(v)) }
            return FNV1a.mix(h.value)
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
