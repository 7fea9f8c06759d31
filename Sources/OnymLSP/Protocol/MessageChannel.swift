#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Synchronization

/// JSON-RPC 2.0 messages framed as LSP frames them: `Content-Length: N` headers, a blank
/// line, N bytes of JSON. Read from one file descriptor by one thread; written to another
/// by any thread, one whole message at a time.
public final class MessageChannel: Sendable {
    private let input: Int32
    private let output: Int32
    private let writing = Mutex<Void>(())

    public init(input: Int32, output: Int32) {
        self.input = input
        self.output = output
    }

    /// What reading found: a message, the end of the input, or a frame that is not one.
    public enum Incoming: Sendable {
        case message(JSONValue)
        case end
        /// A frame was read but its body is not JSON: the framing still holds.
        case unreadable(String)
    }

    /// A reader's buffer; only the reading thread touches it.
    public final class Reader: @unchecked Sendable {
        fileprivate var buffer: [UInt8] = []
        fileprivate var start = 0
        public init() {}
    }

    /// The next message. Headers other than Content-Length (Content-Type) are skipped.
    public func read(_ reader: Reader) -> Incoming {
        while true {
            if let (length, bodyStart) = header(reader) {
                guard let length else { return .end }  // no usable length: the stream cannot be followed
                while reader.buffer.count - bodyStart < length { if !fill(reader) { return .end } }
                let body = Array(reader.buffer[bodyStart..<(bodyStart + length)])
                reader.start = bodyStart + length
                if reader.start > 1 << 16 { reader.buffer.removeFirst(reader.start); reader.start = 0 }
                do { return .message(try JSONValue.decode(body)) } catch { return .unreadable("the message is not JSON") }
            }
            if !fill(reader) { return .end }
        }
    }

    /// The body's length and where it starts, once the headers are all in the buffer.
    private func header(_ reader: Reader) -> (Int?, Int)? {
        let b = reader.buffer
        var i = reader.start
        while i + 3 < b.count {
            if b[i] == 13, b[i + 1] == 10, b[i + 2] == 13, b[i + 3] == 10 {
                let text = String(decoding: b[reader.start..<i], as: UTF8.self)
                var length: Int?
                for line in text.split(separator: "\r\n") {
                    let parts = line.split(separator: ":", maxSplits: 1)
                    if parts.count == 2, parts[0].lowercased() == "content-length" {
                        length = Int(parts[1].trimmingCharacters(in: " \t"))
                    }
                }
                return (length.flatMap { $0 >= 0 ? $0 : nil }, i + 4)
            }
            i += 1
        }
        return nil
    }

    private func fill(_ reader: Reader) -> Bool {
        var chunk = [UInt8](repeating: 0, count: 65536)
        while true {
            let n = chunk.withUnsafeMutableBytes { systemRead(input, $0.baseAddress, $0.count) }
            if n > 0 { reader.buffer.append(contentsOf: chunk[0..<n]); return true }
            if n < 0, errno == EINTR { continue }
            return false
        }
    }

    /// Sends one message.
    public func send(_ message: JSONValue) {
        let body = message.encoded()
        let frame = Array("Content-Length: \(body.count)\r\n\r\n".utf8) + body
        writing.withLock { _ in
            var sent = 0
            while sent < frame.count {
                let n = frame[sent...].withUnsafeBytes { systemWrite(output, $0.baseAddress, $0.count) }
                if n < 0, errno == EINTR { continue }
                guard n > 0 else { return }  // the client is gone: nothing to tell it
                sent += n
            }
        }
    }
}

// The system's read and write, named apart from the channel's own.
private func systemRead(_ fd: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int) -> Int { read(fd, buffer, count) }
private func systemWrite(_ fd: Int32, _ buffer: UnsafeRawPointer?, _ count: Int) -> Int { write(fd, buffer, count) }

private extension Substring {
    func trimmingCharacters(in set: String) -> Substring {
        var s = self
        while let f = s.first, set.contains(f) { s = s.dropFirst() }
        while let l = s.last, set.contains(l) { s = s.dropLast() }
        return s
    }
}
