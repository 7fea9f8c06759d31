import OnymLint
import OnymText

/// How documents and translations are checked, as a front end resolved it from its
/// flags and `.onym.yaml`: severities by finding kind, near misses, the house's
/// apostrophe, other scripts.
public struct LintSettings: Sendable, Equatable {
    /// A severity by finding kind name (lint's and check's kinds); nil turns the kind off.
    public var severities: [String: Severity?] = [:]
    /// False: no unlisted near misses (misspelling).
    public var fuzzy = true
    /// The house's apostrophe; nil leaves it to the writer.
    public var apostrophe: Typography.Apostrophe?
    /// True reports another language's form in another script as a variant, not a quotation.
    public var flagsForeignScript = false
    /// The house rule for renamed names (`first-mention:`); nil: none.
    public var firstMention: FirstMention?

    public init() {}

    /// The settings `.onym.yaml` gives (its `severity`, `fuzzy`, `typography`, `foreign-script`).
    public init(config: OnymConfig?) {
        guard let config else { return }
        for (kind, level) in config.severity { severities[kind] = Severity(rawValue: level) }
        fuzzy = config.fuzzy != false
        apostrophe = config.apostrophe.flatMap(Typography.Apostrophe.init(rawValue:))
        flagsForeignScript = config.foreignScript == "flag"
        firstMention = config.firstMention.flatMap(FirstMention.init(rawValue:))
    }

    /// The linter's own kinds among the severities.
    var findingSeverities: [FindingKind: Severity?] {
        var out: [FindingKind: Severity?] = [:]
        for (kind, level) in severities {
            if let kind = FindingKind(rawValue: kind) { out[kind] = level }
        }
        return out
    }

    /// A linter of `matcher` set up as these settings say.
    func linter(_ matcher: CompiledMatcher) -> Linter {
        var linter = Linter(matcher: matcher, fuzzy: fuzzy)
        linter.severities = findingSeverities
        linter.apostrophe = apostrophe
        linter.flagsForeignScript = flagsForeignScript
        linter.firstMention = firstMention
        return linter
    }
}
