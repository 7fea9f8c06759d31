/// The one ranking of lookups, over files (``GlossaryLookup``) and stores (``StoreLookup``):
/// a form the glossary's authors wrote, matched exactly, first; then a generated form
/// matched exactly; then match keys, transliterations and near misses.
package enum LookupRanking {
    /// The score of a match: 1 for an exact match on an authored form, 0.97 on a generated
    /// one, 0.95 by match key, 0.85 by transliteration, 0.8 less 0.1 per edit beyond the first.
    package static func score(_ how: LookupMatch.How, status: TermStatus, distance: Int = 1) -> Double {
        switch how {
        case .exact: status == .generated ? 0.97 : 1.0
        case .key: 0.95
        case .translit: 0.85
        case .fuzzy: 0.8 - 0.1 * Double(distance - 1)
        }
    }

    /// What decides between two matches of one concept, the larger winning: the score, then a
    /// form of the query's language, then the better status.
    package static func weight(score: Double, status: TermStatus, language: String, queryLanguage: String) -> Weight {
        let sameLanguage = language == queryLanguage || language.hasPrefix(queryLanguage + "-")
        return Weight(score: score, sameLanguage: sameLanguage ? 1 : 0, status: -rank(status))
    }

    package struct Weight: Comparable {
        let score: Double
        let sameLanguage: Int
        let status: Int

        package static func < (a: Weight, b: Weight) -> Bool {
            (a.score, a.sameLanguage, a.status) < (b.score, b.sameLanguage, b.status)
        }
    }

    package static func rank(_ status: TermStatus) -> Int {
        switch status {
        case .preferred: 0
        case .admitted: 1
        case .deprecated: 2
        case .forbidden: 3
        case .generated: 4
        }
    }

    /// The near-miss limit for a key of `letters` letters: 1 edit for 4–7, 2 for 8 or more.
    package static func editLimit(letters: Int) -> Int {
        letters >= 8 ? 2 : (letters >= 4 ? 1 : 0)
    }
}
