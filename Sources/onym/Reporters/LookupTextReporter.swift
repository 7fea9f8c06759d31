import OnymGlossary

/// `onym lookup` as text: each concept, how the query matched, and its forms per language.
struct LookupTextReporter: Reporter {
    let languages: [String]?

    func write(_ report: LookupResult, to out: ConsoleOutput) throws {
        // No match: nothing on stdout (the command says so on stderr).
        if !report.matches.isEmpty { out.write(Self.render(report, languages: languages) + "\n") }
    }

    static func render(_ result: LookupResult, languages: [String]?) -> String {
        result.matches.map { render($0, languages: languages) }.joined(separator: "\n\n")
    }

    static func render(_ m: LookupMatch, languages: [String]?) -> String {
        let c = m.concept
        var lines = ["\(c.id) (\(c.kind.rawValue)): \"\(m.matched)\" is \(describe(m))"]
        if let note = c.note { lines.append("  \(note)") }
        for language in c.languages where languages?.contains(language) ?? true {
            guard let t = c.terms[language] else { continue }
            var parts = [t.dated(t.preferred, .preferred)]
            if !t.admitted.isEmpty { parts.append("admitted: " + t.admitted.map { t.dated($0, .admitted) }.joined(separator: ", ")) }
            if !t.variants.isEmpty { parts.append("variants: " + t.variants.map { t.dated($0, .deprecated) }.joined(separator: ", ")) }
            if !t.forbidden.isEmpty { parts.append("forbidden: " + t.forbidden.map { t.dated($0, .forbidden) }.joined(separator: ", ")) }
            if !t.formerly.isEmpty { parts.append("formerly: " + t.formerly.map { t.dated($0, .preferred) }.joined(separator: ", ")) }
            if let generated = m.generated[language], !generated.isEmpty {
                parts.append("generated: " + generated.map(\.form).joined(separator: ", "))
            }
            if let note = t.note { parts.append("note: " + note) }
            lines.append("  \(language): " + parts.joined(separator: "; "))
        }
        return lines.joined(separator: "\n")
    }

    /// "the preferred en form", "a variant in en (matched by its key: …)", …
    private static func describe(_ m: LookupMatch) -> String {
        let status = switch m.status {
        case .preferred: "the preferred \(m.language) form"
        case .admitted: "an admitted \(m.language) form"
        case .deprecated: "a variant in \(m.language)"
        case .forbidden: "forbidden in \(m.language)"
        case .generated: "a generated variant in \(m.language)"
        }
        return switch m.how {
        case .exact: status
        case .key: "\(status) (matched by its key: case, diacritics and apostrophes aside)"
        case .translit: "\(status) (matched in Latin letters)"
        case .fuzzy: "\(status) (a near miss of the query)"
        }
    }
}
