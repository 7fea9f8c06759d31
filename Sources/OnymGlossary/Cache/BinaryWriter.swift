/// A little-endian byte writer for the glossary cache.
struct BinaryWriter {
    private(set) var bytes: [UInt8] = []

    /// A LEB128 varint: counts and lengths are small, so most take one byte.
    mutating func int(_ value: Int) {
        var v = UInt64(bitPattern: Int64(value))
        while v >= 0x80 {
            bytes.append(UInt8(v & 0x7F) | 0x80)
            v >>= 7
        }
        bytes.append(UInt8(v))
    }

    mutating func string(_ s: String) {
        int(s.utf8.count)
        bytes.append(contentsOf: s.utf8)
    }

    mutating func optional(_ s: String?) {
        int(s == nil ? 0 : 1)
        if let s { string(s) }
    }

    mutating func strings(_ list: [String]) {
        int(list.count)
        for s in list { string(s) }
    }
}
