import Foundation

/// Buffered output to stdout or stderr for reports written as they are made: a lint of a
/// large archive writes its findings piece by piece instead of holding them to the end.
final class ConsoleOutput {
    private let handle: FileHandle
    private var buffer: [UInt8] = []
    private static let flushAt = 1 << 16

    init(toStderr: Bool) {
        handle = toStderr ? FileHandle.standardError : FileHandle.standardOutput
        buffer.reserveCapacity(Self.flushAt * 2)
    }

    func write(_ text: String) {
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= Self.flushAt { flush() }
    }

    func write(_ bytes: [UInt8]) {
        buffer.append(contentsOf: bytes)
        if buffer.count >= Self.flushAt { flush() }
    }

    func flush() {
        guard !buffer.isEmpty else { return }
        handle.write(Data(buffer))
        buffer.removeAll(keepingCapacity: true)
    }
}
