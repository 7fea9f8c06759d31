import Foundation
import Logging
import MCP
import OnymGlossary
import OnymKit
import OnymLint
import OnymText

/// `onym mcp`: the glossary for AI writing assistants over the Model Context Protocol
/// (stdio), on a ``Workspace``: tools to look a name up, check a text, fix it and read a
/// concept, and a resource per concept (`onym://concept/{id}`). Answers are the CLI's JSON.
public struct AssistantServer: Sendable {
    let workspace: Workspace
    let version: String
    let logger: Logger

    public init(_ configuration: Workspace.Configuration, version: String, logger: Logger) {
        var configuration = configuration
        // Many questions of the same glossaries: answered from memory, with an index.
        configuration.lookupInMemory = true
        workspace = Workspace(configuration) { [logger] warning in logger.warning("\(warning)") }
        self.version = version
        self.logger = logger
    }

    /// Serves on stdin and stdout until the client closes them.
    public func run() async throws {
        // A glossary that does not load is said before any client waits on it.
        try workspace.prepare()
        let workspace = self.workspace
        Task.detached(priority: .utility) {
            try? workspace.indexLookups()
            workspace.releaseMemory()
        }
        let server = Server(
            name: "onym", version: version, title: "Onym",
            instructions: "Onym keeps names consistent across languages: look up a name's preferred form, check or fix a text's names.",
            capabilities: .init(resources: .init(subscribe: false, listChanged: false), tools: .init(listChanged: false)))
        await server.withMethodHandler(ListTools.self) { _ in .init(tools: AssistantTools.all) }
        await server.withMethodHandler(CallTool.self) { [self] params in self.call(params.name, params.arguments ?? [:]) }
        await server.withMethodHandler(ListResourceTemplates.self) { _ in
            .init(templates: [Resource.Template(uriTemplate: "onym://concept/{id}", name: "concept",
                                                description: "A concept of the glossary: its forms in every language, with their statuses, note and sources",
                                                mimeType: "application/json")])
        }
        await server.withMethodHandler(ListResources.self) { [self] params in try self.resources(after: params.cursor) }
        await server.withMethodHandler(ReadResource.self) { [self] params in try self.read(params.uri) }
        try await server.start(transport: StdioTransport(logger: logger))
        await server.waitUntilCompleted()
    }

    // MARK: Tools

    func call(_ name: String, _ arguments: [String: Value]) -> CallTool.Result {
        do {
            let text: String
            switch name {
            case "lookup_name":
                let query = try Self.string(arguments, "query")
                let language = try Self.language(arguments) ?? workspace.documentLanguage
                text = try LookupJSON.render(try workspace.lookup(query, language: language))
            case "check_text":
                let linted = try workspace.lint(document: try document(arguments))
                text = LintJSON.document([linted]).text
            case "fix_text":
                text = FixJSON.render(try workspace.fix(document: try document(arguments)), diff: true)
            case "get_concept":
                let id = try Self.string(arguments, "id")
                guard let found = try workspace.queries().concept(id: id) else { throw AssistantError("no concept has the id '\(id)'") }
                text = try JSONOutput.string(ConceptCard(found.concept, generated: found.generated))
            default:
                throw AssistantError("no tool is called '\(name)': lookup_name, check_text, fix_text, get_concept")
            }
            return .init(content: [.text(text: text, annotations: nil, _meta: nil)], isError: false)
        } catch {
            // The model reads the message and may try again: a tool error, not a protocol one.
            return .init(content: [.text(text: Self.message(error), annotations: nil, _meta: nil)], isError: true)
        }
    }

    private func document(_ arguments: [String: Value]) throws -> Document {
        let text = try Self.string(arguments, "text")
        let name = arguments["format"]?.stringValue ?? "plain"
        guard let format = DocumentFormat(rawValue: name) else { throw AssistantError("format must be plain, markdown or html, not '\(name)'") }
        return Document(name: "<text>", text: text, format: format, language: try Self.language(arguments))
    }

    static func string(_ arguments: [String: Value], _ name: String) throws -> String {
        guard let value = arguments[name]?.stringValue else { throw AssistantError("'\(name)' is required, as a string") }
        return value
    }

    static func language(_ arguments: [String: Value]) throws -> String? {
        guard let tag = arguments["lang"]?.stringValue, !tag.isEmpty else { return nil }
        do { return try LanguageTag.canonical(tag) } catch { throw AssistantError("'lang': \(error)") }
    }

    static func message(_ error: any Error) -> String {
        switch error {
        case let error as AssistantError: error.message
        case let error as WorkspaceError: "\(error)"
        case let error as GlossaryError: "\(error)"
        default: "\(error)"
        }
    }

    // MARK: Resources

    /// The concepts, a page of 200 at a time, in the glossaries' order.
    private func resources(after cursor: String?) throws -> ListResources.Result {
        let concepts = try workspace.glossarySet().concepts
        let start = cursor.flatMap(Int.init) ?? 0
        guard start >= 0, start <= concepts.count else { throw MCPError.invalidParams("not a cursor of this list: \(cursor ?? "")") }
        let page = concepts[start..<min(start + 200, concepts.count)]
        let next = start + page.count < concepts.count ? String(start + page.count) : nil
        return .init(resources: page.map { concept in
            Resource(name: concept.id, uri: "onym://concept/\(concept.id)",
                     title: concept.terms[workspace.documentLanguage]?.preferred ?? concept.terms[concept.languages.first ?? ""]?.preferred,
                     description: "\(concept.kind.rawValue): " + concept.languages.compactMap { concept.terms[$0].map { "\($0.preferred)" } }.joined(separator: " · "),
                     mimeType: "application/json")
        }, nextCursor: next)
    }

    private func read(_ uri: String) throws -> ReadResource.Result {
        let prefix = "onym://concept/"
        guard uri.hasPrefix(prefix) else { throw MCPError.invalidParams("not an Onym resource: \(uri) (onym://concept/{id})") }
        let id = String(uri.dropFirst(prefix.count))
        guard let found = try workspace.queries().concept(id: id) else { throw MCPError.invalidParams("no concept has the id '\(id)'") }
        let json = try JSONOutput.string(ConceptCard(found.concept, generated: found.generated))
        return .init(contents: [.text(json, uri: uri, mimeType: "application/json")])
    }
}
