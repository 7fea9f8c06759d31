import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import OnymText

/// Reads TMX 1.4b, and the 1.4 and 1.1 files that tools write (`lang` for `xml:lang`), as a
/// stream: each `<tu>` is handed on as soon as it ends, so a file of any size is read in
/// the memory of one unit. Inline markup is kept as placeholders (``InlineTags``).
public enum TMXReader {
    public static func read(_ path: String, unit: @escaping (TranslationUnit) throws(TMError) -> Void) throws(TMError) {
        let reader = Delegate(file: path, unit: unit)
        try XMLStream.parse(path, with: reader)
        if !reader.sawRoot { throw TMError(file: path, line: 1, message: "not a TMX file: the root element must be <tmx>") }
    }

    /// The `<prop type>` that Onym writes a pair's origin file in.
    public static let originProperty = "x-onym-origin"

    static let roles: [String: InlineMarkupBuilder.Role] = [
        "bpt": .code(.opening), "ept": .code(.closing), "ph": .code(.standalone), "it": .code(.standalone),
        "ut": .code(.standalone), "hi": .wrapper,
    ]

    final class Delegate: XMLStream.Reader {
        let unit: (TranslationUnit) throws(TMError) -> Void
        var sawRoot = false
        private var headerSource: String?
        private var pending: TranslationUnit?
        private var tuLanguage: String?
        private var tuvLanguage: String?
        private var segment: InlineMarkupBuilder?
        private var buffer: String?
        private var propType: String?
        private var count = 0

        init(file: String, unit: @escaping (TranslationUnit) throws(TMError) -> Void) {
            self.unit = unit
            super.init(file: file)
        }

        func language(_ attributes: [String: String], _ element: String) -> String? {
            guard let raw = attributes["xml:lang"] ?? attributes["lang"] else {
                fail("<\(element)> has no xml:lang")
                return nil
            }
            guard let tag = LanguageMatch.canonical(raw) else {
                fail("<\(element)> has an invalid language tag '\(raw)'")
                return nil
            }
            return tag
        }

        override func start(_ name: String, attributes: [String: String]) {
            defer { open.append(name) }
            if var s = segment {
                s.start(name, attributes: attributes, role: TMXReader.roles[name] ?? .wrapper)
                segment = s
                return
            }
            switch name {
            case "tmx" where open.isEmpty:
                sawRoot = true
            case _ where open.isEmpty:
                fail("not a TMX file: the root element must be <tmx>, not <\(name)>")
            case "header":
                guard let src = attributes["srclang"] else { return fail("<header> has no srclang") }
                if src == "*all*" { headerSource = nil } else {
                    guard let tag = LanguageMatch.canonical(src) else { return fail("<header> has an invalid srclang '\(src)'") }
                    headerSource = tag
                }
            case "tu":
                count += 1
                var source = headerSource
                if let src = attributes["srclang"] {
                    if src == "*all*" { source = nil } else if let tag = LanguageMatch.canonical(src) { source = tag } else {
                        return fail("<tu> has an invalid srclang '\(src)'")
                    }
                }
                let meta = TMMeta(origin: file, createdAt: attributes["creationdate"], createdBy: attributes["creationid"],
                                  changedAt: attributes["changedate"], changedBy: attributes["changeid"], tuid: attributes["tuid"])
                pending = TranslationUnit(id: attributes["tuid"] ?? String(count), line: line, sourceLanguage: source, variants: [],
                                          meta: meta)
            case "tuv":
                guard pending != nil else { return fail("<tuv> outside a <tu>") }
                tuvLanguage = language(attributes, "tuv")
            case "seg":
                guard let lang = tuvLanguage else { return fail("<seg> outside a <tuv>") }
                segment = InlineMarkupBuilder(language: lang)
            case "prop":
                buffer = ""
                propType = attributes["type"]
            case "note":
                buffer = ""
            default:
                break
            }
        }

        override func characters(_ string: String) {
            if segment != nil { segment!.characters(string) } else if buffer != nil { buffer! += string }
        }

        override func end(_ name: String) {
            open.removeLast()
            if var s = segment {
                if name == "seg", !s.isCapturing, open.last == "tuv" {
                    segment = nil
                    finish(s)
                } else {
                    s.end(name)
                    segment = s
                }
                return
            }
            switch name {
            case "tu":
                guard let u = pending else { return }
                pending = nil
                do throws(TMError) { try unit(u) } catch { fail(error) }
            case "tuv":
                tuvLanguage = nil
            case "prop":
                // Props of the header describe the file, not a unit.
                if let type = propType, pending != nil {
                    // Onym's own export keeps the origin file as a property; it is the origin again.
                    if type == TMXReader.originProperty { pending!.meta.origin = buffer ?? "" } else { pending!.meta.properties[type] = buffer ?? "" }
                }
                buffer = nil
            case "note":
                if pending != nil, let text = buffer {
                    pending!.meta.note = pending!.meta.note.map { $0 + "\n" + text } ?? text
                }
                buffer = nil
            default:
                break
            }
        }

        private func finish(_ s: InlineMarkupBuilder) {
            guard pending != nil else { return }
            let text = Normalizer.normalize(s.text, to: .nfc)
            pending!.variants.append(TranslationUnit.Variant(language: s.language, text: text))
            if !s.codes.isEmpty {
                if pending!.tags == nil { pending!.tags = InlineTags(format: "tmx") }
                pending!.tags!.codes.merge(s.codes) { a, _ in a }
            }
        }
    }
}
