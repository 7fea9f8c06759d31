import CICU

/// BCP 47 language tags, checked and canonicalised by ICU.
///
/// ```swift
/// try LanguageTag.canonical("pt_br")  // "pt-BR"
/// ```
public enum LanguageTag {
    /// The canonical form of a well-formed tag; throws ``TextError/invalidLanguageTag(_:)`` otherwise.
    public static func canonical(_ tag: String) throws(TextError) -> String {
        let normalised = tag.replacingUnderscores()
        var error: Int32 = 0
        var out = [CChar](repeating: 0, count: 160)
        let n = out.withUnsafeMutableBufferPointer { cicu_canonical_language_tag(normalised, $0.baseAddress, 159, &error) }
        guard cicu_failure(error) == 0, n > 0, n < 160 else { throw .invalidLanguageTag(tag) }
        let result = String(decoding: out.prefix(Int(n)).map { UInt8(bitPattern: $0) }, as: UTF8.self)
        // ICU answers "und" for tags it could not parse at all.
        if result == "und", normalised.lowercased() != "und" { throw .invalidLanguageTag(tag) }
        return result
    }
}

extension String {
    fileprivate func replacingUnderscores() -> String {
        String(map { $0 == "_" ? "-" : $0 })
    }
}

extension LanguageTag {
    /// The script a language is most likely written in, by its Unicode name (`uk` → "Cyrillic",
    /// `sr-Latn` → "Latin", `en` → "Latin"), from CLDR's likely subtags; nil when ICU has none.
    public static func likelyScript(_ tag: String) -> String? {
        let code = cicu_likely_script(tag.replacingUnderscores())
        guard code >= 0 else { return nil }
        let name = ScalarInfo.scriptName(code)
        return name == "Unknown" ? nil : name
    }
}
