import CICU

/// Every transliteration scheme Onym knows: its own and ICU's built-ins.
///
/// ```swift
/// SchemeCatalog.scheme(id: "uk-Latn-national")?.source  // "Resolution No. 55 …"
/// SchemeCatalog.suggestion(for: "uk-Latn-natonal")      // "uk-Latn-national"
/// ```
public enum SchemeCatalog {
    /// Onym's own schemes, in id order.
    public static var onymSchemes: [TransliterationScheme] { BundledSchemes.all.sorted { $0.id < $1.id } }

    /// ICU's built-in transforms, in id order.
    public static let builtInSchemes: [TransliterationScheme] = {
        let ids = (try? ICUCall.utf16("transform list", capacity: 16_384) { dst, cap, error in
            cicu_translit_ids(dst, cap, &error)
        }) ?? []
        let icuVersion = ICUInfo.version
        return String(utf16Units: ids).split(separator: "\n").map(String.init).sorted().map { id in
            TransliterationScheme(
                id: id,
                sourceScript: String(id.split(separator: "-").first ?? Substring(id)),
                description: "ICU built-in transform",
                source: "ICU \(icuVersion) (CLDR transform data)",
                rules: nil
            )
        }
    }()

    /// Every scheme: Onym's first, then ICU's.
    public static var all: [TransliterationScheme] { onymSchemes + builtInSchemes }

    /// The scheme with this id (Onym's ids exactly, ICU's ignoring case), or nil.
    public static func scheme(id: String) -> TransliterationScheme? {
        if let own = BundledSchemes.all.first(where: { $0.id == id }) { return own }
        let lowered = id.lowercased()
        return builtInSchemes.first { $0.id.lowercased() == lowered }
    }

    /// The closest known id to a mistyped one, or nil when none is close.
    public static func suggestion(for id: String) -> String? {
        let query = Array(id.lowercased().unicodeScalars)
        let limit = max(2, query.count / 4)
        var best: (String, Int)?
        for scheme in all {
            let candidate = Array(scheme.id.lowercased().unicodeScalars)
            guard let d = EditDistance.damerauLevenshtein(query, candidate, limit: limit) else { continue }
            if best == nil || d < best!.1 { best = (scheme.id, d) }
        }
        return best?.0
    }
}
