import Foundation
import OnymTestSupport

/// The test files in `Fixtures/` and temporary files for one test.
enum Fixture {
    static func path(_ name: String) -> String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/\(name)").path
    }

    /// Writes `text` to a new temporary file named `name` and returns its path.
    static func write(_ text: String, as name: String) throws -> String {
        let folder = Leftovers.temporary("onym-tm-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let path = folder.appendingPathComponent(name).path
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        return path
    }
}
