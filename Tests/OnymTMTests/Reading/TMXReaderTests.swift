import Testing
@testable import OnymTM

@Suite struct TMXReaderTests {
    func units(_ path: String) throws -> [TranslationUnit] {
        var out: [TranslationUnit] = []
        try TMXReader.read(path) { out.append($0) }
        return out
    }

    /// A file as another tool writes it: TMX 1.4 with inline tags, srclang *all*, a three-language
    /// unit, an older `lang` attribute, CDATA and header properties.
    @Test func readsAFileWrittenByAnotherTool() throws {
        let units = try units(Fixture.path("other-tool.tmx"))
        #expect(units.map(\.id) == ["kyiv-talks", "2", "3"])
        #expect(units.map(\.line) == [9, 16, 20])
        #expect(units.map(\.sourceLanguage) == [nil, "en-US", nil])
        let first = units[0]
        #expect(first.variants.map(\.language) == ["en-US", "uk", "de"])
        #expect(first.variants.map(\.text) == ["Talks in ⟨1⟩Kyiv⟨/1⟩ resumed on Monday.", "Переговори в ⟨1⟩Києві⟨/1⟩ відновилися в понеділок.",
                                              "Die Gespräche in ⟨1⟩Kyjiw⟨/1⟩ wurden am Montag fortgesetzt."])
        #expect(first.meta == TMMeta(origin: Fixture.path("other-tool.tmx"), createdAt: "20240102T081500Z", createdBy: "ana",
                                     changedAt: "20240305T120000Z", changedBy: "ben", note: "Headline of the morning briefing",
                                     tuid: "kyiv-talks", properties: ["x-domain": "politics"]))
        #expect(first.tags == InlineTags(format: "tmx", codes: [
            "en-US\t⟨1⟩": "<bpt i=\"1\" x=\"1\">&lt;b&gt;</bpt>", "en-US\t⟨/1⟩": "<ept i=\"1\">&lt;/b&gt;</ept>",
            "uk\t⟨1⟩": "<bpt i=\"1\" x=\"1\">&lt;b&gt;</bpt>", "uk\t⟨/1⟩": "<ept i=\"1\">&lt;/b&gt;</ept>",
            "de\t⟨1⟩": "<hi type=\"bold\">", "de\t⟨/1⟩": "</hi>",
        ]))
        // srclang *all*: every ordered pair of the three languages.
        #expect(first.pairs().map { "\($0.sourceLanguage)>\($0.targetLanguage)" } == ["en-US>uk", "en-US>de", "uk>en-US", "uk>de", "de>en-US", "de>uk"])
        #expect(first.pairs(from: "en", to: "de").map(\.target) == ["Die Gespräche in ⟨1⟩Kyjiw⟨/1⟩ wurden am Montag fortgesetzt."])
        #expect(units[1].variants.map(\.text) == ["The president met reporters⟨1/⟩ at noon.", "Президент зустрівся з журналістами⟨1/⟩ опівдні."])
        #expect(units[1].pairs().map { "\($0.sourceLanguage)>\($0.targetLanguage)" } == ["en-US>uk"])
        #expect(units[2].variants.map(\.text) == ["Prices rose by 3 % & more", "Ціни зросли на 3 % і більше"])
    }

    @Test func aMalformedFileIsOneErrorWithItsLine() throws {
        let unclosed = try Fixture.write("<tmx version=\"1.4\">\n<header srclang=\"en\"/>\n<body>\n<tu><tuv xml:lang=\"en\"><seg>a</tuv></tu>\n</body></tmx>\n", as: "bad.tmx")
        #expect(throws: TMError.self) { try units(unclosed) }
        do { _ = try units(unclosed) } catch let error as TMError { #expect(error.line == 4) }

        let noLanguage = try Fixture.write("<tmx version=\"1.4\">\n<header srclang=\"en\"/>\n<body>\n<tu>\n<tuv><seg>a</seg></tuv>\n</tu>\n</body></tmx>\n", as: "nolang.tmx")
        #expect(throws: TMError(file: noLanguage, line: 5, message: "<tuv> has no xml:lang")) { try units(noLanguage) }

        let badTag = try Fixture.write("<tmx version=\"1.4\">\n<header srclang=\"english!\"/>\n</tmx>\n", as: "tag.tmx")
        #expect(throws: TMError(file: badTag, line: 2, message: "<header> has an invalid srclang 'english!'")) { try units(badTag) }

        let other = try Fixture.write("<?xml version=\"1.0\"?>\n<martif/>\n", as: "other.tmx")
        #expect(throws: TMError(file: other, line: 2, message: "not a TMX file: the root element must be <tmx>, not <martif>")) { try units(other) }

        let truncated = try Fixture.write("<tmx version=\"1.4\">\n<header srclang=\"en\"/>\n<body>\n", as: "cut.tmx")
        #expect(throws: TMError.self) { try units(truncated) }
    }
}
