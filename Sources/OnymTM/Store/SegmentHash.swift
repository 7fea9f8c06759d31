import OnymText

/// 64-bit FNV-1a of texts joined by a separator that text does not contain, as a signed
/// integer (the store's columns are 64-bit integers: half the size of hex text in an index
/// of millions): the key that tells a stored pair again (same languages, source and target).
enum SegmentHash {
    static func of(_ parts: String...) -> Int {
        var h = FNV1a()
        for (i, part) in parts.enumerated() {
            if i > 0 { h.add(UInt8(0x1F)) }
            h.add(bytes: part.utf8)
        }
        return Int(Int64(bitPattern: h.value))
    }
}
