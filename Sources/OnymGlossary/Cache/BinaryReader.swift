/// Reads what ``BinaryWriter`` wrote; nil on any inconsistency (a cache file
/// that is truncated or from another version is simply not used).
struct BinaryReader {
    let bytes: [UInt8]
    var offset = 0

    mutating func int() -> Int? {
        var v: UInt64 = 0
        var shift: UInt64 = 0
        while offset < bytes.count, shift < 64 {
            let b = bytes[offset]
            offset += 1
            v |= UInt64(b & 0x7F) << shift
            if b < 0x80 { return Int(Int64(bitPattern: v)) }
            shift += 7
        }
        return nil
    }

    mutating func string() -> String? {
        guard let n = int(), n >= 0, offset + n <= bytes.count else { return nil }
        defer { offset += n }
        return String(decoding: bytes[offset..<(offset + n)], as: UTF8.self)
    }

    mutating func optional() -> String?? {
        guard let flag = int() else { return nil }
        if flag == 0 { return .some(nil) }
        return string().map { .some($0) }
    }

    mutating func strings() -> [String]? {
        guard let n = int(), n >= 0, n <= bytes.count else { return nil }
        var out: [String] = []
        out.reserveCapacity(n)
        for _ in 0..<n {
            guard let s = string() else { return nil }
            out.append(s)
        }
        return out
    }
}
