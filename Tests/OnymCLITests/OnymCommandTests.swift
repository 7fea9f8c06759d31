import Foundation
import Testing

@Suite struct OnymCommandTests {
    @Test func version() throws {
        let r = try OnymProcess.run(["--version"])
        #if PostgreSQL
        let postgres = "PostgreSQL built in"
        #else
        let postgres = "PostgreSQL not built in"
        #endif
        #if Server
        let server = "server built in"
        #else
        let server = "server not built in"
        #endif
        #expect(r == .init(status: 0, stdout: "onym 0.1.0 (ICU 72.1; \(postgres); \(server))\n", stderr: ""))
    }

    @Test func helpListsCommandsWithExamples() throws {
        let r = try OnymProcess.run(["help"])
        #expect(r.status == 0)
        #expect(r.stdout.contains("  translit  "))
        #expect(r.stdout.contains("  inspect  "))
        for command in ["translit", "inspect"] {
            let help = try OnymProcess.run([command, "--help"])
            #expect(help.status == 0)
            #expect(help.stdout.contains("Examples:\n  onym \(command) "), "\(command)")
        }
    }

    @Test func unknownCommandIsAUsageError() throws {
        let r = try OnymProcess.run(["frobnicate"])
        #expect(r.status == 2)
        #expect(r.stderr.hasPrefix("error: Unexpected argument 'frobnicate'"))
    }
}
