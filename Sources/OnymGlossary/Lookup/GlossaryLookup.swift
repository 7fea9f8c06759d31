import OnymText

/// Finds concepts by any of their forms, in any language or script: exact
/// form and match key, then (only when those find nothing) transliteration,
/// then (only when that finds nothing) fuzzy — Damerau–Levenshtein on match
/// keys, ≤ 1 edit for keys of 4–7 letters, ≤ 2 for longer ones.
///
/// ```swift
/// let lookup = GlossaryLookup(try GlossarySet.bundled())
/// lookup.lookup("Kiev").matches.first?.concept.id  // "kyiv"
/// ```
public struct GlossaryLookup: GlossaryQueries {
    /// Where the concepts of matches come from: the set itself, or (indexed, for a server
    /// that keeps them for long) the same concepts packed as bytes, decoded when found.
    private enum Concepts: Sendable {
        case whole(GlossarySet)
        case packed(PackedConcepts)

        subscript(i: Int) -> (concept: Concept, generated: [String: [GeneratedTerm]]) {
            switch self {
            case .whole(let set): (set.concepts[i], set.generated[i])
            case .packed(let packed): packed[i]
            }
        }

        func index(of id: String) -> Int? {
            switch self {
            case .whole(let set): set.concepts.firstIndex { $0.id == id }
            case .packed(let packed): packed.index(of: id)
            }
        }
    }

    private let concepts: Concepts
    /// Every form of every concept with its match key (in its language's folding).
    private let entries: LookupEntries
    private let index: LookupIndex?

    package static let latinScheme = "Any-Latin; Latin-ASCII"

    /// Lists every form once with its key. Without `indexed`, no index: a command asks one
    /// question, and one pass over the keys answers it (the store keeps indexes). A server,
    /// which asks many, builds ``LookupIndex`` (a second or two for 100,000 concepts); the
    /// answers are the same.
    public init(_ set: GlossarySet, indexed: Bool = false) {
        let scan = GlossaryLookup(concepts: .whole(set), entries: Self.forms(of: set), index: nil)
        self = indexed ? scan.indexed() : scan
    }

    /// Every form of every concept with its key, built in parts on the cores.
    private static func forms(of set: GlossarySet) -> LookupEntries {
        let per = 4096
        let ranges = stride(from: 0, to: set.concepts.count, by: per).map { $0..<min($0 + per, set.concepts.count) }
        return LookupEntries(joining: ParallelMap.map(ranges, minimumPerTask: 1) { range -> LookupEntries in
            var out = LookupEntries()
            var foldings: [String: CaseFolding] = [:]
            for i in range {
                let concept = set.concepts[i]
                for language in concept.languages {
                    guard let terms = concept.terms[language] else { continue }
                    let folding = foldings[language] ?? CaseFolding(language: language)
                    foldings[language] = folding
                    func add(_ form: String, _ status: TermStatus) {
                        out.append(concept: i, language: language, form: form, key: MatchKey.string(of: form, folding: folding), status: status)
                    }
                    add(terms.preferred, .preferred)
                    for form in terms.admitted { add(form, .admitted) }
                    for form in terms.variants { add(form, .deprecated) }
                    for form in terms.forbidden { add(form, .forbidden) }
                    for term in set.generated[i][language] ?? [] { add(term.form, .generated) }
                }
            }
            return out
        })
    }

    private init(concepts: Concepts, entries: LookupEntries, index: LookupIndex?) {
        self.concepts = concepts
        self.entries = entries
        self.index = index
    }

    /// The same lookup with ``LookupIndex`` built over the forms and keys it already has
    /// (none worked out again), and its concepts packed (``PackedConcepts``): it no longer
    /// holds the set. Itself when it has an index, or too many forms or concepts to number.
    public func indexed() -> GlossaryLookup {
        guard index == nil, entries.count < LookupIndex.capacity, case .whole(let set) = concepts,
              set.concepts.count < PackedConcepts.capacity else { return self }
        return GlossaryLookup(concepts: .packed(PackedConcepts(set)), entries: entries, index: LookupIndex(entries))
    }

    /// The entries in runs, for passes on several cores.
    private var runs: [Range<Int>] {
        stride(from: 0, to: entries.count, by: 16384).map { $0..<min($0 + 16384, entries.count) }
    }

    /// The concepts a query names, best first. `language` is the query's language: its
    /// case folding applies, and its forms win ties; forms of every language match.
    public func lookup(_ query: String, language: String = "en") -> LookupResult {
        let query = Normalizer.normalize(query, to: .nfc)
        let key = MatchKey(query, folding: CaseFolding(language: language)).string
        let queryBytes = Array(query.utf8), keyBytes = Array(key.utf8)
        // Per concept, the best match wins (LookupRanking); concepts are read once, at the end.
        var best: [Int: (entry: Int, how: LookupMatch.How, score: Double, weight: LookupRanking.Weight)] = [:]
        func offer(_ e: Int, how: LookupMatch.How, distance: Int = 1) {
            let status = entries.status(e)
            let score = LookupRanking.score(how, status: status, distance: distance)
            let weight = LookupRanking.weight(score: score, status: status, language: entries.language(e), queryLanguage: language)
            let concept = entries.concept(e)
            if let existing = best[concept], existing.weight >= weight { return }
            best[concept] = (e, how, score, weight)
        }
        if let index {
            for e in index.forms.entries(LookupIndex.hash(queryBytes)) + index.keys.entries(LookupIndex.hash(keyBytes)) {
                if entries.formIs(e, queryBytes) { offer(e, how: .exact) }
                else if entries.keyIs(e, keyBytes) { offer(e, how: .key) }
            }
        } else {
            for e in entries.indices {
                if entries.formIs(e, queryBytes) { offer(e, how: .exact) }
                else if entries.keyIs(e, keyBytes) { offer(e, how: .key) }
            }
        }
        // Each later stage runs only when the ones before found nothing.
        if best.isEmpty, let index {
            // ASCII is its own Latin transliteration: the transliterator (costly to open) is not needed.
            let ascii = query.utf8.allSatisfy { $0 < 0x80 }
            let transliterator = ascii ? nil : try? Transliterator(scheme: Self.latinScheme)
            if let latinQuery = ascii ? MatchKey(query).string : transliterator.map({ MatchKey($0.transliterate(query)).string }) {
                let latinBytes = Array(latinQuery.utf8)
                var seen = Set<Int>()
                let candidates = index.latin.entries(LookupIndex.hash(latinBytes))
                let latin = candidates.isEmpty ? nil : transliterator ?? (try? Transliterator(scheme: Self.latinScheme))
                for e in candidates where seen.insert(e).inserted {
                    let form = entries.form(e)
                    let matches = Self.needsTransliteration(form)
                        ? latin.map { MatchKey($0.transliterate(form)).string } == latinQuery
                        : entries.keyIs(e, latinBytes)
                    if matches { offer(e, how: .translit) }
                }
            }
        } else if best.isEmpty, let latin = try? Transliterator(scheme: Self.latinScheme) {
            let latinQuery = MatchKey(latin.transliterate(query)).string
            let latinBytes = Array(latinQuery.utf8)
            let found = ParallelMap.map(runs, minimumPerTask: 4) { run in
                run.filter { e in
                    if entries.keyIs(e, latinBytes) { return true }
                    let form = entries.form(e)
                    return Self.needsTransliteration(form) && MatchKey(latin.transliterate(form)).string == latinQuery
                }
            }
            for e in found.joined() { offer(e, how: .translit) }
        }
        var suggestion: String?
        if best.isEmpty {
            let scalars = Array(key.unicodeScalars)
            let limit = LookupRanking.editLimit(letters: scalars.filter { $0.properties.isAlphabetic }.count)
            if limit > 0 {
                for (e, distance) in near(scalars, limit: limit) {
                    offer(e, how: .fuzzy, distance: distance)
                }
            }
            if best.isEmpty { suggestion = near(scalars, limit: 3).first.map { entries.form($0.entry) } }
        }
        // Best first; among equals, the concept that comes first in the glossaries.
        let matches = best.sorted { ($0.value.score, -$0.key) > ($1.value.score, -$1.key) }.map { concept, found in
            let (whole, generated) = concepts[concept]
            return LookupMatch(concept: whole, generated: generated, how: found.how, status: entries.status(found.entry),
                               language: entries.language(found.entry), matched: entries.form(found.entry), score: found.score)
        }
        return LookupResult(query: query, matches: matches, suggestion: suggestion)
    }

    public func concept(id: String) -> (concept: Concept, generated: [String: [GeneratedTerm]])? {
        concepts.index(of: id).map { concepts[$0] }
    }

    /// Forms in a script other than Latin are compared through their Latin transliteration.
    package static func needsTransliteration(_ form: String) -> Bool {
        // Bytes first: text below U+0250 (lead bytes under 0xC9) is Latin or symbols.
        form.utf8.contains { $0 >= 0xC9 } && form.unicodeScalars.contains { $0.value >= 0x250 && $0.properties.isAlphabetic }
    }

    /// Forms whose keys are within `limit` edits of `key`, closest first (then by form).
    private func near(_ key: [Unicode.Scalar], limit: Int) -> [(entry: Int, distance: Int)] {
        let found: [(entry: Int, distance: Int)]
        if let index {
            // The keys that keep a part of the query intact (NearSegments), each measured once;
            // the parts vouch for two edits at most (a suggestion asks for three: it gets two).
            let limit = min(limit, NearSegments.maximumEdits)
            let lengths = max(1, key.count - limit)...(key.count + limit)
            let queryLetters = LookupIndex.letters(of: key)
            var measure = NearMeasure(key, limit: limit)
            // One bit an entry: a candidate found under several parts is measured once.
            var seen = [UInt64](repeating: 0, count: entries.count / 64 + 1)
            var near: [(entry: Int, distance: Int)] = []
            for probe in NearSegments.probes(forQuery: key, limit: limit) {
                for e in index.segments.entries(LookupIndex.hash(probe)) {
                    guard seen[e >> 6] & (1 << UInt64(e & 63)) == 0 else { continue }
                    seen[e >> 6] |= 1 << UInt64(e & 63)
                    // A letter class one key has and the other lacks costs an edit at least
                    // (a substitution may pay for one of each): most candidates end here.
                    let letters = index.letters[e]
                    guard lengths.contains(Int(index.lengths[e])),
                          max((letters & ~queryLetters).nonzeroBitCount, (queryLetters & ~letters).nonzeroBitCount) <= limit else { continue }
                    if let d = measure.distance(to: e, in: entries) { near.append((e, d)) }
                }
            }
            // Keys too short to be filed in parts are few: measured one by one.
            if key.count - limit < NearSegments.minimumLength {
                for e in entries.indices where index.lengths[e] < NearSegments.minimumLength && seen[e >> 6] & (1 << UInt64(e & 63)) == 0 {
                    if let d = EditDistance.damerauLevenshtein(key, entries.keyScalars(e), limit: limit), d > 0 { near.append((e, d)) }
                }
            }
            found = near
        } else {
            found = ParallelMap.map(runs, minimumPerTask: 4) { run -> [(entry: Int, distance: Int)] in
                var measure = NearMeasure(key, limit: limit)
                return run.compactMap { e in measure.distance(to: e, in: entries).map { (e, $0) } }
            }.flatMap { $0 }
        }
        return found.map { ($0, entries.form($0.entry)) }.sorted { ($0.0.distance, $0.1) < ($1.0.distance, $1.1) }.map(\.0)
    }
}

/// The edit distance of a query's key to entries' keys, with a cheap lower bound first: the
/// letters in which two keys differ, counted in 64 buckets. A substitution changes two
/// counts, an insertion or deletion one, a transposition none; so half the total difference
/// never exceeds the edit distance, and most keys are turned away without being measured.
private struct NearMeasure {
    let key: [Unicode.Scalar]
    let limit: Int
    let lengths: ClosedRange<Int>
    let queryBag: [Int16]
    var bag: [Int16]

    init(_ key: [Unicode.Scalar], limit: Int) {
        self.key = key
        self.limit = limit
        lengths = max(1, key.count - limit)...(key.count + limit)
        var bag = [Int16](repeating: 0, count: 64)
        for s in key { bag[Int(s.value & 63)] += 1 }
        queryBag = bag
        self.bag = bag
    }

    /// The distance to entry `e`'s key when it is within the limit and not zero.
    mutating func distance(to e: Int, in entries: LookupEntries) -> Int? {
        var n = 0
        entries.forEachKeyScalar(e) { bag[Int($0 & 63)] -= 1; n += 1 }
        var difference = 0
        for i in 0..<64 {
            difference += abs(Int(bag[i]))
            bag[i] = queryBag[i]
        }
        guard lengths.contains(n), (difference + 1) / 2 <= limit else { return nil }
        guard let d = EditDistance.damerauLevenshtein(key, entries.keyScalars(e), limit: limit), d > 0 else { return nil }
        return d
    }
}
