import OnymLint

/// `onym lint` for a person: `path:line:col: severity: message`, a window of the line
/// around the finding (at most about 160 columns, "…" where it is cut) with a caret
/// underline of the span, and a summary.
final class LintTextReporter: LintReporter {
    private let out: ConsoleOutput
    private let color: Bool
    private var path = ""

    init(_ out: ConsoleOutput, color: Bool) {
        self.out = out
        self.color = color
    }

    func beginFile(path: String, lang: String) { self.path = path }

    func report(_ findings: [Finding], text: [UInt8], base: Int) {
        for f in findings {
            let severity = color ? Self.paint(f.severity) : f.severity.rawValue
            let excerpt = Excerpt.around(f, in: text, base: base)
            out.write("\(path):\(f.line):\(f.column): \(severity): \(f.message)\n")
            out.write("  " + excerpt.text.replacingTabs() + "\n")
            out.write("  " + String(repeating: " ", count: excerpt.column) + String(repeating: "^", count: max(1, f.length)) + "\n")
        }
    }

    func endFile() {}

    func finish(_ tally: LintTally) {
        out.write(FindingsSummary.line(tally) + "\n")
    }

    static func paint(_ s: Severity) -> String {
        let code = switch s { case .error: "31"; case .warning: "33"; case .info: "36" }
        return "\u{1B}[\(code)m\(s.rawValue)\u{1B}[0m"
    }
}

extension String {
    /// Tabs as one space, so that the caret line stays under the found text.
    fileprivate func replacingTabs() -> String { String(map { $0 == "\t" ? " " : $0 }) }
}
