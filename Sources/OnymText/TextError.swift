/// The one error type of OnymText: bad text, an unknown scheme, rules ICU rejects.
///
/// Each case has a stable ``code`` for machines and a ``description`` that is
/// one line a person can act on; callers add where the text came from.
public enum TextError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The bytes are not UTF-8; `offset` is the 0-based byte offset of the first bad sequence.
    case invalidUTF8(offset: Int)
    /// No built-in or Onym scheme has this id; `suggestion` is the closest id, if any is close.
    case unknownScheme(id: String, suggestion: String?)
    /// ICU rejected the rules of an Onym scheme (a bug in a file under `locales/translit/`).
    /// `line` is 1-based in the rule file and `text` is that line.
    case invalidRules(scheme: String, line: Int, text: String, reason: String)
    /// The string is not a well-formed BCP 47 language tag.
    case invalidLanguageTag(String)
    /// An ICU call failed for a reason the input does not explain (out of memory, missing data).
    case icu(operation: String, reason: String)

    /// A stable identifier of the kind of error, for JSON output and tests.
    public var code: String {
        switch self {
        case .invalidUTF8: "invalid-utf8"
        case .unknownScheme: "unknown-scheme"
        case .invalidRules: "invalid-rules"
        case .invalidLanguageTag: "invalid-language-tag"
        case .icu: "icu"
        }
    }

    public var description: String {
        switch self {
        case .invalidUTF8(let offset):
            "invalid UTF-8 at byte offset \(offset)"
        case .unknownScheme(let id, let suggestion):
            "unknown scheme '\(id)'" + (suggestion.map { "; did you mean \($0)?" } ?? "; run 'onym translit --list' to see every scheme")
        case .invalidRules(let scheme, let line, let text, let reason):
            "locales/translit/\(scheme).txt:\(line): ICU rejects the rule '\(text)' (\(reason))"
        case .invalidLanguageTag(let tag):
            "'\(tag)' is not a BCP 47 language tag (examples: en, pt-BR, sr-Latn)"
        case .icu(let operation, let reason):
            "ICU \(operation) failed: \(reason)"
        }
    }
}
