import Foundation
import OnymTestSupport
import Hummingbird
import OnymKit
@testable import OnymServer
import Synchronization
import Testing

/// A server on a small glossary file, and what it logged.
struct ServerFixture {
    static let glossary = TestGlossary.yaml

    let folder: URL
    let file: URL
    let server: GlossaryServer
    let log = LogLines()

    init(bodyLimit: Int = 1 << 20, glossary: String = Self.glossary) throws {
        folder = Leftovers.temporary("onym-server-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        file = folder.appendingPathComponent("g.yaml")
        try glossary.write(to: file, atomically: true, encoding: .utf8)
        var settings = ServerSettings(version: "9.9.9")
        settings.port = 0
        settings.bodyLimit = bodyLimit
        let log = self.log
        server = try GlossaryServer(Workspace.Configuration(glossaries: .files([file.path])), settings: settings) { log.append($0) }
    }

    /// Runs `body` against the server on a real socket.
    func test(_ body: @Sendable (LiveClient) async throws -> Void) async throws {
        try await server.serving(body)
    }
}

/// What the server logged.
final class LogLines: Sendable {
    private let lines = Mutex<[String]>([])
    func append(_ line: String) { lines.withLock { $0.append(line) } }
    var all: [String] { lines.withLock { $0 } }
}

extension LiveClient {
    /// Status, content type and body of one request.
    func call(_ uri: String, _ method: HTTPRequest.Method = .get, type: String? = nil, body: String? = nil) async throws -> (Int, String, String) {
        var headers = HTTPFields()
        if let type { headers[.contentType] = type }
        return try await execute(uri: uri, method: method, headers: headers, body: body.map { ByteBuffer(string: $0) }) { response in
            (response.status.code, response.headers[.contentType] ?? "", String(buffer: response.body))
        }
    }
}

@Suite struct GlossaryServerTests {
    static let json = "application/json; charset=utf-8"

    @Test func lookupAnswersTheCLIsJSON() async throws {
        let fixture = try ServerFixture()
        try await fixture.test { client in
            let (status, type, body) = try await client.call("/v1/lookup?q=Turkey&limit=1")
            #expect((status, type) == (200, Self.json))
            #expect(body == """
                {"matches":[{"concept":"turkiye","how":"exact","kind":"country","lang":"en","matched":"Turkey","score":1,"status":"variant",\
                "terms":{"en":{"admitted":[],"forbidden":[],"generated":[],"preferred":"Türkiye","variants":["Turkey"]}}}],"query":"Turkey"}

                """)
            // The CLI's own renderer, over the same workspace.
            let workspace = Workspace(.init(glossaries: .files([fixture.file.path])))
            #expect(body == (try LookupJSON.render(try workspace.lookup("Turkey", language: "en"), limit: 1)) + "\n")
        }
        #expect(fixture.log.all.map { $0.split(separator: " ").prefix(3).joined(separator: " ") } == ["GET /v1/lookup 200"])
    }

    @Test func lintAndFixAnswerFindingsAndTheFixedText() async throws {
        try await ServerFixture().test { client in
            let (status, _, lint) = try await client.call("/v1/lint", .post, type: "application/json",
                                                          body: #"{"text":"<p>Talks in Kiev.</p>","format":"html"}"#)
            #expect(status == 200)
            #expect(lint == """
                {"files":[{"findings":[{"byteOffset":12,"column":13,"concept":"kyiv","found":"Kiev","kind":"variant","length":4,"line":1,\
                "message":"Kiev → Kyiv (variant of place \\"kyiv\\")","severity":"warning","suggestion":"Kyiv"}],"lang":"en","path":"<text>"}],\
                "summary":{"errors":0,"files":1,"findings":1,"info":0,"warnings":1},"version":1}

                """)
            let (_, _, fix) = try await client.call("/v1/fix", .post, type: "application/json", body: #"{"text":"Turkey","lang":"en"}"#)
            #expect(fix == """
                {"findings":[],"fixed":[{"byteOffset":0,"column":1,"concept":"turkiye","found":"Turkey","kind":"variant","length":6,"line":1,\
                "message":"Turkey → Türkiye (variant of country \\"turkiye\\")","severity":"warning","suggestion":"Türkiye"}],"lang":"en","text":"Türkiye"}

                """)
        }
    }

    @Test func badRequestsAreOneJSONMessageWithTheirStatus() async throws {
        try await ServerFixture(bodyLimit: 64).test { client in
            struct Case {
                let uri: String, method: HTTPRequest.Method, type: String?, body: String?, status: Int, message: String
                init(_ uri: String, _ method: HTTPRequest.Method, _ type: String?, _ body: String?, _ status: Int, _ message: String) {
                    (self.uri, self.method, self.type, self.body, self.status, self.message) = (uri, method, type, body, status, message)
                }
            }
            let long = "{\"text\":\"" + String(repeating: "a", count: 100) + "\"}"
            let cases: [Case] = [
                Case("/v1/lookup", .get, nil, nil, 400, "give a name to look up: ?q=…"),
                Case("/v1/lookup?q=Kiev&lang=e%20n", .get, nil, nil, 400, "lang: 'e n' is not a BCP 47 language tag (examples: en, pt-BR, sr-Latn)"),
                Case("/v1/lookup?q=Kiev&limit=0", .get, nil, nil, 400, "'limit' must be a whole number from 1 to 100"),
                Case("/v1/lint", .post, "application/json", "{\"text\":", 400, "not the JSON expected: The given data was not valid JSON."),
                Case("/v1/lint", .post, "application/json", "{}", 400, "not the JSON expected: 'text' is missing"),
                Case("/v1/lint", .post, "application/json", "{\"text\":\"x\",\"format\":\"pdf\"}", 400, "'format' must be plain, markdown or html, not 'pdf'"),
                Case("/v1/lint", .post, "text/plain", "Kiev", 415, "send application/json, not 'text/plain'"),
                Case("/v1/lint", .post, "application/json", long, 413, "the body is larger than 64 bytes"),
                Case("/v2/check", .post, "application/x-www-form-urlencoded", "text=Kiev", 400, "give 'language' (a code such as en-US, or auto)"),
                Case("/v2/check", .post, "application/x-www-form-urlencoded", "language=en", 400, "give the text to check as 'text' or 'data'"),
                Case("/nowhere", .get, nil, nil, 404, "no such endpoint: GET /nowhere"),
            ]
            for c in cases {
                let answer = try await client.call(c.uri, c.method, type: c.type, body: c.body)
                #expect(answer.0 == c.status && answer.1 == Self.json, "\(c.uri)")
                #expect(answer.2 == "{\"error\":\"\(c.message)\"}\n", "\(c.uri)")
            }
        }
    }

    /// LanguageTool counts in UTF-16 code units: a non-BMP character before a name is two.
    @Test func languageToolsCheckCountsUTF16() async throws {
        try await ServerFixture().test { client in
            let form = "language=en-US&text=" + "𝒳 😀 Talks in Kiev, Turkey."
                .addingPercentEncoding(withAllowedCharacters: .alphanumerics)!
            let (status, _, body) = try await client.call("/v2/check", .post, type: "application/x-www-form-urlencoded", body: form)
            #expect(status == 200)
            let answer = try JSONSerialization.jsonObject(with: Data(body.utf8)) as! [String: Any]
            let matches = answer["matches"] as! [[String: Any]]
            #expect(matches.map { "\($0["offset"]!) \($0["length"]!) \(($0["rule"] as! [String: Any])["id"]!) \(($0["replacements"] as! [[String: String]]).map { $0["value"]! })" }
                    == ["15 4 ONYM_VARIANT [\"Kyiv\"]", "21 6 ONYM_VARIANT [\"Türkiye\"]"])
            let text = "𝒳 😀 Talks in Kiev, Turkey." as NSString
            #expect(text.substring(with: NSRange(location: 15, length: 4)) == "Kiev")
            #expect((answer["language"] as! [String: Any])["code"] as? String == "en-US")
            #expect((answer["software"] as! [String: Any])["version"] as? String == "9.9.9")
            // Markup counts in the offsets and is not checked.
            let data = #"{"annotation":[{"markup":"<b title='Kiev'>"},{"text":"Kiev"},{"markup":"</b>"}]}"#
            let (_, _, annotated) = try await client.call("/v2/check", .post, type: "application/x-www-form-urlencoded",
                                                          body: "language=en&data=" + data.addingPercentEncoding(withAllowedCharacters: .alphanumerics)!)
            let annotatedMatches = (try JSONSerialization.jsonObject(with: Data(annotated.utf8)) as! [String: Any])["matches"] as! [[String: Any]]
            #expect(annotatedMatches.map { $0["offset"] as! Int } == [16])
            // Rules turned off by the client are not reported.
            let (_, _, off) = try await client.call("/v2/check", .post, type: "application/x-www-form-urlencoded",
                                                    body: "language=en&text=Kiev&disabledRules=ONYM_VARIANT")
            #expect(off.contains("\"matches\":[]"))
        }
    }

    @Test func languageToolsLanguagesListTheGlossariesLanguages() async throws {
        try await ServerFixture().test { client in
            let (_, _, body) = try await client.call("/v2/languages")
            let codes = (try JSONSerialization.jsonObject(with: Data(body.utf8)) as! [[String: String]]).map { "\($0["code"]!) \($0["longCode"]!) \($0["name"]!)" }
            #expect(codes == ["en en English", "en en-US English (United States)", "en en-GB English (United Kingdom)", "en en-AU English (Australia)",
                              "en en-CA English (Canada)", "en en-NZ English (New Zealand)", "en en-ZA English (South Africa)", "uk uk Ukrainian"])
        }
    }

    /// The page and the OpenAPI document come from the binary; the document names every route.
    @Test func thePageAndTheOpenAPIDocument() async throws {
        try await ServerFixture().test { client in
            let (pageStatus, type, page) = try await client.call("/")
            #expect((pageStatus, type) == (200, "text/html; charset=utf-8"))
            #expect(page.hasPrefix("<!doctype html>") && page.contains("<label for=\"q\">"))
            let (_, _, document) = try await client.call("/openapi.json")
            let paths = (try JSONSerialization.jsonObject(with: Data(document.utf8)) as! [String: Any])["paths"] as! [String: [String: Any]]
            let described = paths.mapValues { $0.keys.filter { $0 != "parameters" }.map { $0.uppercased() }.sorted() }
            #expect(described == GlossaryServer.endpoints.mapValues { $0.map(\.rawValue).sorted() })
            #expect(described.keys.sorted() == ["/", "/openapi.json", "/v1/check", "/v1/concepts", "/v1/concepts/{id}", "/v1/concepts/{id}/history",
                                                "/v1/export", "/v1/fix", "/v1/lint", "/v1/lookup", "/v1/tm/search", "/v2/check", "/v2/languages"])
            // Another method on a path the server has is 405, with the methods it takes.
            let (status, _, body) = try await client.call("/v1/lint", .get)
            #expect((status, body) == (405, "{\"error\":\"/v1/lint takes POST, not GET\"}\n"))
        }
    }

    /// Changed glossaries are taken in; glossaries that do not load are logged and the last
    /// good ones keep serving.
    @Test func changedGlossariesAreTakenInOnlyWhenTheyLoad() async throws {
        let fixture = try ServerFixture()
        try await fixture.test { client in
            #expect(try await client.call("/v1/lookup?q=Odesa").2.contains("\"matches\":[]"))
            try (ServerFixture.glossary + "  - id: odesa\n    kind: place\n    terms:\n      en: { preferred: Odesa, variants: [Odessa] }\n")
                .write(to: fixture.file, atomically: true, encoding: .utf8)
            fixture.server.reloadIfChanged()
            #expect(try await client.call("/v1/lookup?q=Odessa&limit=1").2.contains("\"concept\":\"odesa\""))
            try "glossary: g\nconcepts:\n  - id: Bad Id\n".write(to: fixture.file, atomically: true, encoding: .utf8)
            fixture.server.reloadIfChanged()
            #expect(try await client.call("/v1/lookup?q=Odessa&limit=1").2.contains("\"concept\":\"odesa\""))
        }
        let logged = fixture.log.all.filter { $0.hasPrefix("onym:") }
        #expect(logged.count == 2)
        #expect(logged.first == "onym: glossaries changed: reloaded")
        #expect(logged.last?.hasPrefix("onym: glossaries changed but do not load; still serving the last good ones:\n\(fixture.file.path):3: ") == true)
    }
}
