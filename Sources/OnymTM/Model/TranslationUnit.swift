/// A unit as a file gives it: one text per language (a TMX `<tu>` may have many; an
/// XLIFF unit has a source and maybe a target; a CSV row has two), where it is, and its
/// metadata. Import and check take the pairs they need from it.
public struct TranslationUnit: Sendable, Hashable {
    public struct Variant: Sendable, Hashable {
        public var language: String
        public var text: String
    }

    /// TMX `tuid`, XLIFF unit id (and segment id), or the line number.
    public var id: String
    /// 1-based line where the unit starts.
    public var line: Int
    /// The source language; nil when any language is a source (TMX `srclang="*all*"`).
    public var sourceLanguage: String?
    public var variants: [Variant]
    public var tags: InlineTags?
    public var meta: TMMeta

    public init(id: String, line: Int, sourceLanguage: String?, variants: [Variant], tags: InlineTags? = nil, meta: TMMeta = TMMeta()) {
        self.id = id
        self.line = line
        self.sourceLanguage = sourceLanguage
        self.variants = variants
        self.tags = tags
        self.meta = meta
    }

    /// The pairs to keep: source language to each other language (every ordered pair when
    /// any language is a source), optionally only `from` → `to`; empty targets left out.
    public func pairs(from: String? = nil, to: String? = nil, keepEmpty: Bool = false) -> [TMSegment] {
        var out: [TMSegment] = []
        for s in variants where sourceLanguage.map({ LanguageMatch.same($0, s.language) }) ?? true {
            if let from, !LanguageMatch.matches(requested: from, stored: s.language) { continue }
            for t in variants where !LanguageMatch.same(t.language, s.language) {
                if let to, !LanguageMatch.matches(requested: to, stored: t.language) { continue }
                if !keepEmpty, t.text.isEmpty || s.text.isEmpty { continue }
                // Only the two languages' markup goes with the pair.
                let codes = tags?.codes.filter { $0.key.hasPrefix(s.language + "\t") || $0.key.hasPrefix(t.language + "\t") } ?? [:]
                out.append(TMSegment(sourceLanguage: s.language, targetLanguage: t.language, source: s.text, target: t.text,
                                     tags: codes.isEmpty ? nil : InlineTags(format: tags!.format, codes: codes), meta: meta))
            }
        }
        return out
    }
}
