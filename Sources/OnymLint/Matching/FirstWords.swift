/// The first words of every form's key, as a bit set of their hashes: a word of
/// a text that is not the first word of any form (most words: said, the,
/// government) is passed by one memory read, without walking the trie.
/// A set bit may be a collision (about 3 % at 100,000 concepts): the trie decides.
struct FirstWords: Sendable {
    static let bits = 24
    private let words: Column<UInt64>

    init(keys: [[UInt8]]) {
        var words = [UInt64](repeating: 0, count: 1 << (Self.bits - 6))
        for key in keys {
            var end = 0
            while end < key.count, KeyText.isWordChar(key, at: end) { end += KeyText.scalarLength(key[end]) }
            let h = Self.hash(key[0..<min(end, key.count)])
            words[Int(h >> 6)] |= 1 << (h & 63)
        }
        self.words = Column(words)
    }

    init?(image reader: inout ImageReader) {
        guard let words = reader.column(UInt64.self), words.count == 1 << (Self.bits - 6) else { return nil }
        self.words = words
    }

    func write(into writer: inout ImageWriter) { writer.column(words) }

    /// The top bits of FNV-1a of the bytes.
    @inline(__always)
    static func hash(_ bytes: ArraySlice<UInt8>) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in bytes { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 }
        return h >> UInt64(64 - bits)
    }

    /// False when no form's key starts with the word `bytes`.
    @inline(__always)
    func mayStart(_ bytes: ArraySlice<UInt8>) -> Bool {
        let h = Self.hash(bytes)
        return words.base[Int(h >> 6)] & (1 << (h & 63)) != 0
    }
}
