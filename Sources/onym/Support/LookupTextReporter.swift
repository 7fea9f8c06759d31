import OnymGlossary

/// `onym lookup` as text: each concept, how the query matched, and its forms per language.
enum LookupTextReporter {
    static func render(_ result: LookupResult, languages: [String]?) -> String {
        result.matches.map { render($0, languages: languages) }.joined(separator: "\n\n")
    }

    static func render(_ m: LookupMatch, languages: [String]?) -> String {
        let c = m.concept
        var lines = ["\(c.id) (\(c.kind.rawValue)): \"\(m.matched)\" is \(describe(m))"]
        if let note = c.note { lines.append("  \(note)") }
        for language in c.languages where languages?.contains(language) ?? true {
            guard let t = c.terms[language] else { continue }
            var parts = [t.preferred]
            if !t.admitted.isEmpty { parts.append("admitted: " + t.admitted.joined(separator: ", ")) }
            if !t.variants.isEmpty { parts.append("variants: " + t.variants.joined(separator: ", ")) }
            if !t.forbidden.isEmpty { parts.append("forbidden: " + t.forbidden.joined(separator: ", ")) }
            if let generated = m.generated[language], !generated.isEmpty {
                parts.append("generated: " + generated.map(\.form).joined(separator: ", "))
            }
            lines.append("  \(language): " + parts.joined(separator: "; "))
        }
        return lines.joined(separator: "\n")
    }

    private static func describe(_ m: LookupMatch) -> String {
        switch m.how {
        case .preferred: "the preferred \(m.language) form"
        case .admitted: "an admitted \(m.language) form"
        case .variant: "a variant in \(m.language)"
        case .forbidden: "forbidden in \(m.language)"
        case .generated: "a generated variant in \(m.language)"
        case .key: "the \(m.language) form, ignoring case and diacritics"
        case .transliteration: "the \(m.language) form, transliterated"
        case .fuzzy: "the nearest \(m.language) form (near miss)"
        }
    }
}
