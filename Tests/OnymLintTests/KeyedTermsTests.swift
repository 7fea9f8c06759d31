import Testing
@testable import OnymGlossary
@testable import OnymLint
@testable import OnymText

@Suite struct KeyedTermsTests {
    /// 7,000 concepts, each with forms that share a key (case and diacritics aside), and keys
    /// that share their first eight bytes: enough terms that the sort runs in two halves
    /// and merges them.
    static let set: GlossarySet = {
        var yaml = "glossary: g\nconcepts:\n"
        for i in 0..<7000 {
            yaml += """
              - id: c\(i)
                kind: place
                terms:
                  en: { preferred: "Ortschaft \(i)", variants: ["Nord \(i)", "NÖRD \(i)", "Nörd \(i)", "Ortschäft \(i)"] }
                  de: { preferred: "Ort\(i)" }

            """
        }
        return try! GlossarySet(loaded: [GlossaryReader.read(bytes: Array(yaml.utf8), file: "g.yaml")],
                                profiles: LocaleProfiles.bundled())
    }()

    /// The grouping the compile used to make with a dictionary of keys, sorted: each key
    /// once in byte order, its terms in the order they were met.
    @Test func groupsAsADictionaryOfSortedKeysWould() throws {
        let folding = CaseFolding(language: "en")
        let terms = KeyedTerms(set: Self.set, concepts: 0..<Self.set.concepts.count, language: "en", primary: "en",
                               profile: Self.set.profiles.profile(for: "en"), folding: folding, textScript: "Latn")
        #expect(terms.count > 1 << 14)
        var byKey: [[UInt8]: [Int]] = [:]
        for i in 0..<terms.count { byKey[terms.key(i), default: []].append(i) }
        let keys = byKey.keys.sorted { $0.lexicographicallyPrecedes($1) }
        let expected = keys.flatMap { byKey[$0]! }

        for jobs in [1, 2] {
            let order = terms.sortedByKey(jobs: jobs)
            #expect(order.map(Int.init) == expected)
            let grouped = terms.grouped(order)
            #expect(grouped.keys == keys)
            #expect(grouped.starts.count == keys.count + 1)
            #expect(grouped.starts.dropFirst().map(Int.init) == keys.reduce(into: [Int]()) { $0.append(($0.last ?? 0) + byKey[$1]!.count) })
            #expect(grouped.concepts == expected.map { terms.concepts[$0] })
        }
    }

    /// Joined slices are the same terms as one pass over all concepts.
    @Test func slicesJoinedAreTheWhole() {
        let folding = CaseFolding(language: "en")
        let profile = Self.set.profiles.profile(for: "en")
        func terms(_ range: Range<Int>) -> KeyedTerms {
            KeyedTerms(set: Self.set, concepts: range, language: "en", primary: "en", profile: profile, folding: folding, textScript: "Latn")
        }
        let whole = terms(0..<7000)
        let joined = KeyedTerms(joining: [terms(0..<1000), terms(1000..<6999), terms(6999..<7000)])
        #expect(joined.keyBytes == whole.keyBytes)
        #expect(joined.keyStarts == whole.keyStarts)
        #expect(joined.formBytes == whole.formBytes)
        #expect(joined.formStarts == whole.formStarts)
        #expect(joined.concepts == whole.concepts)
        #expect(joined.statusBytes == whole.statusBytes)
    }
}
