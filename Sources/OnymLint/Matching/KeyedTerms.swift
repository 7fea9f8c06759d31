#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif
import OnymGlossary
import OnymText

/// The terms a matcher knows for some concepts, each with its match key, in the order
/// the compile meets them (concept by concept). Kept as columns (keys and forms in one
/// byte buffer each) so that sorting and grouping half a million terms compares and
/// copies bytes in place, with no string or array made or counted per term.
struct KeyedTerms: Sendable {
    /// Term i's key is `keyBytes[keyStarts[i]..<keyStarts[i + 1]]`.
    private(set) var keyBytes: [UInt8] = []
    private(set) var keyStarts: [Int] = [0]
    /// Term i's form (UTF-8) is `formBytes[formStarts[i]..<formStarts[i + 1]]`.
    private(set) var formBytes: [UInt8] = []
    private(set) var formStarts: [Int] = [0]
    private(set) var concepts: [Int32] = []
    /// ``TermRef/statusByte`` of each term.
    private(set) var statusBytes: [UInt8] = []
    /// The periods of the dated terms (few), by term number.
    private(set) var periods: [Int: String] = [:]
    /// The preferred one-word forms, for near misses.
    private(set) var preferredWords: [FuzzyIndex.Entry] = []
    /// Every one-word preferred or admitted form, for look-alikes.
    private(set) var oneWordForms: [(concept: Int, form: String)] = []

    /// The terms of `concepts` for documents in `language`.
    init(set: GlossarySet, concepts: Range<Int>, language: String, primary: String, profile: LocaleProfile,
         folding: CaseFolding, textScript: String?) {
        for i in concepts {
            let concept = set.concepts[i]
            guard let terms = concept.terms[language] ?? concept.terms[primary] else { continue }
            var refs: [TermRef] = []
            for (form, status) in terms.forms {
                let s: TermRef.Status = switch status {
                case .preferred: .preferred
                case .admitted: .admitted
                case .forbidden: .forbidden
                case .deprecated, .generated: .variant
                }
                var ref = TermRef(concept: i, form: form, status: s)
                ref.period = terms.period(of: form, status)?.description ?? ""
                refs.append(ref)
            }
            refs += terms.allow.map { TermRef(concept: i, form: $0, status: .allowed) }
            refs += CompiledMatcher.inflections(of: refs, profile: profile)
            // The concept's forms in other languages are variants here (Киев in a Ukrainian text).
            let own = Set(refs.map(\.form))
            for other in concept.languages where other != language && other != primary {
                guard let foreign = concept.terms[other] else { continue }
                for form in [foreign.preferred] + foreign.admitted where !own.contains(form) {
                    var ref = TermRef(concept: i, form: form, status: .foreign)
                    if let textScript, let script = ScriptAnalysis.mainScript(of: form) { ref.quotation = script != textScript }
                    refs.append(ref)
                }
            }
            let generatedLanguage = concept.terms[language] != nil ? language : primary
            refs += (set.generated[i][generatedLanguage] ?? []).map { TermRef(concept: i, form: $0.form, status: .generated) }
            for ref in refs {
                MatchKey.append(keyOf: ref.form, folding: folding, to: &keyBytes)
                keyStarts.append(keyBytes.count)
                if !ref.period.isEmpty { periods[self.concepts.count] = ref.period }
                formBytes += ref.form.utf8
                formStarts.append(formBytes.count)
                self.concepts.append(Int32(ref.concept))
                statusBytes.append(ref.statusByte)
            }
            for form in [terms.preferred] + terms.admitted where !form.utf8.contains(0x20) {
                let key = Array(MatchKey.string(of: form, folding: folding).unicodeScalars)
                if form == terms.preferred { preferredWords.append(FuzzyIndex.Entry(key: key, concept: i, form: form)) }
                oneWordForms.append((i, form))
            }
        }
    }

    /// The terms of `parts` one after the other (their keys only: the word lists stay in the parts).
    init(joining parts: [KeyedTerms]) {
        keyBytes.reserveCapacity(parts.reduce(0) { $0 + $1.keyBytes.count })
        formBytes.reserveCapacity(parts.reduce(0) { $0 + $1.formBytes.count })
        for part in parts {
            let keyBase = keyBytes.count, formBase = formBytes.count, termBase = concepts.count
            keyBytes += part.keyBytes
            keyStarts += part.keyStarts.dropFirst().map { $0 + keyBase }
            formBytes += part.formBytes
            formStarts += part.formStarts.dropFirst().map { $0 + formBase }
            concepts += part.concepts
            statusBytes += part.statusBytes
            for (term, period) in part.periods { periods[termBase + term] = period }
        }
    }

    var count: Int { concepts.count }

    /// Term i's key.
    func key(_ i: Int) -> [UInt8] { Array(keyBytes[keyStarts[i]..<keyStarts[i + 1]]) }

    /// True when terms a and b have the same key.
    func sameKey(_ a: Int, _ b: Int) -> Bool { compare(a, b) == 0 }

    /// The keys' byte order (-1, 0, 1).
    func compare(_ a: Int, _ b: Int) -> Int {
        keyBytes.withUnsafeBufferPointer { all in
            let x = all[keyStarts[a]..<keyStarts[a + 1]], y = all[keyStarts[b]..<keyStarts[b + 1]]
            let n = min(x.count, y.count)
            if n > 0 {
                let c = memcmp(all.baseAddress! + x.startIndex, all.baseAddress! + y.startIndex, n)
                if c != 0 { return c < 0 ? -1 : 1 }
            }
            return x.count == y.count ? 0 : (x.count < y.count ? -1 : 1)
        }
    }

    /// The term numbers in key order, terms with the same key in their own order: halves
    /// sorted on `jobs` threads, then merged.
    func sortedByKey(jobs: Int) -> [Int32] {
        // Each term with the first eight bytes of its key as one number, which decides most
        // comparisons without a look at the keys.
        let items: [(prefix: UInt64, term: Int32)] = keyBytes.withUnsafeBufferPointer { bytes in
            (0..<count).map { i in
                var p: UInt64 = 0
                let start = keyStarts[i], end = keyStarts[i + 1]
                for at in start..<(start + 8) { p = p << 8 | (at < end ? UInt64(bytes[at]) : 0) }
                return (p, Int32(i))
            }
        }
        @Sendable func less(_ a: (prefix: UInt64, term: Int32), _ b: (prefix: UInt64, term: Int32)) -> Bool {
            if a.prefix != b.prefix { return a.prefix < b.prefix }
            let c = compare(Int(a.term), Int(b.term))
            return c != 0 ? c < 0 : a.term < b.term
        }
        let halves = jobs > 1 && count >= 1 << 14 ? 2 : 1
        let bounds = (0...halves).map { $0 * count / halves }
        let sorted = OrderedParallelMap.map(Array(0..<halves), jobs: halves) { h in
            var half = Array(items[bounds[h]..<bounds[h + 1]])
            half.withUnsafeMutableBufferPointer { $0.sort(by: less) }
            return half
        }
        guard sorted.count == 2 else { return sorted.first?.map(\.term) ?? [] }
        var merged: [Int32] = []
        merged.reserveCapacity(count)
        var i = 0, j = 0
        let a = sorted[0], b = sorted[1]
        while i < a.count, j < b.count {
            if less(b[j], a[i]) { merged.append(b[j].term); j += 1 } else { merged.append(a[i].term); i += 1 }
        }
        merged += a[i...].map(\.term)
        merged += b[j...].map(\.term)
        return merged
    }
}

extension KeyedTerms {
    /// The matcher's term lists, in key order: value v's terms are
    /// `starts[v]..<starts[v + 1]` of the other columns, `keys[v]` its key.
    struct Grouped: Sendable {
        var keys: [[UInt8]] = []
        var starts: [Int32] = [0]
        var concepts: [Int32] = []
        var statuses: [UInt8] = []
        var formBytes: [UInt8] = []
        var formStarts: [Int32] = [0]
        /// Dated terms are few: their periods are kept by term number, not one a term.
        var datedTerms: [Int32] = []
        var periods: [String] = []
    }

    /// The terms in `order` (``sortedByKey(jobs:)``), those with the same key together.
    func grouped(_ order: [Int32]) -> Grouped {
        let dated = !periods.isEmpty
        var g = Grouped()
        g.concepts.reserveCapacity(order.count)
        g.statuses.reserveCapacity(order.count)
        g.formStarts.reserveCapacity(order.count + 1)
        g.formBytes.reserveCapacity(formBytes.count)
        formBytes.withUnsafeBufferPointer { forms in
            for (n, t) in order.enumerated() {
                let index = Int(t)
                if n == 0 || !sameKey(Int(order[n - 1]), index) {
                    if n > 0 { g.starts.append(Int32(g.concepts.count)) }
                    g.keys.append(key(index))
                }
                if dated, let period = periods[index] {
                    g.datedTerms.append(Int32(g.concepts.count))
                    g.periods.append(period)
                }
                g.concepts.append(concepts[index])
                g.statuses.append(statusBytes[index])
                g.formBytes.append(contentsOf: UnsafeBufferPointer(rebasing: forms[formStarts[index]..<formStarts[index + 1]]))
                g.formStarts.append(Int32(g.formBytes.count))
            }
        }
        if !order.isEmpty { g.starts.append(Int32(g.concepts.count)) }
        return g
    }
}
