import Foundation
import Testing
import OnymTestSupport

/// `--house` and `.onym.yaml`'s `house:`, through the commands.
@Suite struct HouseCommandTests {
    @Test func theHouseIsChosenByFlagOrConfig() throws {
        let folder = Leftovers.temporary("onym-house-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let env = ["ONYM_CACHE_DIR": folder.appendingPathComponent("cache").path]
        let text = Data("Zelenskiy met Zelenskyy.".utf8)
        let plain = try OnymProcess.run(["lint", "-", "--format", "json"], stdin: text, environment: env, currentDirectory: folder)
        #expect(plain.stdout.contains("\"found\":\"Zelenskiy\",\"kind\":\"variant\""))
        let reuters = try OnymProcess.run(["lint", "-", "--house", "reuters", "--format", "json"], stdin: text, environment: env, currentDirectory: folder)
        #expect(reuters.stdout.contains("\"found\":\"Zelenskyy\",\"kind\":\"variant\"") && !reuters.stdout.contains("\"found\":\"Zelenskiy\""))
        try "house: reuters\n".write(to: folder.appendingPathComponent(".onym.yaml"), atomically: true, encoding: .utf8)
        #expect(try OnymProcess.run(["lint", "-", "--format", "json"], stdin: text, environment: env, currentDirectory: folder).stdout == reuters.stdout)
        #expect(try OnymProcess.run(["lookup", "Zelenskyy"], environment: env, currentDirectory: folder).stdout
                .hasPrefix("zelenskyy (person): \"Zelenskyy\" is a variant in en\n"))
        #expect(try OnymProcess.run(["export", "--format", "csv", "--layout", "pairs", "--from", "en", "--to", "de"], environment: env,
                                    currentDirectory: folder).stdout.contains("Zelenskiy,Selenskyj\r\n"))
        #expect(try OnymProcess.run(["lint", "-", "--house", "bbc"], stdin: text, environment: env, currentDirectory: folder)
                == .init(status: 2, stdout: "", stderr: "error: bundled:glossaries/news.yaml: no glossary has house 'bbc' (houses: reuters)\n"))
        #expect(try OnymProcess.run(["lint", "-", "--house", "B B C"], stdin: text, environment: env, currentDirectory: folder)
                == .init(status: 2, stdout: "", stderr: "error: --house: house 'B B C' must match [a-z0-9][a-z0-9-]* (ap, reuters)\n"))
    }
}
