import OnymText

/// The hash a key's word is filed under in ``FirstWords`` and ``FirstWordNodes``: its
/// bytes eight at a time, one multiply each (FNV-1a takes one per byte), then mixed
/// (``FNV1a/mix(_:)``). A word of up to seven bytes is one load of the text's key, masked:
/// the linter hashes every word of a text this way without a loop over its bytes.
enum WordHash {
    private static let seed: UInt64 = 0x243F_6A88_85A3_08D3

    @inline(__always)
    private static func step(_ h: UInt64, _ chunk: UInt64) -> UInt64 { (h ^ chunk) &* 0x9E37_79B9_7F4A_7C15 }

    /// The hash of `bytes[range]`.
    static func of(_ bytes: [UInt8], _ range: Range<Int>) -> UInt64 { of(bytes[range]) }

    /// The hash of `bytes`.
    static func of(_ bytes: ArraySlice<UInt8>) -> UInt64 {
        var h = seed ^ UInt64(bytes.count)
        var p = bytes.startIndex
        while p < bytes.endIndex {
            var chunk: UInt64 = 0
            for q in p..<min(p + 8, bytes.endIndex) { chunk |= UInt64(bytes[q]) << (8 * (q - p)) }
            h = step(h, chunk)
            p += 8
        }
        return FNV1a.mix(h)
    }

    /// The hash of a word of `count` bytes (1–7) whose bytes, little-endian and zero-padded, are `chunk`.
    @inline(__always)
    static func short(_ chunk: UInt64, count: Int) -> UInt64 { FNV1a.mix(step(seed ^ UInt64(count), chunk)) }

    /// The hash of a word of `count` bytes (8–15): its first eight bytes `first`, the rest
    /// (zero-padded) `rest`.
    @inline(__always)
    static func long(_ first: UInt64, _ rest: UInt64, count: Int) -> UInt64 {
        let h = step(seed ^ UInt64(count), first)
        return FNV1a.mix(count > 8 ? step(h, rest) : h)
    }
}
