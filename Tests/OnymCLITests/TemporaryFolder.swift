import Foundation
import OnymTestSupport

/// A new empty folder under the system's temporary folder; the caller removes it.
enum TemporaryFolder {
    static func make(_ prefix: String) throws -> URL {
        let dir = Leftovers.temporary("\(prefix)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir
    }
}
