/// The house rule for renamed names (`.onym.yaml` `first-mention: formerly`): an article's
/// first mention of a name renamed before its day may say the former name — "Türkiye
/// (formerly Turkey)" — and with `must` has to.
public enum FirstMention: String, Sendable, Equatable {
    /// The former name in "(formerly …)" is never a finding.
    case may
    /// …and a first mention without it is an `info` finding (`first-mention`).
    case must
}

extension Linter {
    /// `findings` of `text` with the rule applied: the former name in "(formerly Turkey)"
    /// after a mention dropped; with `must`, each renamed name's first mention outside
    /// `excluded` that does not say its former name found.
    public func applying(_ rule: FirstMention, to findings: [Finding], in text: [UInt8], excluded: [Range<Int>]) -> [Finding] {
        let renames = matcher.renames
        guard !renames.isEmpty else { return findings }
        let concepts = Dictionary(renames.map { (matcher.concepts[$0.concept].id, $0) }, uniquingKeysWith: { a, _ in a })
        var out = findings.filter { finding in
            guard let rename = concepts[finding.concept] else { return true }
            let start = finding.byteOffset, end = start + finding.found.utf8.count
            return !(rename.formerly.contains { Self.sameName($0, finding.found) } && Self.explains(text, start: start, end: end))
        }
        guard rule == .must else { return out }
        let lines = LineIndex(text)
        for rename in renames {
            guard let at = Self.firstMention(of: rename.preferred, in: text, excluded: excluded) else { continue }
            let end = at + rename.preferred.utf8.count
            // Said right after it: " (formerly Turkey)".
            let after = String(decoding: text[end..<min(text.count, end + 200)], as: UTF8.self)
            if rename.formerly.contains(where: { after.hasPrefix(" (formerly \($0))") }) { continue }
            let explained = "\(rename.preferred) (formerly \(rename.formerly[0]))"
            if let finding = configured(make(text, start: at, end: end, found: rename.preferred, suggestion: explained, concept: rename.concept,
                                             kind: .firstMention, lines: lines, detail: "the first mention says its former name")) {
                out.append(finding)
            }
        }
        return out.sorted { $0.byteOffset < $1.byteOffset }
    }

    /// Two spellings of one name, case aside (the finding's text keeps its suffix: "Turkey's").
    static func sameName(_ form: String, _ found: String) -> Bool {
        found.lowercased().hasPrefix(form.lowercased())
    }

    /// True when `text[start..<end]` stands in "(formerly …)".
    static func explains(_ text: [UInt8], start: Int, end: Int) -> Bool {
        let marker = Array("(formerly ".utf8)
        guard start >= marker.count, end < text.count, text[end] == UInt8(ascii: ")") else { return false }
        return text[(start - marker.count)..<start].map { $0 | (($0 >= 0x41 && $0 <= 0x5A) ? 0x20 : 0) }.elementsEqual(marker)
    }

    /// The first place `name` stands as a whole word outside `excluded`.
    static func firstMention(of name: String, in text: [UInt8], excluded: [Range<Int>]) -> Int? {
        let needle = Array(name.utf8)
        guard !needle.isEmpty, needle.count <= text.count else { return nil }
        func isWordByte(_ b: UInt8) -> Bool { b >= 0x80 || (b >= 0x30 && b <= 0x39) || ((b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A) }
        var i = 0
        while i + needle.count <= text.count {
            if text[i] == needle[0], text[i..<(i + needle.count)].elementsEqual(needle),
               i == 0 || !isWordByte(text[i - 1]), i + needle.count == text.count || !isWordByte(text[i + needle.count]),
               !excluded.contains(where: { $0.contains(i) }) {
                return i
            }
            i += 1
        }
        return nil
    }
}
