#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import OnymText

/// The first words of every form's key, as a bit set of their hashes: a word of
/// a text that is not the first word of any form (most words: said, the,
/// government) is passed by one memory read, without walking the trie.
/// The set has about 32 bits per distinct first word, and no more, so that it
/// stays in the processor's cache: it is read once for every word of a text.
/// Each word sets two bits of one 64-bit word (a blocked Bloom filter): still one
/// memory read, but about 0.4 % of other words pass instead of 3 % with one bit,
/// and each that passes costs a walk of the trie.
struct FirstWords: Sendable {
    private let words: Column<UInt64>
    private let shift: UInt64

    /// The first word of each key, each once, in byte order.
    static func distinct(of keys: [[UInt8]]) -> [[UInt8]] {
        // Keys in byte order mostly repeat the first word of the key before (Kyiv, Kyiv Oblast,
        // Kyiv's …): those are skipped in place, and only the rest is copied, sorted and made unique.
        var words: [[UInt8]] = []
        var previous = -1, previousEnd = 0
        for (n, key) in keys.enumerated() {
            var end = 0
            while end < key.count, KeyText.isWordChar(key, at: end) { end += KeyText.scalarLength(key[end]) }
            end = min(end, key.count)
            if previous >= 0, end == previousEnd, keys[previous].withUnsafeBufferPointer({ p in
                key.withUnsafeBufferPointer { k in end == 0 || memcmp(p.baseAddress!, k.baseAddress!, end) == 0 }
            }) { continue }
            words.append(Array(key[0..<end]))
            previous = n
            previousEnd = end
        }
        words.sort { $0.lexicographicallyPrecedes($1) }
        var distinct: [[UInt8]] = []
        distinct.reserveCapacity(words.count)
        for word in words where distinct.last != word { distinct.append(word) }
        return distinct
    }

    /// The set of `firstWords` (``distinct(of:)``).
    init(firstWords: [[UInt8]]) {
        var bits: UInt64 = 12
        while bits < 26, 1 << bits < 32 * firstWords.count { bits += 1 }
        shift = 64 - (bits - 6)  // the top bits choose one of the 2^(bits - 6) words
        var words = [UInt64](repeating: 0, count: 1 << (Int(bits) - 6))
        for word in firstWords {
            let h = WordHash.of(word, 0..<word.count)
            words[Int(h >> shift)] |= Self.bits(h)
        }
        self.words = Column(words)
    }

    init?(image reader: inout ImageReader) {
        guard let words = reader.column(UInt64.self), let shift = reader.int(), (44...58).contains(shift),
              words.count == 1 << (64 - shift) else { return nil }
        self.words = words
        self.shift = UInt64(shift)
    }

    func write(into writer: inout ImageWriter) {
        writer.column(words)
        writer.int(Int(shift))
    }

    /// The two bits of a mixed hash, from its bits 0–11 (the word's index takes the top bits).
    @inline(__always)
    static func bits(_ h: UInt64) -> UInt64 { (1 << (h & 63)) | (1 << ((h >> 6) & 63)) }

    /// False when no form's key starts with the word `bytes`.
    @inline(__always)
    func mayStart(_ bytes: ArraySlice<UInt8>) -> Bool { mayStart(mixed: WordHash.of(bytes)) }

    /// The same for a word whose ``WordHash`` the caller computed.
    @inline(__always)
    func mayStart(mixed h: UInt64) -> Bool {
        let bits = Self.bits(h)
        return words.base[Int(h >> shift)] & bits == bits
    }
}
