import Foundation
import OnymGlossary
@testable import OnymKit
import OnymStore
import OnymTestSupport
import Testing

/// `Workspace.edit`: where an editor's "add to the glossary" goes.
@Suite struct WorkspaceEditTests {
    static let yaml = """
        glossary: house
        concepts:
          - id: kyiv
            kind: place
            terms:
              en: { preferred: Kyiv, variants: [Kiev] }
          - id: odesa
            kind: place
            terms:
              en: { preferred: Odesa, variants: [Odessa] }

        """

    func folder() throws -> URL {
        let folder = Leftovers.temporary("onym-edit-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Self.yaml.write(to: folder.appendingPathComponent("house.yaml"), atomically: true, encoding: .utf8)
        return folder
    }

    @Test func aVariantGoesIntoTheFileThatDefinesTheConcept() throws {
        let folder = try folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("house.yaml").path
        let workspace = Workspace(.init(glossaries: .config(path: folder.appendingPathComponent(".onym.yaml").path, files: [file])))
        var change = ConceptChange(language: "en")
        change.add = [.deprecated: ["Kyivv"]]
        #expect(try workspace.edit(concept: "kyiv", change, author: "ana", message: nil) == file)
        let set = try GlossarySet.load(files: [file])
        #expect(set.concept(id: "kyiv")?.terms["en"]?.variants == ["Kiev", "Kyivv"])
        #expect(set.concept(id: "odesa")?.terms["en"]?.variants == ["Odessa"])
        // No trial file is left beside it.
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["house.yaml"])
    }

    /// A change that would break the glossaries (another concept's form) is refused and the
    /// file is left as it was, byte for byte.
    @Test func aChangeThatBreaksTheGlossariesIsNotWritten() throws {
        let folder = try folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("house.yaml").path
        let workspace = Workspace(.init(glossaries: .files([file])))
        var change = ConceptChange(language: "en")
        change.add = [.deprecated: ["Odessa"]]
        #expect(throws: WorkspaceError.self) { try workspace.edit(concept: "kyiv", change, author: "ana", message: nil) }
        #expect(try String(contentsOfFile: file, encoding: .utf8) == Self.yaml)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["house.yaml"])
        let error = try #require(throws: WorkspaceError.self) { try workspace.edit(concept: "atlantis", change, author: "ana", message: nil) }
        #expect("\(error)".contains("no YAML glossary file defines 'atlantis'"))
        #expect(throws: WorkspaceError.self) { try Workspace(.init(glossaries: .bundled)).edit(concept: "kyiv", change, author: "ana", message: nil) }
    }

    @Test func aStoreTakesItWithItsAuthorAndHistory() throws {
        let fixture = try StoreFixture(.sqlite)
        let folder = try folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = try StoreAccess.glossary(fixture.location, create: true)
        let set = try GlossarySet.load(files: [folder.appendingPathComponent("house.yaml").path])
        try store.commit(set.concepts.map { .put($0, glossary: "house", expected: nil) }, author: "import", message: nil)
        let workspace = Workspace(.init(glossaries: .store(fixture.location)))
        var change = ConceptChange(language: "en")
        change.addAllow = ["Chicken Kiev"]
        #expect(try workspace.edit(concept: "kyiv", change, author: "ana", message: "allowed phrase Chicken Kiev (onym lsp)") == fixture.location)
        let history = try store.history(concept: "kyiv", since: nil)
        #expect(history.map { "\($0.action.rawValue) \($0.author) \($0.message ?? "-")" } == ["added import -", "changed ana allowed phrase Chicken Kiev (onym lsp)"])
        #expect(try store.existing(id: "kyiv").concept.terms["en"]?.allow == ["Chicken Kiev"])
    }
}
