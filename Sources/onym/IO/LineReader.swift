import Foundation
import OnymText

/// Reads a file handle line by line as UTF-8, in bounded memory; invalid
/// UTF-8 throws with the byte offset from the start of the stream.
struct LineReader {
    let handle: FileHandle
    let name: String

    /// Calls `body` with each line, its line ending (if any) kept apart.
    func forEachLine(_ body: (String, String) throws -> Void) throws {
        var pending: [UInt8] = []
        var consumed = 0  // bytes of the stream before `pending`
        func emit(_ line: ArraySlice<UInt8>, ending: String) throws {
            if let bad = UTF8Validator.firstInvalidOffset(in: line) {
                throw CLIError("\(name): invalid UTF-8 at byte offset \(consumed + bad)")
            }
            try body(String(decoding: line, as: UTF8.self), ending)
        }
        while true {
            let chunk = handle.readData(ofLength: 1 << 16)
            if chunk.isEmpty { break }
            pending.append(contentsOf: chunk)
            var start = 0
            while let newline = pending[start...].firstIndex(of: 0x0A) {
                var end = newline
                var ending = "\n"
                if end > start, pending[end - 1] == 0x0D { end -= 1; ending = "\r\n" }
                try emit(pending[start..<end], ending: ending)
                consumed += newline + 1 - start
                start = newline + 1
            }
            pending.removeFirst(start)
        }
        if !pending.isEmpty { try emit(pending[...], ending: "") }
    }
}
