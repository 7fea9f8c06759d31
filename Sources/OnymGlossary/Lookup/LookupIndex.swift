import OnymText

/// What an indexed ``GlossaryLookup`` answers from without a pass over every form: for a
/// server, which asks thousands of questions of the same glossaries. Each index is one
/// sorted array of (hash, entry) pairs — a form, a match key, a Latin key, a near-miss
/// segment (``NearSegments``) — packed in one 64-bit word (the hash's top 40 bits, the
/// entry's 24) and searched by binary search: 8 bytes a pair, and a hash that two texts
/// share only costs a comparison of the entry's text.
struct LookupIndex: Sendable {
    let forms: [Pair]
    let keys: [Pair]
    let latin: [Pair]
    let segments: [Pair]
    /// Per entry: its key's length in scalars, and which of 64 letter classes (a scalar's
    /// value mod 64) it has — enough to turn most near-miss candidates away unread.
    let lengths: [UInt16]
    let letters: [UInt64]

    /// The letter classes of a key.
    static func letters<S: Sequence<Unicode.Scalar>>(of key: S) -> UInt64 {
        key.reduce(0) { $0 | (1 << UInt64($1.value & 63)) }
    }

    /// A hash's top 40 bits and an entry's number.
    struct Pair: Sendable, Comparable {
        let word: UInt64
        init(hash: UInt64, entry: Int32) { word = (hash & ~Self.entryMask) | UInt64(entry) }
        var hash: UInt64 { word & ~Self.entryMask }
        var entry: Int32 { Int32(word & Self.entryMask) }
        static let entryMask: UInt64 = (1 << 24) - 1
        static func < (a: Pair, b: Pair) -> Bool { a.word < b.word }
    }

    /// More forms than a pair can number are not indexed (the lookup scans instead).
    static let capacity = 1 << 24

    init(_ entries: [(entry: GlossaryLookup.Entry, key: String)]) {
        var forms: [Pair] = [], keys: [Pair] = [], latin: [Pair] = [], segments: [Pair] = []
        forms.reserveCapacity(entries.count)
        keys.reserveCapacity(entries.count)
        latin.reserveCapacity(entries.count)
        segments.reserveCapacity(entries.count * 5)
        let transliterator = try? Transliterator(scheme: GlossaryLookup.latinScheme)
        var lengths: [UInt16] = [], letters: [UInt64] = []
        lengths.reserveCapacity(entries.count)
        letters.reserveCapacity(entries.count)
        for (i, (entry, key)) in entries.enumerated() {
            lengths.append(UInt16(clamping: key.unicodeScalars.count))
            letters.append(Self.letters(of: key.unicodeScalars))
            let n = Int32(i)
            forms.append(Pair(hash: Self.hash(entry.form), entry: n))
            keys.append(Pair(hash: Self.hash(key), entry: n))
            // A Latin form's key is its Latin key; another script's is its transliteration's.
            if GlossaryLookup.needsTransliteration(entry.form), let transliterator {
                latin.append(Pair(hash: Self.hash(MatchKey(transliterator.transliterate(entry.form)).string), entry: n))
            } else {
                latin.append(Pair(hash: Self.hash(key), entry: n))
            }
            for segment in NearSegments.segments(ofKey: Array(key.unicodeScalars)) {
                segments.append(Pair(hash: Self.hash(segment), entry: n))
            }
        }
        self.lengths = lengths
        self.letters = letters
        // The four sorts at once, on the cores there are.
        let sorted = ParallelMap.map([forms, keys, latin, segments], minimumPerTask: 1) { $0.sorted() }
        (self.forms, self.keys, self.latin, self.segments) = (sorted[0], sorted[1], sorted[2], sorted[3])
    }

    static func hash(_ text: String) -> UInt64 { FNV1a.hash(text.utf8) }

    static func hash(_ segment: NearSegments.Segment) -> UInt64 {
        var h = FNV1a()
        h.add(UInt64(segment.length))
        h.add(UInt64(segment.index) | 0x100)
        h.add(bytes: segment.text.utf8)
        return h.value
    }

    /// The entries filed under `hash` in `pairs`.
    static func entries(_ pairs: [Pair], _ full: UInt64) -> ArraySlice<Pair> {
        let hash = full & ~Pair.entryMask
        var low = 0, high = pairs.count
        while low < high {
            let mid = (low + high) / 2
            if pairs[mid].hash < hash { low = mid + 1 } else { high = mid }
        }
        var end = low
        while end < pairs.count, pairs[end].hash == hash { end += 1 }
        return pairs[low..<end]
    }
}
