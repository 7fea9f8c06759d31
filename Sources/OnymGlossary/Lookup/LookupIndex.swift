import OnymText

/// What an indexed ``GlossaryLookup`` answers from without a pass over every form: for a
/// server, which asks thousands of questions of the same glossaries. Four tables — forms,
/// match keys, Latin keys, near-miss segments (``NearSegments``) — file each entry under
/// its text's hash; a hash that two texts share only costs a look at the entry's text.
struct LookupIndex: Sendable {
    let forms: Table
    let keys: Table
    let latin: Table
    let segments: Table
    /// Per entry: its key's length in scalars, and which of 64 letter classes (a scalar's
    /// value mod 64) it has — enough to turn most near-miss candidates away unread.
    let lengths: [UInt16]
    let letters: [UInt64]

    /// The letter classes of a key.
    static func letters<S: Sequence<Unicode.Scalar>>(of key: S) -> UInt64 {
        key.reduce(0) { $0 | (1 << UInt64($1.value & 63)) }
    }

    /// Entries by hash in 4 bytes each (some 5.6 million for 100,000 concepts): the hash's
    /// top 16 bits choose a bucket (`starts`), and each 32-bit word holds as many further
    /// hash bits as the entry's number leaves room for, above the number; a bucket's words
    /// are sorted, so a hash's entries are found by binary search. With 700,000 entries a
    /// word keeps 12 more bits: 28 bits in all, a false candidate in some 70 probes.
    struct Table: Sendable {
        private let starts: [UInt32]
        private let words: [UInt32]
        private let entryBits: Int

        init(_ filed: [(hash: UInt64, entry: Int32)], entries: Int) {
            let entryBits = max(1, Int.bitWidth - max(0, entries - 1).leadingZeroBitCount)
            let hashBits = 32 - entryBits
            // Bucket and word in one integer, so that one sort orders both.
            let sorted = filed.map { hash, entry in
                (hash >> 48) << 32 | UInt64(Self.sub(hash, hashBits)) << UInt64(entryBits) | UInt64(entry)
            }.sorted()
            var starts = [UInt32](repeating: 0, count: Self.buckets + 1)
            for word in sorted { starts[Int(word >> 32) + 1] += 1 }
            for b in 0..<Self.buckets { starts[b + 1] += starts[b] }
            self.starts = starts
            self.words = sorted.map { UInt32(truncatingIfNeeded: $0) }
            self.entryBits = entryBits
        }

        private static let buckets = 1 << 16

        /// The hash bits a word keeps, below the bucket's 16.
        private static func sub(_ hash: UInt64, _ bits: Int) -> UInt32 {
            UInt32(truncatingIfNeeded: (hash >> UInt64(48 - bits)) & ((1 << UInt64(bits)) - 1))
        }

        /// The entries filed under `hash` (and the few that share its kept bits).
        func entries(_ hash: UInt64) -> [Int] {
            let bucket = Int(hash >> 48)
            let sub = Self.sub(hash, 32 - entryBits)
            var low = Int(starts[bucket]), high = Int(starts[bucket + 1])
            let end = high
            while low < high {
                let mid = (low + high) / 2
                if words[mid] >> UInt32(entryBits) < sub { low = mid + 1 } else { high = mid }
            }
            var found: [Int] = []
            let mask = UInt32((1 << UInt64(entryBits)) - 1)
            while low < end, words[low] >> UInt32(entryBits) == sub {
                found.append(Int(words[low] & mask))
                low += 1
            }
            return found
        }
    }

    /// More forms than a word can number are not indexed (the lookup scans instead).
    static let capacity = 1 << 24

    init(_ entries: LookupEntries) {
        var forms: [(hash: UInt64, entry: Int32)] = [], keys = forms, latin = forms, segments = forms
        forms.reserveCapacity(entries.count)
        keys.reserveCapacity(entries.count)
        latin.reserveCapacity(entries.count)
        segments.reserveCapacity(entries.count * 5)
        let transliterator = try? Transliterator(scheme: GlossaryLookup.latinScheme)
        var lengths: [UInt16] = [], letters: [UInt64] = []
        lengths.reserveCapacity(entries.count)
        letters.reserveCapacity(entries.count)
        for i in entries.indices {
            let key = entries.keyScalars(i)
            lengths.append(UInt16(clamping: key.count))
            letters.append(Self.letters(of: key))
            let n = Int32(i)
            let keyHash = Self.hash(entries.keyBytes(i))
            forms.append((Self.hash(entries.formBytes(i)), n))
            keys.append((keyHash, n))
            // A Latin form's key is its Latin key; another script's is its transliteration's.
            let form = entries.form(i)
            if GlossaryLookup.needsTransliteration(form), let transliterator {
                latin.append((Self.hash(MatchKey(transliterator.transliterate(form)).string.utf8), n))
            } else {
                latin.append((keyHash, n))
            }
            for segment in NearSegments.segments(ofKey: key) {
                segments.append((Self.hash(segment), n))
            }
        }
        self.lengths = lengths
        self.letters = letters
        // The four tables at once, on the cores there are.
        let count = entries.count
        let tables = ParallelMap.map([forms, keys, latin, segments], minimumPerTask: 1) { Table($0, entries: count) }
        (self.forms, self.keys, self.latin, self.segments) = (tables[0], tables[1], tables[2], tables[3])
    }

    /// FNV-1a, mixed: the table takes its bucket from the top bits.
    static func hash<Bytes: Sequence<UInt8>>(_ bytes: Bytes) -> UInt64 { FNV1a.mix(FNV1a.hash(bytes)) }

    static func hash(_ segment: NearSegments.Segment) -> UInt64 {
        var h = FNV1a()
        h.add(UInt64(segment.length))
        h.add(UInt64(segment.index) | 0x100)
        h.add(bytes: segment.text.utf8)
        return FNV1a.mix(h.value)
    }
}
