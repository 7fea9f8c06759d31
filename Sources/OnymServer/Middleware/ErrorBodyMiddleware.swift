import Hummingbird

/// Every error leaves as `{"error": "…"}` with its status: the server's own, Hummingbird's
/// (no such route: 404; a method the route lacks: 405), and anything else as 500 with no
/// detail (it is logged).
struct ErrorBodyMiddleware<Context: RequestContext>: RouterMiddleware {
    /// The methods of each path the server has: another method there is 405, not 404.
    let methods: [String: [HTTPRequest.Method]]
    let log: @Sendable (String) -> Void

    /// The methods of the path pattern (`/v1/concepts/{id}`) that `path` fits.
    func allowed(_ path: String) -> [HTTPRequest.Method]? {
        let parts = path.split(separator: "/", omittingEmptySubsequences: false)
        return methods.first { pattern, _ in
            let want = pattern.split(separator: "/", omittingEmptySubsequences: false)
            return want.count == parts.count && zip(want, parts).allSatisfy { $0.hasPrefix("{") ? !$1.isEmpty : $0 == $1 }
        }?.value
    }

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch let error as ServerError {
            return error.response
        } catch let error as HTTPError where error.status == .notFound && allowed(request.uri.path) != nil {
            let allowed = allowed(request.uri.path)!
            let list = allowed.map(\.rawValue).joined(separator: ", ")
            return ServerError(.methodNotAllowed, "\(request.uri.path) takes \(list), not \(request.method)", headers: [.allow: list]).response
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
