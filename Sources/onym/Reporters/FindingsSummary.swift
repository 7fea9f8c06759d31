import OnymLint

/// The last line of the text reports of `lint` and `check`:
/// `N findings (E errors, W warnings, I info) in F files`.
enum FindingsSummary {
    static func line(_ severities: [Severity], files: Int) -> String {
        func count(_ s: Severity) -> Int { severities.filter { $0 == s }.count }
        return line(errors: count(.error), warnings: count(.warning), info: count(.info), files: files)
    }

    static func line(_ tally: LintTally) -> String {
        line(errors: tally.errors, warnings: tally.warnings, info: tally.info, files: tally.files)
    }

    static func line(errors: Int, warnings: Int, info: Int, files: Int) -> String {
        func plural(_ n: Int, _ word: String) -> String { "\(n) \(word)\(n == 1 ? "" : "s")" }
        return "\(plural(errors + warnings + info, "finding")) (\(plural(errors, "error")), \(plural(warnings, "warning")), \(info) info) in \(plural(files, "file"))"
    }
}
