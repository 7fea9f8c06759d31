import OnymText
import OnymGlossary

/// ``GlossaryQueries`` answered by a store's indexes: the same stages, scores and
/// order as ``GlossaryLookup`` over files (exact form or match key, then Latin
/// transliteration, then near misses), but each stage is an indexed query and
/// only the concepts found are read.
///
/// Near misses come from ``NearSegments`` (parts of every key, indexed), which
/// finds every key within 2 edits; the "did you mean" suggestion looks no further
/// than that (over files it looks 3 edits far).
public struct StoreLookup: GlossaryQueries {
    let store: any GlossaryStore

    public init(_ store: any GlossaryStore) { self.store = store }

    public func lookup(_ query: String, language: String = "en") throws(GlossaryError) -> LookupResult {
        let query = Normalizer.normalize(query, to: .nfc)
        let key = MatchKey(query, folding: CaseFolding(language: language)).string
        var found: [(term: StoredTerm, how: LookupMatch.How, distance: Int)] = []
        for term in try store.terms(form: query, key: key) {
            found.append((term, term.form == query ? .exact : .key, 1))
        }
        if found.isEmpty {
            // ASCII is its own Latin transliteration: the transliterator (costly to open) is not needed.
            let ascii = query.utf8.allSatisfy { $0 < 0x80 }
            let latin = ascii ? query : (try? Transliterator(scheme: GlossaryLookup.latinScheme))?.transliterate(query)
            if let latin {
                for term in try store.terms(latinKey: MatchKey(latin).string) { found.append((term, .translit, 1)) }
            }
        }
        var suggestion: String?
        if found.isEmpty {
            let scalars = Array(key.unicodeScalars)
            let limit = LookupRanking.editLimit(letters: scalars.filter { $0.properties.isAlphabetic }.count)
            for (term, distance) in try near(scalars, limit: limit) { found.append((term, .fuzzy, distance)) }
            if found.isEmpty { suggestion = try near(scalars, limit: NearSegments.maximumEdits).first?.term.form }
        }
        // Per concept, the best match wins (LookupRanking).
        var best: [String: (weight: LookupRanking.Weight, term: StoredTerm, how: LookupMatch.How, score: Double)] = [:]
        for (term, how, distance) in found {
            let score = LookupRanking.score(how, status: term.status, distance: distance)
            let weight = LookupRanking.weight(score: score, status: term.status, language: term.language, queryLanguage: language)
            if let existing = best[term.conceptID], existing.weight >= weight { continue }
            best[term.conceptID] = (weight, term, how, score)
        }
        var matches: [(match: LookupMatch, position: Int)] = []
        for (id, b) in best {
            guard let stored = try store.concept(id: id) else { continue }
            matches.append((LookupMatch(concept: stored.concept, generated: stored.generated, how: b.how, status: b.term.status,
                                        language: b.term.language, matched: b.term.form, score: b.score), stored.position))
        }
        matches.sort { ($0.match.score, -$0.position) > ($1.match.score, -$1.position) }
        return LookupResult(query: query, matches: matches.map(\.match), suggestion: suggestion)
    }

    public func concept(id: String) throws(GlossaryError) -> (concept: Concept, generated: [String: [GeneratedTerm]])? {
        try store.concept(id: id).map { ($0.concept, $0.generated) }
    }

    /// Terms whose keys are within `limit` edits of `key` (not equal), closest first, then by form.
    private func near(_ key: [Unicode.Scalar], limit: Int) throws(GlossaryError) -> [(term: StoredTerm, distance: Int)] {
        guard limit > 0 else { return [] }
        var out: [(StoredTerm, Int)] = []
        let near = { (candidate: String) in
            EditDistance.damerauLevenshtein(key, Array(candidate.unicodeScalars), limit: limit).map { $0 > 0 } ?? false
        }
        for term in try store.terms(segments: NearSegments.probes(forQuery: key, limit: limit), where: near) {
            if let d = EditDistance.damerauLevenshtein(key, Array(term.key.unicodeScalars), limit: limit), d > 0 { out.append((term, d)) }
        }
        return out.sorted { ($0.1, $0.0.form) < ($1.1, $1.0.form) }
    }
}
