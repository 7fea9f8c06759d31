import Foundation
import Testing
@testable import OnymGlossary
import OnymTestSupport

@Suite struct CacheFileTests {
    /// Only the newest files of the prefix stay; other files of the folder are not touched.
    @Test func pruneKeepsTheNewestFilesOfAPrefix() throws {
        let folder = Leftovers.temporary("onym-prune-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let now = Date()
        for n in 0..<5 {
            let file = folder.appendingPathComponent("matcher-\(n)-en.bin")
            #expect(CacheFile.write([UInt8(n)], to: file))
            // File n was written n hours ago.
            try FileManager.default.setAttributes([.modificationDate: now.addingTimeInterval(-3600 * Double(n))], ofItemAtPath: file.path)
        }
        #expect(CacheFile.write([9], to: folder.appendingPathComponent("glossary-old.bin")))
        try FileManager.default.setAttributes([.modificationDate: now.addingTimeInterval(-86_400)],
                                              ofItemAtPath: folder.appendingPathComponent("glossary-old.bin").path)
        CacheFile.prune(folder, prefix: "matcher-", keeping: 2)
        let left = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        #expect(left == ["glossary-old.bin", "matcher-0-en.bin", "matcher-1-en.bin"])
    }
}
