import OnymGlossary

/// `onym glossaries` lines: one per glossary, then concepts per language.
enum GlossaryListing {
    static func lines(_ glossaries: [Glossary]) -> [String] {
        glossaries.flatMap { g -> [String] in
            var counts: [String: Int] = [:]
            for concept in g.concepts { for language in concept.languages { counts[language, default: 0] += 1 } }
            let perLanguage = counts.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.map { "\($0.key) \($0.value)" }
            return ["  \(g.name): \(g.concepts.count) concepts (\(g.origin))" + (g.title.map { " — \($0)" } ?? ""),
                    "    " + perLanguage.joined(separator: ", ")]
        }
    }
}
