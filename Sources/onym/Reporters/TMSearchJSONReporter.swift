import OnymKit
import OnymTM

/// `onym tm search --format json`: `{"query":…,"matches":[{"score":87,"source":…,"target":…,"diff":[…],"meta":{…}}]}`.
struct TMSearchJSONReporter: Reporter {
    func write(_ report: TMSearch, to out: ConsoleOutput) throws {
        out.write(try Self.render(query: report.query, matches: report.matches) + "\n")
    }

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

    static func render(query: String, matches: [TMMatch]) throws -> String {
        try JSONOutput.string(Document(query: query, matches: matches.map { m in
            Match(id: m.id, score: m.score.score, source: m.segment.source, target: m.segment.target, sourceLanguage: m.segment.sourceLanguage,
                  targetLanguage: m.segment.targetLanguage, diff: m.score.diff, numbers: m.score.numbers, meta: m.segment.meta)
        }))
    }
}
