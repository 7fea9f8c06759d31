import Foundation
import Testing

@Suite struct GlossariesCommandTests {
    @Test func listsBundledAndInUse() throws {
        let r = try OnymProcess.run(["glossaries"])
        #expect(r == .init(status: 0, stdout: """
            bundled:
              news: 22 concepts (bundled:glossaries/news.yaml) — Newsroom names — Türkiye, Ukraine, Russia and the places around the war
                de 22, en 22, fr 22, pl 22, ru 22, tr 22, uk 22
              countries: 253 concepts (bundled:glossaries/countries.yaml) — Countries and territories (ISO 3166, CLDR names in 24 languages)
                ar 253, cs 253, da 253, de 253, el 253, en 253, es 253, fi 253, fr 253, he 253, hu 253, it 253, ja 253, ko 253, nb 253, nl 253, pl 253, pt 253, ro 253, ru 253, sv 253, tr 253, uk 253, zh 253
            in use: the bundled glossaries

            """, stderr: ""))
    }
}
