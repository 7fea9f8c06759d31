import Hummingbird
import OnymGlossary
import OnymKit
import OnymLint
import OnymText

/// The JSON API under `/v1`: lookups, and a text's findings and fixes — the CLI's JSON.
struct APIRoutes: Sendable {
    let state: ServingState
    let settings: ServerSettings

    func add(to router: Router<OnymRequestContext>) {
        router.get("/v1/lookup") { request, _ in try self.lookup(request) }
        router.post("/v1/lint") { request, _ in try await self.lint(request) }
        router.post("/v1/fix") { request, _ in try await self.fix(request) }
    }

    /// `GET /v1/lookup?q=&lang=&limit=&to=`: `onym lookup --format json`'s JSON.
    func lookup(_ request: Request) throws -> Response {
        let query = request.uri.queryParameters
        guard let q = query["q"].map(String.init), q.contains(where: { !$0.isWhitespace }) else {
            throw ServerError(.badRequest, "give a name to look up: ?q=…")
        }
        let workspace = state.workspace
        let language = try Self.language(query["lang"].map(String.init), "lang") ?? workspace.documentLanguage
        let limit = try Self.integer(query["limit"], "limit", default: 10, in: 1...100)
        let languages = try query["to"].map { try $0.split(separator: ",").map { try Self.language(String($0), "to")! } }
        let result: LookupResult
        do { result = try workspace.lookup(q, language: language) } catch { throw Failure.of(error) }
        return .json(try LookupJSON.render(result, languages: languages, limit: limit) + "\n")
    }

    /// `POST /v1/lint {text, format?, lang?}`: one file's report in `onym lint --format json`'s JSON.
    func lint(_ request: Request) async throws -> Response {
        let document = try await Self.document(request, limit: settings.bodyLimit)
        let linted: LintedDocument
        do { linted = try state.workspace.lint(document: document) } catch { throw Failure.of(error) }
        var json = LintJSON.document([linted])
        json.raw("\n")
        return .json(json.text)
    }

    /// `POST /v1/fix {text, format?, lang?, misspellings?}`: `{"findings": [what is left],
    /// "fixed": [what was fixed], "lang": …, "text": the fixed text}`.
    func fix(_ request: Request) async throws -> Response {
        let body = try await RequestBody.json(TextRequest.self, request, limit: settings.bodyLimit)
        let fixed: FixedDocument
        do { fixed = try state.workspace.fix(document: try body.document(), misspellings: body.misspellings ?? false) } catch let error as WorkspaceError {
            throw Failure.of(error)
        }
        return .json(FixJSON.render(fixed) + "\n")
    }

    /// The body of `/v1/lint` and `/v1/fix`.
    struct TextRequest: Decodable {
        let text: String
        let format: String?
        let lang: String?
        let misspellings: Bool?

        func document() throws -> Document {
            guard let format = DocumentFormat(rawValue: format ?? "plain") else {
                throw ServerError(.badRequest, "'format' must be plain, markdown or html, not '\(format ?? "")'")
            }
            return Document(name: "<text>", text: text, format: format, language: try APIRoutes.language(lang, "lang"))
        }
    }

    static func document(_ request: Request, limit: Int) async throws -> Document {
        try await RequestBody.json(TextRequest.self, request, limit: limit).document()
    }

    /// A language parameter in canonical form; 400 when it is not a language tag.
    static func language(_ tag: String?, _ name: String) throws -> String? {
        guard let tag, !tag.isEmpty else { return nil }
        do { return try LanguageTag.canonical(tag) } catch { throw ServerError(.badRequest, "\(name): \(error)") }
    }

    /// One of a closed set of values (a kind, a format); 400 naming the choices otherwise.
    static func choice<T: RawRepresentable & CaseIterable>(_ text: (some StringProtocol)?, _ name: String, _: T.Type) throws -> T?
    where T.RawValue == String {
        guard let text else { return nil }
        guard let value = T(rawValue: String(text)) else {
            throw ServerError(.badRequest, "'\(name)' must be one of \(T.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        return value
    }

    /// An integer parameter within `range`.
    static func integer(_ text: Substring?, _ name: String, default value: Int, in range: ClosedRange<Int>) throws -> Int {
        guard let text else { return value }
        guard let n = Int(text), range.contains(n) else {
            throw ServerError(.badRequest, "'\(name)' must be a whole number from \(range.lowerBound) to \(range.upperBound)")
        }
        return n
    }
}
