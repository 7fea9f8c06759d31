import Foundation
import OnymGlossary
import OnymText

/// Everything the linter needs to check texts in one language against a
/// glossary set, built once: a byte trie of every form's match key, the
/// language's suffixes as keys, and the single-word preferred forms for near
/// misses and look-alikes.
public struct CompiledMatcher: Sendable {
    public let language: String
    let set: GlossarySet
    let profile: LocaleProfile
    let folding: CaseFolding
    let trie: ByteTrie
    /// Terms by trie value.
    let terms: [[TermRef]]
    /// The profile's suffixes as keys, longest first.
    let suffixKeys: [[UInt8]]
    /// Preferred one-word forms, for near misses.
    let fuzzy: FuzzyIndex
    /// The profile's derivational endings as keys (Russia + n is a word of its own).
    let derivationalEndings: [[Unicode.Scalar]]
    /// Good forms by UTS #39 skeleton, for look-alikes.
    let skeletons: SkeletonIndex

    /// True when `key` is the whole key of a form (a word that is a form is no near miss).
    func isKnownKey(_ key: ArraySlice<UInt8>) -> Bool {
        var node = ByteTrie.root
        for byte in key {
            guard let next = trie.child(node, byte) else { return false }
            node = next
        }
        return trie.value(node) != nil
    }

    /// Compiles the glossary set for documents in `language`.
    public init(set: GlossarySet, language: String) {
        self.language = language
        self.set = set
        profile = set.profiles.profile(for: language)
        folding = CaseFolding(language: profile.caseLocale)
        let primary = String(language.split(separator: "-").first ?? Substring(language))
        var byKey: [[UInt8]: [TermRef]] = [:]
        var preferredWords: [FuzzyIndex.Entry] = []
        var oneWordForms: [(concept: Int, form: String)] = []
        for (i, concept) in set.concepts.enumerated() {
            guard let terms = concept.terms[language] ?? concept.terms[primary] else { continue }
            var refs: [TermRef] = []
            for (form, status) in terms.forms {
                let s: TermRef.Status = switch status {
                case .preferred: .preferred
                case .admitted: .admitted
                case .forbidden: .forbidden
                case .deprecated, .generated: .variant
                }
                refs.append(TermRef(concept: i, form: form, status: s))
            }
            refs += terms.allow.map { TermRef(concept: i, form: $0, status: .allowed) }
            refs += Self.inflections(of: refs, profile: profile)
            // The concept's forms in other languages are variants here (Киев in a Ukrainian text).
            let own = Set(refs.map(\.form))
            for other in concept.languages where other != language && other != primary {
                guard let foreign = concept.terms[other] else { continue }
                for form in [foreign.preferred] + foreign.admitted where !own.contains(form) {
                    refs.append(TermRef(concept: i, form: form, status: .foreign))
                }
            }
            let generatedLanguage = concept.terms[language] != nil ? language : primary
            refs += (set.generated[i][generatedLanguage] ?? []).map { TermRef(concept: i, form: $0.form, status: .generated) }
            for ref in refs {
                byKey[MatchKey(ref.form, folding: folding).bytes, default: []].append(ref)
            }
            for form in [terms.preferred] + terms.admitted where !form.contains(" ") {
                let key = Array(MatchKey(form, folding: folding).string.unicodeScalars)
                if form == terms.preferred { preferredWords.append(FuzzyIndex.Entry(key: key, concept: i, form: form)) }
                oneWordForms.append((i, form))
            }
        }
        let keys = byKey.keys.sorted { $0.lexicographicallyPrecedes($1) }
        trie = ByteTrie(sortedKeys: keys)
        self.terms = keys.map { byKey[$0]! }
        fuzzy = FuzzyIndex(preferredWords)
        skeletons = SkeletonIndex(oneWordForms)
        (suffixKeys, derivationalEndings) = Self.profileKeys(profile, folding)
    }

    /// Case forms that change the stem (Київ → Києва, Києві; Одеса → Одесі): each stem change of the
    /// profile applied to the last syllable (or, changing to nothing, the last letter), then each
    /// letter ending of the profile. They match like their form, marked as inflected.
    static func inflections(of refs: [TermRef], profile: LocaleProfile) -> [TermRef] {
        guard !profile.stemChanges.isEmpty else { return [] }
        let vowels = Set("аеєиіїоуюяыэёaeiouyąęóAEIOUYĄĘÓАЕЄИІЇОУЮЯЫЭЁ")
        let endings = profile.suffixes.filter { $0.first?.isLetter == true }
        var out: [TermRef] = []
        for ref in refs where ref.status != .allowed {
            let form = ref.form
            for (from, to) in profile.stemChanges {
                guard let range = form.range(of: from, options: .backwards) else { continue }
                let after = form[range.upperBound...]
                if to.isEmpty ? !after.isEmpty : after.contains(where: { vowels.contains($0) }) { continue }
                let stem = form.replacingCharacters(in: range, with: to)
                for ending in endings {
                    var inflected = TermRef(concept: ref.concept, form: stem + ending, status: ref.status)
                    inflected.inflected = true
                    out.append(inflected)
                }
            }
        }
        return out
    }

    /// The profile's suffixes (longest first) and derivational endings as keys.
    static func profileKeys(_ profile: LocaleProfile, _ folding: CaseFolding) -> ([[UInt8]], [[Unicode.Scalar]]) {
        (profile.suffixes.map { MatchKey($0, folding: folding).bytes }.filter { !$0.isEmpty }.sorted { $0.count > $1.count },
         profile.derivationalEndings.map { Array(MatchKey($0, folding: folding).string.unicodeScalars) })
    }

    /// A matcher restored from the cache, for the same glossary set and language.
    init(set: GlossarySet, language: String, trie: ByteTrie, terms: [[TermRef]], fuzzy: FuzzyIndex, skeletons: SkeletonIndex) {
        self.language = language
        self.set = set
        profile = set.profiles.profile(for: language)
        folding = CaseFolding(language: profile.caseLocale)
        self.trie = trie
        self.terms = terms
        self.fuzzy = fuzzy
        self.skeletons = skeletons
        (suffixKeys, derivationalEndings) = Self.profileKeys(profile, folding)
    }
}
