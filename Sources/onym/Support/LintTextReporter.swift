import OnymLint

/// `onym lint` for a person: `path:line:col: severity: message`, the line, a caret
/// underline of the span, and a summary.
enum LintTextReporter {
    static func render(_ report: LintReport, color: Bool) -> String {
        var out = ""
        for file in report.files {
            let lines = file.text.split(separator: 0x0A, omittingEmptySubsequences: false)
            for f in file.findings {
                let severity = color ? paint(f.severity) : f.severity.rawValue
                out += "\(file.path):\(f.line):\(f.column): \(severity): \(f.message)\n"
                let line = f.line - 1 < lines.count ? String(decoding: lines[f.line - 1], as: UTF8.self) : ""
                out += "  " + line.replacingTabs() + "\n"
                out += "  " + String(repeating: " ", count: f.column - 1) + String(repeating: "^", count: max(1, f.length)) + "\n"
            }
        }
        out += FindingsSummary.line(report.findings.map(\.severity), files: report.files.count) + "\n"
        return out
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
