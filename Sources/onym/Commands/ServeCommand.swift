#if Server
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
        ({"text": …, "format": "plain|markdown|html", "lang": …}), with a store
        /v1/concepts (GET, POST), /v1/concepts/{id} (GET, PATCH, DELETE with If-Match)
        and /v1/concepts/{id}/history, LanguageTool's POST /v2/check and
        GET /v2/languages, the page at /, and /openapi.json.

        Without --tokens the server is read-only; with a tokens file, requests carry
        Authorization: Bearer TOKEN (reading needs the read scope, unless the file lets
        anonymous requests read; edits need edit). --new-token NAME --scope edit prints
        a token and the line to add to the file.

        Examples:
          onym serve
          onym serve --port 8081 --glossary names/house.yaml
          onym serve --store team.sqlite --tokens tokens.yaml --host 0.0.0.0 --rate 600
          onym serve --new-token ana --scope edit
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
    @Option(name: .long, help: ArgumentHelp("Who may do what (YAML: anonymous: none|read; tokens: name, scope, sha256). Without it the server is read-only.", valueName: "FILE"))
    var tokens: String?
    @Option(name: .long, help: ArgumentHelp("At most N requests a minute from one token or address (429 above).", valueName: "N"))
    var rate: Int?
    @Option(name: .long, help: ArgumentHelp("Print a new token for NAME and the line that lets it in, and exit.", valueName: "NAME"))
    var newToken: String?
    @Option(name: .long, help: "The scope of --new-token: read, propose, edit or admin.")
    var scope = "read"
    @OptionGroup var glossary: GlossaryOptions

    func run() throws {
        if let name = newToken {
            guard let scope = Scope(rawValue: scope) else { throw CLIError("--scope must be read, propose, edit or admin") }
            guard ConceptID.isValid(name) else { throw CLIError("--new-token: a name such as ana or desk-2 (lower case, no spaces)") }
            let made = TokenFile.newToken(name: name, scope: scope)
            Console.line(made.token)
            Console.errorRaw("onym: give the token above to \(name), and add this line under 'tokens:' in the tokens file:\n\(made.line)")
            return
        }
        guard (0...65535).contains(port) else { throw CLIError("--port must be 0 to 65535") }
        guard bodyLimit >= 1 else { throw CLIError("--body-limit must be 1 or more") }
        let config = try glossary.config()
        var settings = ServerSettings(version: Onym.version)
        settings.host = host
        settings.port = port
        settings.corsOrigins = corsOrigins
        settings.bodyLimit = bodyLimit
        if let rate {
            guard rate >= 1 else { throw CLIError("--rate must be 1 or more") }
            settings.ratePerMinute = rate
        }
        if let tokens {
            settings.tokens = try TokenFile.read(bytes: GlossarySet.readFile(tokens), path: tokens)
        }
        var configuration = Workspace.Configuration(glossaries: try glossary.source(), cache: CacheChoice.cache,
                                                    defaultLanguage: try LanguageTag.canonical(config?.language ?? "en"),
                                                    settings: LintSettings(config: config), memory: StoreChoice.chosen(explicit: glossary.store, config: config))
        configuration.house = try glossary.house(config)
        let server = try GlossaryServer(configuration, settings: settings, log: { Console.errorRaw($0) })
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
#else
import ArgumentParser

/// `onym serve` in a build without the Server trait: it stays in the command list (and in
/// `onym help`), and says in one line how to get a build that serves, as a `postgres://` store
/// does in a build without PostgreSQL.
struct ServeCommand: ParsableCommand {
    /// What the command answers; `onym --version` says "server not built in".
    static let howToGetIt =
        "this onym was built without the server; build one with `swift build -c release --traits Server` (or use a release binary, which has it)"

    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve the glossaries over HTTP (not in this build: see `onym serve`)."
    )

    // Whatever was asked, the answer is the same line, not a complaint about the arguments.
    @Argument(parsing: .allUnrecognized) var arguments: [String] = []

    func run() throws {
        throw CLIError(Self.howToGetIt)
    }
}
#endif
