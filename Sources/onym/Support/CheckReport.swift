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

    /// `N findings (E errors, W warnings, I info) in F files`.
    var summary: String {
        let total = findings.count, errors = count(.error), warnings = count(.warning)
        return "\(total) finding\(total == 1 ? "" : "s") (\(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s"), \(count(.info)) info) in \(files.count) file\(files.count == 1 ? "" : "s")"
    }
}
