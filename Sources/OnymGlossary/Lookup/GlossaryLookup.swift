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
    struct Entry: Sendable, Hashable {
        let concept: Int
        let language: String
        let form: String
        let status: TermStatus
    }

    let set: GlossarySet
    /// Every form of every concept with its match key (in its language's folding), in
    /// parts as they were built on the cores (one list would be a copy of them all).
    private let parts: [[(entry: Entry, key: String)]]
    /// With `indexed: true`: every form once more in one list, and the index over it.
    private let flat: [(entry: Entry, key: String)]
    private let index: LookupIndex?

    package static let latinScheme = "Any-Latin; Latin-ASCII"

    /// Lists every form once with its key. Without `indexed`, no index: a command asks one
    /// question, and one pass over the keys answers it (the store keeps indexes). A server,
    /// which asks many, builds ``LookupIndex`` (a second or two for 100,000 concepts); the
    /// answers are the same.
    public init(_ set: GlossarySet, indexed: Bool = false) {
        let scan = GlossaryLookup(set: set, parts: Self.forms(of: set), flat: [], index: nil)
        self = indexed ? scan.indexed() : scan
    }

    /// Every form of every concept with its key, built in parts on the cores.
    private static func forms(of set: GlossarySet) -> [[(entry: Entry, key: String)]] {
        let per = 4096
        let ranges = stride(from: 0, to: set.concepts.count, by: per).map { $0..<min($0 + per, set.concepts.count) }
        return ParallelMap.map(ranges, minimumPerTask: 1) { range -> [(entry: Entry, key: String)] in
            var out: [(entry: Entry, key: String)] = []
            var foldings: [String: CaseFolding] = [:]
            for i in range {
                let concept = set.concepts[i]
                for language in concept.languages {
                    guard let terms = concept.terms[language] else { continue }
                    let folding = foldings[language] ?? CaseFolding(language: language)
                    foldings[language] = folding
                    func add(_ form: String, _ status: TermStatus) {
                        out.append((Entry(concept: i, language: language, form: form, status: status), MatchKey.string(of: form, folding: folding)))
                    }
                    add(terms.preferred, .preferred)
                    for form in terms.admitted { add(form, .admitted) }
                    for form in terms.variants { add(form, .deprecated) }
                    for form in terms.forbidden { add(form, .forbidden) }
                    for term in set.generated[i][language] ?? [] { add(term.form, .generated) }
                }
            }
            return out
        }
    }

    private init(set: GlossarySet, parts: [[(entry: Entry, key: String)]], flat: [(entry: Entry, key: String)], index: LookupIndex?) {
        self.set = set
        self.parts = parts
        self.flat = flat
        self.index = index
    }

    /// The same lookup with ``LookupIndex`` built over the forms and keys it already has
    /// (none worked out again); itself when it has one, or too many forms to number.
    public func indexed() -> GlossaryLookup {
        guard index == nil, parts.reduce(0, { $0 + $1.count }) < LookupIndex.capacity else { return self }
        let flat = Array(parts.joined())
        // Indexed, the one list serves the scans too: the parts would be a second copy.
        return GlossaryLookup(set: set, parts: [flat], flat: flat, index: LookupIndex(flat))
    }

    /// The concepts a query names, best first. `language` is the query's language: its
    /// case folding applies, and its forms win ties; forms of every language match.
    public func lookup(_ query: String, language: String = "en") -> LookupResult {
        let query = Normalizer.normalize(query, to: .nfc)
        let key = MatchKey(query, folding: CaseFolding(language: language)).string
        var best: [Int: LookupMatch] = [:]
        var bestWeight: [Int: LookupRanking.Weight] = [:]
        func offer(_ entry: Entry, how: LookupMatch.How, distance: Int = 1) {
            // Per concept, the best match wins (LookupRanking).
            let score = LookupRanking.score(how, status: entry.status, distance: distance)
            let weight = LookupRanking.weight(score: score, status: entry.status, language: entry.language, queryLanguage: language)
            if let existing = bestWeight[entry.concept], existing >= weight { return }
            bestWeight[entry.concept] = weight
            best[entry.concept] = LookupMatch(
                concept: set.concepts[entry.concept], generated: set.generated[entry.concept],
                how: how, status: entry.status, language: entry.language, matched: entry.form, score: score)
        }
        if let index {
            for pair in LookupIndex.entries(index.forms, LookupIndex.hash(query)) + LookupIndex.entries(index.keys, LookupIndex.hash(key)) {
                let (entry, entryKey) = flat[Int(pair.entry)]
                if entry.form == query { offer(entry, how: .exact) }
                else if entryKey == key { offer(entry, how: .key) }
            }
        } else {
            for part in parts { for (entry, entryKey) in part {
                if entry.form == query { offer(entry, how: .exact) }
                else if entryKey == key { offer(entry, how: .key) }
            } }
        }
        // Each later stage runs only when the ones before found nothing.
        if best.isEmpty, let index {
            // ASCII is its own Latin transliteration: the transliterator (costly to open) is not needed.
            let ascii = query.utf8.allSatisfy { $0 < 0x80 }
            let transliterator = ascii ? nil : try? Transliterator(scheme: Self.latinScheme)
            if let latinQuery = ascii ? MatchKey(query).string : transliterator.map({ MatchKey($0.transliterate(query)).string }) {
                var seen = Set<Int32>()
                let candidates = LookupIndex.entries(index.latin, LookupIndex.hash(latinQuery))
                let latin = candidates.isEmpty ? nil : transliterator ?? (try? Transliterator(scheme: Self.latinScheme))
                for pair in candidates where seen.insert(pair.entry).inserted {
                    let (entry, entryKey) = flat[Int(pair.entry)]
                    let entryLatin = Self.needsTransliteration(entry.form) ? latin.map { MatchKey($0.transliterate(entry.form)).string } : entryKey
                    if entryLatin == latinQuery { offer(entry, how: .translit) }
                }
            }
        } else if best.isEmpty, let latin = try? Transliterator(scheme: Self.latinScheme) {
            let latinQuery = MatchKey(latin.transliterate(query)).string
            let found = ParallelMap.map(parts, minimumPerTask: 4) { part in
                part.filter { entry, entryKey in
                    entryKey == latinQuery
                        || (Self.needsTransliteration(entry.form) && MatchKey(latin.transliterate(entry.form)).string == latinQuery)
                }
            }
            for (entry, _) in found.joined() { offer(entry, how: .translit) }
        }
        var suggestion: String?
        if best.isEmpty {
            let scalars = Array(key.unicodeScalars)
            let limit = LookupRanking.editLimit(letters: scalars.filter { $0.properties.isAlphabetic }.count)
            if limit > 0 {
                for (entry, distance) in near(scalars, limit: limit) {
                    offer(entry, how: .fuzzy, distance: distance)
                }
            }
            if best.isEmpty { suggestion = near(scalars, limit: 3).first?.entry.form }
        }
        // Best first; among equals, the concept that comes first in the glossaries.
        let matches = best.sorted { ($0.value.score, -$0.key) > ($1.value.score, -$1.key) }.map(\.value)
        return LookupResult(query: query, matches: matches, suggestion: suggestion)
    }

    public func concept(id: String) -> (concept: Concept, generated: [String: [GeneratedTerm]])? {
        guard let i = set.concepts.firstIndex(where: { $0.id == id }) else { return nil }
        return (set.concepts[i], set.generated[i])
    }

    /// Forms in a script other than Latin are compared through their Latin transliteration.
    package static func needsTransliteration(_ form: String) -> Bool {
        // Bytes first: text below U+0250 (lead bytes under 0xC9) is Latin or symbols.
        form.utf8.contains { $0 >= 0xC9 } && form.unicodeScalars.contains { $0.value >= 0x250 && $0.properties.isAlphabetic }
    }

    /// Forms whose keys are within `limit` edits of `key`, closest first (then by form).
    private func near(_ key: [Unicode.Scalar], limit: Int) -> [(entry: Entry, distance: Int)] {
        if let index {
            // The keys that keep a part of the query intact (NearSegments), each measured once;
            // the parts vouch for two edits at most (a suggestion asks for three: it gets two).
            let limit = min(limit, NearSegments.maximumEdits)
            let lengths = max(1, key.count - limit)...(key.count + limit)
            var bag = [Int16](repeating: 0, count: 64)
            for s in key { bag[Int(s.value & 63)] += 1 }
            let queryBag = bag
            let queryLetters = LookupIndex.letters(of: key)
            // One bit an entry: a candidate found under several parts is measured once.
            var seen = [UInt64](repeating: 0, count: flat.count / 64 + 1)
            var found: [(Entry, Int)] = []
            for probe in NearSegments.probes(forQuery: key, limit: limit) {
                for pair in LookupIndex.entries(index.segments, LookupIndex.hash(probe)) {
                    let e = Int(pair.entry)
                    guard seen[e >> 6] & (1 << UInt64(e & 63)) == 0 else { continue }
                    seen[e >> 6] |= 1 << UInt64(e & 63)
                    // A letter class one key has and the other lacks costs an edit at least
                    // (a substitution may pay for one of each): most candidates end here.
                    let letters = index.letters[e]
                    guard lengths.contains(Int(index.lengths[e])),
                          max((letters & ~queryLetters).nonzeroBitCount, (queryLetters & ~letters).nonzeroBitCount) <= limit else { continue }
                    let (entry, candidate) = flat[e]
                    // The letters' lower bound first (as the scan): most candidates end here, unmeasured.
                    var n = 0
                    for s in candidate.unicodeScalars { bag[Int(s.value & 63)] -= 1; n += 1 }
                    var difference = 0
                    for i in 0..<64 {
                        difference += abs(Int(bag[i]))
                        bag[i] = queryBag[i]
                    }
                    guard lengths.contains(n), (difference + 1) / 2 <= limit else { continue }
                    if let d = EditDistance.damerauLevenshtein(key, Array(candidate.unicodeScalars), limit: limit), d > 0 { found.append((entry, d)) }
                }
            }
            // Keys too short to be filed in parts are few: measured one by one.
            if key.count - limit < NearSegments.minimumLength {
                for (i, (entry, candidate)) in flat.enumerated() where index.lengths[i] < NearSegments.minimumLength && seen[i >> 6] & (1 << UInt64(i & 63)) == 0 {
                    if let d = EditDistance.damerauLevenshtein(key, Array(candidate.unicodeScalars), limit: limit), d > 0 { found.append((entry, d)) }
                }
            }
            return found.sorted { ($0.1, $0.0.form) < ($1.1, $1.0.form) }
        }
        let lengths = max(1, key.count - limit)...(key.count + limit)
        // A cheap lower bound first: the letters in which two keys differ, counted in 64
        // buckets. A substitution changes two counts, an insertion or deletion one, a
        // transposition none; so half the total difference never exceeds the edit distance.
        var bag = [Int16](repeating: 0, count: 64)
        for s in key { bag[Int(s.value & 63)] += 1 }
        let queryBag = bag
        let found = ParallelMap.map(parts, minimumPerTask: 4) { part -> [(Entry, Int)] in
            var found: [(Entry, Int)] = []
            var counts = queryBag
            for (entry, candidate) in part {
                let scalars = candidate.unicodeScalars
                var n = 0
                for s in scalars { counts[Int(s.value & 63)] -= 1; n += 1 }
                var difference = 0
                for i in 0..<64 {
                    difference += abs(Int(counts[i]))
                    counts[i] = queryBag[i]
                }
                guard lengths.contains(n), (difference + 1) / 2 <= limit else { continue }
                if let d = EditDistance.damerauLevenshtein(key, Array(scalars), limit: limit), d > 0 {
                    found.append((entry, d))
                }
            }
            return found
        }.flatMap { $0 }
        return found.sorted { ($0.1, $0.0.form) < ($1.1, $1.0.form) }
    }
}
