import ArgumentParser
import Foundation
import OnymText

/// `onym inspect`: why two spellings that look the same do not match.
struct InspectCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "inspect",
        abstract: "Show each word's normalisation, scripts, look-alike and invisible characters, and match key.",
        discussion: """
        Examples:
          onym inspect Kyіv          (a Cyrillic і among Latin letters)
          onym inspect --format json "Tür\u{AD}kiye"
        """
    )

    @Option(name: .long, help: "Output format: text or json.")
    var format: OutputFormat = .text

    @Option(name: .long, help: "Language whose case folding the match key uses (tr and az fold I to ı).")
    var lang = "en"

    @Argument(help: "Words or phrases to inspect.")
    var text: [String]

    func run() throws {
        _ = try LanguageTag.canonical(lang)
        let inspections = TextInspector.inspect(text.joined(separator: " "), language: lang)
        let reporter: any Reporter<[WordInspection]> = switch format {
        case .text: InspectionTextReporter()
        case .json: InspectionJSONReporter()
        }
        try reporter.print(inspections)
    }
}
