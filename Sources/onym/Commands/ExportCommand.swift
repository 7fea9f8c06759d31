import ArgumentParser
import OnymGlossary
import OnymInterchange
import OnymText

/// `onym export`: the glossaries in use as CSV, TBX, JSON or YAML.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export the glossaries as CSV (long, wide, pairs), TBX, JSON or YAML.",
        discussion: """
        CSV is RFC 4180 (UTF-8, NFC, CRLF, minimal quoting, no BOM except --for excel).
        long: concept,kind,lang,term,status,note then the metadata columns
        glossary,glossary-title,sources,concept-since,generate,language-note, the dated
        form's since,until,authority and its house; one row per term, re-importable.
        wide: a header of --langs codes (first = source; default: every language, the configured
        one first), one concept per row (Google, Amazon).
        pairs: no header, source,target from --from to --to; deprecated source forms too (DeepL).
        --for checks the service's rules and fails (exit 2, nothing written) on any violation.
        Exports hold what the glossary's authors wrote; --include-generated adds the generated
        variants (status generated; in TBX a note says so).

        Examples:
          onym export --format csv --layout pairs --from en --to de --for deepl -o en-de.csv
          onym export --format csv --layout wide --langs en,de,fr --for amazon
          onym export --format tbx -o news.tbx
        """
    )

    @Option(name: .long, help: "csv, tbx, json or yaml.")
    var format: String = "csv"
    @Option(name: .long, help: "CSV layout: long, wide or pairs.")
    var layout: String = "long"
    @Option(name: .long, help: ArgumentHelp("Languages, comma-separated (the wide layout's columns).", valueName: "L1,L2,…"))
    var langs: String?
    @Option(name: .long, help: "Source language of the pairs layout.")
    var from: String?
    @Option(name: .long, help: "Target language of the pairs layout.")
    var to: String?
    @Option(name: .customLong("for"), help: "Check a service's rules: deepl, google, amazon (excel adds a BOM).")
    var target: String?
    @Option(name: .long, help: "Only concepts of this kind.")
    var kind: String?
    @Option(name: .long, help: "Sort by this language's preferred form (ICU collation) instead of by id.")
    var sort: String?
    @Flag(name: .long, help: "Drop the rows a service would reject, and list them, instead of failing.")
    var skipInvalid = false
    @Flag(name: .long, help: "Add the generated variants (transliterations, stripped diacritics), marked generated.")
    var includeGenerated = false
    @Option(name: .shortAndLong, help: "Write to FILE (atomically) instead of stdout.")
    var output: String?
    @OptionGroup var glossary: GlossaryOptions

    func run() throws {
        var options = ExportOptions()
        options.format = try Choice.parse(format, as: InterchangeFormat.self, option: "--format")
        options.layout = try Choice.parse(layout, as: CSVLayout.self, option: "--layout")
        options.languages = try langs.map { try $0.split(separator: ",").map { try LanguageTag.canonical(String($0)) } }
        options.from = try from.map(LanguageTag.canonical)
        options.to = try to.map(LanguageTag.canonical)
        options.target = try target.map { try Choice.parse($0, as: ServiceTarget.self, option: "--for") }
        options.kind = try kind.map { try Choice.parse($0, as: ConceptKind.self, option: "--kind") }
        options.sortLanguage = try sort.map(LanguageTag.canonical)
        options.skipInvalid = skipInvalid
        options.includeGenerated = includeGenerated
        options.firstLanguage = try LanguageTag.canonical(glossary.config()?.language ?? "en")
        // A house's forms are what its publication exports.
        let read = try glossary.source().load(cache: CacheChoice.cache)
        let set = try glossary.house(glossary.config()).map { house throws(GlossaryError) in try read.forHouse(house) } ?? read
        let progress = Progress(concepts: set.concepts.count)
        progress.step("read and checked \(set.concepts.count) concepts; writing \(options.format.rawValue)")
        let result: ExportResult
        do {
            result = try GlossaryExporter.export(set, options)
        } catch {
            throw CLIError(error.description)
        }
        if result.missingLanguage > 0 {
            Console.errorRaw("left out \(result.missingLanguage) concept\(result.missingLanguage == 1 ? "" : "s") without every language of the layout")
        }
        for violation in result.skipped { Console.errorRaw("skipped: \(violation)") }
        try OutputFile.write(result.text, to: output)
        progress.step("wrote \(output ?? "stdout")")
    }
}

/// Parses an option's value against a closed set, naming the choices when it fails.
enum Choice {
    static func parse<T: RawRepresentable & CaseIterable>(_ value: String, as: T.Type, option: String) throws -> T where T.RawValue == String {
        guard let v = T(rawValue: value) else {
            throw CLIError("\(option) '\(value)' is not one of \(T.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        return v
    }
}
