import OnymTM

/// `onym tm concordance`: each source with the words found highlighted (bold on a colour
/// terminal, else in [brackets]), its translation below.
struct ConcordanceTextReporter: Reporter {
    let color: Bool

    func write(_ report: Concordance, to out: ConsoleOutput) throws {
        out.write(Self.render(report.hits, color: color))
    }

    static func render(_ hits: [ConcordanceHit], color: Bool) -> String {
        guard !hits.isEmpty else { return "no segment has these words\n" }
        var out = ""
        for hit in hits {
            let bytes = Array(hit.segment.source.utf8)
            var line = "", at = 0
            for r in hit.highlights {
                line += String(decoding: bytes[at..<r.lowerBound], as: UTF8.self)
                let word = String(decoding: bytes[r], as: UTF8.self)
                line += color ? "\u{1B}[1;33m\(word)\u{1B}[0m" : "[\(word)]"
                at = r.upperBound
            }
            line += String(decoding: bytes[at...], as: UTF8.self)
            out += "\(hit.id)  \(line)\n     → \(hit.segment.target)\n"
        }
        return out
    }
}
