import OnymGlossary
import OnymKit
import OnymLint

extension LanguageServer {
    /// `textDocument/hover`: over a finding, or over any form of the glossaries (right or
    /// wrong, any language), a card: the concept, every language's preferred form, the
    /// status of the hovered form, the note, the date and sources.
    func hover(_ params: JSONValue) throws -> JSONValue {
        guard let uri = params["textDocument"]?["uri"]?.string, let position = params["position"] else {
            throw LSPError(code: -32602, "textDocument.uri and position are needed")
        }
        guard let workspace else { return .null }
        let (document, checked) = try self.checked(uri)
        let offset = document.lines.offset(line: position["line"]?.int ?? 0, character: position["character"]?.int ?? 0, encoding)
        let queries: any GlossaryQueries
        do { queries = try workspace.queries() } catch { return .null }
        if let finding = checked.findings.first(where: { OpenDocument.bytes(of: $0).contains(offset) }),
           let found = try? queries.concept(id: finding.concept) {
            return card(found.concept, status: finding.message, range: document.range(OpenDocument.bytes(of: finding), encoding))
        }
        for words in Self.phrases(in: document.text, at: offset) {
            let phrase = String(decoding: document.text[words], as: UTF8.self)
            guard let result = try? workspace.lookup(phrase, language: checked.language.isEmpty ? workspace.documentLanguage : checked.language),
                  let match = result.matches.first(where: { $0.how == .exact || $0.how == .key }) else { continue }
            let status = match.status == .preferred
                ? "“\(match.matched)” is the preferred \(match.language) form"
                : "“\(match.matched)” is \(match.status == .admitted ? "an" : "a") \(match.status.word) form in \(match.language)"
            return card(match.concept, status: status, range: document.range(words, encoding))
        }
        return .null
    }

    private func card(_ concept: Concept, status: String, range: JSONValue) -> JSONValue {
        var lines = ["**\(Self.escaped(concept.terms["en"]?.preferred ?? concept.terms[concept.languages.first ?? ""]?.preferred ?? concept.id))** · \(concept.kind.rawValue) · `\(concept.id)`",
                     "", Self.escaped(status), "", "| language | preferred | other forms |", "|---|---|---|"]
        for language in concept.languages {
            guard let terms = concept.terms[language] else { continue }
            var others: [String] = []
            if !terms.admitted.isEmpty { others.append("admitted: " + terms.admitted.map { terms.dated($0, .admitted) }.joined(separator: ", ")) }
            if !terms.variants.isEmpty { others.append("variants: " + terms.variants.map { terms.dated($0, .deprecated) }.joined(separator: ", ")) }
            if !terms.forbidden.isEmpty { others.append("forbidden: " + terms.forbidden.map { terms.dated($0, .forbidden) }.joined(separator: ", ")) }
            if !terms.formerly.isEmpty { others.append("formerly: " + terms.formerly.map { terms.dated($0, .preferred) }.joined(separator: ", ")) }
            lines.append("| \(language) | \(Self.escaped(terms.dated(terms.preferred, .preferred))) | \(Self.escaped(others.joined(separator: "; "))) |")
        }
        if let note = concept.note { lines += ["", Self.escaped(note)] }
        if let since = concept.since { lines += ["", "Since \(since)"] }
        if !concept.sources.isEmpty { lines += ["", "Sources: " + concept.sources.map(Self.escaped).joined(separator: ", ")] }
        return ["contents": ["kind": "markdown", "value": .string(lines.joined(separator: "\n"))], "range": range]
    }

    /// Markdown's special characters in glossary text, escaped.
    static func escaped(_ text: String) -> String {
        var out = ""
        for c in text {
            if "\\`*_{}[]<>()#+!|".contains(c) { out.append("\\") }
            out.append(c)
        }
        return out
    }

    /// The runs of one to four words around `offset` on its line, longest first: where a
    /// name of several words ("Sri Lanka", "Guinea-Bissau") may be.
    static func phrases(in text: [UInt8], at offset: Int) -> [Range<Int>] {
        var lineStart = min(offset, text.count), lineEnd = min(offset, text.count)
        while lineStart > 0, text[lineStart - 1] != 0x0A { lineStart -= 1 }
        while lineEnd < text.count, text[lineEnd] != 0x0A { lineEnd += 1 }
        // Words: letters, digits and marks (any byte of a multi-byte character), with an
        // apostrophe or hyphen inside.
        func isWordByte(_ b: UInt8) -> Bool { b >= 0x80 || (b >= 0x30 && b <= 0x39) || ((b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A) }
        var words: [Range<Int>] = []
        var i = lineStart
        while i < lineEnd {
            guard isWordByte(text[i]) else { i += 1; continue }
            let start = i
            while i < lineEnd, isWordByte(text[i]) || ((text[i] == 0x27 || text[i] == 0x2D) && i + 1 < lineEnd && isWordByte(text[i + 1])) { i += 1 }
            words.append(start..<i)
        }
        guard let at = words.firstIndex(where: { $0.lowerBound <= offset && offset <= $0.upperBound }) else { return [] }
        var out: [Range<Int>] = []
        for size in stride(from: 4, through: 1, by: -1) {
            for first in max(0, at - size + 1)...at where first + size <= words.count {
                out.append(words[first].lowerBound..<words[first + size - 1].upperBound)
            }
        }
        return out
    }
}
