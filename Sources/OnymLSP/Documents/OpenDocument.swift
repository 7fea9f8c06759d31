import OnymKit
import OnymLint

/// A document the editor has open: its text as the editor has it (after every change it
/// sent), its version, and its format from the editor's language id (else its name).
public struct OpenDocument: Sendable {
    public let uri: String
    public private(set) var version: Int
    public let format: DocumentFormat
    public private(set) var text: [UInt8]
    public private(set) var lines: LineIndex

    public init(uri: String, languageID: String, version: Int, text: String) {
        self.uri = uri
        self.version = version
        format = switch languageID {
        case "markdown": .markdown
        case "html": .html
        case "plaintext": .plain
        default: DocumentFormat(path: uri)
        }
        self.text = Array(text.utf8)
        lines = LineIndex(self.text)
    }

    /// One change of `textDocument/didChange`: a range replaced (incremental sync), or the
    /// whole text (no range). Positions are in `encoding`.
    public mutating func apply(_ change: JSONValue, _ encoding: PositionEncoding) {
        let replacement = Array((change["text"]?.string ?? "").utf8)
        if let range = change["range"], let start = range["start"], let end = range["end"] {
            let from = lines.offset(line: start["line"]?.int ?? 0, character: start["character"]?.int ?? 0, encoding)
            let to = max(from, lines.offset(line: end["line"]?.int ?? 0, character: end["character"]?.int ?? 0, encoding))
            text.replaceSubrange(from..<to, with: replacement)
        } else {
            text = replacement
        }
        lines = LineIndex(text)
    }

    public mutating func setVersion(_ version: Int) { self.version = version }

    /// The document for the workspace to check (its name is the editor's URI).
    public var document: Document { Document(name: uri, bytes: text, format: format) }

    /// An LSP range for bytes `range`.
    public func range(_ range: Range<Int>, _ encoding: PositionEncoding) -> JSONValue {
        let start = lines.position(of: range.lowerBound, encoding), end = lines.position(of: range.upperBound, encoding)
        return ["start": ["line": .int(start.line), "character": .int(start.character)],
                "end": ["line": .int(end.line), "character": .int(end.character)]]
    }

    /// The bytes of a finding in the text.
    public static func bytes(of finding: Finding) -> Range<Int> {
        finding.byteOffset..<(finding.byteOffset + finding.found.utf8.count)
    }
}
