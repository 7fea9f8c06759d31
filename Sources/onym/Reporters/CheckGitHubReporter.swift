/// `onym check --format github`: one workflow command per finding, at the pair's line.
enum CheckGitHubReporter {
    static func render(_ report: CheckReport) -> String {
        var out = ""
        for file in report.files {
            for f in file.findings {
                out += "::\(LintGitHubReporter.command(f.severity)) file=\(LintGitHubReporter.property(file.path)),line=\(f.line),title=onym \(f.kind.rawValue)::\(LintGitHubReporter.data("[segment \(f.segment)] \(f.message)"))\n"
            }
        }
        return out
    }
}
