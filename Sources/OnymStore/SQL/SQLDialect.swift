/// What differs between the backends' SQL in a schema: the portable statements of
/// ``SchemaMigration`` write these placeholders, and each backend fills them in.
///
/// - `{rowid}`: an integer key the database assigns (`INTEGER PRIMARY KEY` / `BIGSERIAL PRIMARY KEY`)
/// - `{sequence}`: the same, never reusing a number (SQLite's `AUTOINCREMENT`)
/// - `{key}`: an integer key onym assigns itself
/// - `{int}`: a 64-bit integer column
/// - `{without rowid}`: a table clustered on its primary key (SQLite only)
public enum SQLDialect: Sendable {
    case sqlite, postgresql

    public func translate(_ portable: String) -> String {
        let words: [(String, String)] = switch self {
        case .sqlite:
            [("{rowid}", "INTEGER PRIMARY KEY"), ("{sequence}", "INTEGER PRIMARY KEY AUTOINCREMENT"), ("{key}", "INTEGER PRIMARY KEY"),
             ("{int}", "INTEGER"), ("{without rowid}", " WITHOUT ROWID")]
        case .postgresql:
            [("{rowid}", "BIGSERIAL PRIMARY KEY"), ("{sequence}", "BIGSERIAL PRIMARY KEY"), ("{key}", "BIGINT PRIMARY KEY"),
             ("{int}", "BIGINT"), ("{without rowid}", "")]
        }
        var out = portable
        for (placeholder, sql) in words { out = out.replacingOccurrences(of: placeholder, with: sql) }
        return out
    }
}
