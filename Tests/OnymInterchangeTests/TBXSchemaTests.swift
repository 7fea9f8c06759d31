import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
@testable import OnymGlossary
@testable import OnymInterchange
import Testing
import OnymTestSupport

/// The TBX export against LTAC-Global's schemas in `../shared/schemas/tbx-basic/`:
/// the core-structure RNG through xmllint, and each Schematron rule that can
/// apply to what Onym writes, asserted here.
@Suite struct TBXSchemaTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let schemas = root.deletingLastPathComponent().appendingPathComponent("shared/schemas/tbx-basic")

    /// The bundled glossaries, then a glossary of dated forms (superseded and former forms).
    static func export() throws -> String {
        var o = ExportOptions()
        o.format = .tbx
        return try GlossaryExporter.export(try GlossarySet.bundled(), o).text
    }

    static let dated = """
        glossary: dated
        concepts:
          - id: turkiye
            kind: country
            generate: false
            terms:
              en:
                preferred: { form: Türkiye, since: 2022-06-01, authority: UN }
                variants: [{ form: Turkey, since: 2022-06-01, authority: UN Secretariat }]
                formerly: [{ form: Turkey, until: 2022-05-31 }]
        """

    static func exportDated() throws -> (text: String, set: GlossarySet) {
        var o = ExportOptions()
        o.format = .tbx
        let set = try GlossarySet(loaded: [GlossaryReader.read(bytes: Array(dated.utf8), file: "dated.yaml")], profiles: LocaleProfiles.bundled())
        return (try GlossaryExporter.export(set, o).text, set)
    }

    /// A dated form's period is a note; a former preferred form whose period has ended is
    /// superseded; both come back whole.
    @Test func datedFormsRoundTrip() throws {
        let (text, set) = try Self.exportDated()
        #expect(text.contains("""
                      <termSec>
                        <term>Turkey</term>
                        <termNote type="administrativeStatus">supersededTerm-admn-sts</termNote>
                        <note>onym:formerly</note>
                        <note>onym:dated status=preferred until=2022-05-31</note>
                      </termSec>
            """))
        #expect(text.contains("<note>onym:dated status=deprecated since=2022-06-01 authority=UN Secretariat</note>"))
        let back = try TBXReader.read(bytes: Array(text.utf8), file: "dated.tbx")
        #expect(back.glossary.concepts == set.concepts)
    }

    static var schemasPresent: Bool {
        FileManager.default.fileExists(atPath: schemas.appendingPathComponent("TBXcoreStructV03.rng").path)
    }

    static var xmllintInstalled: Bool {
        (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
            .contains { FileManager.default.isExecutableFile(atPath: "\($0)/xmllint") }
    }

    /// Needs the project's shared folder beside the checkout and xmllint (CI has both).
    @Test(.enabled(if: schemasPresent, "../shared/schemas/tbx-basic is not beside this checkout"),
          .enabled(if: xmllintInstalled, "xmllint is not installed (Debian: apt-get install libxml2-utils)"))
    func validAgainstTheCoreStructureRNG() throws {
        let rng = Self.schemas.appendingPathComponent("TBXcoreStructV03.rng")
        for text in [try Self.export(), try Self.exportDated().text] {
        let file = Leftovers.temporary("onym-\(UUID().uuidString).tbx")
        try text.write(to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["xmllint", "--noout", "--relaxng", rng.path, file.path]
        let errors = Pipe()
        process.standardError = errors
        try process.run()
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "xmllint (apt-get install libxml2-utils): \(message)")
        #expect(message.hasSuffix(" validates\n"))
        }
    }

    /// Every element with its ancestors' names, from the exported XML.
    final class Collector: NSObject, XMLParserDelegate {
        var elements: [(path: [String], attributes: [String: String], text: String, namespace: String?)] = []
        var stack: [(String, [String: String], String, String?)] = []
        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String]) {
            stack.append((name, attributes, "", namespaceURI))
        }
        func parser(_ parser: XMLParser, foundCharacters string: String) { stack[stack.count - 1].2 += string }
        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            let (n, a, t, ns) = stack.removeLast()
            elements.append((stack.map(\.0) + [n], a, t, ns))
        }
    }

    @Test func schematronRules() throws {
        for text in [try Self.export(), try Self.exportDated().text] {
        let parser = XMLParser(data: Data(text.utf8))
        parser.shouldProcessNamespaces = true
        let c = Collector()
        parser.delegate = c
        #expect(parser.parse())
        let all = c.elements
        #expect(!all.isEmpty)
        if text.contains("onym:allow") {
            #expect(all.contains { $0.path.last == "termNote" && $0.attributes["type"] == "termType" && $0.text == "phrase" })
        }
        // DCA style: every element is in the TBX namespace; the root declares dialect and style.
        #expect(all.allSatisfy { $0.namespace == "urn:iso:std:iso:30042:ed-2" })
        let root = try #require(all.first { $0.path == ["tbx"] })
        #expect(root.attributes["type"] == "TBX-Basic" && root.attributes["style"] == "dca")
        for e in all {
            let name = e.path.last!, parent = e.path.dropLast().last ?? "", type = e.attributes["type"]
            if let type { #expect(!type.isEmpty, "data category must be declared") }
            switch name {
            case "termNote":
                #expect(parent == "termSec", "Any termNote is only allowed at the termSec level.")
                #expect(["administrativeStatus", "partOfSpeech", "geographicalUsage", "grammaticalGender", "termLocation", "termType"].contains(type!))
                if type == "administrativeStatus" {
                    #expect(["admittedTerm-admn-sts", "deprecatedTerm-admn-sts", "supersededTerm-admn-sts", "preferredTerm-admn-sts"].contains(e.text))
                }
                if type == "termType" {
                    #expect(["fullForm", "acronym", "abbreviation", "shortForm", "variant", "phrase"].contains(e.text))
                }
                if type == "partOfSpeech" { #expect(["adjective", "noun", "other", "verb", "adverb"].contains(e.text)) }
            case "descrip":
                #expect(["subjectField", "context", "definition"].contains(type!))
                if type == "subjectField" { #expect(parent == "conceptEntry", "/subjectField/ may only appear at level(s): conceptEntry") }
            case "admin":
                #expect(["customerSubset", "projectSubset", "source"].contains(type!))
                if type == "source" { #expect(["conceptEntry", "langSec", "termSec"].contains(parent)) }
            case "transac":
                #expect(type == "transactionType")
                #expect(["origination", "modification"].contains(e.text))
                #expect(e.path.dropLast(2).last == "conceptEntry")
            default:
                break
            }
        }
        }
    }
}
