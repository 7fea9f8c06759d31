import Foundation
import Testing
@testable import OnymLSP

@Suite struct MessageChannelTests {
    /// Frames as a client writes them: headers in any case, a Content-Type, two messages in
    /// one write, a body that is not JSON (the framing still holds), then the end.
    @Test func framesAreReadWhole() throws {
        var fds: [Int32] = [0, 0]
        #expect(pipe(&fds) == 0)
        let channel = MessageChannel(input: fds[0], output: -1)
        let first = #"{"id":1,"method":"initialize","params":{"é":"😀"}}"#, second = #"{"method":"exit"}"#
        let bytes = Array("content-length: \(first.utf8.count)\r\nContent-Type: application/vscode-jsonrpc; charset=utf-8\r\n\r\n\(first)".utf8)
            + Array("Content-Length: \(second.utf8.count)\r\n\r\n\(second)Content-Length: 3\r\n\r\n{x}".utf8)
        _ = bytes.withUnsafeBytes { write(fds[1], $0.baseAddress, $0.count) }
        close(fds[1])
        let reader = MessageChannel.Reader()
        guard case .message(let one) = channel.read(reader) else { Issue.record("no first message"); return }
        #expect(one == ["id": 1, "method": "initialize", "params": ["é": "😀"]])
        guard case .message(let two) = channel.read(reader) else { Issue.record("no second message"); return }
        #expect(two["method"]?.string == "exit")
        guard case .unreadable(let why) = channel.read(reader) else { Issue.record("the bad body was taken"); return }
        #expect(why == "the message is not JSON")
        guard case .end = channel.read(reader) else { Issue.record("no end"); return }
        close(fds[0])
    }

    @Test func messagesAreWrittenWithTheirLength() throws {
        var fds: [Int32] = [0, 0]
        #expect(pipe(&fds) == 0)
        MessageChannel(input: -1, output: fds[1]).send(["jsonrpc": "2.0", "id": 7, "result": ["text": "Київ"]])
        close(fds[1])
        let data = FileHandle(fileDescriptor: fds[0], closeOnDealloc: true).readDataToEndOfFile()
        let body = #"{"id":7,"jsonrpc":"2.0","result":{"text":"Київ"}}"#
        #expect(String(decoding: data, as: UTF8.self) == "Content-Length: \(body.utf8.count)\r\n\r\n\(body)")
    }
}
