/// `onym check --format github`: one workflow command per finding, at the pair's line.
struct CheckGitHubReporter: Reporter {
    func write(_ report: CheckReport, to out: ConsoleOutput) throws {
        for file in report.files {
            for f in file.findings {
                out.write(GitHubAnnotation(severity: f.severity, file: file.path, line: f.line, title: "onym \(f.kind.rawValue)",
                                           message: "[segment \(f.segment)] \(f.message)").command)
            }
        }
    }
}
