import ArgumentParser
import Foundation
import OnymGlossary
import OnymKit
import OnymText

/// `onym lookup`: what do we call this name, in every language?
struct LookupCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lookup",
        abstract: "Find a name's concept by any of its forms, in any language or script.",
        discussion: """
        Matches exact forms, then match keys (case, diacritics, apostrophes, invisible
        characters), then transliterations, then near misses. Exit 0 with matches, 1 without.

        Examples:
          onym lookup Kiev
          onym lookup Киев --to en,de
          onym lookup --format json Zelenskiy
        """
    )

    @Argument(help: "A name in any language or script.")
    var query: String

    @Option(name: .long, help: "The query's language: its case rules apply and its forms rank first (default: .onym.yaml's lang, else en).")
    var lang: String?

    @Option(name: .long, help: ArgumentHelp("Languages to show, comma-separated, or all.", valueName: "L1,L2|all"))
    var to = "all"

    @Option(name: .long, help: "Output format: text or json.")
    var format: OutputFormat = .text

    @OptionGroup var glossary: GlossaryOptions

    func run() throws {
        // A blank query would match nothing and every near miss: it is a mistake, not a search.
        guard query.contains(where: { !$0.isWhitespace }) else { throw CLIError("the query is empty: give a name to look up") }
        let language = try LanguageTag.canonical(lang ?? glossary.config()?.language ?? "en")
        let languages = try to == "all" ? nil : to.split(separator: ",").map { try LanguageTag.canonical(String($0)) }
        var configuration = Workspace.Configuration(glossaries: try glossary.source(), cache: CacheChoice.cache)
        configuration.house = try glossary.house(glossary.config())
        let workspace = Workspace(configuration)
        let queries = try workspace.queries()
        let result = try queries.lookup(query, language: language)
        let reporter: any Reporter<LookupResult> = switch format {
        case .text: LookupTextReporter(languages: languages)
        case .json: LookupJSONReporter(languages: languages)
        }
        try reporter.print(result)
        if result.matches.isEmpty {
            Console.errorRaw("no concept found for '\(result.query)'" + (result.suggestion.map { "; did you mean \($0)?" } ?? ""))
        }
        // As in lint: the system reclaims the glossary and its index at once; freeing them takes longer.
        withExtendedLifetime(queries) { Foundation.exit(result.matches.isEmpty ? 1 : 0) }
    }
}
