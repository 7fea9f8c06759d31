import Hummingbird

/// Who may do what. Without a tokens file the server is read-only and open to whoever can
/// reach it (loopback, unless `--host` says otherwise). With one, a request carries
/// `Authorization: Bearer TOKEN`: no token is 401 unless the file lets anonymous requests
/// read, an unknown token is 401, a token whose scope is short of what the request needs
/// is 403. Reading needs `read`; writing (POST, PATCH, DELETE of concepts) needs `edit`.
struct AccessMiddleware: RouterMiddleware {
    let tokens: TokenFile?

    /// What a request needs.
    static func needs(_ request: Request) -> Scope {
        let path = request.uri.path
        let writes = path.hasPrefix("/v1/concepts") && [.post, .patch, .delete].contains(request.method)
        return writes ? .edit : .read
    }

    func handle(_ request: Request, context: OnymRequestContext, next: (Request, OnymRequestContext) async throws -> Response) async throws -> Response {
        var context = context
        // The page and the API's description are for everyone; what they call is not.
        if request.uri.path == "/" || request.uri.path == "/openapi.json" { return try await next(request, context) }
        let needed = Self.needs(request)
        guard let tokens else {
            guard needed == .read else {
                throw ServerError(.forbidden, "this server is read-only: start it with --tokens FILE to let editors write")
            }
            context.scope = .read
            return try await next(request, context)
        }
        if let header = request.headers[.authorization] {
            guard header.lowercased().hasPrefix("bearer "), let entry = tokens.entry(for: String(header.dropFirst(7)).trimmingCharacters(in: .whitespaces)) else {
                throw Self.unauthorized("the token is not one this server knows")
            }
            guard entry.scope >= needed else {
                throw ServerError(.forbidden, "the token '\(entry.name)' may \(entry.scope.rawValue); this needs \(needed.rawValue)")
            }
            context.caller = entry.name
            context.scope = entry.scope
        } else {
            guard let anonymous = tokens.anonymous, anonymous >= needed else {
                throw Self.unauthorized("send Authorization: Bearer TOKEN")
            }
            context.scope = anonymous
        }
        return try await next(request, context)
    }

    static func unauthorized(_ message: String) -> ServerError {
        ServerError(.unauthorized, message, headers: [.wwwAuthenticate: "Bearer realm=\"onym\""])
    }
}
