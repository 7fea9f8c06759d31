import ArgumentParser
import Foundation
import Logging
import OnymKit
import OnymMCP
import OnymText
import Synchronization

struct MCPCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "mcp",
        abstract: "Serve the glossary to AI assistants over the Model Context Protocol (stdio).",
        discussion: """
        Assistants start it and talk to it on stdin and stdout; logs go to stderr. Tools:
        lookup_name(query, lang?), check_text(text, format?, lang?), fix_text(text,
        format?, lang?) and get_concept(id), all read-only; a resource per concept,
        onym://concept/{id}. The glossaries are chosen as for every command. The README
        has the JSON that registers it with an assistant.
        """
    )

    @OptionGroup var glossary: GlossaryOptions

    func run() throws {
        let config = try glossary.config()
        var configuration = Workspace.Configuration(
            glossaries: try glossary.source(), cache: CacheChoice.cache, defaultLanguage: try LanguageTag.canonical(config?.language ?? "en"),
            settings: LintSettings(config: config))
        configuration.house = try glossary.house(config)
        // stdout carries the protocol: every log line goes to stderr.
        let logger = Logger(label: "onym.mcp") { StreamLogHandler.standardError(label: $0) }
        let server = AssistantServer(configuration, version: Onym.version, logger: logger)
        let failure = Mutex<String?>(nil)
        let done = DispatchSemaphore(value: 0)
        Task {
            do { try await server.run() } catch { failure.withLock { $0 = "\(error)" } }
            done.signal()
        }
        done.wait()
        if let message = failure.withLock({ $0 }) { throw CLIError(message) }
    }
}
