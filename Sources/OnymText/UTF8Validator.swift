/// Finds the first byte that is not valid UTF-8.
///
/// ```swift
/// UTF8Validator.firstInvalidOffset(in: [0x4B, 0xFF])  // 1
/// ```
public enum UTF8Validator {
    /// The 0-based offset of the first invalid sequence, or nil when all of `bytes` is UTF-8.
    public static func firstInvalidOffset(in bytes: some Collection<UInt8>) -> Int? {
        let result = bytes.withContiguousStorageIfAvailable { firstInvalidOffset(in: $0) }
        return result ?? Array(bytes).withUnsafeBufferPointer { firstInvalidOffset(in: $0) }
    }

    /// The 0-based offset of the first invalid sequence in a buffer, or nil.
    public static func firstInvalidOffset(in buffer: UnsafeBufferPointer<UInt8>) -> Int? {
        guard let p = buffer.baseAddress else { return nil }
        let n = buffer.count
        var i = 0
        while i < n {
            if p[i] < 0x80 { i += 1; continue }
            guard let (_, length) = MatchKeyBuilder.decode(p, i, n) else { return i }
            i += length
        }
        return nil
    }

    /// The 1-based line of a byte offset: the line feeds before it, plus one.
    public static func line(ofOffset offset: Int, in bytes: some Collection<UInt8>) -> Int {
        bytes.prefix(offset).filter { $0 == 0x0A }.count + 1
    }

    /// Decodes bytes as UTF-8 or throws ``TextError/invalidUTF8(offset:)``.
    public static func string(from bytes: [UInt8]) throws(TextError) -> String {
        if let offset = firstInvalidOffset(in: bytes) { throw .invalidUTF8(offset: offset) }
        return String(decoding: bytes, as: UTF8.self)
    }
}
