import ArgumentParser
import OnymKit
import OnymLint

/// What `lint` and `check` share about their findings: the report's format, near misses,
/// and the least severity that fails the run — resolved with `.onym.yaml` into what the
/// workspace and the exit code take.
struct FindingOptions: ParsableArguments {
    @Option(name: .long, help: "Output format: text, json, sarif or github.")
    var format: LintFormat = .text
    @Flag(name: .long, help: "Do not report unlisted near misses (misspelling).")
    var noFuzzy = false
    @Option(name: .long, help: "The least severity that makes the exit code 1: error, warning or info (default: .onym.yaml's fail-on, else warning).")
    var failOn: String?

    /// The least severity that makes the exit code 1.
    func failLevel(_ config: OnymConfig?) throws -> Severity {
        try Choice.parse(failOn ?? config?.failOn ?? "warning", as: Severity.self, option: "--fail-on")
    }

    /// `.onym.yaml`'s settings, near misses off with `--no-fuzzy`.
    func settings(_ config: OnymConfig?) -> LintSettings {
        var settings = LintSettings(config: config)
        if noFuzzy { settings.fuzzy = false }
        return settings
    }
}
