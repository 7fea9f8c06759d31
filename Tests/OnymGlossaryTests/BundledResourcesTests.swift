import Foundation
@testable import OnymGlossary
import Testing

/// The shipped data is embedded in a generated Swift file; this says when it is stale.
@Suite struct BundledResourcesTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    @Test func houseGlossaryComesFirst() {
        #expect(BundledResources.glossaries.map(\.file) == ["news.yaml", "countries.yaml"])
    }

    @Test(arguments: [("glossaries", BundledResources.glossaries), ("locales", BundledResources.locales)])
    func embeddedCopiesAreCurrent(folder: String, embedded: [(file: String, text: String)]) throws {
        let url = Self.root.appendingPathComponent(folder)
        let names = try FileManager.default.contentsOfDirectory(atPath: url.path).filter { $0.hasSuffix(".yaml") }.sorted()
        #expect(embedded.map(\.file).sorted() == names, "run: swift run onym-generate resources")
        for (file, text) in embedded {
            let same = try String(contentsOf: url.appendingPathComponent(file), encoding: .utf8).utf8.elementsEqual(text.utf8)
            #expect(same, "\(folder)/\(file) changed: run swift run onym-generate resources")
        }
    }
}
