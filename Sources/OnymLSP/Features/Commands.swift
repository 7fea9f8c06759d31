import Foundation
import OnymGlossary
import OnymKit
import OnymLint
import OnymStore

extension LanguageServer {
    /// `workspace/executeCommand`, carried out by the server itself (no editor plug-in):
    /// `onym.allowHere {uri, line}` inserts the format's suppression comment above the line
    /// (through `workspace/applyEdit`); `onym.addVariant` and `onym.allowPhrase` `{concept,
    /// form, language}` add the form to the concept where the glossaries are kept (a store,
    /// with the author and history, or the YAML file that defines it) and check every open
    /// document again.
    func execute(_ params: JSONValue) throws -> JSONValue {
        guard let name = params["command"]?.string else { throw LSPError(code: -32602, "command is missing") }
        let argument = params["arguments"]?[0] ?? .null
        switch name {
        case "onym.allowHere":
            guard let uri = argument["uri"]?.string, let line = argument["line"]?.int, let document = documents[uri] else {
                throw LSPError(code: -32602, "onym.allowHere takes {uri, line} of an open document")
            }
            guard line >= 0, line < document.lines.starts.count else { throw LSPError(code: -32602, "line \(line) is not in the document") }
            let start = document.lines.starts[line]
            var indent = start
            while indent < document.text.count, document.text[indent] == 0x20 || document.text[indent] == 0x09 { indent += 1 }
            let directive = document.format == .plain ? "onym: disable-next-line" : "<!-- onym-disable-next-line -->"
            let text = String(decoding: document.text[start..<indent], as: UTF8.self) + directive + "\n"
            let at = document.range(start..<start, encoding)
            request("workspace/applyEdit", ["label": "Allow here", "edit": ["changes": [uri: [["range": at, "newText": .string(text)]]]]])
            return .null
        case "onym.addVariant", "onym.allowPhrase":
            guard let concept = argument["concept"]?.string, let form = argument["form"]?.string, !form.isEmpty,
                  let language = argument["language"]?.string else {
                throw LSPError(code: -32602, "\(name) takes {concept, form, language}")
            }
            guard let workspace, let setup else { throw LSPError(code: -32603, "no glossaries are loaded") }
            var change = ConceptChange(language: language)
            let what: String
            if name == "onym.addVariant" {
                change.add = [.deprecated: [form]]
                what = "variant"
            } else {
                change.addAllow = [form]
                what = "allowed phrase"
            }
            let place: String
            do {
                place = try workspace.edit(concept: concept, change, author: setup.author, message: "\(what) \(form) (onym lsp)")
            } catch {
                throw LSPError(code: -32603, "\(error)")
            }
            reloadIfChanged(force: true)
            return ["concept": .string(concept), "added": .string(form), "as": .string(what), "in": .string(place)]
        default:
            throw LSPError(code: -32602, "unknown command \(name)")
        }
    }
}
