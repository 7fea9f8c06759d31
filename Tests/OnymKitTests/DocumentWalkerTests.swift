import Foundation
import OnymTestSupport
@testable import OnymKit
import Testing

/// The files a lint reads: folders walked in name order, and each file read in one call
/// when its size is known, whatever happened to it since it was listed.
@Suite struct DocumentWalkerTests {
    static func folder() throws -> URL {
        let folder = Leftovers.temporary("onym-walk-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("sub"), withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: folder.appendingPathComponent(".hidden"), withIntermediateDirectories: true)
        return folder
    }

    @Test func foldersAreWalkedInNameOrderAndTheirFilesMayBeBinary() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        for name in ["b.txt", "a.md", "sub/c.txt", ".hidden/d.txt", ".e.txt"] {
            try Data("x".utf8).write(to: folder.appendingPathComponent(name))
        }
        let named = folder.appendingPathComponent("a.md").path
        #expect(DocumentWalker.files([folder.path, named, "-"]) == [
            InputFile(folder.path + "/a.md", skipsBinary: true), InputFile(folder.path + "/b.txt", skipsBinary: true),
            InputFile(folder.path + "/sub/c.txt", skipsBinary: true), InputFile(named), InputFile("-"),
        ])
    }

    /// Each folder's .gitignore applies below it; paths sort by their bytes ("a-b" before "a/").
    @Test func gitignoresApplyBelowTheirFolder() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("sub/deep"), withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("a"), withIntermediateDirectories: true)
        for name in ["a/x.txt", "a-b.txt", "b.txt", "sub/c.txt", "sub/d.txt", "sub/deep/c.txt", "sub/deep/e.txt", "é.txt", "z.txt"] {
            try Data("x".utf8).write(to: folder.appendingPathComponent(name))
        }
        try Data("b.txt\n/z.txt\n".utf8).write(to: folder.appendingPathComponent(".gitignore"))
        try Data("c.txt\n".utf8).write(to: folder.appendingPathComponent("sub/.gitignore"))
        let found = DocumentWalker.files([folder.path + "/"]).map { String($0.path.dropFirst(folder.path.count + 1)) }
        #expect(found == ["a-b.txt", "a/x.txt", "sub/d.txt", "sub/deep/e.txt", "é.txt"])
    }

    @Test func aNulByteInTheFirst8KiBIsBinary() {
        #expect(DocumentWalker.isBinary([0x41, 0x00, 0x42]))
        #expect(!DocumentWalker.isBinary(Array("Kyiv ".utf8)))
        #expect(!DocumentWalker.isBinary([]))
        #expect(!DocumentWalker.isBinary([UInt8](repeating: 0x41, count: 8192) + [0x00]))
    }

    @Test func aFileIsReadWholeWhateverTheSizeItWasListedWith() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("f.txt").path
        let text = [UInt8]((0..<200_000).map { UInt8(0x41 + $0 % 26) })
        try Data(text).write(to: URL(fileURLWithPath: path))
        #expect(try DocumentWalker.read(path, size: text.count) == text)
        // Grown or shrunk since it was listed: all of it, as it is now.
        #expect(try DocumentWalker.read(path, size: 10) == text)
        #expect(try DocumentWalker.read(path, size: 300_000) == text)
        #expect(try DocumentWalker.read(path) == text)
        try Data().write(to: URL(fileURLWithPath: path))
        #expect(try DocumentWalker.read(path, size: 0) == [])
        #expect(throws: WorkspaceError.input(file: folder.path + "/none.txt", line: nil, message: "no such file")) {
            try DocumentWalker.read(folder.path + "/none.txt")
        }
        #expect(throws: WorkspaceError.input(file: folder.path, line: nil, message: "cannot be read")) {
            try DocumentWalker.read(folder.path)
        }
    }
}
