import CICU

/// Locale-aware ordering of strings (ICU collation), for sorted exports.
///
/// ```swift
/// let tr = try Collator(locale: "tr")
/// ["Çorum", "Denizli", "Cide"].sorted(using: tr)  // ["Cide", "Çorum", "Denizli"]
/// ```
public struct Collator: Sendable {
    /// The locale whose rules order the strings.
    public let locale: String
    private let pool: ICUHandlePool

    /// A collator for a locale (`tr`, `uk`, `de-u-co-phonebk`); the root order for "".
    public init(locale: String) throws(TextError) {
        var error: Int32 = 0
        guard let collator = cicu_collator_open(locale, &error), cicu_failure(error) == 0 else {
            throw .icu(operation: "collator for '\(locale)'", reason: ICUCall.errorName(error))
        }
        self.locale = locale
        pool = ICUHandlePool(
            prototype: collator,
            clone: { p in var e: Int32 = 0; return cicu_collator_clone(p, &e) },
            close: { cicu_collator_close($0) })
    }

    /// Compares two strings by the locale's rules.
    public func compare(_ a: String, _ b: String) -> Ordering {
        var a = a, b = b
        let r = a.withUTF8 { ua in
            b.withUTF8 { ub in
                pool.withHandle { c in
                    var error: Int32 = 0
                    return cicu_collator_compare(c, ua.baseAddress, Int32(ua.count), ub.baseAddress, Int32(ub.count), &error)
                }
            }
        }
        return r < 0 ? .ascending : (r > 0 ? .descending : .same)
    }

    /// A byte string whose plain comparison orders as ``compare(_:_:)`` does.
    public func sortKey(_ text: String) -> [UInt8] {
        let source = Array(text.utf16)
        return pool.withHandle { c in
            var capacity = source.count * 4 + 16
            while true {
                var key = [UInt8](repeating: 0, count: capacity)
                let n = Int(key.withUnsafeMutableBufferPointer { cicu_collator_sort_key(c, source, Int32(source.count), $0.baseAddress, Int32(capacity)) })
                if n <= capacity { return Array(key.prefix(max(0, n - 1))) }
                capacity = n
            }
        }
    }

    /// The result of comparing two strings.
    public enum Ordering: Sendable {
        case ascending, same, descending
    }
}

extension Sequence where Element == String {
    /// The strings in the collator's order.
    public func sorted(using collator: Collator) -> [String] {
        map { (collator.sortKey($0), $0) }.sorted { $0.0.lexicographicallyPrecedes($1.0) }.map(\.1)
    }
}
