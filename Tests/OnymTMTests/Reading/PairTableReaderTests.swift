import Foundation
import Testing
@testable import OnymTM

@Suite struct PairTableReaderTests {
    func units(_ path: String) throws -> [TranslationUnit] {
        var out: [TranslationUnit] = []
        try PairTableReader.read(path) { out.append($0) }
        return out
    }

    @Test func readsCSVAndTSV() throws {
        let csv = try units(Fixture.path("pairs.csv"))
        #expect(csv.map { $0.variants.map(\.text) } == [["Talks in Kyiv resumed on Monday.", "Переговори в Києві відновилися в понеділок."],
                                                       ["Prices rose, and fell", "Ціни зросли і впали"]])
        #expect(csv.map(\.line) == [2, 3])
        #expect(csv[0].variants.map(\.language) == ["en", "uk"])
        let tsv = try units(Fixture.path("pairs.tsv"))
        #expect(tsv.map { $0.variants.map(\.text) } == [["Talks in Kyiv resumed.", "Die Gespräche in Kyjiw wurden fortgesetzt."]])
    }

    @Test func aBadHeaderOrRowIsAnErrorWithItsLine() throws {
        let header = try Fixture.write("source,target\na,b\n", as: "h.csv")
        #expect(throws: TMError(file: header, line: 1, message: "'source' in the header is not a language tag")) { try units(header) }
        let three = try Fixture.write("en,uk\na,b\na,b,c\n", as: "r.csv")
        #expect(throws: TMError(file: three, line: 3, message: "a row has 3 fields; a pair has 2")) { try units(three) }
        let invalid = try Fixture.write("en,uk\na,b\n", as: "u.csv")
        var bytes = Array("en,uk\na,b\nc,".utf8)
        bytes.append(0xFF)
        try Data(bytes).write(to: URL(fileURLWithPath: invalid))
        #expect(throws: TMError(file: invalid, line: 3, message: "invalid UTF-8 at byte offset 12")) { try units(invalid) }
    }
}
