import Foundation
import Synchronization

/// Temporary folders and test databases, removed when the test process exits. A test's
/// store may be open until its last line, and Swift may end a value's lifetime after its
/// last use rather than at the end of its scope: removing them at exit cannot pull a
/// folder from under a store still being written.
public enum Leftovers {
    private static let folders = Mutex<[URL]>([])
    private static let databases = Mutex<[(admin: String, name: String)]>([])
    private static let registered = Mutex(false)

    /// `folder` (and everything in it) goes at exit.
    public static func removeAtExit(_ folder: URL) {
        folders.withLock { $0.append(folder) }
        register()
    }

    /// The database `name` of the server `admin` names is dropped at exit.
    static func dropAtExit(database name: String, on admin: String) {
        databases.withLock { $0.append((admin, name)) }
        register()
    }

    private static func register() {
        let first = registered.withLock { done in
            defer { done = true }
            return !done
        }
        if first { atexit { Leftovers.removeAll() } }
    }

    static func removeAll() {
        for folder in folders.withLock({ $0 }) { try? FileManager.default.removeItem(at: folder) }
        // FORCE: a store's connection is still open when the process ends.
        for database in databases.withLock({ $0 }) {
            _ = StoreFixture.runPSQL(database.admin, "DROP DATABASE IF EXISTS \(database.name) WITH (FORCE)")
        }
    }
}

extension Leftovers {
    /// A path `name` in the temporary folder, removed at exit (created by the caller, as a
    /// file or a folder).
    public static func temporary(_ name: String) -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent(name)
        removeAtExit(url)
        return url
    }
}
