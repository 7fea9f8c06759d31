import Hummingbird

/// Every error leaves as `{"error": "…"}` with its status: the server's own, Hummingbird's
/// (no such route: 404; a method the route lacks: 405), and anything else as 500 with no
/// detail (it is logged).
struct ErrorBodyMiddleware<Context: RequestContext>: RouterMiddleware {
    /// The methods of each path the server has: another method there is 405, not 404.
    let methods: [String: [HTTPRequest.Method]]
    let log: @Sendable (String) -> Void

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch let error as ServerError {
            return error.response
        } catch let error as HTTPError where error.status == .notFound && methods[request.uri.path] != nil {
            let allowed = methods[request.uri.path]!
            var response = ServerError(.methodNotAllowed, "\(request.uri.path) takes \(allowed.map(\.rawValue).joined(separator: ", ")), not \(request.method)").response
            response.headers[.allow] = allowed.map(\.rawValue).joined(separator: ", ")
            return response
        } catch let error as HTTPError {
            let message = switch error.status {
            case .notFound: "no such endpoint: \(request.method) \(request.uri.path)"
            case .methodNotAllowed: "\(request.uri.path) does not take \(request.method)"
            default: error.body ?? error.status.reasonPhrase
            }
            var response = ServerError(error.status, message).response
            for field in error.headers { response.headers.append(field) }
            return response
        } catch {
            log("onym: \(request.method) \(request.uri.path) failed: \(error)")
            return ServerError(.internalServerError, "the server failed; the failure is logged").response
        }
    }
}
