import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes a cache file atomically (a temporary file beside it, then a move), for
/// the glossary cache and the linter's matcher cache alike. A cache that cannot
/// be written only costs time on the next run, so failures are swallowed.
public enum CacheFile {
    /// True when the file is in place.
    @discardableResult
    public static func write(_ bytes: [UInt8], to url: URL) -> Bool { write(parts: [bytes], to: url) }

    /// The same for a file made of `parts`, one after the other.
    @discardableResult
    public static func write(parts: [[UInt8]], to url: URL) -> Bool {
        write(to: url) { put in parts.allSatisfy { part in part.withUnsafeBytes { put($0) } } }
    }

    /// The same for a file whose bytes `pieces` hands to `put` one piece after the other,
    /// from wherever they lie (a matcher is some 50 MB: no copy into one array or `Data`);
    /// `pieces` returns false when `put` did.
    @discardableResult
    public static func write(to url: URL, pieces: (_ put: (UnsafeRawBufferPointer) -> Bool) -> Bool) -> Bool {
        let folder = url.deletingLastPathComponent()
        let temporary = folder.appendingPathComponent(".\(url.lastPathComponent)-\(UUID().uuidString)")
        guard (try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)) != nil else { return false }
        // Renamed over the old file in one step once whole, so no reader sees half a file.
        let fd = open(temporary.path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else { return false }
        let written = pieces { all in
            var offset = 0
            while offset < all.count {
                let n = writeSome(fd, all.baseAddress! + offset, all.count - offset)
                if n < 0, errno == EINTR { continue }
                guard n > 0 else { return false }
                offset += n
            }
            return true
        }
        guard close(fd) == 0, written, rename(temporary.path, url.path) == 0 else {
            unlink(temporary.path)
            return false
        }
        return true
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

/// `write(2)` (the name is taken by ``CacheFile/write(_:to:)`` inside the type).
private func writeSome(_ fd: Int32, _ buffer: UnsafeRawPointer, _ count: Int) -> Int {
    #if canImport(Glibc)
    Glibc.write(fd, buffer, count)
    #else
    Darwin.write(fd, buffer, count)
    #endif
}
