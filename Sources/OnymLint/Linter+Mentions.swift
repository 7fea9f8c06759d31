import OnymGlossary
import OnymText

/// A name of the glossary found in a text, in whatever form (the bilingual check asks
/// which concepts a source names and whether the target names them too).
public struct Mention: Sendable, Hashable {
    /// The concept's position in the glossary set (the same in every language's matcher).
    public let concept: Int
    public let conceptID: String
    /// UTF-8 range of the name in the text (a suffix left out).
    public let range: Range<Int>
    /// True for a good form (preferred, admitted), also in a case form (Києва).
    public let isGood: Bool
}

extension Linter {
    /// Every name of the glossary in `text`, longest match first, whole words; phrases that
    /// are only allowed (Chicken Kiev) name no concept.
    public func mentions(in text: String) -> [Mention] {
        let bytes = Array(text.utf8)
        guard let key = try? MatchKey(utf8: bytes, folding: matcher.folding) else { return [] }
        let k = key.bytes
        var out: [Mention] = []
        var i = 0
        while i < k.count {
            guard KeyText.isWordChar(k, at: i) else { i += KeyText.scalarLength(k[i]); continue }
            let end = KeyText.wordEnd(k, from: i)
            guard let match = match(k, word: i..<end, hash: WordHash.of(k, i..<end), trie: matcher.trie) else { i = end; continue }
            let range = key.sourceRange(ofKeyRange: i..<match.end)
            var seen = Set<Int>()
            for ref in matcher.refs(Int(match.value)) where ref.status != .allowed && seen.insert(ref.concept * 2 + (ref.status.isGood ? 1 : 0)).inserted {
                out.append(Mention(concept: ref.concept, conceptID: matcher.concepts[ref.concept].id, range: range, isGood: ref.status.isGood))
            }
            i = match.suffixEnd
        }
        return out
    }
}

extension CompiledMatcher {
    /// The preferred form of concept `concept` in this matcher's language, if it has one.
    public func preferredForm(ofConcept concept: Int) -> String? {
        concept < concepts.count ? concepts[concept].good.first : nil
    }

    /// The kind and id of concept `concept`.
    public func describe(concept: Int) -> (id: String, kind: ConceptKind) {
        let c = concepts[concept]
        return (c.id, c.kind)
    }
}
