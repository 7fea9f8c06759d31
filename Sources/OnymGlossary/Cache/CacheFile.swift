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

    /// Keeps the `count` most recently written files of `folder` whose names start with
    /// `prefix` and end in `.bin`: each new build, and each edit of a glossary, gets files of
    /// its own, and without this the old ones (up to 50 MB each) would stay for good.
    public static func prune(_ folder: URL, prefix: String, keeping count: Int) {
        let fm = FileManager.default
        guard let names = try? fm.contentsOfDirectory(atPath: folder.path) else { return }
        let files = names.filter { $0.hasPrefix(prefix) && $0.hasSuffix(".bin") }.map { folder.appendingPathComponent($0) }
        let dated = files.map { ($0, (try? fm.attributesOfItem(atPath: $0.path)[.modificationDate] as? Date) ?? .distantPast) }
        for (file, _) in dated.sorted(by: { $0.1 > $1.1 }).dropFirst(count) { try? fm.removeItem(at: file) }
    }
}
