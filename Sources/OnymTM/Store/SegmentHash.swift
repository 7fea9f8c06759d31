/// 64-bit FNV-1a of texts joined by a separator that text does not contain, as a signed
/// integer (the store's columns are 64-bit integers: half the size of hex text in an index
/// of millions): the key that tells a stored pair again (same languages, source and target).
enum SegmentHash {
    static func of(_ parts: String...) -> Int {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for (i, part) in parts.enumerated() {
            if i > 0 { h = (h ^ 0x1F) &* 0x100_0000_01b3 }
            for b in part.utf8 { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 }
        }
        return Int(Int64(bitPattern: h))
    }
}
