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

    var summary: String { FindingsSummary.line(findings.map(\.severity), files: files.count) }
}
