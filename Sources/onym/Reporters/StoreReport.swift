import OnymGlossary
import OnymStore

/// Text for `onym show` and `onym log`.
enum StoreReport {
    static func concept(_ c: Concept, header: String) -> String {
        var out = header + "\n  kind: \(c.kind.rawValue)\n"
        if let note = c.note { out += "  note: \(note)\n" }
        for language in c.languages {
            guard let t = c.terms[language] else { continue }
            out += "  \(language): " + describe(t) + "\n"
        }
        return out
    }

    static func describe(_ t: TermSet) -> String {
        var parts = [t.dated(t.preferred, .preferred)]
        if !t.admitted.isEmpty { parts.append("admitted: " + t.admitted.map { t.dated($0, .admitted) }.joined(separator: ", ")) }
        if !t.variants.isEmpty { parts.append("variants: " + t.variants.map { t.dated($0, .deprecated) }.joined(separator: ", ")) }
        if !t.forbidden.isEmpty { parts.append("forbidden: " + t.forbidden.map { t.dated($0, .forbidden) }.joined(separator: ", ")) }
        if !t.formerly.isEmpty { parts.append("formerly: " + t.formerly.map { t.dated($0, .preferred) }.joined(separator: ", ")) }
        if !t.allow.isEmpty { parts.append("allow: " + t.allow.joined(separator: ", ")) }
        return parts.joined(separator: "; ")
    }

    /// "Kiev (variant since 2019-08-14, AP)".
    static func period(_ p: FormPeriod) -> String {
        "\(p.form) (\(p.status.word) \(p.description))"
    }

    /// `AT AUTHOR ACTION ID (revision N): MESSAGE`, then one line per field that changed.
    static func change(_ c: StoreChange) -> String {
        var out = "\(c.at) \(c.author) \(c.action.rawValue) \(c.concept) (revision \(c.revision))"
        out += (c.message.map { ": \($0)" } ?? "") + "\n"
        let old = c.old, new = c.new
        if old?.kind != new?.kind, let o = old?.kind, let n = new?.kind { out += "  kind: \(o.rawValue) → \(n.rawValue)\n" }
        if old?.note != new?.note, old != nil, new != nil { out += "  note: \(old?.note ?? "(none)") → \(new?.note ?? "(none)")\n" }
        var languages = old?.languages ?? []
        for l in new?.languages ?? [] where !languages.contains(l) { languages.append(l) }
        for language in languages {
            let o = old?.terms[language], n = new?.terms[language]
            guard o != n else { continue }
            if o == nil, let n { out += "  + \(language): \(describe(n))\n"; continue }
            if n == nil, let o { out += "  − \(language): \(describe(o))\n"; continue }
            guard let o, let n else { continue }
            if o.preferred != n.preferred { out += "  \(language) preferred: \(o.preferred) → \(n.preferred)\n" }
            for (name, a, b) in [("admitted", o.admitted, n.admitted), ("variants", o.variants, n.variants),
                                 ("forbidden", o.forbidden, n.forbidden), ("allow", o.allow, n.allow), ("formerly", o.formerly, n.formerly)] where a != b {
                let added = b.filter { !a.contains($0) }.map { "+ " + $0 }, removed = a.filter { !b.contains($0) }.map { "− " + $0 }
                out += "  \(language) \(name): " + (removed + added).joined(separator: ", ") + "\n"
            }
            // Dates: each form's period that came, went or changed.
            let before = Set(o.periods), after = Set(n.periods)
            let dated = (o.periods.filter { !after.contains($0) }.map { "− " + Self.period($0) }) + (n.periods.filter { !before.contains($0) }.map { "+ " + Self.period($0) })
            if !dated.isEmpty { out += "  \(language) dates: " + dated.joined(separator: ", ") + "\n" }
        }
        return out
    }
}
