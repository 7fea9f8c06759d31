/// UTF-16 offsets of UTF-8 byte offsets in one text, for offsets asked in increasing
/// order: the text is walked once, however many findings it has.
struct UTF16Offsets {
    private let bytes: [UInt8]
    private var byte = 0
    private var unit = 0

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    /// The UTF-16 offset of byte `offset` (not before the last one asked).
    mutating func offset(ofByte offset: Int) -> Int {
        precondition(offset >= byte, "offsets are asked in order")
        while byte < offset, byte < bytes.count {
            let b = bytes[byte]
            // A lead byte starts a scalar: one unit, two for a scalar outside the BMP.
            if b & 0xC0 != 0x80 { unit += b >= 0xF0 ? 2 : 1 }
            byte += 1
        }
        return unit
    }
}
