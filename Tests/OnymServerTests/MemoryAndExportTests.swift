import Foundation
import Hummingbird
import OnymGlossary
import OnymInterchange
import OnymKit
@testable import OnymServer
import Testing
import OnymTestSupport

@Suite struct MemoryAndExportTests {
    /// The export is the CLI's, byte for byte (the same exporter over the same glossaries).
    @Test func exportsAsTheCLIDoes() async throws {
        let fixture = try ServerFixture()
        try await fixture.test { client in
            let (status, type, body) = try await client.call("/v1/export?format=csv&layout=pairs&from=en&to=uk")
            #expect((status, type) == (200, "text/csv; charset=utf-8"))
            #expect(body == "Kyiv,Київ\r\nKiev,Київ\r\n")
            var options = ExportOptions()
            options.layout = .pairs
            options.from = "en"
            options.to = "uk"
            options.firstLanguage = "en"
            let set = try GlossarySet.load(files: [fixture.file.path])
            #expect(body == (try GlossaryExporter.export(set, options)).text)
            let tbx = try await client.call("/v1/export?format=tbx")
            #expect(tbx.1 == "application/x-tbx+xml; charset=utf-8" && tbx.2.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"))
            let bad = try await client.call("/v1/export?format=pdf")
            #expect((bad.0, bad.2) == (400, "{\"error\":\"'format' must be one of yaml, csv, tbx, json\"}\n"))
            let deepl = try await client.call("/v1/export?format=csv&layout=wide&langs=en")
            #expect((deepl.0, deepl.2) == (400, "{\"error\":\"the wide layout needs two or more languages (--langs; the first is the source)\"}\n"))
        }
    }

    @Test func theMemoryAndTheCheck() async throws {
        let fixture = try StoreServerFixture(anonymous: "read")
        let pairs = Leftovers.temporary("onym-pairs-\(UUID().uuidString).csv")
        try "en,uk\nTalks in Kyiv ended.,Переговори в Києві завершилися.\n".write(to: pairs, atomically: true, encoding: .utf8)
        _ = try StoreAccess.memory(fixture.location, create: false).importFile(pairs.path, author: "ana")
        try await fixture.server.serving { client in
            let search = try await client.send("/v1/tm/search", .post, json: #"{"text":"Talks in Kyiv ended","from":"en","to":"uk"}"#)
            #expect(search.status == 200)
            let answer = try JSONSerialization.jsonObject(with: Data(search.body.utf8)) as! [String: Any]
            let matches = answer["matches"] as! [[String: Any]]
            #expect(matches.map { "\($0["score"]!) \($0["target"]!)" } == ["98 Переговори в Києві завершилися."])
            let bad = try await client.send("/v1/tm/search", .post, json: #"{"text":"x","from":"en","to":"uk","min":0}"#)
            #expect((bad.status, bad.body) == (400, "{\"error\":\"'min' must be 1 to 100\"}\n"))
            let check = try await client.send("/v1/check", .post, json: #"{"from":"uk","to":"en","pairs":[{"source":"Переговори в Києві.","target":"Talks in Kiev."}]}"#)
            #expect(check.status == 200)
            #expect(check.body.hasPrefix(#"{"files":[{"findings":[{"column":10,"concept":"kyiv","found":"Kiev","kind":"variant","line":1,"#))
            #expect(check.body.hasSuffix(#""path":"<request>","to":"en"}],"summary":{"errors":0,"files":1,"findings":1,"info":0,"warnings":1},"version":1}"# + "\n"))
        }
        try await ServerFixture().test { client in
            let (status, _, body) = try await client.call("/v1/tm/search", .post, type: "application/json", body: #"{"text":"x","from":"en","to":"uk"}"#)
            #expect((status, body) == (404, "{\"error\":\"this server has no translation memory: serve a store (onym serve --store …)\"}\n"))
        }
    }
}
