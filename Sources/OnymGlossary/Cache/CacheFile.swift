import Foundation

/// Writes a cache file atomically (a temporary file beside it, then a move), for
/// the glossary cache and the linter's matcher cache alike. A cache that cannot
/// be written only costs time on the next run, so failures are swallowed.
public enum CacheFile {
    /// True when the file is in place.
    @discardableResult
    public static func write(_ bytes: [UInt8], to url: URL) -> Bool {
        let folder = url.deletingLastPathComponent()
        let temporary = folder.appendingPathComponent(".\(url.lastPathComponent)-\(UUID().uuidString)")
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try Data(bytes).write(to: temporary)
            _ = try? FileManager.default.removeItem(at: url)
            try FileManager.default.moveItem(at: temporary, to: url)
            return true
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            return false
        }
    }
}
