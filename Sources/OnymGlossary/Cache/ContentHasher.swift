/// A 64-bit hash of byte sequences for cache keys, eight bytes a step (a cache key
/// is computed on every run, over every glossary byte). Each sequence's length is
/// mixed in, so that ("ab", "c") and ("a", "bc") differ. Not for security: it only
/// tells whether inputs changed.
struct ContentHasher {
    private var state: UInt64 = 0x9E37_79B9_7F4A_7C15

    private mutating func step(_ word: UInt64) {
        state = (state ^ word) &* 0xFF51_AFD7_ED55_8CCD
        state ^= state >> 32
    }

    mutating func mix<C: Collection<UInt8>>(_ bytes: C) {
        let done: Void? = bytes.withContiguousStorageIfAvailable { buffer in mix(raw: UnsafeRawBufferPointer(buffer)) }
        if done == nil { Array(bytes).withUnsafeBytes { mix(raw: $0) } }
    }

    private mutating func mix(raw: UnsafeRawBufferPointer) {
        var i = 0
        while i + 8 <= raw.count {
            step(raw.loadUnaligned(fromByteOffset: i, as: UInt64.self))
            i += 8
        }
        var tail: UInt64 = 0
        for (n, b) in raw[i...].enumerated() { tail |= UInt64(b) << (8 * UInt64(n)) }
        step(tail)
        step(UInt64(raw.count))
    }

    var hex: String { String(state, radix: 16) }
}
