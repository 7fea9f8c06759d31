@testable import OnymStore
import Testing

@Suite struct SchemaMigrationTests {
    static let glossary = [SchemaMigration("v1", owner: "glossary", statements: []), SchemaMigration("glossary/2", owner: "glossary", statements: [])]

    @Test func identifiersNameTheirOwner() {
        #expect(["v1", "v2", "tm/3", "house/12", "v99", "tm/x", "glossary"].map(SchemaMigration.owner(of:))
                == ["glossary", "tm", "tm", "house", nil, nil, nil])
    }

    @Test func onlyTheMissingMigrationsOfTheOwnersOpenedRun() {
        #expect(SchemaMigration.pending(Self.glossary, applied: [])?.map(\.identifier) == ["v1", "glossary/2"])
        #expect(SchemaMigration.pending(Self.glossary, applied: ["v1", "v2", "tm/3"])?.map(\.identifier) == ["glossary/2"])
        #expect(SchemaMigration.pending(Self.glossary, applied: ["v1", "glossary/2", "house/1"])?.map(\.identifier) == [])
    }

    @Test func anUnknownMigrationOfAnOwnerOpenedIsANewerOnyms() {
        #expect(SchemaMigration.pending(Self.glossary, applied: ["v1", "glossary/3"]) == nil)
        #expect(SchemaMigration.pending(Self.glossary, applied: ["v1", "v99"]) == nil)
        #expect(SchemaMigration.understood(Self.glossary, applied: ["v1", "v2", "glossary/3", "v99"]) == 2)
    }

    @Test func eachBackendFillsInThePortableSQL() {
        let portable = "CREATE TABLE t (id {rowid}, seq {sequence}, k {key}, n {int} NOT NULL){without rowid}"
        #expect(SQLDialect.sqlite.translate(portable)
                == "CREATE TABLE t (id INTEGER PRIMARY KEY, seq INTEGER PRIMARY KEY AUTOINCREMENT, k INTEGER PRIMARY KEY, n INTEGER NOT NULL) WITHOUT ROWID")
        #expect(SQLDialect.postgresql.translate(portable)
                == "CREATE TABLE t (id BIGSERIAL PRIMARY KEY, seq BIGSERIAL PRIMARY KEY, k BIGINT PRIMARY KEY, n BIGINT NOT NULL)")
    }
}
