import Foundation

/// Output written piece by piece: to stdout, or atomically to `-o FILE` (``AtomicFile``), in
/// chunks of 64 KiB, so that a large export is never held whole.
enum StreamedOutput {
    static func write(to path: String?, _ body: (_ write: (String) -> Void) throws -> Void) throws {
        if let path, path != "-" {
            try AtomicFile.write(to: path) { sink in try chunked(body) { try sink.write(Data($0.utf8)) } }
        } else {
            try chunked(body) { Console.text($0) }
        }
    }

    /// Runs `body`, handing what it writes to `flush` a chunk at a time; a failed flush stops
    /// the flushing and is thrown once `body` returns.
    private static func chunked(_ body: (_ write: (String) -> Void) throws -> Void, flush: (String) throws -> Void) throws {
        var buffer = ""
        var failure: (any Error)?
        try withoutActuallyEscaping(flush) { flush in
            try body { piece in
                buffer += piece
                guard buffer.utf8.count >= 1 << 16 else { return }
                if failure == nil {
                    do { try flush(buffer) } catch { failure = error }
                }
                buffer = ""
            }
            if let failure { throw failure }
            try flush(buffer)
        }
    }
}
