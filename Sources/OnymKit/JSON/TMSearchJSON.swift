import OnymTM

/// Fuzzy matches as JSON, as `onym tm search --format json` prints them and the server
/// answers `POST /v1/tm/search`: `{"matches":[{"diff":[…],"id":…,"meta":{…},"score":87,…}],"query":…}`.
public enum TMSearchJSON {
    struct Match: Encodable {
        let id: Int
        let score: Int
        let source: String
        let target: String
        let sourceLanguage: String
        let targetLanguage: String
        let diff: [WordDiff]
        let numbers: [FuzzyScore.NumberDifference]
        let meta: TMMeta
    }

    struct Document: Encodable {
        let query: String
        let matches: [Match]
    }

    public static func render(query: String, matches: [TMMatch]) throws -> String {
        try JSONOutput.string(Document(query: query, matches: matches.map { m in
            Match(id: m.id, score: m.score.score, source: m.segment.source, target: m.segment.target, sourceLanguage: m.segment.sourceLanguage,
                  targetLanguage: m.segment.targetLanguage, diff: m.score.diff, numbers: m.score.numbers, meta: m.segment.meta)
        }))
    }
}
