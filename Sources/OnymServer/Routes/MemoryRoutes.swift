import Hummingbird
import OnymKit
import OnymTM

/// The translation memory and the bilingual check, as `onym tm search` and `onym check`
/// answer them (their JSON).
struct MemoryRoutes: Sendable {
    let state: ServingState
    let settings: ServerSettings

    func add(to router: Router<OnymRequestContext>) {
        router.post("/v1/tm/search") { request, _ in try await self.search(request) }
        router.post("/v1/check") { request, _ in try await self.check(request) }
    }

    struct SearchRequest: Decodable {
        let text: String
        let from: String
        let to: String
        let min: Int?
        let limit: Int?
    }

    /// `POST /v1/tm/search {text, from, to, min?, limit?}`: fuzzy matches of the store's memory.
    func search(_ request: Request) async throws -> Response {
        let body = try await RequestBody.json(SearchRequest.self, request, limit: settings.bodyLimit)
        let minimum = body.min ?? 75, limit = body.limit ?? 5
        guard (1...100).contains(minimum) else { throw ServerError(.badRequest, "'min' must be 1 to 100") }
        guard (1...100).contains(limit) else { throw ServerError(.badRequest, "'limit' must be 1 to 100") }
        let from = try APIRoutes.language(body.from, "from") ?? "", to = try APIRoutes.language(body.to, "to") ?? ""
        guard !from.isEmpty, !to.isEmpty else { throw ServerError(.badRequest, "give 'from' and 'to', the languages of the pairs") }
        // The memory is a store's: its queries wait off the request threads.
        return try await Blocking.run {
            let memory = try self.memory()
            let matches: [TMMatch]
            do throws(TMError) { matches = try memory.search(body.text, from: from, to: to, minimum: minimum, limit: limit) } catch {
                throw ServerError(.serviceUnavailable, "the memory cannot be read: \(error.message)")
            }
            return .json(try TMSearchJSON.render(query: body.text, matches: matches) + "\n")
        }
    }

    struct CheckRequest: Decodable {
        struct Pair: Decodable {
            let id: String?
            let source: String
            let target: String
        }
        let from: String
        let to: String
        let pairs: [Pair]
    }

    /// `POST /v1/check {from, to, pairs: [{id?, source, target}]}`: the pairs' findings, against
    /// the glossaries and (with a store) the memory's 100 % matches.
    func check(_ request: Request) async throws -> Response {
        let body = try await RequestBody.json(CheckRequest.self, request, limit: settings.bodyLimit)
        let from = try APIRoutes.language(body.from, "from") ?? "", to = try APIRoutes.language(body.to, "to") ?? ""
        guard !from.isEmpty, !to.isEmpty else { throw ServerError(.badRequest, "give 'from' and 'to', the languages of the pairs") }
        let pairs = body.pairs.enumerated().map { n, p in
            CheckPair(id: p.id ?? String(n + 1), line: n + 1, source: p.source, target: p.target)
        }
        // With a store, the memory's 100 % matches are asked of it: off the request threads.
        return try await Blocking.run {
            let findings: [CheckFinding]
            do throws(WorkspaceError) { findings = try state.workspace.check(pairs: pairs, from: from, to: to) } catch { throw Failure.of(error) }
            return .json(try CheckJSON.render([CheckJSON.File(path: "<request>", from: from, to: to, findings: findings)]) + "\n")
        }
    }

    private func memory() throws -> TMStore {
        let memory: TMStore?
        do { memory = try state.workspace.memory() } catch { throw Failure.of(error) }
        guard let memory else {
            throw ServerError(.notFound, "this server has no translation memory: serve a store (onym serve --store …)")
        }
        return memory
    }
}
