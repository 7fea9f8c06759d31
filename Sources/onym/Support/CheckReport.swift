import OnymLint
import OnymTM

/// What `onym check` found, file by file, for the reporters.
struct CheckReport {
    struct File {
        let path: String
        let from: String
        let to: String
        let findings: [CheckFinding]
    }

    let files: [File]

    var findings: [CheckFinding] { files.flatMap(\.findings) }

    func count(_ severity: Severity) -> Int { findings.filter { $0.severity == severity }.count }

    var summary: String { FindingsSummary.line(findings.map(\.severity), files: files.count) }
}
