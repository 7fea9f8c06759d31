import ArgumentParser
import Foundation
import OnymGlossary
import OnymKit
import OnymLint
import OnymStore
import OnymTM
import OnymText

/// `onym check`: translations checked against the glossary and the memory.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check translations (TMX, XLIFF, CSV/TSV, or two aligned text files) against the glossary and the memory.",
        discussion: """
        Finds, in each pair: names of the source whose preferred target form the target
        lacks (term; case endings count: Києва has Київ); variant, forbidden, diacritics,
        misspelt, look-alike names in the target, as `onym lint` finds them; the same source
        translated two ways in the file, or otherwise than a 100 % match of the memory in
        the store (inconsistent); empty targets and targets that are their source when the
        source is not a name (untranslated).
        Exit 0 when nothing is at or above --fail-on, 1 when something is, 2 on an error.

        Examples:
          onym check story.xlf --from uk --to en
          onym check memory.tmx --from en --to de --format json
          onym check --source story.uk.txt --target story.en.txt --from uk --to en
        """
    )

    @Argument(help: "TMX, XLIFF or CSV/TSV files.")
    var files: [String] = []
    @Option(name: .long, help: "The source language.")
    var from: String
    @Option(name: .long, help: "The target language.")
    var to: String
    @Option(name: .long, help: "A plain-text source file, one segment a line (with --target).")
    var source: String?
    @Option(name: .long, help: "The plain-text translation of --source, line by line.")
    var target: String?
    @OptionGroup var findings: FindingOptions
    @OptionGroup var glossary: GlossaryOptions

    func run() throws {
        let config = try glossary.config()
        let failLevel = try findings.failLevel(config)
        let from = try languageOption(self.from, "--from"), to = try languageOption(self.to, "--to")
        guard !files.isEmpty || source != nil else { throw CLIError("give files to check, or --source and --target") }
        guard (source == nil) == (target == nil) else { throw CLIError("--source and --target go together") }
        // 100 % matches come from the memory of the store in use, when one is named.
        var configuration = Workspace.Configuration(glossaries: try glossary.source(), cache: CacheChoice.cache, defaultLanguage: to,
                                                    settings: findings.settings(config), memory: StoreChoice.chosen(explicit: glossary.store, config: config))
        configuration.house = try glossary.house(config)
        let workspace = Workspace(configuration, warn: { Console.errorRaw($0.description) })
        // The glossaries' and the store's problems stop the run before any file is read; a
        // language without terms is warned of, the source's first.
        _ = try workspace.linter(for: from)
        _ = try workspace.linter(for: to)
        _ = try workspace.memory()

        var reports: [CheckReport.File] = []
        var failed = false
        var inputs: [(name: String, check: () throws(WorkspaceError) -> [CheckFinding])] = files.map { file in
            (file, { () throws(WorkspaceError) in try workspace.check(file: file, from: from, to: to) })
        }
        if let source, let target {
            inputs.append((target, { () throws(WorkspaceError) in try workspace.check(source: source, target: target, from: from, to: to) }))
        }
        for input in inputs {
            do throws(WorkspaceError) {
                reports.append(CheckReport.File(path: input.name, from: from, to: to, findings: try input.check()))
            } catch {
                Console.error(error.description)
                failed = true
            }
        }
        let report = CheckReport(files: reports)
        let reporter: any Reporter<CheckReport> = switch findings.format {
        case .text: CheckTextReporter()
        case .json: CheckJSONReporter()
        case .sarif: CheckSARIFReporter(version: Onym.version)
        case .github: CheckGitHubReporter()
        }
        try reporter.print(report)
        let code: Int32 = failed ? 2 : (report.findings.contains { $0.severity >= failLevel } ? 1 : 0)
        if code != 0 { throw ExitCode(code) }
    }
}
