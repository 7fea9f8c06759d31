import OnymText

/// Finds concepts by any of their forms, in any language or script: exact
/// form, then match key, then transliteration, then (only when those find
/// nothing) fuzzy — Damerau–Levenshtein on match keys, ≤ 1 edit for keys of
/// 4–7 letters, ≤ 2 for longer ones.
///
/// ```swift
/// let lookup = GlossaryLookup(try GlossarySet.bundled())
/// lookup.lookup("Kiev").matches.first?.concept.id  // "kyiv"
/// ```
public struct GlossaryLookup: Sendable {
    struct Entry: Sendable, Hashable {
        let concept: Int
        let language: String
        let form: String
        let how: LookupMatch.How
    }

    let set: GlossarySet
    private let exact: [String: [Entry]]
    private let keys: [String: [Entry]]
    private let latinKeys: [String: [Entry]]

    static let latinScheme = "Any-Latin; Latin-ASCII"

    /// Indexes every form of every concept once.
    public init(_ set: GlossarySet) {
        self.set = set
        var exact: [String: [Entry]] = [:], keys: [String: [Entry]] = [:], latinKeys: [String: [Entry]] = [:]
        let latin = try? Transliterator(scheme: Self.latinScheme)
        for (i, concept) in set.concepts.enumerated() {
            var entries: [Entry] = []
            for language in concept.languages {
                guard let terms = concept.terms[language] else { continue }
                for (form, status) in terms.forms {
                    let how: LookupMatch.How = switch status {
                    case .preferred: .preferred
                    case .admitted: .admitted
                    case .forbidden: .forbidden
                    case .deprecated, .generated: .variant
                    }
                    entries.append(Entry(concept: i, language: language, form: form, how: how))
                }
                for term in set.generated[i][language] ?? [] {
                    entries.append(Entry(concept: i, language: language, form: term.form, how: .generated))
                }
            }
            for entry in entries {
                exact[entry.form, default: []].append(entry)
                let folding = CaseFolding(language: entry.language)
                keys[MatchKey(entry.form, folding: folding).string, default: []].append(entry)
                // Latin forms are their own transliteration: only other scripts go through ICU.
                if let latin, entry.form.unicodeScalars.contains(where: { $0.value >= 0x250 && $0.properties.isAlphabetic }) {
                    latinKeys[MatchKey(latin.transliterate(entry.form)).string, default: []].append(entry)
                }
            }
        }
        self.exact = exact
        self.keys = keys
        self.latinKeys = latinKeys
    }

    /// The concepts a query names, best first. `language` is the query's language: its
    /// case folding applies, and its forms win ties; forms of every language match.
    public func lookup(_ query: String, language: String = "en") -> LookupResult {
        let query = Normalizer.normalize(query, to: .nfc)
        let folding = CaseFolding(language: language)
        let key = MatchKey(query, folding: folding).string
        var best: [Int: LookupMatch] = [:]
        var bestWeight: [Int: (Double, Int, Int)] = [:]
        func offer(_ entries: [Entry]?, how: LookupMatch.How?, score: Double) {
            for entry in entries ?? [] {
                // Per concept, the closest match wins; between equals, a form of the query's language, then the better status.
                let sameLanguage = entry.language == language || entry.language.hasPrefix(language + "-")
                let weight = (score, sameLanguage ? 1 : 0, -Self.rank(entry.how))
                if let existing = bestWeight[entry.concept], existing >= weight { continue }
                bestWeight[entry.concept] = weight
                best[entry.concept] = LookupMatch(
                    concept: set.concepts[entry.concept], generated: set.generated[entry.concept],
                    how: how ?? entry.how, language: entry.language, matched: entry.form, score: score)
            }
        }
        offer(exact[query], how: nil, score: 1.0)
        offer(keys[key], how: .key, score: 0.95)
        if let latin = try? Transliterator(scheme: Self.latinScheme) {
            let latinKey = MatchKey(latin.transliterate(query)).string
            offer(latinKeys[latinKey], how: .transliteration, score: 0.85)
            offer(keys[latinKey], how: .transliteration, score: 0.85)
        }
        var suggestion: String?
        if best.isEmpty {
            let scalars = Array(key.unicodeScalars)
            let letters = scalars.filter { $0.properties.isAlphabetic }.count
            let limit = letters >= 8 ? 2 : (letters >= 4 ? 1 : 0)
            if limit > 0 {
                for (candidate, _, distance) in near(scalars, limit: limit) {
                    offer(keys[candidate], how: .fuzzy, score: 0.8 - 0.1 * Double(distance - 1))
                }
            }
            if best.isEmpty { suggestion = near(scalars, limit: 3).first?.form }
        }
        let matches = best.values.sorted { ($0.score, -index(of: $0)) > ($1.score, -index(of: $1)) }
        return LookupResult(query: query, matches: matches, suggestion: suggestion)
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

    /// Keys within `limit` edits of `key`, closest first. A scan of the keys whose
    /// length could be near: fine for a file glossary read once per command (the
    /// store keeps an index for this).
    private func near(_ key: [Unicode.Scalar], limit: Int) -> [(key: String, form: String, distance: Int)] {
        var found: [(String, String, Int)] = []
        let lengths = max(1, key.count - limit)...(key.count + limit)
        for (candidate, entries) in keys {
            guard lengths.contains(candidate.unicodeScalars.count) else { continue }
            let scalars = Array(candidate.unicodeScalars)
            if let d = EditDistance.damerauLevenshtein(key, scalars, limit: limit), d > 0 {
                found.append((candidate, entries[0].form, d))
            }
        }
        return found.sorted { ($0.2, $0.1) < ($1.2, $1.1) }
    }
}
