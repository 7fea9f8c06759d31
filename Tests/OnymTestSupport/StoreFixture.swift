import Foundation
import Testing

/// A new, empty store for one test: a SQLite file in a temporary folder, or a new database
/// on the PostgreSQL server that `ONYM_TEST_POSTGRES` names (`.ci/run` starts one; see README).
/// Shared by the glossary store's and the translation memory's tests, which run the same
/// behaviour on both backends. The stores go when the test process ends (``Leftovers``), so
/// that test runs leave nothing behind.
public struct StoreFixture: Sendable {
    public enum Backend: Sendable { case sqlite, postgres }

    /// `postgres://user@host:port/postgres`: where test databases are created.
    public static let postgresURL = ProcessInfo.processInfo.environment["ONYM_TEST_POSTGRES"].flatMap { $0.isEmpty ? nil : $0 }
    /// True when the PostgreSQL tests can run: built with the PostgreSQL trait, and a server named.
    #if PostgreSQL
    public static let canTestPostgres = postgresURL != nil
    public static let skipReason: Comment = "ONYM_TEST_POSTGRES is not set: start a PostgreSQL server and point it there (README, \"Running the tests\")"
    #else
    public static let canTestPostgres = false
    public static let skipReason: Comment = "built without the PostgreSQL trait: `swift test --traits PostgreSQL` with ONYM_TEST_POSTGRES set tests PostgreSQL too (README, \"Running the tests\")"
    #endif

    public let backend: Backend
    public let location: String

    public init(_ backend: Backend) throws {
        self.backend = backend
        switch backend {
        case .sqlite:
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("onym-store-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            location = folder.appendingPathComponent("onym.sqlite").path
            Leftovers.removeAtExit(folder)
        case .postgres:
            let admin = try #require(Self.postgresURL)
            let name = "onym_test_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased()
            try Self.psql(admin, "CREATE DATABASE \(name)")
            Leftovers.dropAtExit(database: name, on: admin)
            var parts = try #require(URLComponents(string: admin))
            parts.path = "/" + name
            location = try #require(parts.string)
        }
    }

    public static func psql(_ url: String, _ sql: String) throws {
        try #require(runPSQL(url, sql), "psql \(sql)")
    }

    /// True when `sql` ran (`psql` found, exit 0).
    static func runPSQL(_ url: String, _ sql: String) -> Bool {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["psql", url, "-q", "-v", "ON_ERROR_STOP=1", "-c", sql]
        guard (try? process.run()) != nil else { return false }
        process.waitUntilExit()
        return process.terminationStatus == 0
    }
}
