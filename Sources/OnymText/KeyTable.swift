import CICU
import Synchronization

/// The match key of every code point, computed through ICU once per block of
/// 128 code points and kept for the life of the process, so that documents
/// never go through ICU one character at a time.
final class KeyTable: Sendable {
    static let standard = KeyTable(folding: .standard)
    static let turkic = KeyTable(folding: .turkic)

    static func shared(_ folding: CaseFolding) -> KeyTable {
        folding == .turkic ? turkic : standard
    }

    let folding: CaseFolding
    private let blocks = Mutex<[Int: KeyBlock]>([:])

    private init(folding: CaseFolding) { self.folding = folding }

    /// The block holding `scalar`, computing it on first use.
    func block(containing scalar: UInt32) -> KeyBlock {
        let index = Int(scalar >> KeyBlock.shift)
        if let block = blocks.withLock({ $0[index] }) { return block }
        // Computed outside the lock: two threads may both compute a block; either copy is right.
        let block = KeyBlock(index: index, folding: folding)
        return blocks.withLock { table in
            if let existing = table[index] { return existing }
            table[index] = block
            return block
        }
    }
}

/// The keys of 128 consecutive code points, immutable once built.
final class KeyBlock: Sendable {
    static let shift: UInt32 = 7
    static let size = 1 << 7

    /// Key bytes of entry i are `bytes[offsets[i]..<offsets[i+1]]`.
    let offsets: [Int32]
    let bytes: [UInt8]
    /// Bit 0: the code point joins what precedes it (no NFKC boundary before it).
    /// Bit 1: its key is one scalar of the same UTF-8 length (a byte-for-byte map).
    let flags: [UInt8]

    static let joins: UInt8 = 1
    static let sameLength: UInt8 = 2

    init(index: Int, folding: CaseFolding) {
        var offsets: [Int32] = [0]
        var bytes: [UInt8] = []
        var flags: [UInt8] = []
        let first = UInt32(index << Int(KeyBlock.shift))
        let valid = (first..<first + UInt32(KeyBlock.size)).filter { Unicode.Scalar($0) != nil }
        // One pass through ICU for the whole block (surrogates have no key).
        var keys = Dictionary(uniqueKeysWithValues: zip(valid, KeyFold.keys(ofEach: valid, folding: folding)))
        for i in 0..<KeyBlock.size {
            let cp = first + UInt32(i)
            var flag: UInt8 = 0
            if let scalar = Unicode.Scalar(cp) {
                let key = keys.removeValue(forKey: cp) ?? []
                bytes.append(contentsOf: key)
                if cp >= 0x80, cicu_nfkc_boundary_before(Int32(cp)) == 0 { flag |= KeyBlock.joins }
                let utf8Length = String(scalar).utf8.count
                if key.count == utf8Length, String(decoding: key, as: UTF8.self).unicodeScalars.count == 1 {
                    flag |= KeyBlock.sameLength
                }
            }
            offsets.append(Int32(bytes.count))
            flags.append(flag)
        }
        self.offsets = offsets
        self.bytes = bytes
        self.flags = flags
    }
}
