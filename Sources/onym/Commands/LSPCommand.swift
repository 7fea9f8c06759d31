import ArgumentParser
import Foundation
import OnymGlossary
import OnymKit
import OnymLSP
import OnymText

struct LSPCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lsp",
        abstract: "Speak the Language Server Protocol on stdin and stdout, for editors.",
        discussion: """
        Editors start it and talk to it; people do not. Open plain-text, Markdown and HTML
        documents are checked as they are typed (diagnostics, source "onym", code = the
        finding kind), with quick fixes, "Fix every name Onym can" (source.fixAll.onym),
        "allow here", commands that add a flagged form to the glossary as a variant or an
        allowed phrase, and a card when the pointer rests on a name.

        The glossaries are chosen as for every command, with .onym.yaml looked for in the
        editor's workspace folder; it and the glossaries are reloaded when they change.
        Logs go to stderr. See the README for VS Code, Neovim and Helix.
        """
    )

    @OptionGroup var glossary: GlossaryOptions
    @Option(name: .long, help: "The author recorded for glossary edits (default: $USER).")
    var author: String?
    @Option(name: .long, help: ArgumentHelp("Milliseconds to wait after a change before checking.", valueName: "MS"))
    var debounce = 150

    func run() throws {
        guard (0...10_000).contains(debounce) else { throw CLIError("--debounce must be 0 to 10000") }
        let files = glossary.files, store = glossary.store, houseFlag = try glossary.house(nil)
        let author = self.author ?? ProcessInfo.processInfo.environment["USER"] ?? "unknown"
        // The workspace folder the editor names decides which .onym.yaml applies (the
        // process's own folder when it names none).
        let configure: LanguageServer.Configure = { root in
            let config = try OnymConfig.find(from: root ?? FileManager.default.currentDirectoryPath)
            let source = GlossarySource.choose(explicit: files, store: StoreChoice.named(store), config: files.isEmpty ? config : nil)
            var configuration = Workspace.Configuration(
                glossaries: source, cache: CacheChoice.cache, defaultLanguage: try LanguageTag.canonical(config?.language ?? "en"),
                settings: LintSettings(config: config))
            configuration.house = houseFlag ?? config?.house
            return LanguageServer.Setup(configuration: configuration, configFile: config?.path, author: author)
        }
        let server = LanguageServer(channel: MessageChannel(input: 0, output: 1), version: Onym.version,
                                    debounce: .milliseconds(debounce), configure: configure, log: { Console.errorRaw($0) })
        let code = server.run()
        if code != 0 { throw ExitCode(code) }
    }
}
