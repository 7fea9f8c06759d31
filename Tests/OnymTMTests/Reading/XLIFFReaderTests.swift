import Testing
@testable import OnymTM

@Suite struct XLIFFReaderTests {
    func units(_ path: String) throws -> [TranslationUnit] {
        var out: [TranslationUnit] = []
        try XLIFFReader.read(path) { out.append($0) }
        return out
    }

    @Test func readsXLIFF12() throws {
        let units = try units(Fixture.path("story.xlf"))
        #expect(units.map(\.id) == ["t1", "t2", "t3", "t4", "t5", "t6", "t7"])
        #expect(units.map(\.line) == [5, 9, 14, 18, 22, 25, 29])
        // The alternative translation (<alt-trans>) is not the unit's target.
        #expect(units[1].variants.map(\.text) == ["Зеленський прибув до ⟨1⟩Туреччини⟨/1⟩.", "Zelenskyy arrived in ⟨1⟩Türkiye⟨/1⟩."])
        #expect(units[1].variants.map(\.language) == ["uk", "en"])
        #expect(units[1].tags == InlineTags(format: "xliff1", codes: ["uk\t⟨1⟩": "<g id=\"1\">", "uk\t⟨/1⟩": "</g>",
                                                                     "en\t⟨1⟩": "<g id=\"1\">", "en\t⟨/1⟩": "</g>"]))
        // No target: an empty one, which import skips and check reports.
        #expect(units[4].variants.map(\.text) == ["Дякуємо за увагу.", ""])
        #expect(units[4].pairs().isEmpty)
        #expect(units[4].pairs(keepEmpty: true).count == 1)
    }

    @Test func readsXLIFF20() throws {
        let units = try units(Fixture.path("story.xliff"))
        #expect(units.map(\.id) == ["u1/s1", "u1/s2", "u2"])
        #expect(units.map { $0.variants.map(\.text) } == [
            ["Talks in ⟨1⟩Kyiv⟨/1⟩ resumed.", "Die Gespräche in ⟨1⟩Kyjiw⟨/1⟩ wurden fortgesetzt."],
            ["Reporters waited⟨1/⟩ outside.", "Reporter warteten⟨1/⟩ draußen."],
            ["No translation yet.", ""],
        ])
        #expect(units[0].meta.note == "first paragraph")
        #expect(units[0].meta.tuid == "u1")
        #expect(units[1].tags?.codes["en\t⟨1/⟩"] == "<ph id=\"2\"/>")
    }

    @Test func anUnknownVersionOrAMissingLanguageIsAnError() throws {
        let v3 = try Fixture.write("<xliff version=\"3.0\">\n</xliff>\n", as: "v3.xlf")
        #expect(throws: TMError(file: v3, line: 1, message: "unsupported XLIFF version '3.0' (1.2 and 2.x are read)")) { try units(v3) }
        let noSource = try Fixture.write("<xliff version=\"1.2\">\n<file>\n</file>\n</xliff>\n", as: "nosrc.xlf")
        #expect(throws: TMError(file: noSource, line: 2, message: "<file source-language> is missing")) { try units(noSource) }
        let noTarget = try Fixture.write("<xliff version=\"1.2\">\n<file source-language=\"en\">\n<body>\n<trans-unit id=\"1\">\n<source>a</source>\n<target>b</target>\n</trans-unit>\n</body>\n</file>\n</xliff>\n", as: "notrg.xlf")
        #expect(throws: TMError(file: noTarget, line: 4, message: "<file target-language> is missing")) { try units(noTarget) }
    }
}
