/// The first words of every form's key, as a bit set of their hashes: a word of
/// a text that is not the first word of any form (most words: said, the,
/// government) is passed by one memory read, without walking the trie.
/// The set has about 32 bits per distinct first word (a collision in about 3 %
/// of the words that pass; the trie decides), and no more, so that it stays in
/// the processor's cache: it is read once for every word of a text.
struct FirstWords: Sendable {
    private let words: Column<UInt64>
    private let shift: UInt64

    init(keys: [[UInt8]]) {
        var distinct = Set<[UInt8]>()
        for key in keys {
            var end = 0
            while end < key.count, KeyText.isWordChar(key, at: end) { end += KeyText.scalarLength(key[end]) }
            distinct.insert(Array(key[0..<min(end, key.count)]))
        }
        var bits: UInt64 = 12
        while bits < 26, 1 << bits < 32 * distinct.count { bits += 1 }
        shift = 64 - bits
        var words = [UInt64](repeating: 0, count: 1 << (Int(bits) - 6))
        for word in distinct {
            let h = Self.hash(word[...]) >> shift
            words[Int(h >> 6)] |= 1 << (h & 63)
        }
        self.words = Column(words)
    }

    init?(image reader: inout ImageReader) {
        guard let words = reader.column(UInt64.self), let shift = reader.int(), (38...52).contains(shift),
              words.count == 1 << (64 - shift - 6) else { return nil }
        self.words = words
        self.shift = UInt64(shift)
    }

    func write(into writer: inout ImageWriter) {
        writer.column(words)
        writer.int(Int(shift))
    }

    /// FNV-1a of the bytes.
    @inline(__always)
    static func hash(_ bytes: ArraySlice<UInt8>) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in bytes { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 }
        return h
    }

    /// False when no form's key starts with the word `bytes`.
    @inline(__always)
    func mayStart(_ bytes: ArraySlice<UInt8>) -> Bool {
        let h = Self.hash(bytes) >> shift
        return words.base[Int(h >> 6)] & (1 << (h & 63)) != 0
    }
}
