import Foundation
import Hummingbird
import OnymGlossary
import OnymKit
import OnymStore
import OnymText

/// The store's concepts over HTTP, as `list`, `show`, `log`, `add`, `set` and `remove` do
/// them: the same validation and history, the token's name as the author, a concept's
/// revision as its ETag, and `If-Match` on every change (412 when it is stale).
struct ConceptRoutes: Sendable {
    let state: ServingState
    let settings: ServerSettings

    func add(to router: Router<OnymRequestContext>) {
        // Every route waits on the store: off the request threads (Blocking).
        router.get("/v1/concepts") { request, _ in try await Blocking.run { try self.list(request) } }
        router.get("/v1/concepts/{id}") { _, context in
            let id = try context.parameters.require("id")
            return try await Blocking.run { try self.show(id) }
        }
        router.get("/v1/concepts/{id}/history") { _, context in
            let id = try context.parameters.require("id")
            return try await Blocking.run { try self.history(id) }
        }
        router.post("/v1/concepts") { request, context in
            let body = try await RequestBody.json(NewConcept.self, request, limit: settings.bodyLimit)
            return try await Blocking.run { try self.create(body, context) }
        }
        router.patch("/v1/concepts/{id}") { request, context in
            let id = try context.parameters.require("id")
            let expected = try Self.ifMatch(request)
            let body = try await RequestBody.json(Change.self, request, limit: settings.bodyLimit)
            return try await Blocking.run { try self.change(id, expected: expected, body, context) }
        }
        router.delete("/v1/concepts/{id}") { request, context in
            let id = try context.parameters.require("id")
            let expected = try Self.ifMatch(request)
            return try await Blocking.run { try self.remove(id, expected: expected, context) }
        }
    }

    /// `GET /v1/concepts?kind=&lang=&q=&cursor=&limit=`: concepts in id order, a page at a
    /// time: `{"concepts": […], "next": cursor or null}`; `q` keeps those with a form that
    /// contains it (case and diacritics aside).
    func list(_ request: Request) throws -> Response {
        let query = request.uri.queryParameters
        let store = try state.store()
        let kind = try APIRoutes.choice(query["kind"], "kind", ConceptKind.self)
        let language = try APIRoutes.language(query["lang"].map(String.init), "lang")
        let limit = try APIRoutes.integer(query["limit"], "limit", default: 100, in: 1...1000)
        let cursor = query["cursor"].map(String.init) ?? ""
        let needle = query["q"].map { MatchKey.string(of: String($0)) }
        let all: [StoredConcept]
        do { all = try store.concepts(kind: kind, language: language) } catch { throw Failure.of(error) }
        var page: [StoredConcept] = []
        var next: String?
        for stored in all where stored.concept.id > cursor {
            if let needle, !needle.isEmpty, !stored.concept.terms.values.contains(where: { set in
                ([set.preferred] + set.admitted + set.variants + set.forbidden).contains { MatchKey.string(of: $0).contains(needle) }
            }) { continue }
            if page.count == limit {
                next = page.last?.concept.id
                break
            }
            page.append(stored)
        }
        struct Page: Encodable {
            let concepts: [ConceptJSON.Item]
            let next: String?
            func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: Keys.self)
                try c.encode(concepts, forKey: .concepts)
                try c.encode(next, forKey: .next)  // null on the last page, not left out
            }
            enum Keys: String, CodingKey { case concepts, next }
        }
        return .json(try JSONOutput.string(Page(concepts: page.map(ConceptJSON.Item.init), next: next)) + "\n")
    }

    /// `GET /v1/concepts/{id}`: the concept, its revision as the ETag.
    func show(_ id: String) throws -> Response {
        let stored = try existing(id)
        return try Self.item(stored)
    }

    /// `GET /v1/concepts/{id}/history`: every change of the concept, oldest first.
    func history(_ id: String) throws -> Response {
        let store = try state.store()
        let changes: [StoreChange]
        do { changes = try store.history(concept: id, since: nil) } catch { throw Failure.of(error) }
        if changes.isEmpty { _ = try existing(id) }
        return .json(try JSONOutput.string(changes.map(ConceptJSON.Change.init)) + "\n")
    }

    /// `POST /v1/concepts`: a new concept, `{"id", "kind", "note", "terms": {"en": {"preferred",
    /// "admitted", "variants", "forbidden", "allow", "note"}}, "glossary", "message"}`; 201.
    func create(_ body: NewConcept, _ context: OnymRequestContext) throws -> Response {
        let store = try state.store()
        var terms: [String: TermSet] = [:]
        var languages: [String] = []
        for (tag, set) in body.terms.sorted(by: { $0.key < $1.key }) {
            guard let language = try APIRoutes.language(tag, "terms") else { throw ServerError(.badRequest, "a language of 'terms' is empty") }
            languages.append(language)
            terms[language] = TermSet(preferred: Self.nfc(set.preferred), admitted: (set.admitted ?? []).map(Self.nfc),
                                      variants: (set.variants ?? []).map(Self.nfc), forbidden: (set.forbidden ?? []).map(Self.nfc),
                                      allow: (set.allow ?? []).map(Self.nfc), note: set.note)
        }
        let kind = try APIRoutes.choice(body.kind, "kind", ConceptKind.self)!
        let concept = Concept(id: body.id, kind: kind, note: body.note, terms: terms, languages: languages)
        try commit(store, [.put(concept, glossary: body.glossary ?? "house", expected: nil)], context, message: body.message)
        var response = try Self.item(try existing(body.id))
        response.status = .created
        response.headers[.location] = "/v1/concepts/\(body.id)"
        return response
    }

    /// `PATCH /v1/concepts/{id}` with `If-Match: REVISION`: the changes of `onym set`,
    /// `{"lang", "preferred", "addAdmitted", "removeAdmitted", "addVariant", "removeVariant",
    /// "addForbidden", "removeForbidden", "addAllow", "removeAllow", "kind", "note", "message"}`.
    func change(_ id: String, expected: Int, _ body: Change, _ context: OnymRequestContext) throws -> Response {
        let store = try state.store()
        let stored = try existing(id)
        guard let language = try APIRoutes.language(body.lang, "lang") else { throw ServerError(.badRequest, "give 'lang', the language of the forms") }
        var change = ConceptChange(language: language)
        change.preferred = body.preferred.map(Self.nfc)
        change.kind = try APIRoutes.choice(body.kind, "kind", ConceptKind.self)
        change.note = body.note
        let forms = { (list: [String]?) in (list ?? []).map(Self.nfc) }
        change.add = [.admitted: forms(body.addAdmitted), .deprecated: forms(body.addVariant), .forbidden: forms(body.addForbidden)]
        change.remove = [.admitted: forms(body.removeAdmitted), .deprecated: forms(body.removeVariant), .forbidden: forms(body.removeForbidden)]
        change.addAllow = forms(body.addAllow)
        change.removeAllow = forms(body.removeAllow)
        let concept: Concept
        do { concept = try change.applied(to: stored.concept, source: store.location) } catch { throw Failure.ofEdit(error) }
        if concept != stored.concept || expected != stored.revision {
            try commit(store, [.put(concept, glossary: stored.glossary, expected: expected)], context, message: body.message)
        }
        return try Self.item(try existing(id))
    }

    /// `DELETE /v1/concepts/{id}` with `If-Match: REVISION`: the concept out of the store
    /// (its history stays).
    func remove(_ id: String, expected: Int, _ context: OnymRequestContext) throws -> Response {
        let store = try state.store()
        _ = try existing(id)
        try commit(store, [.remove(id: id, expected: expected)], context, message: nil)
        var json = JSONText()
        json.raw("{")
        json.field("removed", id)
        json.raw("}\n")
        return .json(json.text)
    }

    struct NewConcept: Decodable, Sendable {
        struct Terms: Decodable, Sendable {
            let preferred: String
            let admitted: [String]?
            let variants: [String]?
            let forbidden: [String]?
            let allow: [String]?
            let note: String?
        }
        let id: String
        let kind: String
        let note: String?
        let terms: [String: Terms]
        let glossary: String?
        let message: String?
    }

    struct Change: Decodable, Sendable {
        let lang: String?
        let preferred: String?
        let addAdmitted, removeAdmitted, addVariant, removeVariant, addForbidden, removeForbidden, addAllow, removeAllow: [String]?
        let kind: String?
        let note: String?
        let message: String?
    }

    private func existing(_ id: String) throws -> StoredConcept {
        do { return try state.store().existing(id: id) } catch let error as GlossaryError { throw Failure.ofEdit(error) }
    }

    private func commit(_ store: any GlossaryStore, _ edits: [StoreEdit], _ context: OnymRequestContext, message: String?) throws {
        do { try store.commit(edits, author: context.caller ?? "anonymous", message: message) } catch { throw Failure.ofEdit(error) }
        // Lookups and checks see the change at once, not at the next look.
        state.reloadIfChanged()
    }

    /// A concept with its revision as a strong ETag.
    static func item(_ stored: StoredConcept) throws -> Response {
        var response = Response.json(try JSONOutput.string(ConceptJSON.Item(stored)) + "\n")
        response.headers[.eTag] = "\"\(stored.revision)\""
        return response
    }

    /// The revision a change is made on: `If-Match: "3"` (or `3`, or `W/"3"`); 428 without one.
    static func ifMatch(_ request: Request) throws -> Int {
        guard let header = request.headers[.ifMatch] else {
            throw ServerError(.preconditionRequired, "send If-Match with the revision you read (the ETag of GET /v1/concepts/{id})")
        }
        var text = header.trimmingCharacters(in: .whitespaces)
        if text.hasPrefix("W/") { text.removeFirst(2) }
        guard let revision = Int(text.trimmingCharacters(in: CharacterSet(charactersIn: "\""))) else {
            throw ServerError(.badRequest, "If-Match must be a revision such as \"3\", not '\(header)'")
        }
        return revision
    }

    static func nfc(_ s: String) -> String { Normalizer.normalize(s, to: .nfc) }
}
