import OnymText

extension Linter {
    /// Findings of a scoped document in `language`, whose parts in other languages
    /// (``DocumentScope/parts``: `<span lang="uk">`) are checked as those languages by the
    /// linters `linter` gives; in offset order. The text is walked once per language it holds.
    ///
    /// ```swift
    /// let scope = DocumentScope.of(bytes, format: .html)
    /// let findings = try Linter.lint(bytes, scope: scope, language: "en") { linters[$0] }
    /// ```
    public static func lint(_ text: [UInt8], scope: DocumentScope, language: String,
                            linter: (String) -> Linter) throws(LintError) -> [Finding] {
        // A part whose tag is not a language tag, or is the document's, is the document's.
        var byLanguage: [String: [Range<Int>]] = [:]
        var order: [String] = []
        for part in scope.parts {
            guard let tag = try? LanguageTag.canonical(part.language), tag != language else { continue }
            if byLanguage[tag] == nil { order.append(tag) }
            byLanguage[tag, default: []].append(part.range)
        }
        let elsewhere = byLanguage.values.flatMap { $0 }
        let main = linter(language)
        var findings = try main.lint(text, excluded: scope.excluded + elsewhere)
        if let rule = main.firstMention { findings = main.applying(rule, to: findings, in: text, excluded: scope.excluded + elsewhere) }
        for tag in order {
            findings += try linter(tag).lint(text, excluded: scope.excluded + Self.complement(of: byLanguage[tag]!, in: text.count))
        }
        return order.isEmpty ? findings : findings.sorted { $0.byteOffset < $1.byteOffset }
    }

    /// The bytes of 0..<count outside `ranges` (which are in order and apart).
    static func complement(of ranges: [Range<Int>], in count: Int) -> [Range<Int>] {
        var out: [Range<Int>] = []
        var start = 0
        for r in ranges {
            if r.lowerBound > start { out.append(start..<r.lowerBound) }
            start = max(start, r.upperBound)
        }
        if start < count { out.append(start..<count) }
        return out
    }
}
