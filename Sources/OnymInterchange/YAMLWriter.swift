import OnymGlossary

/// Writes a glossary in the YAML format of DESIGN.md, with term sets in flow
/// style, scalars quoted only when YAML needs it. Generated variants are never
/// written: they are derived again when the file is read.
public enum YAMLWriter {
    public static func write(_ glossary: Glossary) -> String {
        var out = "glossary: \(scalar(glossary.name))\n"
        if let title = glossary.title { out += "title: \(scalar(title))\n" }
        out += glossary.concepts.isEmpty ? "concepts: []\n" : "concepts:\n"
        for c in glossary.concepts {
            out += "  - id: \(scalar(c.id))\n    kind: \(c.kind.rawValue)\n"
            if let note = c.note { out += "    note: \(scalar(note))\n" }
            if !c.sources.isEmpty { out += "    sources: [\(c.sources.map { scalar($0, flow: true) }.joined(separator: ", "))]\n" }
            if let since = c.since { out += "    since: \(since)\n" }
            if !c.generate { out += "    generate: false\n" }
            out += "    terms:\n"
            for language in c.languages {
                guard let t = c.terms[language] else { continue }
                // A dated form is written as { form: …, since: …, until: …, authority: … }.
                func form(_ text: String, _ status: TermStatus?) -> String {
                    guard let status, let p = t.period(of: text, status) else { return scalar(text, flow: true) }
                    var fields = ["form: \(scalar(text, flow: true))"]
                    if let since = p.since { fields.append("since: \(since)") }
                    if let until = p.until { fields.append("until: \(until)") }
                    if let authority = p.authority { fields.append("authority: \(scalar(authority, flow: true))") }
                    return "{ \(fields.joined(separator: ", ")) }"
                }
                var parts = ["preferred: \(form(t.preferred, .preferred))"]
                let lists: [(String, [String], TermStatus?)] = [("admitted", t.admitted, .admitted), ("variants", t.variants, .deprecated),
                                                               ("forbidden", t.forbidden, .forbidden), ("allow", t.allow, nil),
                                                               ("formerly", t.formerly, .preferred)]
                for (key, list, status) in lists where !list.isEmpty {
                    parts.append("\(key): [\(list.map { form($0, status) }.joined(separator: ", "))]")
                }
                if !t.houses.isEmpty {
                    let houses = t.houses.sorted { $0.key < $1.key }.map { house, forms -> String in
                        guard !forms.admitted.isEmpty || !forms.variants.isEmpty else { return "\(house): \(scalar(forms.preferred, flow: true))" }
                        var fields = ["preferred: \(scalar(forms.preferred, flow: true))"]
                        if !forms.admitted.isEmpty { fields.append("admitted: [\(forms.admitted.map { scalar($0, flow: true) }.joined(separator: ", "))]") }
                        if !forms.variants.isEmpty { fields.append("variants: [\(forms.variants.map { scalar($0, flow: true) }.joined(separator: ", "))]") }
                        return "\(house): { \(fields.joined(separator: ", ")) }"
                    }
                    parts.append("houses: { \(houses.joined(separator: ", ")) }")
                }
                if let note = t.note { parts.append("note: \(scalar(note, flow: true))") }
                out += "      \(language): { \(parts.joined(separator: ", ")) }\n"
            }
        }
        return out
    }

    /// A scalar as YAML: plain when that reads back as the same string, else double-quoted.
    static func scalar(_ s: String, flow: Bool = false) -> String {
        let reserved: Set<String> = ["", "~", "null", "Null", "NULL", "true", "True", "TRUE", "false", "False", "FALSE",
                                     "yes", "Yes", "YES", "no", "No", "NO", "on", "On", "ON", "off", "Off", "OFF", "y", "n"]
        let indicators: Set<Character> = ["-", "?", ":", ",", "[", "]", "{", "}", "#", "&", "*", "!", "|", ">", "'", "\"", "%", "@", "`"]
        let flowUnsafe: Set<Character> = [",", "[", "]", "{", "}"]
        let plain = !reserved.contains(s)
            && !indicators.contains(s.first!)
            && s.first != " " && s.last != " "
            && !s.contains(": ") && !s.contains(" #") && !s.hasSuffix(":")
            && !s.contains(where: { $0.isNewline || ($0.asciiValue.map { $0 < 0x20 || $0 == 0x7F } ?? false) })
            && !(flow && s.contains(where: flowUnsafe.contains))
            && Double(s) == nil
        if plain { return s }
        var quoted = "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": quoted += "\\\""
            case "\\": quoted += "\\\\"
            case "\n": quoted += "\\n"
            case "\r": quoted += "\\r"
            case "\t": quoted += "\\t"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    quoted += "\\x" + String(scalar.value, radix: 16, uppercase: true).leftPadded(2)
                } else {
                    quoted.unicodeScalars.append(scalar)
                }
            }
        }
        return quoted + "\""
    }
}

extension String {
    fileprivate func leftPadded(_ width: Int) -> String {
        String(repeating: "0", count: max(0, width - count)) + self
    }
}
