import Foundation
import OnymGlossary
#if canImport(Glibc)
import Glibc
#endif

/// Which paths `onym lint` leaves out: `.onym.yaml`'s `ignore` globs and the
/// patterns of the `.gitignore` files in the folders it walks (comments,
/// directory patterns ending in `/`, anchored patterns starting with `/`;
/// negations `!` are not supported).
public enum IgnoreRules {
    /// True when a config `ignore` glob matches the path (relative to the config's folder).
    public static func configIgnores(_ config: OnymConfig?, _ path: String) -> Bool {
        guard let config, !config.ignore.isEmpty, path != "-" else { return false }
        let folder = URL(fileURLWithPath: config.path).deletingLastPathComponent().standardizedFileURL.path
        let absolute = URL(fileURLWithPath: path).standardizedFileURL.path
        let relative = absolute.hasPrefix(folder + "/") ? String(absolute.dropFirst(folder.count + 1)) : path
        return config.ignore.contains { fnmatch($0, relative, 0) == 0 }
    }

    /// The patterns of a folder's `.gitignore`, if it has one.
    static func gitignorePatterns(in folder: URL) -> [String] {
        guard let text = try? String(contentsOf: folder.appendingPathComponent(".gitignore"), encoding: .utf8) else { return [] }
        return text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty && !$0.hasPrefix("#") && !$0.hasPrefix("!") }
    }

    /// True when a gitignore pattern matches a path relative to the .gitignore's folder.
    static func matches(_ pattern: String, relative: String, isDirectory: Bool) -> Bool {
        var p = pattern
        let anchored = p.hasPrefix("/")
        if anchored { p.removeFirst() }
        if p.hasSuffix("/") {
            guard isDirectory else { return false }
            p.removeLast()
        }
        if anchored || p.contains("/") { return fnmatch(p, relative, FNM_PATHNAME) == 0 }
        let name = relative.split(separator: "/").last.map(String.init) ?? relative
        return fnmatch(p, name, 0) == 0
    }
}
