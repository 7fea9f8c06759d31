import OnymGlossary

/// Builds one segment's text while its XML is read: text as it is, inline markup as
/// placeholders with the markup kept (see ``InlineTags``).
struct InlineMarkupBuilder {
    /// How an inline element is kept.
    enum Role {
        /// Its content is native code (TMX `<bpt>`, `<ph>`): the whole element becomes one placeholder.
        case code(Pairing)
        /// Its content is text (TMX `<hi>`, XLIFF `<g>`, `<pc>`): placeholders at its start and end.
        case wrapper
        /// Empty (XLIFF `<x/>`, `<ph/>`): one placeholder.
        case empty
    }

    enum Pairing { case opening, closing, standalone }

    let language: String
    private(set) var text = ""
    private(set) var codes: [String: String] = [:]
    private var next = 1
    /// TMX `i` / XLIFF `rid` of an open pair → its placeholder number.
    private var pairs: [String: Int] = [:]
    private var wrappers: [(number: Int, name: String)] = []
    /// The roles of the inline elements open now (an empty element also ends).
    private var roles: [Role] = []
    /// The element whose code is being captured, and how deep inside it the reader is.
    private var capture: (raw: String, depth: Int, pairing: Pairing, pairID: String?)?

    init(language: String) { self.language = language }

    var isCapturing: Bool { capture != nil }

    mutating func characters(_ s: String) {
        if capture != nil { capture!.raw += XMLEscaping.escape(s) } else { text += s }
    }

    mutating func start(_ name: String, attributes: [String: String], role: Role) {
        let open = "<" + name + Self.attributes(attributes)
        if capture != nil {
            capture!.raw += open + ">"
            capture!.depth += 1
            return
        }
        roles.append(role)
        switch role {
        case .code(let pairing):
            capture = (open + ">", 0, pairing, attributes["i"] ?? attributes["rid"] ?? attributes["id"])
        case .wrapper:
            let n = take()
            place("⟨\(n)⟩", open + ">")
            wrappers.append((n, name))
        case .empty:
            place("⟨\(take())/⟩", open + "/>")
        }
    }

    /// The end of an inline element (or of one nested in captured code).
    mutating func end(_ name: String) {
        if var c = capture {
            c.raw += "</\(name)>"
            if c.depth > 0 {
                c.depth -= 1
                capture = c
                return
            }
            capture = nil
            roles.removeLast()
            switch c.pairing {
            case .opening:
                let n = take()
                if let id = c.pairID { pairs[id] = n }
                place("⟨\(n)⟩", c.raw)
            case .closing:
                let n = c.pairID.flatMap { pairs.removeValue(forKey: $0) } ?? take()
                place("⟨/\(n)⟩", c.raw)
            case .standalone:
                place("⟨\(take())/⟩", c.raw)
            }
            return
        }
        guard let role = roles.popLast() else { return }
        if case .wrapper = role, let w = wrappers.popLast() { place("⟨/\(w.number)⟩", "</\(w.name)>") }
    }

    private mutating func take() -> Int {
        defer { next += 1 }
        return next
    }

    private mutating func place(_ placeholder: String, _ markup: String) {
        text += placeholder
        codes[language + "\t" + placeholder] = markup
    }

    /// Attributes in name order, so that the same markup is kept the same way.
    static func attributes(_ attributes: [String: String]) -> String {
        attributes.keys.sorted().map { " \($0)=\"\(XMLEscaping.escape(attributes[$0]!))\"" }.joined()
    }
}
