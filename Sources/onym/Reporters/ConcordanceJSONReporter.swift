import OnymKit
import OnymTM

/// `onym tm concordance --format json`: `{"words":[…],"hits":[{"id":…,"source":…,"target":…,"highlights":[{"start":…,"length":…}],"meta":{…}}]}`,
/// offsets in Unicode scalars from the start of the source.
struct ConcordanceJSONReporter: Reporter {
    func write(_ report: Concordance, to out: ConsoleOutput) throws {
        out.write(try Self.render(words: report.words, hits: report.hits) + "\n")
    }

    struct Highlight: Encodable {
        let start: Int
        let length: Int
    }

    struct Hit: Encodable {
        let id: Int
        let source: String
        let target: String
        let highlights: [Highlight]
        let meta: TMMeta
    }

    struct Document: Encodable {
        let words: [String]
        let hits: [Hit]
    }

    static func render(words: [String], hits: [ConcordanceHit]) throws -> String {
        try JSONOutput.string(Document(words: words, hits: hits.map { hit in
            let bytes = Array(hit.segment.source.utf8)
            func scalars(_ r: Range<Int>) -> Int { String(decoding: bytes[r], as: UTF8.self).unicodeScalars.count }
            return Hit(id: hit.id, source: hit.segment.source, target: hit.segment.target,
                       highlights: hit.highlights.map { Highlight(start: scalars(0..<$0.lowerBound), length: scalars($0)) }, meta: hit.segment.meta)
        }))
    }
}
