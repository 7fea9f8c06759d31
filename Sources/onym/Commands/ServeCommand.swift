import ArgumentParser
import Foundation
import OnymGlossary
import OnymKit
import OnymServer
import OnymText
import Synchronization

/// `onym serve`: the newsroom's glossary server.
struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve the glossaries over HTTP: a JSON API, LanguageTool's API and a lookup page.",
        discussion: """
        The glossaries are chosen as for every command (--glossary, else a store, else
        .onym.yaml's files, else the bundled ones) and looked at every second: changed
        glossaries are taken in once they load without a problem (the last good ones keep
        serving until then). One line per request goes to stderr. SIGTERM or SIGINT
        finishes the requests in flight and exits 0.

        Endpoints: GET /v1/lookup?q=&lang=&limit=, POST /v1/lint and /v1/fix
        ({"text": …, "format": "plain|markdown|html", "lang": …}), LanguageTool's
        POST /v2/check and GET /v2/languages, the page at /, and /openapi.json.

        Examples:
          onym serve
          onym serve --port 8081 --glossary names/house.yaml
          curl 'http://127.0.0.1:8080/v1/lookup?q=Kiev'
        """
    )

    @Option(name: .long, help: "The address to listen on (default: loopback only).")
    var host = "127.0.0.1"
    @Option(name: .long, help: "The port (0 takes a free one).")
    var port = 8080
    @Option(name: .customLong("cors"), help: ArgumentHelp("An origin whose pages may call the API (repeatable).", valueName: "ORIGIN"))
    var corsOrigins: [String] = []
    @Option(name: .long, help: "The largest request body accepted, in bytes.")
    var bodyLimit = 1 << 20
    @OptionGroup var glossary: GlossaryOptions

    func run() throws {
        guard (0...65535).contains(port) else { throw CLIError("--port must be 0 to 65535") }
        guard bodyLimit >= 1 else { throw CLIError("--body-limit must be 1 or more") }
        let config = try glossary.config()
        var settings = ServerSettings(version: Onym.version)
        settings.host = host
        settings.port = port
        settings.corsOrigins = corsOrigins
        settings.bodyLimit = bodyLimit
        let server = try GlossaryServer(
            Workspace.Configuration(glossaries: try glossary.source(), cache: CacheChoice.cache,
                                    defaultLanguage: try LanguageTag.canonical(config?.language ?? "en"),
                                    settings: LintSettings(config: config), memory: StoreChoice.chosen(explicit: glossary.store, config: config)),
            settings: settings, log: { Console.errorRaw($0) })
        // The server is asynchronous and the command line is not: this thread waits for it.
        let failure = Mutex<String?>(nil)
        let done = DispatchSemaphore(value: 0)
        let host = self.host
        Task {
            do {
                try await server.run { port in Console.errorRaw("onym: serving on http://\(host):\(port)/") }
            } catch {
                failure.withLock { $0 = "cannot serve on \(host):\(settings.port): \(error)" }
            }
            done.signal()
        }
        done.wait()
        if let message = failure.withLock({ $0 }) { throw CLIError(message) }
    }
}
