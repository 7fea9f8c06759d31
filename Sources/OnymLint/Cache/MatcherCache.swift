import Foundation
import OnymGlossary

/// Compiled matchers kept on disk beside the glossary cache, keyed by the
/// glossary set's cache key (its files, profiles, schemes and the build) and the
/// language: a second lint of the same glossaries starts without compiling.
/// A file that cannot be read is ignored and written again; writes are atomic.
public enum MatcherCache {
    static let version = 2

    /// The compiled matcher for `set` and `language`, from the cache when it is there.
    public static func matcher(set: GlossarySet, language: String) -> CompiledMatcher {
        guard let key = set.cacheKey else { return CompiledMatcher(set: set, language: language) }
        let url = GlossarySet.cacheDirectory.appendingPathComponent("matcher-\(key)-\(language).bin")
        if let data = FileManager.default.contents(atPath: url.path), let cached = decode([UInt8](data), set: set, language: language) {
            return cached
        }
        let matcher = CompiledMatcher(set: set, language: language)
        CacheFile.write(encode(matcher), to: url)
        return matcher
    }

    static func encode(_ m: CompiledMatcher) -> [UInt8] {
        var w = RawArchiveWriter()
        w.int(version)
        w.strings([m.language])
        m.trie.archive(into: &w)
        var starts: [Int32] = [0], concepts: [Int32] = [], statuses: [UInt8] = [], forms: [String] = []
        for refs in m.terms {
            for r in refs {
                concepts.append(Int32(r.concept))
                statuses.append(r.status.code | (r.inflected ? 0x80 : 0))
                forms.append(r.form)
            }
            starts.append(Int32(concepts.count))
        }
        w.array(starts)
        w.array(concepts)
        w.array(statuses)
        w.strings(forms)
        m.fuzzy.archive(into: &w)
        w.array(m.skeletons.forms.map { Int32($0.concept) })
        w.strings(m.skeletons.forms.map(\.form))
        return w.bytes
    }

    static func decode(_ bytes: [UInt8], set: GlossarySet, language: String) -> CompiledMatcher? {
        var r = RawArchiveReader(bytes)
        guard r.int() == version, r.strings() == [language], let trie = ByteTrie(archive: &r),
              let starts = r.array(Int32.self), let concepts = r.array(Int32.self), let statuses = r.array(UInt8.self),
              let forms = r.strings(), concepts.count == statuses.count, concepts.count == forms.count,
              Int(starts.last ?? -1) == concepts.count else { return nil }
        var terms: [[TermRef]] = []
        terms.reserveCapacity(starts.count - 1)
        for k in 0..<(starts.count - 1) {
            var refs: [TermRef] = []
            for i in Int(starts[k])..<Int(starts[k + 1]) {
                guard let status = TermRef.Status(code: statuses[i] & 0x7F), Int(concepts[i]) < set.concepts.count else { return nil }
                refs.append(TermRef(concept: Int(concepts[i]), form: forms[i], status: status, inflected: statuses[i] & 0x80 != 0))
            }
            terms.append(refs)
        }
        guard let fuzzy = FuzzyIndex(archive: &r), let skeletonConcepts = r.array(Int32.self), let skeletonForms = r.strings(),
              skeletonConcepts.count == skeletonForms.count, r.offset == bytes.count else { return nil }
        let skeletons = SkeletonIndex(zip(skeletonConcepts, skeletonForms).map { (concept: Int($0), form: $1) })
        return CompiledMatcher(set: set, language: language, trie: trie, terms: terms, fuzzy: fuzzy, skeletons: skeletons)
    }
}
