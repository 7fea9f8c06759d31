import OnymKit
import Foundation
import OnymLint

/// The parts of SARIF 2.1.0 that Onym writes, as `Codable` types (optional members are left
/// out when nil). `onym lint` and `onym check` both write through ``SARIFWriter``.
enum SARIF {
    struct Rule: Codable, Equatable {
        struct Configuration: Codable, Equatable { let level: String }
        let defaultConfiguration: Configuration
        let id: String
        let shortDescription: Message

        /// A finding kind as a rule: its id, default severity and one-line summary.
        init(id: String, severity: Severity, summary: String) {
            defaultConfiguration = Configuration(level: SARIF.level(severity))
            self.id = id
            shortDescription = Message(text: summary)
        }
    }

    struct Message: Codable, Equatable { let text: String }

    struct ArtifactLocation: Codable, Equatable { let uri: String }

    struct Region: Codable, Equatable {
        var endColumn: Int? = nil
        var endLine: Int? = nil
        var startColumn: Int? = nil
        let startLine: Int
    }

    struct PhysicalLocation: Codable, Equatable {
        let artifactLocation: ArtifactLocation
        let region: Region
    }

    struct Location: Codable, Equatable { let physicalLocation: PhysicalLocation }

    struct Replacement: Codable, Equatable {
        let deletedRegion: Region
        let insertedContent: Message
    }

    struct ArtifactChange: Codable, Equatable {
        let artifactLocation: ArtifactLocation
        let replacements: [Replacement]
    }

    struct Fix: Codable, Equatable {
        let artifactChanges: [ArtifactChange]
        let description: Message
    }

    struct Result: Codable, Equatable {
        var fixes: [Fix]? = nil
        let level: String
        let locations: [Location]
        let message: Message
        var properties: [String: String]? = nil
        let ruleId: String
    }

    /// SARIF's level of a severity.
    static func level(_ severity: Severity) -> String {
        switch severity { case .error: "error"; case .warning: "warning"; case .info: "note" }
    }
}

/// Writes one SARIF log as it goes: the head, each result when it is found, then the tool
/// and its rules. Keys are sorted (so `results` comes before `tool` and can stream).
final class SARIFWriter {
    private let out: ConsoleOutput
    private let encoder: JSONEncoder
    private var results = 0

    /// `columnKind` is said when results have columns.
    init(_ out: ConsoleOutput, columnKind: String?) {
        self.out = out
        encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        out.write("{\"$schema\":\"https://json.schemastore.org/sarif-2.1.0.json\",\"runs\":[{"
                  + (columnKind.map { "\"columnKind\":\"\($0)\"," } ?? "") + "\"results\":[")
    }

    func write(_ result: SARIF.Result) {
        var bytes = results > 0 ? [UInt8(ascii: ",")] : []
        // Types of plain strings and numbers always encode.
        bytes += try! encoder.encode(result)
        out.write(bytes)
        results += 1
    }

    func finish(rules: [SARIF.Rule], version: String) {
        let rulesJSON = String(decoding: try! encoder.encode(rules), as: UTF8.self)
        out.write("],\"tool\":{\"driver\":{\"name\":\"onym\",\"rules\":\(rulesJSON),\"version\":\(try! JSONOutput.string(version))}}}],\"version\":\"2.1.0\"}\n")
    }
}
