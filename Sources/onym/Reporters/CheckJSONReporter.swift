import OnymKit
import OnymTM

/// `onym check --format json`: the linter's layout, each finding with its `segment`, and
/// the pair's `source` and `target`:
/// `{"version":1,"files":[{"path":…,"from":…,"to":…,"findings":[…]}],"summary":{…}}`.
struct CheckJSONReporter: Reporter {
    func write(_ report: CheckReport, to out: ConsoleOutput) throws {
        out.write(try Self.render(report) + "\n")
    }

    struct File: Encodable {
        let path: String
        let from: String
        let to: String
        let findings: [CheckFinding]
    }

    struct Document: Encodable {
        let version = 1
        let files: [File]
        let summary: LintJSON.Summary
    }

    static func render(_ report: CheckReport) throws -> String {
        let summary = LintJSON.Summary(files: report.files.count, findings: report.findings.map(\.severity))
        return try JSONOutput.string(Document(files: report.files.map { File(path: $0.path, from: $0.from, to: $0.to, findings: $0.findings) },
                                            summary: summary))
    }
}
