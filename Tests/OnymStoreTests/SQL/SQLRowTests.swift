@testable import OnymStore
import Testing

@Suite struct SQLRowTests {
    let row = SQLRow(names: ["id", "form", "note", "count"], values: [.int(7), .text("Kyiv"), .null, .text("x")])

    @Test func valuesAreReadByName() throws {
        #expect(try row.int("id") == 7)
        #expect(try row.text("id") == "7")
        #expect(try row.text("form") == "Kyiv")
        #expect(try row.optionalText("note") == nil)
    }

    @Test func aMissingNullOrWrongColumnIsAnErrorNamingIt() {
        #expect(throws: SQLRowError(column: "status", problem: .missing)) { try row.text("status") }
        #expect(throws: SQLRowError(column: "note", problem: .null)) { try row.text("note") }
        #expect(throws: SQLRowError(column: "count", problem: .invalid("x", expected: "an integer"))) { try row.int("count") }
        #expect(SQLRowError(column: "status", problem: .missing).description == "the row has no column 'status'")
        #expect(SQLRowError(column: "note", problem: .null).description == "column 'note' is NULL")
    }
}
