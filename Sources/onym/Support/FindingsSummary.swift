import OnymLint

/// The last line of the text reports of `lint` and `check`:
/// `N findings (E errors, W warnings, I info) in F files`.
enum FindingsSummary {
    static func line(_ severities: [Severity], files: Int) -> String {
        func count(_ s: Severity) -> Int { severities.filter { $0 == s }.count }
        func plural(_ n: Int, _ word: String) -> String { "\(n) \(word)\(n == 1 ? "" : "s")" }
        return "\(plural(severities.count, "finding")) (\(plural(count(.error), "error")), \(plural(count(.warning), "warning")), \(count(.info)) info) in \(plural(files, "file"))"
    }
}
