import OnymLint

/// One reporter per output format of `onym lint` (text, JSON, SARIF, GitHub), behind one
/// protocol. The command hands it each file's findings as they are found — files in the
/// order given, a large file piece by piece — and the reporter writes them at once, so a
/// run's memory does not grow with its findings.
protocol LintReporter: AnyObject {
    /// A file's findings begin.
    func beginFile(path: String, lang: String)
    /// Findings of the current file, in order; `text` holds them and starts at byte `base` of the file.
    func report(_ findings: [Finding], text: [UInt8], base: Int)
    /// The current file's findings are all reported.
    func endFile()
    /// After the last file.
    func finish(_ tally: LintTally)
}

extension LintFormat {
    /// The reporter of this format, writing to `out`.
    func reporter(_ out: ConsoleOutput, color: Bool, version: String) -> any LintReporter {
        switch self {
        case .text: LintTextReporter(out, color: color)
        case .json: LintJSONReporter(out)
        case .sarif: LintSARIFReporter(out, version: version)
        case .github: LintGitHubReporter(out)
        }
    }
}
