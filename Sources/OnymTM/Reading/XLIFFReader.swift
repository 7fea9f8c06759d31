import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import OnymText

/// Reads XLIFF 1.2 (`<trans-unit>` with `<source>` and `<target>`) and XLIFF 2.0/2.1
/// (`<unit>` of `<segment>`s) as a stream, one unit at a time. A unit without a target
/// comes with an empty target (import leaves it out; `onym check` reports it).
public enum XLIFFReader {
    public static func read(_ path: String, unit: @escaping (TranslationUnit) throws(TMError) -> Void) throws(TMError) {
        let reader = Delegate(file: path, unit: unit)
        try XMLStream.parse(path, with: reader)
        if reader.version == nil { throw TMError(file: path, line: 1, message: "not an XLIFF file: the root element must be <xliff>") }
    }

    static let roles1: [String: InlineMarkupBuilder.Role] = [
        "bpt": .code(.opening), "ept": .code(.closing), "ph": .code(.standalone), "it": .code(.standalone),
        "g": .wrapper, "mrk": .wrapper, "x": .empty, "bx": .empty, "ex": .empty,
    ]
    static let roles2: [String: InlineMarkupBuilder.Role] = [
        "pc": .wrapper, "mrk": .wrapper, "ph": .empty, "sc": .empty, "ec": .empty, "sm": .empty, "em": .empty,
    ]

    final class Delegate: XMLStream.Reader {
        let unit: (TranslationUnit) throws(TMError) -> Void
        /// 1 or 2, once the root is read.
        var version: Int?
        private var sourceLanguage: String?
        private var targetLanguage: String?
        private var unitID: String?
        private var unitLine = 0
        private var segmentID: String?
        private var segmentCount = 0
        private var source: InlineMarkupBuilder?
        private var target: InlineMarkupBuilder?
        /// The text being read (inside `<source>` or `<target>`), which of the two it is.
        private var reading: InlineMarkupBuilder?
        private var readingTarget = false
        private var note: String?
        private var noteBuffer: String?
        /// Depth inside elements whose content is not the unit's (`<alt-trans>`, `<ignorable>`).
        private var skipping = 0

        init(file: String, unit: @escaping (TranslationUnit) throws(TMError) -> Void) {
            self.unit = unit
            super.init(file: file)
        }

        private func tag(_ raw: String?, _ what: String) -> String? {
            guard let raw else { fail("\(what) is missing"); return nil }
            guard let tag = LanguageMatch.canonical(raw) else { fail("\(what) '\(raw)' is not a language tag"); return nil }
            return tag
        }

        override func start(_ name: String, attributes: [String: String]) {
            defer { open.append(name) }
            if skipping > 0 { skipping += 1; return }
            if var r = reading {
                r.start(name, attributes: attributes, role: (version == 2 ? XLIFFReader.roles2 : XLIFFReader.roles1)[name] ?? .wrapper)
                reading = r
                return
            }
            if open.isEmpty {
                guard name == "xliff" else { return fail("not an XLIFF file: the root element must be <xliff>, not <\(name)>") }
                let v = attributes["version"] ?? ""
                if v.hasPrefix("1.") {
                    version = 1
                } else if v.hasPrefix("2.") {
                    version = 2
                    sourceLanguage = tag(attributes["srcLang"], "<xliff srcLang>")
                    if let t = attributes["trgLang"] { targetLanguage = tag(t, "<xliff trgLang>") }
                } else {
                    fail("unsupported XLIFF version '\(v)' (1.2 and 2.x are read)")
                }
                return
            }
            switch name {
            case "file" where version == 1:
                sourceLanguage = tag(attributes["source-language"], "<file source-language>")
                if let t = attributes["target-language"] { targetLanguage = tag(t, "<file target-language>") }
            case "trans-unit" where version == 1, "unit" where version == 2:
                unitID = attributes["id"] ?? ""
                unitLine = line
                segmentCount = 0
                note = nil
            case "segment" where version == 2:
                segmentID = attributes["id"]
                segmentCount += 1
            case "alt-trans", "ignorable", "originalData":
                skipping = 1
            case "source", "target":
                guard unitID != nil, let lang = name == "source" ? sourceLanguage : (targetLanguage ?? sourceLanguage) else {
                    return fail("<\(name)> outside a unit")
                }
                readingTarget = name == "target"
                reading = InlineMarkupBuilder(language: lang + (readingTarget ? ">" : ""))
            case "note":
                noteBuffer = ""
            default:
                break
            }
        }

        override func characters(_ string: String) {
            if skipping > 0 { return }
            if reading != nil { reading!.characters(string) } else if noteBuffer != nil { noteBuffer! += string }
        }

        override func end(_ name: String) {
            open.removeLast()
            if skipping > 0 { skipping -= 1; return }
            if var r = reading {
                if (name == "source" || name == "target"), !r.isCapturing, open.last != nil, !(Self.inline.contains(open.last!)) {
                    reading = nil
                    if readingTarget { target = r } else { source = r }
                } else {
                    r.end(name)
                    reading = r
                }
                return
            }
            switch name {
            case "note":
                if let text = noteBuffer { note = note.map { $0 + "\n" + text } ?? text }
                noteBuffer = nil
            case "segment" where version == 2:
                emit(id: segmentID.map { "\(unitID ?? "")/\($0)" })
            case "trans-unit" where version == 1:
                emit(id: nil)
                unitID = nil
            case "unit" where version == 2:
                if segmentCount == 0 { emit(id: nil) }
                unitID = nil
            default:
                break
            }
        }

        static let inline: Set<String> = Set(XLIFFReader.roles1.keys).union(XLIFFReader.roles2.keys)

        /// Hands on the source and target read (a unit of several segments gives one unit per segment).
        private func emit(id: String?) {
            defer { source = nil; target = nil }
            guard let s = source, let sourceLanguage else { return }
            // A target needs its language; a unit without one (a file not yet translated) does not.
            if target != nil && self.targetLanguage == nil {
                return fail(version == 2 ? "<xliff trgLang> is missing" : "<file target-language> is missing", line: unitLine)
            }
            let targetLanguage = self.targetLanguage ?? sourceLanguage
            var tags = InlineTags(format: version == 2 ? "xliff2" : "xliff1")
            // The builders were named with ">" for the target so that equal languages keep apart.
            for (k, v) in s.codes { tags.codes[k] = v }
            if let t = target { for (k, v) in t.codes { tags.codes[targetLanguage + k.drop { $0 != "\t" }] = v } }
            let variants = [
                TranslationUnit.Variant(language: sourceLanguage, text: Normalizer.normalize(s.text, to: .nfc)),
                TranslationUnit.Variant(language: targetLanguage, text: Normalizer.normalize(target?.text ?? "", to: .nfc)),
            ]
            let u = TranslationUnit(id: id ?? unitID ?? "", line: unitLine, sourceLanguage: sourceLanguage, variants: variants,
                                    tags: tags.codes.isEmpty ? nil : tags, meta: TMMeta(origin: file, note: note, tuid: unitID))
            do throws(TMError) { try unit(u) } catch { fail(error) }
        }
    }
}
