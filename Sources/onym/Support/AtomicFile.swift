import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Replaces a file's contents atomically: a temporary file in the same folder,
/// the original's permissions copied to it, then rename(2) over the original.
/// An interrupted run leaves the original as it was.
enum AtomicFile {
    static func write(_ bytes: [UInt8], to path: String) throws {
        let url = URL(fileURLWithPath: path)
        let temporary = url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).onym-\(UUID().uuidString)")
        do {
            try Data(bytes).write(to: temporary)
            if let permissions = try? FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] {
                try FileManager.default.setAttributes([.posixPermissions: permissions], ofItemAtPath: temporary.path)
            }
            guard rename(temporary.path, path) == 0 else { throw CLIError("\(path): cannot replace: \(String(cString: strerror(errno)))") }
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            if let error = error as? CLIError { throw error }
            throw CLIError("\(path): cannot write: \((error as NSError).localizedDescription)")
        }
    }
}
