import Foundation
import Hummingbird
import Logging
import NIOCore
import OnymGlossary
import OnymKit

/// `onym serve`: the JSON API, LanguageTool's API and the lookup page over one workspace,
/// which is replaced when the glossaries change. Logs go to `log` (one line a request).
public struct GlossaryServer: Sendable {
    let state: ServingState
    let settings: ServerSettings
    let log: @Sendable (String) -> Void

    /// Reads and checks the glossaries of `configuration` now: a server does not start on bad ones.
    public init(_ configuration: Workspace.Configuration, settings: ServerSettings,
                log: @escaping @Sendable (String) -> Void) throws(GlossaryError) {
        // A server answers lookups from memory, a store's too: it is read once per revision.
        var configuration = configuration
        configuration.lookupInMemory = true
        state = try ServingState(configuration, log: log)
        self.settings = settings
        self.log = log
    }

    /// Every path the server answers and its methods (the OpenAPI document describes them all).
    static let endpoints: [String: [HTTPRequest.Method]] = [
        "/": [.get], "/openapi.json": [.get], "/v1/lookup": [.get], "/v1/lint": [.post], "/v1/fix": [.post],
        "/v2/check": [.get, .post], "/v2/languages": [.get], "/v1/concepts": [.get, .post],
        "/v1/concepts/{id}": [.get, .patch, .delete], "/v1/concepts/{id}/history": [.get],
        "/v1/export": [.get], "/v1/tm/search": [.post], "/v1/check": [.post],
    ]

    /// The routes, with their middleware (tests run them in-process).
    public func router() -> Router<OnymRequestContext> {
        let router = Router(context: OnymRequestContext.self)
        router.add(middleware: RequestLogMiddleware(log: log))
        if !settings.corsOrigins.isEmpty {
            router.add(middleware: CORSMiddleware(allowOrigin: .custom(settings.corsOrigins.joined(separator: " ")),
                                                  allowHeaders: [.contentType, .authorization, .ifMatch],
                                                  allowMethods: [.get, .post, .patch, .delete, .options]))
        }
        router.add(middleware: ErrorBodyMiddleware(methods: Self.endpoints, log: log))
        if let perMinute = settings.ratePerMinute { router.add(middleware: RateLimitMiddleware(limiter: RateLimiter(perMinute: perMinute))) }
        router.add(middleware: AccessMiddleware(tokens: settings.tokens))
        APIRoutes(state: state, settings: settings).add(to: router)
        LanguageToolRoutes(state: state, settings: settings).add(to: router)
        PageRoutes(settings: settings).add(to: router)
        ConceptRoutes(state: state, settings: settings).add(to: router)
        MemoryRoutes(state: state, settings: settings).add(to: router)
        ExportRoutes(state: state).add(to: router)
        return router
    }

    /// The application on the configured address; `onRunning` hears the port it listens on.
    public func application(onRunning: @escaping @Sendable (Int) async -> Void = { _ in }) -> some ApplicationProtocol {
        Application(router: router(),
                    configuration: .init(address: .hostname(settings.host, port: settings.port), serverName: "onym"),
                    onServerRunning: { channel in await onRunning(channel.localAddress?.port ?? 0) },
                    // Onym logs its own lines (one a request); Hummingbird's would repeat them.
                    logger: Logger(label: "onym") { _ in SwiftLogNoOpLogHandler() })
    }

    /// Serves until SIGTERM or SIGINT, then finishes the requests in flight and returns;
    /// looks at the glossaries for changes meanwhile.
    public func run(onRunning: @escaping @Sendable (Int) async -> Void = { _ in }) async throws {
        let state = self.state, interval = settings.reloadInterval
        let watcher = Task { await state.watch(every: interval) }
        defer { watcher.cancel() }
        do {
            try await application(onRunning: onRunning).runService()
        } catch let error as IOError {
            // "Address already in use", not the system call that said so.
            throw StartFailure(message: String(cString: strerror(error.errnoCode)))
        }
    }

    /// Why the server could not start listening.
    public struct StartFailure: Error, CustomStringConvertible {
        public let message: String
        public var description: String { message }
    }

    /// Looks at the glossaries now (tests, instead of waiting a second).
    public func reloadIfChanged() { state.reloadIfChanged() }
}
