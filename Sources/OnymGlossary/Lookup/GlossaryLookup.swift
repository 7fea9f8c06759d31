import OnymText

/// Finds concepts by any of their forms, in any language or script: exact
/// form and match key, then (only when those find nothing) transliteration,
/// then (only when that finds nothing) fuzzy — Damerau–Levenshtein on match
/// keys, ≤ 1 edit for keys of 4–7 letters, ≤ 2 for longer ones.
///
/// ```swift
/// let lookup = GlossaryLookup(try GlossarySet.bundled())
/// lookup.lookup("Kiev").matches.first?.concept.id  // "kyiv"
/// ```
public struct GlossaryLookup: GlossaryQueries {
    struct Entry: Sendable, Hashable {
        let concept: Int
        let language: String
        let form: String
        let how: LookupMatch.How
    }

    let set: GlossarySet
    /// Every form of every concept, with its match key (in its language's folding).
    private let entries: [(entry: Entry, key: String)]

    static let latinScheme = "Any-Latin; Latin-ASCII"

    /// Lists every form once with its key. No hash index: a command asks one
    /// question, and one pass over the keys answers it (the store keeps indexes).
    public init(_ set: GlossarySet) {
        self.set = set
        let perConcept = ParallelMap.map(Array(set.concepts.indices)) { i -> [(entry: Entry, key: String)] in
            let concept = set.concepts[i]
            var out: [(entry: Entry, key: String)] = []
            for language in concept.languages {
                guard let terms = concept.terms[language] else { continue }
                let folding = CaseFolding(language: language)
                func add(_ form: String, _ how: LookupMatch.How) {
                    out.append((Entry(concept: i, language: language, form: form, how: how), MatchKey(form, folding: folding).string))
                }
                for (form, status) in terms.forms {
                    switch status {
                    case .preferred: add(form, .preferred)
                    case .admitted: add(form, .admitted)
                    case .forbidden: add(form, .forbidden)
                    case .deprecated, .generated: add(form, .variant)
                    }
                }
                for term in set.generated[i][language] ?? [] { add(term.form, .generated) }
            }
            return out
        }
        entries = perConcept.flatMap { $0 }
    }

    /// The concepts a query names, best first. `language` is the query's language: its
    /// case folding applies, and its forms win ties; forms of every language match.
    public func lookup(_ query: String, language: String = "en") -> LookupResult {
        let query = Normalizer.normalize(query, to: .nfc)
        let key = MatchKey(query, folding: CaseFolding(language: language)).string
        var best: [Int: LookupMatch] = [:]
        var bestWeight: [Int: (Double, Int, Int)] = [:]
        func offer(_ entry: Entry, how: LookupMatch.How?, score: Double) {
            // Per concept, the closest match wins; between equals, a form of the query's language, then the better status.
            let sameLanguage = entry.language == language || entry.language.hasPrefix(language + "-")
            let weight = (score, sameLanguage ? 1 : 0, -Self.rank(entry.how))
            if let existing = bestWeight[entry.concept], existing >= weight { return }
            bestWeight[entry.concept] = weight
            best[entry.concept] = LookupMatch(
                concept: set.concepts[entry.concept], generated: set.generated[entry.concept],
                how: how ?? entry.how, language: entry.language, matched: entry.form, score: score)
        }
        for (entry, entryKey) in entries {
            if entry.form == query { offer(entry, how: nil, score: 1.0) }
            else if entryKey == key { offer(entry, how: .key, score: 0.95) }
        }
        // Each later stage runs only when the ones before found nothing.
        if best.isEmpty, let latin = try? Transliterator(scheme: Self.latinScheme) {
            let latinQuery = MatchKey(latin.transliterate(query)).string
            for (entry, entryKey) in entries {
                if entryKey == latinQuery
                    || (Self.needsTransliteration(entry.form) && MatchKey(latin.transliterate(entry.form)).string == latinQuery) {
                    offer(entry, how: .transliteration, score: 0.85)
                }
            }
        }
        var suggestion: String?
        if best.isEmpty {
            let scalars = Array(key.unicodeScalars)
            let letters = scalars.filter { $0.properties.isAlphabetic }.count
            let limit = letters >= 8 ? 2 : (letters >= 4 ? 1 : 0)
            if limit > 0 {
                for (entry, distance) in near(scalars, limit: limit) {
                    offer(entry, how: .fuzzy, score: 0.8 - 0.1 * Double(distance - 1))
                }
            }
            if best.isEmpty { suggestion = near(scalars, limit: 3).first?.entry.form }
        }
        let matches = best.values.sorted { ($0.score, -index(of: $0)) > ($1.score, -index(of: $1)) }
        return LookupResult(query: query, matches: matches, suggestion: suggestion)
    }

    public func concept(id: String) -> (concept: Concept, generated: [String: [GeneratedTerm]])? {
        guard let i = set.concepts.firstIndex(where: { $0.id == id }) else { return nil }
        return (set.concepts[i], set.generated[i])
    }

    /// Forms in a script other than Latin are compared through their Latin transliteration.
    static func needsTransliteration(_ form: String) -> Bool {
        form.unicodeScalars.contains { $0.value >= 0x250 && $0.properties.isAlphabetic }
    }

    static func rank(_ how: LookupMatch.How) -> Int {
        switch how {
        case .preferred: 0
        case .admitted: 1
        case .variant: 2
        case .forbidden: 3
        default: 4
        }
    }

    private func index(of match: LookupMatch) -> Int {
        set.concepts.firstIndex { $0.id == match.concept.id } ?? 0
    }

    /// Forms whose keys are within `limit` edits of `key`, closest first (then by form).
    private func near(_ key: [Unicode.Scalar], limit: Int) -> [(entry: Entry, distance: Int)] {
        let lengths = max(1, key.count - limit)...(key.count + limit)
        let slices = stride(from: 0, to: entries.count, by: 4096).map { $0..<min($0 + 4096, entries.count) }
        let all = entries
        let found = ParallelMap.map(slices, minimumPerTask: 4) { range -> [(Entry, Int)] in
            var found: [(Entry, Int)] = []
            for (entry, candidate) in all[range] {
                let scalars = candidate.unicodeScalars
                guard lengths.contains(scalars.count) else { continue }
                if let d = EditDistance.damerauLevenshtein(key, Array(scalars), limit: limit), d > 0 {
                    found.append((entry, d))
                }
            }
            return found
        }.flatMap { $0 }
        return found.sorted { ($0.1, $0.0.form) < ($1.1, $1.0.form) }
    }
}
