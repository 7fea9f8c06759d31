import OnymText

/// What an indexed ``GlossaryLookup`` answers from without a pass over every form: for a
/// server, which asks thousands of questions of the same glossaries. Each index is one
/// sorted array of (hash, entry) pairs — a form, a match key, a Latin key, a near-miss
/// segment (``NearSegments``) — searched by binary search: compact (about 12 bytes a
/// pair), and a hash that two texts share only costs a comparison of the entry's text.
struct LookupIndex: Sendable {
    let forms: [Pair]
    let keys: [Pair]
    let latin: [Pair]
    let segments: [Pair]

    struct Pair: Sendable, Comparable {
        let hash: UInt64
        let entry: Int32
        static func < (a: Pair, b: Pair) -> Bool { (a.hash, a.entry) < (b.hash, b.entry) }
    }

    init(_ entries: [(entry: GlossaryLookup.Entry, key: String)]) {
        var forms: [Pair] = [], keys: [Pair] = [], latin: [Pair] = [], segments: [Pair] = []
        forms.reserveCapacity(entries.count)
        keys.reserveCapacity(entries.count)
        latin.reserveCapacity(entries.count)
        segments.reserveCapacity(entries.count * 5)
        let transliterator = try? Transliterator(scheme: GlossaryLookup.latinScheme)
        for (i, (entry, key)) in entries.enumerated() {
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
        self.forms = forms.sorted()
        self.keys = keys.sorted()
        self.latin = latin.sorted()
        self.segments = segments.sorted()
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
    static func entries(_ pairs: [Pair], _ hash: UInt64) -> ArraySlice<Pair> {
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
