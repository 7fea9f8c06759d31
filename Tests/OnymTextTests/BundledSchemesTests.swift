import Foundation
import Testing
@testable import OnymText

/// The rule files are embedded in a generated Swift file; this says when it is stale.
@Suite struct BundledSchemesTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    @Test func generatedFileMatchesLocalesTranslit() throws {
        let folder = Self.root.appendingPathComponent("locales/translit")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".txt") }.sorted()
        let embedded = BundledSchemes.files.map(\.file)
        #expect(embedded == names, "run: swift run onym-generate resources")
        for (file, rules) in BundledSchemes.files {
            let onDisk = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
            let same = rules.utf8.elementsEqual(onDisk.utf8)
            #expect(same, "\(file) changed: run swift run onym-generate resources")
        }
    }

    @Test func everyRuleFileCompiles() throws {
        for scheme in SchemeCatalog.onymSchemes {
            #expect(try Transliterator(scheme: scheme.id).scheme.id == scheme.id)
        }
    }

    @Test func headerFieldsAreRead() {
        let scheme = BundledSchemes.scheme(fromRules: "# id: x-Latn\n# source-script: Cyrillic (x)\n# description: d\n# source: s\n::NFC ;\n", file: "x-Latn.txt")
        #expect(scheme == TransliterationScheme(id: "x-Latn", sourceScript: "Cyrillic (x)", description: "d", source: "s",
                                                rules: "# id: x-Latn\n# source-script: Cyrillic (x)\n# description: d\n# source: s\n::NFC ;\n"))
    }

    @Test func brokenRulesNameTheLine() {
        let rules = "# id: broken\n::NFC ;\nа > a ;\nб > > b ;\n"
        let scheme = BundledSchemes.scheme(fromRules: rules, file: "broken.txt")
        let error = #expect(throws: TextError.self) { try Transliterator(compiling: scheme) }
        #expect(error == .invalidRules(scheme: "broken", line: 4, text: "б > > b ;", reason: "U_UNQUOTED_SPECIAL"))
        #expect(error?.description == "locales/translit/broken.txt:4: ICU rejects the rule 'б > > b ;' (U_UNQUOTED_SPECIAL)")
    }
}
