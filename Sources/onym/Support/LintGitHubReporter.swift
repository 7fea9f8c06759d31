import OnymLint

/// `onym lint --format github`: workflow commands that GitHub Actions shows as annotations.
enum LintGitHubReporter {
    static func render(_ report: LintReport) -> String {
        var out = ""
        for file in report.files {
            for f in file.findings {
                out += "::\(command(f.severity)) file=\(property(file.path)),line=\(f.line),col=\(f.column),endColumn=\(f.column + f.length),title=onym \(f.kind.rawValue)::\(data(f.message))\n"
            }
        }
        return out
    }

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
