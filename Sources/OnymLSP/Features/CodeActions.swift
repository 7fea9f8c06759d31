import OnymKit
import OnymLint

extension LanguageServer {
    /// `textDocument/codeAction`: for each finding in the range, its fix (the suggestion),
    /// "allow here", and adding the form to the concept (as a variant, or as an allowed
    /// phrase); for the document, `source.fixAll.onym` with every safe fix.
    func codeActions(_ params: JSONValue) throws -> JSONValue {
        guard let uri = params["textDocument"]?["uri"]?.string else { throw LSPError(code: -32602, "textDocument.uri is missing") }
        let only = params["context"]?["only"]?.array?.compactMap(\.string)
        // A kind is wanted when `only` names it or a kind above it ("source" covers "source.fixAll.onym").
        func wanted(_ kind: String) -> Bool { only.map { $0.contains { kind == $0 || kind.hasPrefix($0 + ".") } } ?? true }
        let (document, checked) = try self.checked(uri)
        let start = params["range"]?["start"], end = params["range"]?["end"]
        let from = document.lines.offset(line: start?["line"]?.int ?? 0, character: start?["character"]?.int ?? 0, encoding)
        let to = document.lines.offset(line: end?["line"]?.int ?? 0, character: end?["character"]?.int ?? 0, encoding)
        var actions: [JSONValue] = []
        if wanted("quickfix") {
            for finding in checked.findings {
                let bytes = OpenDocument.bytes(of: finding)
                guard bytes.lowerBound <= to, from <= bytes.upperBound else { continue }
                let diagnostic = self.diagnostic(finding, in: document)
                if let suggestion = finding.suggestion {
                    // Onym makes one suggestion a finding: it is the one to take.
                    actions.append([
                        "title": .string("Replace “\(finding.found)” with “\(suggestion)”"), "kind": "quickfix",
                        "diagnostics": [diagnostic], "isPreferred": true,
                        "edit": ["changes": [uri: [["range": diagnostic["range"]!, "newText": .string(suggestion)]]]],
                    ])
                }
                let line = document.lines.position(of: bytes.lowerBound, encoding).line
                actions.append(command("Allow “\(finding.found)” here", "onym.allowHere", ["uri": .string(uri), "line": .int(line)], diagnostic))
                let form: JSONValue = ["uri": .string(uri), "concept": .string(finding.concept), "form": .string(finding.found),
                                       "language": .string(checked.language)]
                if finding.kind != .variant, finding.kind != .forbidden {
                    actions.append(command("Add “\(finding.found)” to the glossary as a variant of \(finding.concept)", "onym.addVariant", form, diagnostic))
                }
                actions.append(command("Add “\(finding.found)” to the glossary as an allowed phrase of \(finding.concept)", "onym.allowPhrase", form, diagnostic))
            }
        }
        if wanted(Self.fixAllKind), let workspace {
            let fixed = workspace.fix(LintedDocument(name: uri, language: checked.language, text: document.text, findings: checked.findings))
            if fixed.changed {
                let edits = fixed.fixed.map { finding -> JSONValue in
                    ["range": document.range(OpenDocument.bytes(of: finding), encoding), "newText": .string(finding.suggestion ?? finding.found)]
                }
                actions.append(["title": .string("Fix every name Onym can (\(edits.count))"), "kind": .string(Self.fixAllKind),
                                "edit": ["changes": .object([uri: .array(edits)])]])
            }
        }
        return .array(actions)
    }

    /// An action the server carries out itself, as LSP's plain `Command`: clients built on
    /// lsprotocol (pygls) take any code action that has a `command` for one, so a `CodeAction`
    /// wrapping it would reach them garbled; every client runs a `Command` as it is.
    private func command(_ title: String, _ name: String, _ argument: JSONValue, _ diagnostic: JSONValue) -> JSONValue {
        ["title": .string(title), "command": .string(name), "arguments": [argument]]
    }
}
