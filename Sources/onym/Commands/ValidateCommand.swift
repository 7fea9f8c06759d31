import ArgumentParser
import Foundation
import OnymGlossary
import OnymInterchange

/// `onym validate`: every problem of every glossary file, not just the first.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check glossary files and print every problem with its file and line.",
        discussion: """
        Checks the YAML, the keys, ids, kinds, dates, language tags, one preferred form
        per language, empty terms, and conflicts between concepts (a variant of one
        that is another's preferred or admitted form). Files are checked together.
        Exit 0 when all are valid, 2 otherwise.

        Examples:
          onym validate glossaries/news.yaml
          onym validate house.yaml countries.yaml
        """
    )

    @Argument(help: "Glossary YAML files.")
    var files: [String]

    func run() throws {
        do {
            let set = try GlossarySet.load(files: files, cache: CacheChoice.cache)
            for glossary in set.glossaries {
                var languages = Set<String>()
                for concept in glossary.concepts { languages.formUnion(concept.languages) }
                Console.line("ok: \(glossary.origin) (\(glossary.concepts.count) concepts, \(languages.count) languages)")
            }
            // As in lint: the system reclaims the loaded glossary at once; freeing it takes longer
            // (the set is kept alive to here, or Swift frees it after its last use above).
            withExtendedLifetime(set) { Foundation.exit(0) }
        } catch {
            for problem in error.problems { Console.errorRaw(problem.description) }
            let files = Set(error.problems.map(\.file)).count
            Console.errorRaw("\(error.problems.count) problem\(error.problems.count == 1 ? "" : "s") in \(files) file\(files == 1 ? "" : "s")")
            throw ExitCode(2)
        }
    }
}
