import OnymKit
import OnymTM

/// `onym check --format json`: ``CheckJSON``, the server's JSON too.
struct CheckJSONReporter: Reporter {
    func write(_ report: CheckReport, to out: ConsoleOutput) throws {
        out.write(try CheckJSON.render(report.files.map { CheckJSON.File(path: $0.path, from: $0.from, to: $0.to, findings: $0.findings) }) + "\n")
    }
}
