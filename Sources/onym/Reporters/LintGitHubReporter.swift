import OnymLint

/// `onym lint --format github`: workflow commands that GitHub Actions shows as annotations.
final class LintGitHubReporter: LintReporter {
    private let out: ConsoleOutput
    private var path = ""

    init(_ out: ConsoleOutput) { self.out = out }

    func beginFile(path: String, lang: String) { self.path = Self.property(path) }

    func report(_ findings: [Finding], text: [UInt8], base: Int) {
        for f in findings {
            out.write("::\(Self.command(f.severity)) file=\(path),line=\(f.line),col=\(f.column),endColumn=\(f.column + f.length),title=onym \(f.kind.rawValue)::\(Self.data(f.message))\n")
        }
    }

    func endFile() {}

    func finish(_ tally: LintTally) {}

    /// The workflow command of a severity.
    static func command(_ severity: Severity) -> String {
        switch severity { case .error: "error"; case .warning: "warning"; case .info: "notice" }
    }

    /// Escapes for a command's message.
    static func data(_ s: String) -> String {
        s.replacingAll("%", "%25").replacingAll("\r", "%0D").replacingAll("\n", "%0A")
    }

    /// Escapes for a property value.
    static func property(_ s: String) -> String {
        data(s).replacingAll(":", "%3A").replacingAll(",", "%2C")
    }
}

extension String {
    fileprivate func replacingAll(_ target: Character, _ replacement: String) -> String {
        var out = ""
        for c in self { if c == target { out += replacement } else { out.append(c) } }
        return out
    }
}
