import Foundation
import Testing

@Suite struct ConvertCommandTests {
    static let news = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("glossaries/news.yaml").path

    @Test func throughEveryFormatAndBack() throws {
        let dir = try TemporaryFolder.make("onym-convert")
        defer { try? FileManager.default.removeItem(at: dir) }
        let start = dir.appendingPathComponent("start.yaml").path
        #expect(try OnymProcess.run(["convert", Self.news, start]).status == 0)
        let expected = try String(contentsOfFile: start, encoding: .utf8)
        for ext in ["csv", "tbx", "json"] {
            let middle = dir.appendingPathComponent("news.\(ext)").path, end = dir.appendingPathComponent("back-\(ext).yaml").path
            #expect(try OnymProcess.run(["convert", start, middle]) == .init(status: 0, stdout: "", stderr: ""))
            #expect(try OnymProcess.run(["convert", middle, end]) == .init(status: 0, stdout: "", stderr: ""))
            #expect(try String(contentsOfFile: end, encoding: .utf8) == expected, "\(ext)")
        }
    }

    @Test func malformedInputWritesNothing() throws {
        let dir = try TemporaryFolder.make("onym-convert")
        defer { try? FileManager.default.removeItem(at: dir) }
        let bad = dir.appendingPathComponent("bad.tbx"), out = dir.appendingPathComponent("out.yaml")
        try "<tbx><text><body><conceptEntry id=\"x\">".write(to: bad, atomically: true, encoding: .utf8)
        let r = try OnymProcess.run(["convert", bad.path, out.path])
        #expect(r == .init(status: 2, stdout: "", stderr: "error: \(bad.path):1: not well-formed XML: the file ends inside <conceptEntry>\n"))
        #expect(!FileManager.default.fileExists(atPath: out.path))
        let unknown = try OnymProcess.run(["convert", Self.news, dir.appendingPathComponent("out.docx").path])
        #expect(unknown.status == 2)
        #expect(unknown.stderr.hasSuffix("out.docx: unknown file type: name it .yaml, .csv, .tbx or .json, or give --to-format\n"))
    }
}
