import Foundation
#if canImport(Glibc)
import Glibc
#endif
import Testing

/// `onym serve`'s refusals before it serves (what it serves is OnymServerTests' and the
/// end-to-end tests').
@Suite struct ServeCommandTests {
    #if Server
    @Test func badInputIsOneMessageAndExit2() throws {
        let folder = try TemporaryFolder.make("onym-serve")
        defer { try? FileManager.default.removeItem(at: folder) }
        let tokens = folder.appendingPathComponent("tokens.yaml")
        try "tokens:\n  - { name: ana, scope: boss }\n".write(to: tokens, atomically: true, encoding: .utf8)
        #expect(try OnymProcess.run(["serve", "--tokens", tokens.path, "--port", "0"]) == .init(status: 2, stdout: "", stderr: """
            error: \(tokens.path):2: 'scope' must be read, propose, edit or admin
            error: \(tokens.path):2: a token needs name, scope and sha256; this one has no sha256

            """))
        #expect(try OnymProcess.run(["serve", "--port", "70000"]) == .init(status: 2, stdout: "", stderr: "error: --port must be 0 to 65535\n"))
        #expect(try OnymProcess.run(["serve", "--new-token", "Bad Name"])
                == .init(status: 2, stdout: "", stderr: "error: --new-token: a name such as ana or desk-2 (lower case, no spaces)\n"))
        // A port another process holds.
        let socket = LoopbackSocket.listen()
        defer { close(socket.fd) }
        #expect(try OnymProcess.run(["serve", "--port", String(socket.port)])
                == .init(status: 2, stdout: "", stderr: "error: cannot serve on 127.0.0.1:\(socket.port): Address already in use\n"))
    }

    @Test func aNewTokenAndItsLine() throws {
        let r = try OnymProcess.run(["serve", "--new-token", "ana", "--scope", "edit"])
        #expect(r.status == 0)
        #expect(r.stdout.hasPrefix("onym_") && r.stdout.count == 70)
        let lines = r.stderr.split(separator: "\n")
        #expect(lines.first == "onym: give the token above to ana, and add this line under 'tokens:' in the tokens file:")
        #expect(lines.last?.hasPrefix("  - { name: ana, scope: edit, sha256: ") == true && lines.last?.count == 104)
    }
    #else
    /// Without the Server trait, whatever is asked, one line says how to get a build that serves.
    @Test func aBuildWithoutTheServerSaysHowToGetOne() throws {
        let line = "error: this onym was built without the server; build one with `swift build -c release --traits Server` (or use a release binary, which has it)\n"
        #expect(try OnymProcess.run(["serve"]) == .init(status: 2, stdout: "", stderr: line))
        #expect(try OnymProcess.run(["serve", "--port", "0", "--glossary", "x.yaml"]) == .init(status: 2, stdout: "", stderr: line))
    }
    #endif
}

/// A listening socket on a free loopback port.
enum LoopbackSocket {
    static func listen() -> (fd: Int32, port: Int) {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        _ = withUnsafePointer(to: &address) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) } }
        _ = Glibc.listen(fd, 1)
        var bound = sockaddr_in()
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &bound) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) } }
        return (fd, Int(UInt16(bigEndian: bound.sin_port)))
    }
}
