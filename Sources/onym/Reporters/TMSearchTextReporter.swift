import OnymTM

/// `onym tm search`: each match's score and its source with the words that differ from the
/// query marked (`[-match-]{+query+}`), its translation below, and numbers that differ.
struct TMSearchTextReporter: Reporter {
    func write(_ report: TMSearch, to out: ConsoleOutput) throws {
        out.write(Self.render(report.matches))
    }

    static func render(_ matches: [TMMatch]) -> String {
        guard !matches.isEmpty else { return "no match\n" }
        var out = ""
        for m in matches {
            out += "\(m.score.score)  \(m.markedSource)\n"
            out += "     → \(m.segment.target)\n"
            if !m.score.numbers.isEmpty {
                out += "     numbers differ: " + m.score.numbers.map { "\($0.query ?? "–") (query) ≠ \($0.match ?? "–") (match)" }
                    .joined(separator: ", ") + "\n"
            }
        }
        return out
    }
}
