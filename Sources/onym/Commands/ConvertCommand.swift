import ArgumentParser
import OnymGlossary
import OnymInterchange

/// `onym convert`: move a termbase between YAML, long CSV, TBX and JSON.
struct ConvertCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "convert",
        abstract: "Convert a glossary between YAML, CSV (long layout), TBX and JSON, checking it on the way.",
        discussion: """
        Formats come from the file extensions (.yaml/.yml, .csv, .tbx, .json) or
        --from-format/--to-format. The input gets the checks of 'onym validate';
        with any problem nothing is written and the exit code is 2.

        Examples:
          onym convert termbase.tbx house.yaml
          onym convert glossaries/news.yaml news.csv
        """
    )

    @Argument(help: "The input file.")
    var input: String
    @Argument(help: "The output file (- for stdout).")
    var output: String
    @Option(name: .long, help: "Input format: yaml, csv, tbx, json.")
    var fromFormat: String?
    @Option(name: .long, help: "Output format: yaml, csv, tbx, json.")
    var toFormat: String?

    func run() throws {
        let inFormat = try fromFormat.map { try Choice.parse($0, as: InterchangeFormat.self, option: "--from-format") }
        guard let outFormat = try toFormat.map({ try Choice.parse($0, as: InterchangeFormat.self, option: "--to-format") })
                ?? InterchangeFormat(path: output) else {
            throw CLIError("\(output): unknown file type: name it .yaml, .csv, .tbx or .json, or give --to-format")
        }
        let set = try GlossarySet.load(files: [input], format: inFormat, cache: CacheChoice.cache)
        let progress = Progress(concepts: set.concepts.count)
        progress.step("read and checked \(set.concepts.count) concepts from \(input); writing \(outFormat.rawValue)")
        var options = ExportOptions()
        options.format = outFormat
        options.layout = .long
        let text: String
        do {
            text = try GlossaryExporter.export(set, options, keepOrder: true).text
        } catch {
            throw CLIError(error.description)
        }
        try OutputFile.write(text, to: output)
        progress.step("wrote \(output)")
    }
}
