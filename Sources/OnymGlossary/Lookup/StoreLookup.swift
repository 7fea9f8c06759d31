import OnymText

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
        var found: [(term: StoredTerm, how: LookupMatch.How?, score: Double)] = []
        for term in try store.terms(form: query, key: key) {
            found.append(term.form == query ? (term, nil, 1.0) : (term, .key, 0.95))
        }
        if found.isEmpty {
            // ASCII is its own Latin transliteration: the transliterator (costly to open) is not needed.
            let ascii = query.utf8.allSatisfy { $0 < 0x80 }
            let latin = ascii ? query : (try? Transliterator(scheme: GlossaryLookup.latinScheme))?.transliterate(query)
            if let latin {
                for term in try store.terms(latinKey: MatchKey(latin).string) { found.append((term, .transliteration, 0.85)) }
            }
        }
        var suggestion: String?
        if found.isEmpty {
            let scalars = Array(key.unicodeScalars)
            let letters = scalars.filter { $0.properties.isAlphabetic }.count
            let limit = letters >= 8 ? 2 : (letters >= 4 ? 1 : 0)
            for (term, distance) in try near(scalars, limit: limit) { found.append((term, .fuzzy, 0.8 - 0.1 * Double(distance - 1))) }
            if found.isEmpty { suggestion = try near(scalars, limit: NearSegments.maximumEdits).first?.term.form }
        }
        // Per concept, the closest match wins; between equals, a form of the query's language, then the better status.
        var best: [String: (weight: (Double, Int, Int), term: StoredTerm, how: LookupMatch.How, score: Double)] = [:]
        for (term, how, score) in found {
            let status = how ?? Self.how(term.status)
            let sameLanguage = term.language == language || term.language.hasPrefix(language + "-")
            let weight = (score, sameLanguage ? 1 : 0, -GlossaryLookup.rank(Self.how(term.status)))
            if let existing = best[term.conceptID], existing.weight >= weight { continue }
            best[term.conceptID] = (weight, term, status, score)
        }
        var matches: [(match: LookupMatch, position: Int)] = []
        for (id, b) in best {
            guard let stored = try store.concept(id: id) else { continue }
            matches.append((LookupMatch(concept: stored.concept, generated: stored.generated, how: b.how,
                                        language: b.term.language, matched: b.term.form, score: b.score), stored.position))
        }
        matches.sort { ($0.match.score, -$0.position) > ($1.match.score, -$1.position) }
        return LookupResult(query: query, matches: matches.map(\.match), suggestion: suggestion)
    }

    public func concept(id: String) throws(GlossaryError) -> (concept: Concept, generated: [String: [GeneratedTerm]])? {
        try store.concept(id: id).map { ($0.concept, $0.generated) }
    }

    static func how(_ status: TermStatus) -> LookupMatch.How {
        switch status {
        case .preferred: .preferred
        case .admitted: .admitted
        case .forbidden: .forbidden
        case .deprecated: .variant
        case .generated: .generated
        }
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
