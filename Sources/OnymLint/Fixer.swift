/// Applies the findings that have one safe suggestion to a text.
///
/// A finding is fixed when it has a suggestion (an inflected form has none)
/// and is of a kind that can be fixed without a person's judgement: variant,
/// forbidden, diacritics, case, confusable, invisible, typography — and misspelling only
/// when asked. Fixing twice changes nothing the second time.
public enum Fixer {
    /// The kinds fixed by default.
    public static let fixableKinds: Set<FindingKind> = [.variant, .forbidden, .diacritics, .case, .confusable, .invisible, .typography]

    /// True when `finding` would be fixed.
    public static func isFixable(_ finding: Finding, misspellings: Bool = false) -> Bool {
        finding.suggestion != nil && (fixableKinds.contains(finding.kind) || (misspellings && finding.kind == .misspelling))
    }

    /// The text with the fixable findings replaced by their suggestions, and the findings fixed.
    public static func apply(_ findings: [Finding], to text: [UInt8], misspellings: Bool = false) -> (text: [UInt8], fixed: [Finding]) {
        var out = text
        var fixed: [Finding] = []
        var lastStart = Int.max
        // From the end, so earlier offsets stay valid; overlapping findings are left alone.
        for f in findings.sorted(by: { $0.byteOffset > $1.byteOffset }) where isFixable(f, misspellings: misspellings) {
            let end = f.byteOffset + f.found.utf8.count
            guard end <= lastStart, end <= out.count, Array(out[f.byteOffset..<end]) == Array(f.found.utf8) else { continue }
            out.replaceSubrange(f.byteOffset..<end, with: Array(f.suggestion!.utf8))
            lastStart = f.byteOffset
            fixed.append(f)
        }
        return (out, fixed.reversed())
    }
}
