import OnymGlossary
import OnymKit
import OnymLint
import OnymText

extension OnymConfig {
    /// `.onym.yaml`'s `severity:` for the linter's kinds: a severity, or nil for "off"
    /// (the kind is dropped). Keys that are not finding kinds are left to their commands.
    var findingSeverities: [FindingKind: Severity?] {
        var out: [FindingKind: Severity?] = [:]
        for (kind, level) in severity {
            if let kind = FindingKind(rawValue: kind) { out[kind] = Severity(rawValue: level) }
        }
        return out
    }

    /// A linter set up as the file says: its severities, the house's apostrophe, foreign scripts.
    func configured(_ linter: Linter) -> Linter {
        var linter = linter
        linter.severities = findingSeverities
        linter.apostrophe = apostrophe.flatMap(Typography.Apostrophe.init(rawValue:))
        linter.flagsForeignScript = foreignScript == "flag"
        return linter
    }
}
