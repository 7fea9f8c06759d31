import Foundation

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
            let base = URL(fileURLWithPath: path)
            guard let walker = FileManager.default.enumerator(at: base, includingPropertiesForKeys: [.isDirectoryKey],
                                                              options: [.skipsHiddenFiles]) else { continue }
            var found: [String] = []
            var ignores: [(folder: String, patterns: [String])] = [(base.standardizedFileURL.path, IgnoreRules.gitignorePatterns(in: base))]
            for case let url as URL in walker {
                let isDirectory = (try? url.resourceValues(forKeys: [.isDirectoryKey]).isDirectory) == true
                let full = url.standardizedFileURL.path
                let ignored = ignores.contains { folder, patterns in
                    full.hasPrefix(folder + "/") && patterns.contains {
                        IgnoreRules.matches($0, relative: String(full.dropFirst(folder.count + 1)), isDirectory: isDirectory)
                    }
                }
                if ignored || url.lastPathComponent == ".build" || url.lastPathComponent == ".git" {
                    if isDirectory { walker.skipDescendants() }
                    continue
                }
                if isDirectory {
                    let patterns = IgnoreRules.gitignorePatterns(in: url)
                    if !patterns.isEmpty { ignores.append((full, patterns)) }
                    continue
                }
                if isBinary(url.path) { continue }
                found.append(path.hasSuffix("/") ? path + url.path.dropFirst(base.path.count + 1) : path + "/" + url.path.dropFirst(base.path.count + 1))
            }
            out += found.sorted()
        }
        return out
    }

    /// A NUL byte in the first 8 KiB: not a text.
    static func isBinary(_ path: String) -> Bool {
        guard let handle = FileHandle(forReadingAtPath: path) else { return false }
        defer { try? handle.close() }
        return (try? handle.read(upToCount: 8192))?.contains(0) ?? false
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
