import Foundation

/// Writes a command's result to `-o FILE` atomically (a temporary file in the
/// same folder, then a rename), so an interrupted run never leaves half a file.
enum OutputFile {
    static func write(_ text: String, to path: String?) throws {
        guard let path, path != "-" else {
            FileHandle.standardOutput.write(Data(text.utf8))
            return
        }
        try AtomicFile.write(Array(text.utf8), to: path)
    }
}
