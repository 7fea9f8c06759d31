import Foundation

/// Output written piece by piece: to stdout, or to `-o FILE` through a temporary file in
/// the same folder renamed at the end (an interrupted run never leaves half a file, and a
/// large export is never held whole).
enum StreamedOutput {
    static func write(to path: String?, _ body: (_ write: (String) -> Void) throws -> Void) throws {
        guard let path, path != "-" else {
            var buffer = ""
            try body { piece in
                buffer += piece
                if buffer.utf8.count >= 1 << 16 { Console.text(buffer); buffer = "" }
            }
            Console.text(buffer)
            return
        }
        let url = URL(fileURLWithPath: path)
        let temporary = url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).onym-\(UUID().uuidString)")
        guard FileManager.default.createFile(atPath: temporary.path, contents: nil), let handle = FileHandle(forWritingAtPath: temporary.path) else {
            throw CLIError("\(path): cannot write")
        }
        do {
            var buffer = ""
            try body { piece in
                buffer += piece
                if buffer.utf8.count >= 1 << 16 { handle.write(Data(buffer.utf8)); buffer = "" }
            }
            handle.write(Data(buffer.utf8))
            try handle.close()
            guard rename(temporary.path, path) == 0 else { throw CLIError("\(path): cannot replace: \(String(cString: strerror(errno)))") }
        } catch {
            try? handle.close()
            try? FileManager.default.removeItem(at: temporary)
            throw error
        }
    }
}
