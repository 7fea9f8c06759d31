import CICU

/// Facts about the ICU library Onym runs on.
public enum ICUInfo {
    /// ICU's version, e.g. "72.1".
    public static let version: String = {
        var buffer = [CChar](repeating: 0, count: 32)
        buffer.withUnsafeMutableBufferPointer { cicu_version($0.baseAddress!, Int32($0.count)) }
        return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }()
}
