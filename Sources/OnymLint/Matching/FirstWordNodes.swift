/// The trie node reached after each form's first word, in a hash table whose slots hold
/// the word itself: a text's word that passed ``FirstWords`` starts its walk there, one
/// memory read instead of a walk through the trie's most branched levels (where each
/// letter is a read from a place of its own), and a word that only passed by chance
/// stops there.
///
/// A slot is three 64-bit words: the word's first 16 bytes (zero-padded) and
/// `(node + 1) << 8 | length`; length 0 is an empty slot. Words longer than 16 bytes
/// are not in the table: their walk starts at the root.
struct FirstWordNodes: Sendable {
    private let slots: Column<UInt64>
    private let mask: Int

    static let longestWord = 16

    init(words: [[UInt8]], trie: ByteTrie) {
        let short = words.filter { !$0.isEmpty && $0.count <= Self.longestWord }
        var capacity = 16
        while capacity < 2 * short.count { capacity *= 2 }
        var slots = [UInt64](repeating: 0, count: 3 * capacity)
        for word in short {
            guard let node = trie.node(after: word) else { continue }
            let (w0, w1) = Self.load(word[...])
            var s = Int(truncatingIfNeeded: WordHash.of(word, 0..<word.count) >> 12) & (capacity - 1)
            while slots[3 * s + 2] != 0 { s = (s + 1) & (capacity - 1) }
            slots[3 * s] = w0
            slots[3 * s + 1] = w1
            slots[3 * s + 2] = UInt64(node + 1) << 8 | UInt64(word.count)
        }
        self.slots = Column(slots)
        mask = capacity - 1
    }

    /// A table read from an image; nil when it does not fit a trie of `nodeCount` nodes.
    init?(image reader: inout ImageReader, nodeCount: Int) {
        guard let slots = reader.column(UInt64.self), slots.count >= 3, slots.count % 3 == 0 else { return nil }
        let capacity = slots.count / 3
        guard capacity & (capacity - 1) == 0 else { return nil }
        for s in 0..<capacity {
            let meta = slots[3 * s + 2]
            guard meta == 0 || (meta & 0xFF <= UInt64(Self.longestWord) && meta & 0xFF > 0 && meta >> 8 >= 1 && meta >> 8 <= UInt64(nodeCount))
            else { return nil }
        }
        self.slots = slots
        mask = capacity - 1
    }

    func write(into writer: inout ImageWriter) {
        writer.column(slots)
    }

    /// The node after `k[range]` (a whole word of at most 16 bytes, whose ``WordHash`` is `mixed`), or nil when no form starts with that word.
    @inline(__always)
    func node(after k: [UInt8], _ range: Range<Int>, mixed: UInt64) -> Int32? {
        let (w0, w1) = Self.load(k[range])
        let length = UInt64(range.count)
        let table = slots.base
        var s = Int(truncatingIfNeeded: mixed >> 12) & mask
        while true {
            let meta = table[3 * s + 2]
            if meta == 0 { return nil }
            if meta & 0xFF == length, table[3 * s] == w0, table[3 * s + 1] == w1 { return Int32(meta >> 8) - 1 }
            s = (s + 1) & mask
        }
    }

    /// Up to 16 bytes as two little-endian words, zero-padded.
    @inline(__always)
    static func load(_ bytes: ArraySlice<UInt8>) -> (UInt64, UInt64) {
        var w0: UInt64 = 0, w1: UInt64 = 0
        for (n, b) in bytes.enumerated() {
            if n < 8 { w0 |= UInt64(b) << (8 * n) } else { w1 |= UInt64(b) << (8 * (n - 8)) }
        }
        return (w0, w1)
    }
}
