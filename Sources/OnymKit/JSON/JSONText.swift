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

    public mutating func int(_ n: Int) { DecimalText.append(n, to: &bytes) }

    /// True when one of the eight bytes of `x` is below 0x20, a quotation mark or a backslash:
    /// what JSON must escape, looked for eight bytes at a time.
    @inline(__always)
    static func needsEscape(_ x: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101, high = ones &* 0x80
        @inline(__always) func zeroByte(_ y: UInt64) -> UInt64 { (y &- ones) & ~y & high }
        // A byte below 0x20 borrows and sets its high bit (one of 0x80 or more does neither);
        // a borrow carried on only makes a byte above a true one look true as well.
        let below = (x &- ones &* 0x20) & ~x & high
        return below | zeroByte(x ^ (ones &* 0x22)) | zeroByte(x ^ (ones &* 0x5C)) != 0
    }

    public mutating func string(_ s: String) {
        bytes.append(UInt8(ascii: "\""))
        var s = s
        s.withUTF8 { utf8 in
            // The runs between characters to escape are copied whole (a message quotes its
            // concept's id, so most have some), each found eight bytes at a time.
            let raw = UnsafeRawBufferPointer(utf8)
            var run = 0, i = 0
            while i < raw.count {
                if i + 8 <= raw.count, !Self.needsEscape(raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)) {
                    i += 8
                    continue
                }
                let b = raw[i]
                guard b < 0x20 || b == UInt8(ascii: "\"") || b == UInt8(ascii: "\\") else {
                    i += 1
                    continue
                }
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[run..<i]))
                escape(b)
                i += 1
                run = i
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[run..<raw.count]))
        }
        bytes.append(UInt8(ascii: "\""))
    }

    /// The escape of a byte JSON does not take as it is.
    private mutating func escape(_ b: UInt8) {
        switch b {
        case UInt8(ascii: "\""): raw("\\\"")
        case UInt8(ascii: "\\"): raw("\\\\")
        case 0x0A: raw("\\n")
        case 0x0D: raw("\\r")
        case 0x09: raw("\\t")
        case 0x08: raw("\\b")
        case 0x0C: raw("\\f")
        default:
            raw("\\u00")
            bytes.append(Self.hex[Int(b >> 4)])
            bytes.append(Self.hex[Int(b & 0xF)])
        }
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
