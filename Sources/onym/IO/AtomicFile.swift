import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Replaces a file's contents atomically: a temporary file in the same folder,
/// the original's permissions copied to it, then rename(2) over the original.
/// An interrupted run leaves the original as it was.
enum AtomicFile {
    /// Where a writer puts the new contents; a failed write names the file.
    struct Sink {
        let handle: FileHandle
        let path: String

        func write(_ data: Data) throws {
            do { try handle.write(contentsOf: data) } catch {
                throw CLIError("\(path): cannot write: \((error as NSError).localizedDescription)")
            }
        }
    }

    static func write(_ bytes: [UInt8], to path: String) throws {
        try write(to: path) { try $0.write(Data(bytes)) }
    }

    /// The new contents written piece by piece by `body` (a large export is never held whole);
    /// an error of `body` leaves the original as it was and is passed on as it is.
    static func write(to path: String, _ body: (Sink) throws -> Void) throws {
        let url = URL(fileURLWithPath: path)
        let temporary = url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).onym-\(UUID().uuidString)")
        guard FileManager.default.createFile(atPath: temporary.path, contents: nil),
              let handle = FileHandle(forWritingAtPath: temporary.path) else {
            throw CLIError("\(path): cannot write: cannot create a file beside it")
        }
        do {
            try body(Sink(handle: handle, path: path))
            do {
                try handle.close()
                if let permissions = try? FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] {
                    try FileManager.default.setAttributes([.posixPermissions: permissions], ofItemAtPath: temporary.path)
                }
            } catch {
                throw CLIError("\(path): cannot write: \((error as NSError).localizedDescription)")
            }
            guard rename(temporary.path, path) == 0 else { throw CLIError("\(path): cannot replace: \(String(cString: strerror(errno)))") }
        } catch {
            try? handle.close()
            try? FileManager.default.removeItem(at: temporary)
            throw error
        }
    }
}
