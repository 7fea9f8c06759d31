import ArgumentParser
import OnymStore
import OnymText

/// `onym`: keeps names consistent across languages.
struct Onym: ParsableCommand {
    static let version = "0.1.0"

    /// True when this build has `onym serve` (the package's Server trait).
    #if Server
    static let hasServer = true
    #else
    static let hasServer = false
    #endif

    static let configuration = CommandConfiguration(
        commandName: "onym",
        abstract: "Keep names consistent across languages.",
        discussion: """
        Examples:
          onym lint examples/story.txt
          onym lookup Kiev
          onym tm search "Talks in Kyiv" --from en --to uk
          onym check story.xlf --from uk --to en
          onym validate glossaries/news.yaml
          onym translit --scheme uk-Latn-national Зеленський Київ
          onym inspect Kyіv
        """,
        version: "onym \(version) (ICU \(ICUInfo.version); PostgreSQL \(StoreLocation.hasPostgreSQL ? "built in" : "not built in"); server \(hasServer ? "built in" : "not built in"))",
        subcommands: [LintCommand.self, LookupCommand.self, ValidateCommand.self, GlossariesCommand.self, ExportCommand.self, ConvertCommand.self,
                      StoreCommand.self, ImportCommand.self, AddCommand.self, SetCommand.self, RemoveCommand.self, ListCommand.self,
                      ShowCommand.self, LogCommand.self, TMCommand.self, CheckCommand.self, TranslitCommand.self, InspectCommand.self, ServeCommand.self, LSPCommand.self, MCPCommand.self]
    )
}
