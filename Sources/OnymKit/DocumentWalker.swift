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
    /// The files of `paths`, folders walked, in the order given (each folder's in name order).
    public static func files(_ paths: [String]) -> [InputFile] {
        var out: [InputFile] = []
        for path in paths {
            var isDirectory: ObjCBool = false
            guard path != "-", FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue else {
                out.append(InputFile(path))
                continue
            }
            let base = URL(fileURLWithPath: path).standardizedFileURL.path
            var found: [String] = []
            var ignores: [(folder: String, patterns: [String])] = [(base, IgnoreRules.gitignorePatterns(in: URL(fileURLWithPath: base)))]
            walk(base, base: base, ignores: &ignores) { relative in
                found.append(path.hasSuffix("/") ? path + relative : path + "/" + relative)
            }
            found.sort()
            out += found.map { InputFile($0, skipsBinary: true) }
        }
        return out
    }

    /// The files under `folder`, through the system's directory calls: an entry's type comes
    /// with its name (Foundation's enumerator asked for each URL's resource values, a fifth of
    /// an archive's lint, all before the first file was read). Hidden entries, `.build`, `.git`
    /// and what `.gitignore` files name are skipped; links to folders are not followed.
    private static func walk(_ folder: String, base: String, ignores: inout [(folder: String, patterns: [String])],
                             _ found: (String) -> Void) {
        guard let directory = opendir(folder) else { return }
        defer { closedir(directory) }
        var entries: [(name: String, isDirectory: Bool)] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            guard !name.hasPrefix(".") else { continue }  // hidden, and . and ..
            var type = entry.pointee.d_type
            if type == UInt8(DT_UNKNOWN) || type == UInt8(DT_LNK) {
                var info = stat()
                guard stat(folder + "/" + name, &info) == 0 else { continue }
                let format = info.st_mode & S_IFMT
                type = format == S_IFDIR ? (entry.pointee.d_type == UInt8(DT_LNK) ? UInt8(DT_LNK) : UInt8(DT_DIR)) : format == S_IFREG ? UInt8(DT_REG) : UInt8(DT_UNKNOWN)
            }
            if type == UInt8(DT_DIR) { entries.append((name, true)) } else if type == UInt8(DT_REG) { entries.append((name, false)) }
        }
        for (name, isDirectory) in entries {
            let full = folder + "/" + name
            let ignored = ignores.contains { ignoreFolder, patterns in
                full.hasPrefix(ignoreFolder + "/") && patterns.contains {
                    IgnoreRules.matches($0, relative: String(full.dropFirst(ignoreFolder.count + 1)), isDirectory: isDirectory)
                }
            }
            if ignored { continue }
            if isDirectory {
                let patterns = IgnoreRules.gitignorePatterns(in: URL(fileURLWithPath: full))
                if !patterns.isEmpty { ignores.append((full, patterns)) }
                walk(full, base: base, ignores: &ignores, found)
            } else {
                found(String(full.dropFirst(base.count + 1)))
            }
        }
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
