// Built with the PostgreSQL trait only (Package.swift).
#if PostgreSQL
import PostgresNIO

/// A PostgreSQL error in words a store's message can carry. postgres-nio describes its
/// errors with a placeholder that hides the server's message (which may quote values); an
/// onym store's data are glossary terms and segments, and a user told only "PSQLError"
/// cannot act.
struct PostgresFailure: Error, CustomStringConvertible {
    let description: String

    init(_ error: PSQLError) {
        switch error.code {
        case .server:
            let message = error.serverInfo?[.message] ?? "an error"
            description = "PostgreSQL: \(message)" + (error.serverInfo?[.sqlState].map { " (SQLSTATE \($0))" } ?? "")
        case .serverClosedConnection, .clientClosedConnection, .connectionError, .uncleanShutdown:
            description = PostgresSession.Closed().description
        default:
            description = "PostgreSQL: \(error.code)"
        }
    }

    /// `error` in words when it is postgres-nio's; anything else as it is.
    static func described(_ error: any Error) -> any Error {
        (error as? PSQLError).map(PostgresFailure.init) ?? error
    }
}
#endif
