import OnymText

/// How language tags are compared: BCP 47, case-insensitively (`en-us` is `en-US`); a tag
/// without a region asked for (`en`) takes every region of it (`en-US`, `en-GB`).
public enum LanguageMatch {
    public static func same(_ a: String, _ b: String) -> Bool { a.lowercased() == b.lowercased() }

    public static func matches(requested: String, stored: String) -> Bool {
        let r = requested.lowercased(), s = stored.lowercased()
        return r == s || (!r.contains("-") && s.hasPrefix(r + "-"))
    }

    /// The canonical form of a tag from a file (`EN-us` → `en-US`), or nil when it is not one.
    /// The language must be an ISO 639 code (two or three letters): BCP 47's syntax alone
    /// would take a CSV header's `source` for a language.
    public static func canonical(_ tag: String) -> String? {
        guard let canonical = try? LanguageTag.canonical(tag) else { return nil }
        let primary = canonical.prefix { $0 != "-" }
        return (2...3).contains(primary.count) ? canonical : nil
    }
}
