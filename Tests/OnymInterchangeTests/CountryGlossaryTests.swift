import Foundation
@testable import OnymInterchange
import Testing

/// `glossaries/countries.yaml` is written from CLDR through ICU; this says when it is stale.
@Suite struct CountryGlossaryTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    @Test func countriesGlossaryIsCurrent() throws {
        let onDisk = try String(contentsOf: Self.root.appendingPathComponent("glossaries/countries.yaml"), encoding: .utf8)
        let same = onDisk.utf8.elementsEqual(CountryGlossary.yaml().utf8)
        #expect(same, "glossaries/countries.yaml is stale: run swift run onym generate countries -o glossaries/countries.yaml")
    }
}
