import OnymLint

/// What a lint run found, counted as it goes: files, and findings by severity.
struct LintTally {
    var files = 0
    var errors = 0
    var warnings = 0
    var info = 0

    var findings: Int { errors + warnings + info }

    mutating func add(_ findings: [Finding]) {
        for f in findings {
            switch f.severity {
            case .error: errors += 1
            case .warning: warnings += 1
            case .info: info += 1
            }
        }
    }

    /// True when a finding is at or above `level`.
    func reaches(_ level: Severity) -> Bool {
        switch level {
        case .error: errors > 0
        case .warning: errors + warnings > 0
        case .info: findings > 0
        }
    }
}
