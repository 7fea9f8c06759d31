import Foundation
import Synchronization
import OnymGlossary
import OnymText

/// Everything the linter needs to check texts in one language against a
/// glossary set, built once: a byte trie of every form's match key, the
/// language's suffixes as keys, the single-word preferred forms for near
/// misses and look-alikes, and what findings say of each concept.
///
/// A matcher is a view of one image (``ReadOnlyBytes``): compiled bytes in
/// memory, or the same bytes mapped from the cache, read where they lie. So a
/// lint with a cached matcher neither decodes it nor loads the glossary.
///
/// A class, though nothing in it changes: a linter (which holds its matcher) is copied
/// for every file and piece it checks, and a matcher of some twenty columns was twenty
/// references counted in and out on each copy (6 % of linting an archive of small files).
public final class CompiledMatcher: Sendable {
    public let language: String
    /// The days on which a form of the glossaries changes status (``GlossarySet/periodBoundaries``):
    /// none for glossaries without dated forms, whose one matcher serves every day.
    public let periodBoundaries: [String]
    /// Names renamed before the day the glossaries are read for: their preferred form now and
    /// the forms they had (a first mention may say "Türkiye (formerly Turkey)").
    let renames: [Rename]

    struct Rename: Sendable {
        let concept: Int
        let preferred: String
        let formerly: [String]
    }
    /// The bytes every part is a view of.
    private let image: ReadOnlyBytes
    let caseLocale: String
    /// True when case endings can change a name's stem: no suggestion for an inflected form.
    let inflected: Bool
    let folding: CaseFolding
    let trie: ByteTrie
    let firstWords: FirstWords
    let firstWordNodes: FirstWordNodes
    /// The suffixes that are letters (Selenskyjs, Києва): a word may be a form's first word plus one.
    let letterSuffixKeys: [[UInt8]]
    /// True when a suffix starts with a letter and goes on past the word ("s'"): a name may then
    /// end inside a text's word that is itself another form's first word, so walks start at the root.
    let hasMixedSuffixes: Bool
    /// The terms of trie value v are `termConcepts[termStarts[v]..<termStarts[v + 1]]` and so on.
    let termStarts: Column<Int32>
    let termConcepts: Column<Int32>
    /// ``TermRef/Status/code``, with the top bit set for an inflected form.
    let termStatuses: Column<UInt8>
    let termForms: StringColumn
    /// The terms the glossary dates, in order, and their periods ("since 2019-08-14, AP").
    let datedTerms: Column<Int32>
    let termPeriods: StringColumn
    let goodForms: GoodFormIndex
    /// The profile's suffixes as keys, longest first.
    let suffixKeys: [[UInt8]]
    /// Preferred one-word forms, for near misses.
    let fuzzy: FuzzyIndex
    /// The profile's derivational endings as keys (Russia + n is a word of its own).
    let derivationalEndings: [[Unicode.Scalar]]
    /// Good forms by UTS #39 skeleton, for look-alikes.
    let skeletons: SkeletonIndex
    let concepts: ConceptTable

    static let magic = 0x4F4E_594D_4D41_5431  // "ONYMMAT1"
    static let version = 14

    /// True when some concept has a term in the matcher's language (else only other
    /// languages' forms are known, and a text in it is checked against almost nothing).
    public var hasTerms: Bool { concepts.goodForms.count > 0 }

    /// True when `key` is the whole key of a form (a word that is a form is no near miss).
    func isKnownKey(_ key: ArraySlice<UInt8>) -> Bool {
        guard let node = trie.node(after: key) else { return false }
        return trie.value(node) != nil
    }

    /// The terms that share the key of trie value `value`.
    func refs(_ value: Int) -> [TermRef] {
        (Int(termStarts[value])..<Int(termStarts[value + 1])).map { i in
            let code = termStatuses[i]
            return TermRef(concept: Int(termConcepts[i]), form: termForms[i], status: TermRef.Status(code: code & TermRef.statusMask)!,
                           inflected: code & TermRef.inflectedBit != 0, quotation: code & TermRef.quotationBit != 0, period: period(ofTerm: i))
        }
    }

    /// The period of term `i`, if the glossary dates it.
    private func period(ofTerm i: Int) -> String {
        guard datedTerms.count > 0 else { return "" }
        var low = 0, high = datedTerms.count
        while low < high {
            let mid = (low + high) / 2
            if Int(datedTerms[mid]) < i { low = mid + 1 } else { high = mid }
        }
        return low < datedTerms.count && Int(datedTerms[low]) == i ? termPeriods[low] : ""
    }

    /// True when one of the good forms (preferred, admitted, allowed) of trie value `value`
    /// is written exactly as `bytes`: most names in a text are, and need no more.
    func hasGoodForm(_ value: Int, writtenAs bytes: ArraySlice<UInt8>) -> Bool {
        goodForms.contains(value, bytes)
    }

    /// Compiles the glossary set for documents in `language`.
    public convenience init(set: GlossarySet, language: String) {
        // The image was just written by the same code: it always reads back.
        self.init(image: ReadOnlyBytes(bytes: Self.compile(set: set, language: language)), language: language)!
    }

    /// The threads a compile uses, asked once (the count reads the cgroup's files).
    static let cores = max(1, ProcessInfo.processInfo.activeProcessorCount)

    /// The image of the matcher for `set` and `language`.
    static func compile(set: GlossarySet, language: String) -> [UInt8] {
        ImageWriter.joined(compilePieces(set: set, language: language))
    }

    /// The image of the matcher for `set` and `language` in pieces that follow each other:
    /// built on all cores, and written to a file piece by piece rather than joined first
    /// (the image is some 50 MB at 100,000 concepts; its large columns are the arrays the
    /// compile made, kept by reference: see ``ImageWriter``).
    ///
    /// The compile owns `set`: once it has read the terms and the head, it lets the
    /// glossaries go (when the caller handed them over rather than kept them), so that they
    /// (some 65 MB at 100,000 concepts) and the trie's construction are not in memory at
    /// once — the two together were a first compile's peak.
    static func compilePieces(set: consuming GlossarySet, language: String) -> [ImageWriter.Piece] {
        let profile = set.profiles.profile(for: language)
        let folding = CaseFolding(language: profile.caseLocale)
        let primary = String(language.split(separator: "-").first ?? Substring(language))
        // The script the language is written in: another language's form in another script is a quotation.
        let textScript = LanguageTag.likelyScript(language)
        let head: [ImageWriter.Piece]
        var parts: [KeyedTerms]
        (head, parts) = Self.read(set, language: language, primary: primary, profile: profile, folding: folding, textScript: textScript)
        _ = consume set
        let preferredWords = parts.flatMap(\.preferredWords)
        let oneWordForms = parts.flatMap(\.oneWordForms)
        // The slices and their join are let go once grouped (memory is the other limit here).
        let sorted = {
            let terms = KeyedTerms(joining: parts)
            parts = []
            return terms.grouped(terms.sortedByKey(jobs: Self.cores))
        }()
        let forms = StringColumn(starts: Column(sorted.formStarts), bytes: Column(sorted.formBytes))
        // The rest in three parts on all cores (the trie's part is the largest, so it goes first).
        let sections = OrderedParallelMap.map([0, 1, 2], jobs: Self.cores) { part -> [ImageWriter.Piece] in
            var w = ImageWriter()
            switch part {
            case 0:
                let trie = ByteTrie(sortedKeys: sorted.keys)
                trie.write(into: &w)
                let firstWords = FirstWords.distinct(of: sorted.keys)
                FirstWords(firstWords: firstWords).write(into: &w)
                FirstWordNodes(words: firstWords, trie: trie).write(into: &w)
            case 1:
                w.column(sorted.starts)
                w.column(sorted.concepts)
                w.column(sorted.statuses)
                w.strings(forms)
                w.column(sorted.datedTerms)
                w.strings(sorted.periods)
                GoodFormIndex(termStarts: sorted.starts, statuses: sorted.statuses, forms: forms).write(into: &w)
            default:
                FuzzyIndex(preferredWords).write(into: &w)
                w.column(oneWordForms.map { Int32($0.concept) })
                w.strings(oneWordForms.map(\.form))
            }
            return w.finished
        }
        return head + sections[1] + sections[0] + sections[2]
    }

    /// What a compile reads from the glossaries: the terms and their keys, concept by concept
    /// in slices on all cores, and meanwhile on another thread the image's head (the profile,
    /// renames, concepts), which needs no terms.
    private static func read(_ set: GlossarySet, language: String, primary: String, profile: LocaleProfile, folding: CaseFolding,
                             textScript: String?) -> (head: [ImageWriter.Piece], parts: [KeyedTerms]) {
        let head = Mutex<[ImageWriter.Piece]>([])
        let headDone = DispatchGroup()
        DispatchQueue.global().async(group: headDone) {
            let pieces = Self.head(set: set, language: language, primary: primary, profile: profile, folding: folding)
            head.withLock { $0 = pieces }
        }
        let count = set.concepts.count
        let slice = max(1024, count / (4 * Self.cores) + 1)
        let parts = OrderedParallelMap.map(Array(stride(from: 0, to: count, by: slice)), jobs: Self.cores) { first in
            KeyedTerms(set: set, concepts: first..<min(first + slice, count), language: language, primary: primary,
                       profile: profile, folding: folding, textScript: textScript)
        }
        headDone.wait()
        return (head.withLock { $0 }, parts)
    }

    /// The image's first sections: what it is for, the profile's suffixes and endings, the
    /// renamed names (the first-mention rule) and the concepts.
    private static func head(set: GlossarySet, language: String, primary: String, profile: LocaleProfile, folding: CaseFolding) -> [ImageWriter.Piece] {
        let (suffixKeys, endings) = Self.profileKeys(profile, folding)
        var w = ImageWriter()
        w.int(magic)
        w.int(version)
        w.strings([language, profile.caseLocale])
        w.int(profile.inflected ? 1 : 0)
        w.strings(suffixKeys.map { String(decoding: $0, as: UTF8.self) })
        w.strings(endings.map { String(String.UnicodeScalarView($0)) })
        w.strings(set.periodBoundaries)
        // Renamed names (former preferred forms of the day the set is for): the first-mention rule.
        var renamed: [Int32] = [], renamedPreferred: [String] = [], renamedFormer: [String] = []
        for (i, concept) in set.concepts.enumerated() {
            guard let terms = concept.terms[language] ?? concept.terms[primary], !terms.formerly.isEmpty else { continue }
            renamed.append(Int32(i))
            renamedPreferred.append(terms.preferred)
            renamedFormer.append(terms.formerly.joined(separator: "\n"))
        }
        w.column(renamed)
        w.strings(renamedPreferred)
        w.strings(renamedFormer)
        ConceptTable(set: set, language: language, primary: primary).write(into: &w)
        return w.finished
    }

    /// Lets go of the image's pages read so far, when it is a mapped file: loading reads
    /// every page to check it, and a long-running process (a server) then holds them all,
    /// though a document touches few. They are mapped again from the page cache when read.
    public func releasePages() { image.releasePages() }

    /// The matcher in an image; nil when it is not a whole image for `language` of this
    /// version, or any part of it does not fit the others.
    init?(image storage: ReadOnlyBytes, language: String) {
        var r = ImageReader(storage)
        guard r.int() == Self.magic, r.int() == Self.version, let names = r.strings(), names.count == 2, names[0] == language,
              let inflected = r.int(), let suffixes = r.strings(), let endings = r.strings(), let boundaries = r.strings(),
              let renamed = r.column(Int32.self), let renamedPreferred = r.strings(), let renamedFormer = r.strings(),
              renamed.count == renamedPreferred.count, renamed.count == renamedFormer.count,
              let concepts = ConceptTable(image: &r),
              let starts = r.column(Int32.self), let termConcepts = r.column(Int32.self), let statuses = r.column(UInt8.self),
              let forms = r.strings(), let datedTerms = r.column(Int32.self), let periods = r.strings(),
              datedTerms.count == periods.count, datedTerms.isIncreasing(below: Int32(statuses.count)), starts.count >= 1, termConcepts.count == statuses.count, forms.count == statuses.count,
              starts[0] == 0, Int(starts[starts.count - 1]) == statuses.count,
              starts.isNonDecreasing, termConcepts.count == 0 || termConcepts.isWithin(0...Int32(concepts.count - 1)),
              statuses.buffer.allSatisfy({ TermRef.Status(code: $0 & TermRef.statusMask) != nil }),
              let goodForms = GoodFormIndex(image: &r, valueCount: starts.count - 1),
              let trie = ByteTrie(image: &r, valueLimit: starts.count - 1), let firstWords = FirstWords(image: &r),
              let firstWordNodes = FirstWordNodes(image: &r, nodeCount: trie.nodeCount),
              let fuzzy = FuzzyIndex(image: &r, conceptLimit: concepts.count),
              let skeletonConcepts = r.column(Int32.self), let skeletonForms = r.strings(),
              skeletonConcepts.count == skeletonForms.count,
              skeletonConcepts.count == 0 || skeletonConcepts.isWithin(0...Int32(concepts.count - 1)),
              renamed.count == 0 || renamed.isWithin(0...Int32(concepts.count - 1)), r.isAtEnd else { return nil }
        self.language = language
        image = storage
        periodBoundaries = (0..<boundaries.count).map { boundaries[$0] }
        renames = (0..<renamed.count).map { i in
            Rename(concept: Int(renamed[i]), preferred: renamedPreferred[i], formerly: renamedFormer[i].split(separator: "\n").map(String.init))
        }
        caseLocale = names[1]
        self.inflected = inflected != 0
        folding = CaseFolding(language: caseLocale)
        self.trie = trie
        self.firstWords = firstWords
        self.firstWordNodes = firstWordNodes
        termStarts = starts
        self.termConcepts = termConcepts
        termStatuses = statuses
        termForms = forms
        self.datedTerms = datedTerms
        termPeriods = periods
        self.goodForms = goodForms
        suffixKeys = (0..<suffixes.count).map { Array(suffixes.utf8($0)) }
        letterSuffixKeys = suffixKeys.filter { key in
            var i = 0
            while i < key.count { guard KeyText.isWordChar(key, at: i) else { return false }; i += KeyText.scalarLength(key[i]) }
            return !key.isEmpty
        }
        hasMixedSuffixes = suffixKeys.filter { !$0.isEmpty && KeyText.isWordChar($0, at: 0) }.count > letterSuffixKeys.count
        derivationalEndings = (0..<endings.count).map { Array(endings[$0].unicodeScalars) }
        self.fuzzy = fuzzy
        skeletons = SkeletonIndex(concepts: skeletonConcepts, forms: skeletonForms)
        self.concepts = concepts
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
}
