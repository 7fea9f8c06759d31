import OnymGlossary

/// Brings a store's database up to the schema of the modules that open it, on either
/// backend: the applied identifiers are kept in a table of the database (SQLite's is
/// named as GRDB named it when it kept them, so older stores read the same), and the
/// pending migrations run in one transaction with that table's rows.
enum SchemaMigrator {
    static func migrate(_ connection: any SQLConnection, schema: [SchemaMigration], table: String) throws {
        precondition(Set(schema.map(\.identifier)).count == schema.count, "a migration is listed twice")
        // A store already up to date is only read: opening it takes no write lock, so many
        // processes (and a server's requests) open it while another writes.
        if let applied = try? connection.read({ db in Set(try db.rows("SELECT identifier FROM \(table)", []).map { try $0.text("identifier") }) }),
           let pending = SchemaMigration.pending(schema, applied: applied), pending.isEmpty {
            return
        }
        try connection.write { db in
            if connection.dialect == .postgresql {
                // Two processes opening a new store at once: the second waits, then finds it done.
                try db.run("SELECT pg_advisory_xact_lock(7001001)", [])
            }
            try db.run("CREATE TABLE IF NOT EXISTS \(table) (identifier TEXT NOT NULL PRIMARY KEY)", [])
            let applied = Set(try db.rows("SELECT identifier FROM \(table)", []).map { try $0.text("identifier") })
            guard let pending = SchemaMigration.pending(schema, applied: applied) else {
                throw GlossaryError(file: connection.location, line: 0, rule: .store,
                                    message: "this store was written by a newer onym (schema \(applied.count) or later; this onym knows \(SchemaMigration.understood(schema, applied: applied))): use that version")
            }
            for migration in pending {
                for statement in migration.statements { try db.run(connection.dialect.translate(statement), []) }
                try db.run("INSERT INTO \(table) (identifier) VALUES (?)", [.text(migration.identifier)])
            }
        }
    }
}
