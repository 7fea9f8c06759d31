import Foundation
import Testing

@Suite struct GlossariesCommandTests {
    @Test func listsBundledAndInUse() throws {
        let r = try OnymProcess.run(["glossaries"])
        #expect(r == .init(status: 0, stdout: """
            bundled:
              news: 22 concepts (bundled:glossaries/news.yaml) — Newsroom names — Türkiye, Ukraine, Russia and the places around the war
                de 22, en 22, fr 22, pl 22, ru 22, tr 22, uk 22
            in use: the bundled glossaries

            """, stderr: ""))
    }
}
