import OnymLint

/// `onym lint --format github`: workflow commands that GitHub Actions shows as annotations.
final class LintGitHubReporter: LintReporter {
    private let out: ConsoleOutput
    private var path = ""

    init(_ out: ConsoleOutput) { self.out = out }

    func beginFile(path: String, lang: String) { self.path = path }

    func report(_ findings: [Finding], text: [UInt8], base: Int) {
        for f in findings {
            out.write(GitHubAnnotation(severity: f.severity, file: path, line: f.line, column: f.column, endColumn: f.column + f.length,
                                       title: "onym \(f.kind.rawValue)", message: f.message).command)
        }
    }

    func endFile() {}

    func finish(_ tally: LintTally) {}
}
