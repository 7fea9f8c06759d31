import Foundation
import OnymGlossary
@testable import OnymKit
import Testing
import OnymTestSupport

@Suite struct WorkspaceTests {
    /// A workspace on the bundled glossaries answers lookups with no cache on disk.
    @Test func looksUpInTheBundledGlossaries() throws {
        let workspace = Workspace(.init(glossaries: .bundled))
        let result = try workspace.lookup("Kiev", language: "en")
        #expect(result.matches.first.map { "\($0.concept.id) \($0.how.rawValue) \($0.status.word) \($0.matched)" } == "kyiv exact variant Kiev")
        #expect(workspace.configuration.cache == nil)
    }

    /// Glossary files named by the configuration, and nothing written where none was asked for.
    @Test func looksUpInGlossaryFiles() throws {
        let folder = Leftovers.temporary("onym-workspace-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let glossary = folder.appendingPathComponent("g.yaml")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try "glossary: g\nconcepts:\n  - id: kyiv\n    kind: place\n    terms:\n      en: { preferred: Kyiv, variants: [Kiev] }\n"
            .write(to: glossary, atomically: true, encoding: .utf8)
        let result = try Workspace(.init(glossaries: .files([glossary.path]))).lookup("Kyiv", language: "en")
        #expect(result.matches.map(\.concept.id) == ["kyiv"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["g.yaml"])
    }

    /// A server's workspace: the indexed lookup answers as before, and after the glossaries
    /// read whole are let go, an export still gets every concept (read again) and the
    /// languages are still known.
    @Test func indexedLookupsLetTheGlossariesGo() throws {
        var configuration = Workspace.Configuration(glossaries: .bundled)
        configuration.lookupInMemory = true
        let workspace = Workspace(configuration)
        try workspace.prepare()
        let before = try workspace.lookup("Kyjiw", language: "en").matches.map { "\($0.concept.id) \($0.how.rawValue) \($0.matched)" }
        let whole = try workspace.glossarySet()
        let languages = try workspace.languagesWithTerms()
        try workspace.indexLookups()
        workspace.releaseMemory()
        #expect(try workspace.lookup("Kyjiw", language: "en").matches.map { "\($0.concept.id) \($0.how.rawValue) \($0.matched)" } == before)
        #expect(before == ["kyiv exact Kyjiw"])
        #expect(try workspace.glossarySet().concepts == whole.concepts)
        #expect(try workspace.languagesWithTerms() == languages)
        #expect(try workspace.linter(for: "en").matcher.hasTerms)
    }
}
