import Foundation
import Testing

@Suite struct OnymCommandTests {
    @Test func version() throws {
        let r = try OnymProcess.run(["--version"])
        #if PostgreSQL
        #expect(r == .init(status: 0, stdout: "onym 0.1.0 (ICU 72.1; PostgreSQL built in)\n", stderr: ""))
        #else
        #expect(r == .init(status: 0, stdout: "onym 0.1.0 (ICU 72.1; PostgreSQL not built in)\n", stderr: ""))
        #endif
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
