import OnymGlossary
import OnymKit

/// `onym lookup --format json`: ``LookupJSON``, the server's JSON too.
struct LookupJSONReporter: Reporter {
    let languages: [String]?

    func write(_ report: LookupResult, to out: ConsoleOutput) throws {
        out.write(try LookupJSON.render(report, languages: languages) + "\n")
    }
}
