import OnymKit
import OnymTM

/// `onym tm search --format json`: ``TMSearchJSON``, the server's JSON too.
struct TMSearchJSONReporter: Reporter {
    func write(_ report: TMSearch, to out: ConsoleOutput) throws {
        out.write(try TMSearchJSON.render(query: report.query, matches: report.matches) + "\n")
    }
}
