import Foundation
import Hummingbird
import OnymGlossary
import OnymKit
@testable import OnymServer
import Testing
import OnymTestSupport

/// A server on a SQLite store holding Kyiv, with a tokens file: ana edits, bob reads.
struct StoreServerFixture {
    static let ana = "onym_ana_token", bob = "onym_bob_token"
    let location: String
    let server: GlossaryServer

    init(anonymous: String = "none", ratePerMinute: Int? = nil, tokens: Bool = true) throws {
        let folder = Leftovers.temporary("onym-server-store-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        location = folder.appendingPathComponent("onym.sqlite").path
        let store = try StoreAccess.glossary(location, create: true)
        let kyiv = Concept(id: "kyiv", kind: .place, terms: ["en": TermSet(preferred: "Kyiv", variants: ["Kiev"])], languages: ["en"])
        try store.commit([.put(kyiv, glossary: "house", expected: nil)], author: "seed", message: nil)
        var settings = ServerSettings(version: "9.9.9")
        settings.port = 0
        settings.ratePerMinute = ratePerMinute
        if tokens {
            let digest = TokenFile.digest(of:)
            let yaml = "anonymous: \(anonymous)\ntokens:\n  - { name: ana, scope: edit, sha256: \(digest(Self.ana)) }\n  - { name: bob, scope: read, sha256: \(digest(Self.bob)) }\n"
            settings.tokens = try TokenFile.read(bytes: Array(yaml.utf8), path: "tokens.yaml")
        }
        server = try GlossaryServer(Workspace.Configuration(glossaries: .store(location), memory: location), settings: settings) { _ in }
    }
}

extension LiveClient {
    /// Status, headers and body of one request with a token, JSON body and If-Match.
    func send(_ uri: String, _ method: HTTPRequest.Method = .get, token: String? = nil, json: String? = nil,
              ifMatch: String? = nil) async throws -> (status: Int, headers: HTTPFields, body: String) {
        var headers = HTTPFields()
        if let token { headers[.authorization] = "Bearer \(token)" }
        if json != nil { headers[.contentType] = "application/json" }
        if let ifMatch { headers[.ifMatch] = ifMatch }
        return try await execute(uri: uri, method: method, headers: headers, body: json.map { ByteBuffer(string: $0) }) { response in
            (response.status.code, response.headers, String(buffer: response.body))
        }
    }
}

@Suite struct ConceptRoutesTests {
    static let bakhmut = #"{"id":"bakhmut","kind":"place","terms":{"en":{"preferred":"Bakhmut","variants":["Artemivsk"]}},"message":"new name"}"#

    @Test func everyAccessRule() async throws {
        try await StoreServerFixture().server.serving { client async throws in
            let anonymous = try await client.send("/v1/lookup?q=Kiev")
            #expect((anonymous.status, anonymous.body) == (401, "{\"error\":\"send Authorization: Bearer TOKEN\"}\n"))
            #expect(anonymous.headers[.wwwAuthenticate] == "Bearer realm=\"onym\"")
            let unknown = try await client.send("/v1/lookup?q=Kiev", token: "onym_nobody")
            #expect((unknown.status, unknown.body) == (401, "{\"error\":\"the token is not one this server knows\"}\n"))
            #expect(try await client.send("/v1/lookup?q=Kiev", token: StoreServerFixture.bob).status == 200)
            let reader = try await client.send("/v1/concepts", .post, token: StoreServerFixture.bob, json: Self.bakhmut)
            #expect((reader.status, reader.body) == (403, "{\"error\":\"the token 'bob' may read; this needs edit\"}\n"))
            #expect(try await client.send("/v1/concepts", .post, token: StoreServerFixture.ana, json: Self.bakhmut).status == 201)
            // The page is for everyone.
            #expect(try await client.send("/").status == 200)
        }
        try await StoreServerFixture(anonymous: "read").server.serving { client async throws in
            #expect(try await client.send("/v1/concepts/kyiv").status == 200)
            #expect(try await client.send("/v1/concepts", .post, json: Self.bakhmut).status == 401)
        }
        try await StoreServerFixture(tokens: false).server.serving { client async throws in
            #expect(try await client.send("/v1/concepts/kyiv").status == 200)
            let write = try await client.send("/v1/concepts", .post, json: Self.bakhmut)
            #expect((write.status, write.body) == (403, "{\"error\":\"this server is read-only: start it with --tokens FILE to let editors write\"}\n"))
        }
    }

    /// Add, read, page, change on a revision, a stale revision, history, remove — as the CLI does.
    @Test func conceptsAreEditedWithRevisions() async throws {
        try await StoreServerFixture().server.serving { client async throws in
            let ana = StoreServerFixture.ana
            let added = try await client.send("/v1/concepts", .post, token: ana, json: Self.bakhmut)
            #expect((added.status, added.headers[.eTag], added.headers[.location]) == (201, "\"1\"", "/v1/concepts/bakhmut"))
            #expect(added.body.hasPrefix(#"{"glossary":"house","id":"bakhmut","kind":"place","revision":1,"terms":{"en":{"admitted":[],"allow":[],"forbidden":[],"preferred":"Bakhmut","variants":["Artemivsk"]}},"updatedAt":""#))
            #expect(added.body.hasSuffix(#","updatedBy":"ana"}"# + "\n"))
            // The lookups see it at once.
            #expect(try await client.send("/v1/lookup?q=Artemivsk&limit=1", token: ana).body.contains(#""concept":"bakhmut""#))
            let again = try await client.send("/v1/concepts", .post, token: ana, json: Self.bakhmut)
            #expect((again.status, again.body) == (409, "{\"error\":\"concept 'bakhmut' already exists (revision 1); change it with `onym set`\"}\n"))
            let clash = try await client.send("/v1/concepts", .post, token: ana,
                                              json: #"{"id":"other","kind":"place","terms":{"en":{"preferred":"Elsewhere","variants":["Bakhmut"]}}}"#)
            #expect((clash.status, clash.body) == (409, "{\"error\":\"variant 'Bakhmut' of concept 'other' is the en form 'Bakhmut' of concept 'bakhmut': which concept wins? Remove it from one of them\"}\n"))
            let bad = try await client.send("/v1/concepts", .post, token: ana, json: #"{"id":"Bad Id","kind":"place","terms":{"en":{"preferred":"X"}}}"#)
            #expect((bad.status, bad.body) == (400, "{\"error\":\"concept id 'Bad Id' must match [a-z0-9][a-z0-9._-]* (lower case, no spaces)\"}\n"))

            let first = try await client.send("/v1/concepts?limit=1", token: ana)
            #expect(first.body.hasPrefix(#"{"concepts":[{"glossary":"house","id":"bakhmut""#) && first.body.hasSuffix(#""next":"bakhmut"}"# + "\n"))
            let second = try await client.send("/v1/concepts?limit=1&cursor=bakhmut", token: ana)
            #expect(second.body.contains(#""id":"kyiv""#) && second.body.hasSuffix(#""next":null}"# + "\n"))
            #expect(try await client.send("/v1/concepts?q=artem", token: ana).body.contains(#""id":"bakhmut""#))
            #expect(try await client.send("/v1/concepts?q=artem", token: ana).body.contains(#""id":"kyiv""#) == false)

            let change = #"{"lang":"uk","preferred":"Бахмут","message":"Ukrainian"}"#
            let unconditional = try await client.send("/v1/concepts/bakhmut", .patch, token: ana, json: change)
            #expect(unconditional.status == 428)
            let changed = try await client.send("/v1/concepts/bakhmut", .patch, token: ana, json: change, ifMatch: "\"1\"")
            #expect((changed.status, changed.headers[.eTag]) == (200, "\"2\""))
            let stale = try await client.send("/v1/concepts/bakhmut", .patch, token: ana, json: #"{"lang":"en","addVariant":["Artyomovsk"]}"#, ifMatch: "\"1\"")
            #expect(stale.status == 412)
            #expect(stale.body.hasPrefix("{\"error\":\"concept 'bakhmut' changed since you read it (revision 1 → 2 by ana at "))

            let history = try await client.send("/v1/concepts/bakhmut/history", token: ana)
            let changes = try JSONSerialization.jsonObject(with: Data(history.body.utf8)) as! [[String: Any]]
            #expect(changes.map { "\($0["action"]!) \($0["revision"]!) \($0["author"]!) \($0["message"] ?? "-")" } == ["added 1 ana new name", "changed 2 ana Ukrainian"])

            let removed = try await client.send("/v1/concepts/bakhmut", .delete, token: ana, ifMatch: "2")
            #expect((removed.status, removed.body) == (200, "{\"removed\":\"bakhmut\"}\n"))
            let gone = try await client.send("/v1/concepts/bakhmut", token: ana)
            #expect((gone.status, gone.body) == (404, "{\"error\":\"no concept 'bakhmut' in the store\"}\n"))
            let other = try await client.send("/v1/concepts/bakhmut", .put, token: ana)
            #expect((other.status, other.headers[.allow]) == (405, "GET, PATCH, DELETE"))
        }
    }

    @Test func theRateLimitIs429WithRetryAfter() async throws {
        try await StoreServerFixture(anonymous: "read", ratePerMinute: 2).server.serving { client async throws in
            #expect(try await client.send("/v1/lookup?q=Kiev").status == 200)
            #expect(try await client.send("/v1/lookup?q=Kiev").status == 200)
            let third = try await client.send("/v1/lookup?q=Kiev")
            #expect((third.status, third.headers[.retryAfter]) == (429, "30"))
            #expect(third.body == "{\"error\":\"more than 2 requests a minute; try again in 30 s\"}\n")
            // Another token has its own bucket.
            #expect(try await client.send("/v1/lookup?q=Kiev", token: StoreServerFixture.bob).status == 200)
        }
    }

    @Test func aServerOfFilesHasNoConcepts() async throws {
        try await ServerFixture().test { client in
            let (status, _, body) = try await client.call("/v1/concepts")
            #expect((status, body) == (404, "{\"error\":\"this server serves glossary files: concepts, history and edits are a store's (onym serve --store …)\"}\n"))
        }
    }
}

@Suite struct TokenFileTests {
    @Test func aNewTokensLineLetsItIn() throws {
        let (token, line) = TokenFile.newToken(name: "ana", scope: .edit)
        #expect(token.hasPrefix("onym_") && token.count == 69)
        let file = try TokenFile.read(bytes: Array("tokens:\n\(line)\n".utf8), path: "t.yaml")
        #expect(file.entry(for: token)?.name == "ana" && file.entry(for: token)?.scope == .edit)
        #expect(file.entry(for: token + "x") == nil && file.anonymous == nil)
    }

    @Test func problemsNameTheirLine() {
        let yaml = "anonymous: all\ntokens:\n  - { name: ana, scope: boss, sha256: 00 }\n  - { name: bob }\n"
        #expect(throws: GlossaryError([
            GlossaryProblem(file: "t.yaml", line: 1, rule: .wrongType, message: "'anonymous' must be none or read"),
            GlossaryProblem(file: "t.yaml", line: 3, rule: .wrongType, message: "'scope' must be read, propose, edit or admin"),
            GlossaryProblem(file: "t.yaml", line: 3, rule: .wrongType, message: "'sha256' must be 64 hexadecimal digits"),
            GlossaryProblem(file: "t.yaml", line: 4, rule: .missingKey, message: "a token needs name, scope and sha256; this one has no scope or sha256"),
        ])) { try TokenFile.read(bytes: Array(yaml.utf8), path: "t.yaml") }
    }
}

@Suite struct StoreChangesTests {
    /// A change another process makes to the store is seen at the next look (every second).
    @Test func anotherProcesssChangeIsSeen() async throws {
        let fixture = try StoreServerFixture(anonymous: "read")
        try await fixture.server.serving { client async throws in
            #expect(try await client.send("/v1/lookup?q=Odesa").body.contains(#""matches":[]"#))
            let other = try StoreAccess.glossary(fixture.location, create: false)
            let odesa = Concept(id: "odesa", kind: .place, terms: ["en": TermSet(preferred: "Odesa", variants: ["Odessa"])], languages: ["en"])
            try other.commit([.put(odesa, glossary: "house", expected: nil)], author: "cli", message: nil)
            fixture.server.reloadIfChanged()
            #expect(try await client.send("/v1/lookup?q=Odessa&limit=1").body.contains(#""concept":"odesa""#))
        }
    }
}
