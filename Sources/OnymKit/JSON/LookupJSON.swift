import OnymGlossary

/// A lookup's JSON, as `onym lookup --format json` prints it and the server answers
/// `GET /v1/lookup`: `{"matches":[{"concept":…,"terms":{…}}],"query":…}`, keys sorted.
public enum LookupJSON {
    struct Document: Encodable {
        let query: String
        let matches: [Match]
    }

    struct Match: Encodable {
        let concept: String
        let kind: String
        let how: String
        let status: String
        let lang: String
        let matched: String
        let score: Double
        let terms: [String: Terms]
    }

    struct Terms: Encodable {
        let preferred: String
        let admitted: [String]
        let variants: [String]
        let forbidden: [String]
        let generated: [String]
        let note: String?
        /// Only for dated forms (absent otherwise): the former preferred forms, and every period.
        let formerly: [String]?
        let periods: [FormPeriod]?
    }

    /// The JSON of `result`, with the terms of `languages` only (nil: all), and at most
    /// `limit` matches (the best).
    public static func render(_ result: LookupResult, languages: [String]? = nil, limit: Int? = nil) throws -> String {
        let matches = result.matches.prefix(limit ?? .max).map { m in
            var terms: [String: Terms] = [:]
            for (language, t) in m.concept.terms where languages?.contains(language) ?? true {
                terms[language] = Terms(preferred: t.preferred, admitted: t.admitted, variants: t.variants,
                                        forbidden: t.forbidden, generated: (m.generated[language] ?? []).map(\.form), note: t.note,
                                        formerly: t.formerly.isEmpty ? nil : t.formerly, periods: t.periods.isEmpty ? nil : t.periods)
            }
            return Match(concept: m.concept.id, kind: m.concept.kind.rawValue, how: m.how.rawValue, status: m.status.word, lang: m.language,
                         matched: m.matched, score: m.score, terms: terms)
        }
        return try JSONOutput.string(Document(query: result.query, matches: matches))
    }
}
