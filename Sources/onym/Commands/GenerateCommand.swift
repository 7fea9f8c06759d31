import ArgumentParser
import OnymGlossary
import OnymInterchange

/// `onym generate countries`: the maintainer command behind `glossaries/countries.yaml`.
struct GenerateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate",
        abstract: "Regenerate a shipped glossary from its source data (for maintainers).",
        discussion: """
        Examples:
          onym generate countries -o glossaries/countries.yaml
        """,
        shouldDisplay: false
    )

    @Argument(help: "What to generate: countries.")
    var what: String

    @Option(name: .shortAndLong, help: "Write to FILE (atomically) instead of stdout.")
    var output: String?

    func run() throws {
        guard what == "countries" else { throw CLIError("unknown generator '\(what)'; the one there is: countries") }
        try OutputFile.write(CountryGlossary.yaml(), to: output)
    }
}
