import Hummingbird

/// One line per request to the log: method, path (never the query, which may hold a text,
/// nor a token), status, duration.
struct RequestLogMiddleware<Context: RequestContext>: RouterMiddleware {
    let log: @Sendable (String) -> Void

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let start = ContinuousClock.now
        let response = try await next(request, context)
        let elapsed = ContinuousClock.now - start
        let ms = Double(elapsed.components.seconds) * 1000 + Double(elapsed.components.attoseconds) / 1e15
        log("\(request.method) \(request.uri.path) \(response.status.code) \((ms * 100).rounded() / 100) ms")
        return response
    }
}
