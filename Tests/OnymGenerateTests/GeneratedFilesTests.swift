import Foundation
@testable import onym_generate
import Testing

/// The committed generated files are what the generators write today; a stale one fails
/// with the command that refreshes it.
@Suite struct GeneratedFilesTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    @Test func embeddedResourcesAreCurrent() throws {
        for output in try BundledSources.outputs(root: Self.root) {
            let committed = try String(contentsOf: Self.root.appendingPathComponent(output.path), encoding: .utf8)
            #expect(committed.utf8.elementsEqual(output.text.utf8), "\(output.path) is stale: run swift run onym-generate resources")
        }
    }

    @Test func countriesGlossaryIsCurrent() throws {
        let onDisk = try String(contentsOf: Self.root.appendingPathComponent("glossaries/countries.yaml"), encoding: .utf8)
        let same = onDisk.utf8.elementsEqual(CountryGlossary.yaml().utf8)
        #expect(same, "glossaries/countries.yaml is stale: run swift run onym-generate countries, then resources")
    }

    /// A file holding the closing delimiter gets a longer fence, so any text embeds exactly.
    @Test func literalsHoldAnyText() {
        #expect(BundledSources.literal("a") == "#\"\"\"\na\n\"\"\"#")
        #expect(BundledSources.literal("say \"# and \"\"\"#") == "##\"\"\"\nsay \"# and \"\"\"#\n\"\"\"##")
    }
}
