import OnymLint

/// One GitHub Actions workflow command (`::warning file=…,line=…::message`), shown as an
/// annotation; `onym lint` and `onym check` both write them.
struct GitHubAnnotation {
    let severity: Severity
    let file: String
    let line: Int
    var column: Int? = nil
    var endColumn: Int? = nil
    let title: String
    let message: String

    /// The command, with its line break.
    var command: String {
        var properties = "file=\(Self.property(file)),line=\(line)"
        if let column { properties += ",col=\(column)" }
        if let endColumn { properties += ",endColumn=\(endColumn)" }
        return "::\(Self.command(severity)) \(properties),title=\(title)::\(Self.data(message))\n"
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
