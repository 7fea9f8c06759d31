import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The files `onym lint` reads: named files, folders walked (hidden entries,
/// `.build`, what `.gitignore` files name and binary files skipped, in name
/// order), `-` for stdin.
public enum DocumentWalker {
    /// The files of `paths`, folders walked, in the order given (each folder's in name order).
    public static func files(_ paths: [String]) -> [String] {
        var out: [String] = []
        for path in paths {
            var isDirectory: ObjCBool = false
            guard path != "-", FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue else {
                out.append(path)
                continue
            }
            let base = URL(fileURLWithPath: path).standardizedFileURL.path
            var found: [String] = []
            var ignores: [(folder: String, patterns: [String])] = [(base, IgnoreRules.gitignorePatterns(in: URL(fileURLWithPath: base)))]
            walk(base, base: base, ignores: &ignores) { relative in
                found.append(path.hasSuffix("/") ? path + relative : path + "/" + relative)
            }
            // Binary files are left out: each is opened to look, on all cores (an archive has
            // tens of thousands of files, and this used to be a serial pass before any lint).
            found.sort()
            let binary = ParallelFlags.map(found) { isBinary($0) }
            out += zip(found, binary).filter { !$0.1 }.map(\.0)
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

    /// A NUL byte in the first 8 KiB: not a text. (Read and searched as raw bytes: Data's
    /// iterator, a byte at a time, took a tenth of an archive's lint.)
    static func isBinary(_ path: String) -> Bool {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { return false }
        defer { close(fd) }
        // On the stack: an array made and zeroed per file was a cost of its own in an archive.
        return withUnsafeTemporaryAllocation(byteCount: 8192, alignment: 16) { raw in
            let n = Glibc.read(fd, raw.baseAddress, raw.count)
            return n > 0 && memchr(raw.baseAddress!, 0, n) != nil
        }
    }

    /// The bytes of the file at `path` (stdin for `-`).
    public static func read(_ path: String) throws(WorkspaceError) -> [UInt8] {
        if path == "-" { return [UInt8](FileHandle.standardInput.readDataToEndOfFile()) }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw .input(file: path, line: nil, message: FileManager.default.fileExists(atPath: path) ? "cannot be read" : "no such file")
        }
        return [UInt8](data)
    }
}
