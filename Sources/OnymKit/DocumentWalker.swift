import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The files `onym lint` reads: named files, folders walked (hidden entries,
/// `.build` and what `.gitignore` files name skipped, in name order), `-` for stdin.
/// A walked file that turns out binary is left out when it is read
/// (``InputFile/skipsBinary``), not here: opening every file once to look and once
/// more to check it was half the system calls of an archive's lint.
public enum DocumentWalker {
    /// The files of `paths`, folders walked, in the order given (each folder's in name order:
    /// by the bytes of its paths).
    public static func files(_ paths: [String]) -> [InputFile] {
        var out: [InputFile] = []
        for path in paths {
            var isDirectory: ObjCBool = false
            guard path != "-", FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue else {
                out.append(InputFile(path))
                continue
            }
            let base = URL(fileURLWithPath: path).standardizedFileURL.path
            // Paths are kept as bytes until the end: an archive has tens of thousands, and
            // joining, cutting and counting them as strings was most of the walk (serial, before
            // any file is checked).
            var shown = Array(path.utf8)
            if shown.last == UInt8(ascii: "/") { shown.removeLast() }
            var found: [[UInt8]] = []
            var ignores: [Ignore] = []
            let patterns = IgnoreRules.gitignorePatterns(in: URL(fileURLWithPath: base))
            if !patterns.isEmpty { ignores.append(Ignore(prefix: Array((base + "/").utf8), patterns: patterns)) }
            walk(Array(base.utf8), shown: shown, ignores: &ignores) { found.append($0) }
            found.sort { a, b in
                a.withUnsafeBufferPointer { a in
                    b.withUnsafeBufferPointer { b in
                        let common = memcmp(a.baseAddress!, b.baseAddress!, min(a.count, b.count))
                        return common != 0 ? common < 0 : a.count < b.count
                    }
                }
            }
            out += found.map { InputFile(String(decoding: $0, as: UTF8.self), skipsBinary: true) }
        }
        return out
    }

    /// The patterns of a `.gitignore` and the folder it is in (as the start of the paths below it).
    private struct Ignore {
        let prefix: [UInt8]
        let patterns: [String]
    }

    /// The files under `folder` (as `shown` followed by their path below it), through the
    /// system's directory calls: an entry's type comes with its name (Foundation's
    /// enumerator asked for each URL's resource values, a fifth of an archive's lint, all
    /// before the first file was read). Hidden entries, `.build`, `.git` and what
    /// `.gitignore` files name are skipped; links to folders are not followed.
    private static func walk(_ folder: [UInt8], shown: [UInt8], ignores: inout [Ignore], _ found: ([UInt8]) -> Void) {
        guard let directory = withCPath(folder, { opendir($0) }) else { return }
        defer { closedir(directory) }
        var entries: [(name: [UInt8], isDirectory: Bool)] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in Array(raw.prefix { $0 != 0 }) }
            guard name.first != UInt8(ascii: ".") else { continue }  // hidden, and . and ..
            var type = entry.pointee.d_type
            if type == UInt8(DT_UNKNOWN) || type == UInt8(DT_LNK) {
                var info = stat()
                guard withCPath(joined(folder, name), { stat($0, &info) }) == 0 else { continue }
                let format = info.st_mode & S_IFMT
                type = format == S_IFDIR ? (entry.pointee.d_type == UInt8(DT_LNK) ? UInt8(DT_LNK) : UInt8(DT_DIR)) : format == S_IFREG ? UInt8(DT_REG) : UInt8(DT_UNKNOWN)
            }
            if type == UInt8(DT_DIR) { entries.append((name, true)) } else if type == UInt8(DT_REG) { entries.append((name, false)) }
        }
        for (name, isDirectory) in entries {
            // The full path is needed by a folder, and by the ignore rules, which are asked
            // only where a .gitignore has patterns (most trees have none).
            let full = isDirectory || !ignores.isEmpty ? joined(folder, name) : []
            if !ignores.isEmpty, ignores.contains(where: { ignore in
                full.starts(with: ignore.prefix) && ignore.patterns.contains {
                    IgnoreRules.matches($0, relative: String(decoding: full[ignore.prefix.count...], as: UTF8.self), isDirectory: isDirectory)
                }
            }) { continue }
            let path = joined(shown, name)
            if isDirectory {
                let patterns = IgnoreRules.gitignorePatterns(in: URL(fileURLWithPath: String(decoding: full, as: UTF8.self)))
                if !patterns.isEmpty { ignores.append(Ignore(prefix: full + [UInt8(ascii: "/")], patterns: patterns)) }
                walk(full, shown: path, ignores: &ignores, found)
            } else {
                found(path)
            }
        }
    }

    /// `start` + "/" + `name` in one allocation.
    private static func joined(_ start: [UInt8], _ name: [UInt8]) -> [UInt8] {
        var path = start
        path.reserveCapacity(start.count + 1 + name.count)
        path.append(UInt8(ascii: "/"))
        path.append(contentsOf: name)
        return path
    }

    /// `body` given the path `bytes` as a C string.
    private static func withCPath<R>(_ bytes: [UInt8], _ body: (UnsafePointer<CChar>) -> R) -> R {
        (bytes + [0]).withUnsafeBufferPointer { body(UnsafeRawPointer($0.baseAddress!).assumingMemoryBound(to: CChar.self)) }
    }

    /// A NUL byte in the first 8 KiB of a file's bytes: not a text.
    public static func isBinary(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBytes { $0.isEmpty ? false : memchr($0.baseAddress!, 0, min($0.count, 8192)) != nil }
    }

    /// A NUL byte in the first 8 KiB of the file at `path` (false when it cannot be read):
    /// asked of a large file before it is streamed, since its pieces are reported as they come.
    public static func isBinary(_ path: String) -> Bool {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { return false }
        defer { close(fd) }
        return withUnsafeTemporaryAllocation(byteCount: 8192, alignment: 16) { raw in
            let n = Glibc.read(fd, raw.baseAddress, raw.count)
            return n > 0 && memchr(raw.baseAddress!, 0, n) != nil
        }
    }

    /// The bytes of the file at `path` (stdin for `-`). `size`, when the caller knows the
    /// file is a regular one of that size (an archive's files are listed with theirs), lets
    /// it be read with one call: open, read, close.
    public static func read(_ path: String, size: Int? = nil) throws(WorkspaceError) -> [UInt8] {
        if path == "-" { return [UInt8](FileHandle.standardInput.readDataToEndOfFile()) }
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else {
            throw .input(file: path, line: nil, message: errno == ENOENT ? "no such file" : "cannot be read")
        }
        defer { close(fd) }
        var failed = false, atEnd = false
        // One byte more than the size told: a regular file's read returns less than asked only
        // at its end, so one that still has that size is read in one call. A pipe's reads are
        // short all along: without a size, only a read of nothing is the end.
        var bytes = [UInt8](unsafeUninitializedCapacity: (size ?? (1 << 16) - 1) + 1) { buffer, count in
            count = 0
            while count < buffer.count {
                let n = Glibc.read(fd, buffer.baseAddress! + count, buffer.count - count)
                if n < 0, errno == EINTR { continue }
                if n < 0 { failed = true; return }
                if n == 0 { atEnd = true; return }
                count += n
                if size != nil, count < buffer.count { atEnd = true; return }
            }
        }
        // The file grew, or had no size told: the rest in blocks.
        var block = [UInt8](repeating: 0, count: atEnd || failed ? 0 : 1 << 16)
        while !atEnd, !failed {
            let n = block.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
            if n < 0, errno == EINTR { continue }
            if n < 0 { failed = true } else if n == 0 { atEnd = true } else { bytes += block[0..<n] }
        }
        if failed { throw .input(file: path, line: nil, message: "cannot be read") }
        return bytes
    }
}
