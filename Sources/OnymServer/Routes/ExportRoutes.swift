import Hummingbird
import OnymGlossary
import OnymInterchange
import OnymKit

/// `GET /v1/export`: the glossaries as `onym export` writes them, byte for byte.
struct ExportRoutes: Sendable {
    let state: ServingState
    static let piece = 64 * 1024

    func add(to router: Router<OnymRequestContext>) {
        // Reads the glossaries whole (from a store, or the cache): off the request threads.
        router.get("/v1/export") { request, _ in try await Blocking.run { try self.export(request) } }
    }

    /// `?format=csv|tbx|json|yaml&layout=long|wide|pairs&langs=&from=&to=&for=&kind=&sort=&generated=true`.
    func export(_ request: Request) throws -> Response {
        let query = request.uri.queryParameters
        func choice<T: RawRepresentable & CaseIterable>(_ name: String, _ type: T.Type) throws -> T? where T.RawValue == String {
            try APIRoutes.choice(query[Substring(name)], name, type)
        }
        let workspace = state.workspace
        var options = ExportOptions()
        options.format = try choice("format", InterchangeFormat.self) ?? .csv
        options.layout = try choice("layout", CSVLayout.self) ?? .long
        options.languages = try query["langs"].map { try $0.split(separator: ",").map { try APIRoutes.language(String($0), "langs")! } }
        options.from = try APIRoutes.language(query["from"].map(String.init), "from")
        options.to = try APIRoutes.language(query["to"].map(String.init), "to")
        options.target = try choice("for", ServiceTarget.self)
        options.kind = try choice("kind", ConceptKind.self)
        options.sortLanguage = try APIRoutes.language(query["sort"].map(String.init), "sort")
        switch query["generated"] {
        case nil, "false": options.includeGenerated = false
        case "true": options.includeGenerated = true
        default: throw ServerError(.badRequest, "'generated' must be true or false")
        }
        options.firstLanguage = workspace.configuration.defaultLanguage
        let set: GlossarySet
        do { set = try workspace.glossarySet() } catch { throw Failure.of(error) }
        let result: ExportResult
        do { result = try GlossaryExporter.export(set, options) } catch { throw ServerError(.badRequest, error.description) }
        let type = switch options.format {
        case .csv: "text/csv; charset=utf-8"
        case .tbx: "application/x-tbx+xml; charset=utf-8"
        case .json: "application/json; charset=utf-8"
        case .yaml: "application/yaml; charset=utf-8"
        }
        // Sent in pieces as they are copied out of the text, not as a second copy of it whole
        // (an export of 100,000 concepts is tens of megabytes).
        let text = result.text
        let body = ResponseBody(contentLength: text.utf8.count) { writer in
            let utf8 = text.utf8
            var start = utf8.startIndex
            while start < utf8.endIndex {
                let end = utf8.index(start, offsetBy: Self.piece, limitedBy: utf8.endIndex) ?? utf8.endIndex
                try await writer.write(ByteBuffer(bytes: utf8[start..<end]))
                start = end
            }
            try await writer.finish(nil)
            // The glossaries read whole for it and its text are freed; their pages go back.
            state.releaseMemorySoon()
        }
        return Response(status: .ok, headers: [.contentType: type], body: body)
    }
}
