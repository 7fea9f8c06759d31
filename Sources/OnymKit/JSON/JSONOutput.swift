import Foundation

/// The JSON every reporter prints: keys sorted (stable output), slashes and
/// non-ASCII text as they are.
public enum JSONOutput {
    public static func string<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }
}
