/// `onym check --format github`: one workflow command per finding, at the pair's line.
enum CheckGitHubReporter {
    static func render(_ report: CheckReport) -> String {
        var out = ""
        for file in report.files {
            for f in file.findings {
                out += GitHubAnnotation(severity: f.severity, file: file.path, line: f.line, title: "onym \(f.kind.rawValue)",
                                        message: "[segment \(f.segment)] \(f.message)").command
            }
        }
        return out
    }
}
