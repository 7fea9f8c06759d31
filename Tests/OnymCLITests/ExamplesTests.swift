import Foundation
import Testing
import OnymTestSupport

/// `examples/newsroom`, as the README walks through it: its `.onym.yaml` (house, dates,
/// first mentions, severities) applied from its own folder.
@Suite struct ExamplesTests {
    static let newsroom = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("examples/newsroom")

    @Test func theNewsroomExample() throws {
        let cache = Leftovers.temporary("onym-examples-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: cache) }
        let run = try OnymProcess.run(["lint", "articles"], environment: ["ONYM_CACHE_DIR": cache.path], currentDirectory: Self.newsroom)
        #expect(run == .init(status: 1, stdout: """
            articles/2024-kyiv.md:5:59: warning: Kiev → Kyiv (variant since 2019-08-14, AP; of place "kyiv"; Capital of Ukraine.)
              Talks in Kyiv (formerly Kiev) resumed on Monday; later in Kiev, Erdoğan spoke.
                                                                        ^^^^
            articles/2024-kyiv.md:5:65: warning: Erdoğan → Erdogan (diacritics of person "erdogan"; President of Türkiye.)
              Talks in Kyiv (formerly Kiev) resumed on Monday; later in Kiev, Erdoğan spoke.
                                                                              ^^^^^^^
            2 findings (0 errors, 2 warnings, 0 info) in 2 files

            """, stderr: ""))
    }
}
