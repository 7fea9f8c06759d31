/// JSON written straight as UTF-8 bytes, for output with hundreds of thousands of objects
/// (a lint of an archive): `JSONEncoder` with sorted keys spent more time on 45,000
/// findings than the linter took to find them. Strings are escaped as `JSONOutput`
/// escapes them (slashes and non-ASCII as they are), so both give the same text.
public struct JSONText: Sendable {
    public private(set) var bytes: [UInt8] = []

    public init(capacity: Int = 0) { bytes.reserveCapacity(capacity) }

    public var text: String { String(decoding: bytes, as: UTF8.self) }

    public mutating func raw(_ s: StaticString) {
        s.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    public mutating func int(_ n: Int) { bytes.append(contentsOf: String(n).utf8) }

    public mutating func string(_ s: String) {
        bytes.append(UInt8(ascii: "\""))
        // Most strings need no escape: copied whole.
        var s = s
        let copied = s.withUTF8 { utf8 in
            guard !utf8.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }) else { return false }
            bytes.append(contentsOf: utf8)
            return true
        }
        if copied {
            bytes.append(UInt8(ascii: "\""))
            return
        }
        for b in s.utf8 {
            switch b {
            case UInt8(ascii: "\""): raw("\\\"")
            case UInt8(ascii: "\\"): raw("\\\\")
            case 0x0A: raw("\\n")
            case 0x0D: raw("\\r")
            case 0x09: raw("\\t")
            case 0x08: raw("\\b")
            case 0x0C: raw("\\f")
            case 0..<0x20:
                raw("\\u00")
                bytes.append(Self.hex[Int(b >> 4)])
                bytes.append(Self.hex[Int(b & 0xF)])
            default: bytes.append(b)
            }
        }
        bytes.append(UInt8(ascii: "\""))
    }

    /// `"key":`, after a comma unless it is its object's first — keys are written by the
    /// caller in sorted order, as `JSONOutput` sorts them.
    public mutating func key(_ k: StaticString) {
        if bytes.last != UInt8(ascii: "{") { bytes.append(UInt8(ascii: ",")) }
        bytes.append(UInt8(ascii: "\""))
        raw(k)
        raw("\":")
    }

    public mutating func field(_ k: StaticString, _ value: Int) {
        key(k)
        int(value)
    }

    public mutating func field(_ k: StaticString, _ value: String) {
        key(k)
        string(value)
    }

    public mutating func append(_ other: JSONText) { bytes += other.bytes }

    private static let hex = Array("0123456789abcdef".utf8)
}
