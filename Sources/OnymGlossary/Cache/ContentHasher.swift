/// A 64-bit hash of byte sequences for cache keys (a cache key is computed on every run,
/// over every glossary byte: 17 MB at 100,000 concepts). Four lanes take 32 bytes a step,
/// each a multiply of its own, so that the processor works on the four at once instead of
/// waiting for one long chain of multiplies. Each sequence's length is mixed in, so that
/// ("ab", "c") and ("a", "bc") differ. Not for security: it only tells whether inputs changed.
struct ContentHasher {
    private var lanes: (UInt64, UInt64, UInt64, UInt64) = (0x9E37_79B9_7F4A_7C15, 0xC2B2_AE3D_27D4_EB4F,
                                                          0x1656_67B1_9E37_79F9, 0x85EB_CA77_C2B2_AE63)

    @inline(__always)
    private static func step(_ state: UInt64, _ word: UInt64) -> UInt64 {
        let mixed = (state ^ word) &* 0xFF51_AFD7_ED55_8CCD
        return mixed ^ (mixed >> 32)
    }

    mutating func mix<C: Collection<UInt8>>(_ bytes: C) {
        let done: Void? = bytes.withContiguousStorageIfAvailable { buffer in mix(raw: UnsafeRawBufferPointer(buffer)) }
        if done == nil { Array(bytes).withUnsafeBytes { mix(raw: $0) } }
    }

    private mutating func mix(raw: UnsafeRawBufferPointer) {
        var (a, b, c, d) = lanes
        var i = 0
        while i + 32 <= raw.count {
            a = Self.step(a, raw.loadUnaligned(fromByteOffset: i, as: UInt64.self))
            b = Self.step(b, raw.loadUnaligned(fromByteOffset: i + 8, as: UInt64.self))
            c = Self.step(c, raw.loadUnaligned(fromByteOffset: i + 16, as: UInt64.self))
            d = Self.step(d, raw.loadUnaligned(fromByteOffset: i + 24, as: UInt64.self))
            i += 32
        }
        while i + 8 <= raw.count {
            a = Self.step(a, raw.loadUnaligned(fromByteOffset: i, as: UInt64.self))
            i += 8
        }
        var tail: UInt64 = 0
        for (n, byte) in raw[i...].enumerated() { tail |= UInt64(byte) << (8 * UInt64(n)) }
        b = Self.step(b, tail)
        c = Self.step(c, UInt64(raw.count))
        // The lanes mixed into one another at the end of each sequence, so that where a sequence
        // ends among the lanes matters.
        d = Self.step(d, a ^ b ^ c)
        lanes = (Self.step(a, d), Self.step(b, d), Self.step(c, d), d)
    }

    var hex: String {
        let (a, b, c, d) = lanes
        return String(Self.step(Self.step(Self.step(a, b), c), d), radix: 16)
    }
}
