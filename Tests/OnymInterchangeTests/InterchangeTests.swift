import Foundation
@testable import OnymGlossary
@testable import OnymInterchange
import Testing

@Suite struct InterchangeTests {
    static let small = """
        glossary: small
        title: Small, "quoted"
        concepts:
          - id: kyiv
            kind: place
            note: Capital, of Ukraine.
            sources: [https://example.org/a]
            since: 2019-08-14
            terms:
              en: { preferred: Kyiv, variants: [Kiev], allow: [Chicken Kiev] }
              de: { preferred: Kyjiw, variants: [Kiew] }
              uk: { preferred: Київ }
          - id: odesa
            kind: place
            generate: false
            terms:
              en: { preferred: Odesa, variants: [Odessa, " Odessa "] }
              de: { preferred: Odessa }
          - id: eq
            kind: other
            terms:
              en: { preferred: "=SUM" }
              de: { preferred: Gleich }
        """

    func set(_ yaml: String = small) throws -> GlossarySet {
        try GlossarySet(loaded: [try GlossaryReader.read(bytes: Array(yaml.utf8), file: "small.yaml")], profiles: try LocaleProfiles.bundled())
    }

    func options(_ body: (inout ExportOptions) -> Void) -> ExportOptions {
        var o = ExportOptions()
        body(&o)
        return o
    }

    @Test func csvFieldsAreQuotedOnlyWhenNeeded() {
        var csv = CSVWriter()
        csv.append(["plain", "a,b", "say \"hi\"", "two\nlines", "Tu\u{308}rkiye", ""])
        #expect(csv.text == "plain,\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",Türkiye,\r\n")
        #expect(CSVWriter(bom: true).text == "\u{FEFF}")
    }

    @Test func longLayoutExactRows() throws {
        let s = try set("""
            glossary: g
            concepts:
              - id: kyiv
                kind: place
                note: Capital, of Ukraine.
                sources: [https://example.org/a, "Resolution No. 55, 2010"]
                since: 2019-08-14
                generate: false
                terms:
                  en: { preferred: Kyiv, variants: [Kiev], allow: [Chicken Kiev] }
              - id: odesa
                kind: place
                terms:
                  en: { preferred: Odesa, note: 'No "the" before it.' }
                  uk: Одеса
            """)
        // Metadata are columns: the term column holds terms only.
        let text = try GlossaryExporter.export(s, ExportOptions()).text
        #expect(text == """
            concept,kind,lang,term,status,note,glossary,glossary-title,sources,concept-since,generate,language-note,since,until,authority,house\r
            kyiv,place,en,Kyiv,preferred,"Capital, of Ukraine.",g,,"https://example.org/a
            Resolution No. 55, 2010",2019-08-14,false,,,,,\r
            kyiv,place,en,Kiev,deprecated,"Capital, of Ukraine.",g,,"https://example.org/a
            Resolution No. 55, 2010",2019-08-14,false,,,,,\r
            kyiv,place,en,Chicken Kiev,allow,"Capital, of Ukraine.",g,,"https://example.org/a
            Resolution No. 55, 2010",2019-08-14,false,,,,,\r
            odesa,place,en,Odesa,preferred,,g,,,,true,"No ""the"" before it.",,,,\r
            odesa,place,uk,Одеса,preferred,,g,,,,true,,,,,\r

            """)
        // Generated forms only on request.
        var options = ExportOptions()
        options.includeGenerated = true
        let generated = try GlossaryExporter.export(s, options).text.split(separator: "\r\n").filter { $0.contains(",generated,") }
        #expect(generated == ["odesa,place,en,Odessa,generated,,g,,,,true,\"No \"\"the\"\" before it.\",,,,"])
        let back = try LongCSV.read(text: text, file: "g.csv").glossary
        #expect(back.concepts == s.concepts)
        #expect(back.name == "g")
    }

    /// Files written in the six-column layout of earlier versions still read.
    @Test func theEarlierLongLayoutReads() throws {
        let old = "concept,kind,lang,term,status,note\r\n,,,g,glossary,Title\r\nkyiv,place,en,Kyiv,preferred,N\r\nkyiv,place,,https://example.org/a,source,N\r\nkyiv,place,,2019-08-14,since,N\r\nkyiv,place,,false,generate,N\r\n"
        let loaded = try LongCSV.read(text: old, file: "old.csv").glossary
        #expect(loaded.name == "g" && loaded.title == "Title")
        #expect(loaded.concepts == [Concept(id: "kyiv", kind: .place, note: "N", sources: ["https://example.org/a"], since: "2019-08-14", generate: false,
                                            terms: ["en": TermSet(preferred: "Kyiv")], languages: ["en"])])
    }

    @Test func yamlToLongCSVToYAMLIsIdentical() throws {
        let news = try GlossaryReader.read(bytes: Array(BundledResources.glossaries.first { $0.file == "news.yaml" }!.text.utf8), file: "news.yaml")
        let original = try GlossarySet(loaded: [news], profiles: try LocaleProfiles.bundled())
        let yaml = YAMLWriter.write(original.glossaries[0])
        var options = ExportOptions()
        options.includeGenerated = true
        let csv = try GlossaryExporter.export(original, options, keepOrder: true).text
        #expect(csv.contains(",generated,"))
        let back = try LongCSV.read(text: csv, file: "news.csv").glossary
        #expect(YAMLWriter.write(back) == yaml)
        #expect(back.concepts == original.concepts)
    }

    @Test func jsonAndTBXRoundTrips() throws {
        let original = try set()
        var json = ExportOptions(); json.format = .json
        let fromJSON = try GlossaryJSON.read(bytes: Array(try GlossaryExporter.export(original, json, keepOrder: true).text.utf8), file: "g.json")
        #expect(fromJSON.glossary.concepts == original.concepts)
        #expect(fromJSON.glossary.title == "Small, \"quoted\"")
        var tbx = ExportOptions(); tbx.format = .tbx
        let fromTBX = try TBXReader.read(bytes: Array(try GlossaryExporter.export(original, tbx, keepOrder: true).text.utf8), file: "g.tbx")
        #expect(fromTBX.glossary.concepts == original.concepts)
        #expect(fromTBX.glossary.name == "small")
    }

    @Test func yamlScalarsAreQuotedWhenYAMLNeedsIt() throws {
        #expect(YAMLWriter.scalar("Kyiv") == "Kyiv")
        #expect(YAMLWriter.scalar("no") == "\"no\"")
        #expect(YAMLWriter.scalar("Kievan Rus'") == "Kievan Rus'")
        #expect(YAMLWriter.scalar("'quoted'") == "\"'quoted'\"")
        #expect(YAMLWriter.scalar("a, b", flow: true) == "\"a, b\"")
        #expect(YAMLWriter.scalar("key: value") == "\"key: value\"")
        #expect(YAMLWriter.scalar("2022") == "\"2022\"")
        #expect(YAMLWriter.scalar(" padded ") == "\" padded \"")
        #expect(YAMLWriter.scalar("tab\there") == "\"tab\\there\"")
        let tricky = "glossary: g\nconcepts:\n  - id: x\n    kind: other\n    terms:\n      en: { preferred: \"no\", admitted: [\"a, b\", \"#1\", \"x: y\", \"2022\"] }\n"
        let g = try GlossaryReader.read(bytes: Array(tricky.utf8), file: "t.yaml").glossary
        let again = try GlossaryReader.read(bytes: Array(YAMLWriter.write(g).utf8), file: "t2.yaml").glossary
        #expect(again.concepts == g.concepts)
    }

    @Test func wideLayout() throws {
        let result = try GlossaryExporter.export(try set(), options { $0.layout = .wide; $0.languages = ["en", "de"] })
        #expect(result.text == "en,de\r\n=SUM,Gleich\r\nKyiv,Kyjiw\r\nOdesa,Odessa\r\n")
        #expect(result.missingLanguage == 0)
        let partial = try GlossaryExporter.export(try set(), options { $0.layout = .wide; $0.languages = ["en", "uk"] })
        #expect(partial.text == "en,uk\r\nKyiv,Київ\r\n")
        #expect(partial.missingLanguage == 2)
        #expect(throws: ExportError.self) { try GlossaryExporter.export(try set(), options { $0.layout = .wide; $0.languages = ["en"] }) }
    }

    @Test func pairsLayoutForDeepLFailsOnEveryViolation() throws {
        let o = options { $0.layout = .pairs; $0.from = "en"; $0.to = "de"; $0.target = .deepl }
        // Two concepts that prefer Kyiv in English (and so may share the variant Kiev).
        let twins = Self.small.replacingOccurrences(of: "preferred: \"=SUM\" }", with: "preferred: Kyiv, variants: [Kiev] }")
        let s = try set(twins)
        do {
            _ = try GlossaryExporter.export(s, o)
            Issue.record("expected violations")
        } catch {
            #expect(error.description == """
                3 rows break deepl's rules; nothing was written (--skip-invalid drops them)
                concept 'kyiv': source 'Kyiv' already comes from concept 'eq' (DeepL needs unique sources)
                concept 'kyiv': source 'Kiev' already comes from concept 'eq' (DeepL needs unique sources)
                concept 'odesa': ' Odessa ' starts or ends with whitespace
                """)
        }
        let skipped = try GlossaryExporter.export(s, options { $0.layout = .pairs; $0.from = "en"; $0.to = "de"; $0.target = .deepl; $0.skipInvalid = true })
        #expect(skipped.text == "Kyiv,Gleich\r\nKiev,Gleich\r\nOdesa,Odessa\r\nOdessa,Odessa\r\n")
        #expect(skipped.skipped.map(\.concept) == ["kyiv", "kyiv", "odesa"])
        let plain = try GlossaryExporter.export(s, options { $0.layout = .pairs; $0.from = "en"; $0.to = "de" })
        #expect(plain.text == "Kyiv,Gleich\r\nKiev,Gleich\r\nKyiv,Kyjiw\r\nKiev,Kyjiw\r\nOdesa,Odessa\r\nOdessa,Odessa\r\n Odessa ,Odessa\r\n")
        #expect(plain.missingLanguage == 0)
    }

    @Test func amazonRules() throws {
        let o = options { $0.layout = .wide; $0.languages = ["en", "uk"]; $0.target = .amazon }
        let s = try set(Self.small.replacingOccurrences(of: "=SUM", with: "Eq") + "\n      uk: { preferred: \"=EQ\" }\n")
        do {
            _ = try GlossaryExporter.export(s, o)
            Issue.record("expected a violation")
        } catch {
            #expect(error.violations == [ExportViolation(concept: "eq", message: "'=EQ' starts with '=' (Amazon rejects it as a formula)")])
        }
        #expect(ServiceRules.check([String(repeating: "é", count: 101)], target: .amazon)
                == ["'éééééééééééééééééééé…' is 202 UTF-8 bytes (Amazon allows 200)"])
    }

    @Test func excelGetsABOM() throws {
        let text = try GlossaryExporter.export(try set(), options { $0.layout = .wide; $0.languages = ["en", "de"]; $0.target = .excel }).text
        #expect(text.hasPrefix("\u{FEFF}en,de\r\n"))
    }

    @Test func sortingByCollation() throws {
        let yaml = "glossary: g\nconcepts:\n" + [("a", "Denizli"), ("b", "Çorum"), ("c", "Cide")].map {
            "  - id: \($0.0)\n    kind: place\n    terms: { tr: \($0.1) }\n"
        }.joined()
        let text = try GlossaryExporter.export(try set(yaml), options { $0.layout = .wide; $0.languages = ["tr", "tr"]; $0.sortLanguage = "tr" }).text
        #expect(text == "tr,tr\r\nCide,Cide\r\nÇorum,Çorum\r\nDenizli,Denizli\r\n")
    }

    @Test func tbxVersion2WithUnknownDataCategories() throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/martif-v2.tbx")
        let loaded = try TBXReader.read(bytes: [UInt8](try Data(contentsOf: url)), file: "martif-v2.tbx")
        #expect(loaded.glossary.concepts == [
            Concept(id: "kharkiv", kind: .place,
                    note: "[definition] Second-largest city of Ukraine. [partOfSpeech Kharkiv] noun",
                    terms: ["en": TermSet(preferred: "Kharkiv", variants: ["Kharkov"]), "de": TermSet(preferred: "Charkiw")],
                    languages: ["en", "de"]),
            Concept(id: "c-2", kind: .other, note: "[subjectField] Geography",
                    terms: ["en": TermSet(preferred: "Lviv", forbidden: ["Lemberg"])], languages: ["en"]),
        ])
    }

    @Test func malformedTBX() {
        #expect(throws: GlossaryError(file: "x.tbx", line: 1, rule: .yamlSyntax, message: "not well-formed XML: the file ends inside <body>")) {
            try TBXReader.read(bytes: Array("<tbx><text><body>".utf8), file: "x.tbx")
        }
        #expect(throws: GlossaryError(file: "x.tbx", line: 1, rule: .wrongType, message: "not a TBX file: the root element is <html>, not <tbx> (TBX v3) or <martif> (TBX v2)")) {
            try TBXReader.read(bytes: Array("<html><body/></html>".utf8), file: "x.tbx")
        }
    }

    /// JSON has no lines: its concepts go through ConceptRules, named by their place in the file.
    @Test func jsonProblemsAreTheRulesOfEveryFormat() {
        let json = """
            {"glossary":"g","concepts":[{"id":"Kyiv City","kind":"place","sources":[],"since":"2019-02-30","generate":true,"terms":[
              {"lang":"en","preferred":"Kyiv","admitted":[" "],"variants":["Kyiv"],"forbidden":[],"allow":[]}]}]}
            """
        #expect(throws: GlossaryError([
            GlossaryProblem(file: "g.json", line: 0, rule: .invalidId, message: "concepts[0]: concept id 'Kyiv City' must match [a-z0-9][a-z0-9._-]* (lower case, no spaces)"),
            GlossaryProblem(file: "g.json", line: 0, rule: .invalidDate, message: "concepts[0]: 'since: 2019-02-30' is not a date written YYYY-MM-DD"),
            GlossaryProblem(file: "g.json", line: 0, rule: .emptyTerm, message: "concepts[0]: an empty term in language 'en'"),
            GlossaryProblem(file: "g.json", line: 0, rule: .variantIsPreferred, message: "concepts[0]: 'Kyiv' is both the preferred form and a variant in language 'en'"),
        ])) {
            try GlossaryJSON.read(bytes: Array(json.utf8), file: "g.json")
        }
    }

    @Test func longCSVProblems() {
        let csv = "concept,kind,lang,term,status,note\r\nkyiv,place,en,Kyiv,preferred,\r\nkyiv,place,xx!,K,preferred,\r\nkyiv,planet,en,K,preferred,\r\nodesa,place,en,Odessa,deprecated,\r\nkyiv,place,en,Kyjiw,preferred,\r\nkyiv,place,en,Q,weird,\r\n"
        #expect(throws: GlossaryError([
            GlossaryProblem(file: "g.csv", line: 3, rule: .invalidLanguage, message: "'xx!' is not a BCP 47 language tag (examples: en, pt-BR, sr-Latn)"),
            GlossaryProblem(file: "g.csv", line: 4, rule: .invalidKind, message: "kind 'planet' is not one of person, place, country, organisation, other"),
            GlossaryProblem(file: "g.csv", line: 5, rule: .missingPreferred, message: "language 'en' has no preferred form"),
            GlossaryProblem(file: "g.csv", line: 6, rule: .twoPreferred, message: "concept 'kyiv' has a second preferred en form 'Kyjiw'; keep one and make the others 'admitted'"),
            GlossaryProblem(file: "g.csv", line: 7, rule: .wrongType, message: "unknown status 'weird' (preferred, admitted, deprecated, forbidden, formerly, allow, generated, source, since, generate)"),
        ])) {
            try LongCSV.read(text: csv, file: "g.csv")
        }
        #expect(throws: GlossaryError(file: "w.csv", line: 1, rule: .missingKey, message: "the header must be concept,kind,lang,term,status,note,glossary,glossary-title,sources,concept-since,generate,language-note,since,until,authority,house (the long layout), not en,de")) {
            try LongCSV.read(text: "en,de\r\nKyiv,Kyjiw\r\n", file: "w.csv")
        }
    }
}

extension InterchangeTests {
    @Test func amazonNeedsAHeader() throws {
        var o = ExportOptions()
        o.layout = .pairs; o.from = "en"; o.to = "de"; o.target = .amazon
        let s = try set()
        do {
            _ = try GlossaryExporter.export(s, o)
            Issue.record("expected an error")
        } catch {
            #expect(error.message == "Amazon Translate needs a header of language codes: use --layout wide --langs en,de")
        }
    }

    /// Dated forms in the long layout: a row's period in its columns, a former preferred form
    /// as `formerly`; read back whole. The twelve-column layout of the last version still reads.
    @Test func longLayoutCarriesDates() throws {
        let yaml = """
            glossary: g
            concepts:
              - id: kyiv
                kind: place
                terms:
                  en:
                    preferred: { form: Kyiv, since: 2019-08-14, authority: AP }
                    variants: [{ form: Kiev, since: 2019-08-14, authority: AP }]
                    formerly: [{ form: Kiev, until: 2019-08-13 }]
            """
        let set = try GlossarySet(loaded: [GlossaryReader.read(bytes: Array(yaml.utf8), file: "g.yaml")], profiles: LocaleProfiles.bundled())
        let text = try GlossaryExporter.export(set, ExportOptions()).text
        #expect(text == """
            concept,kind,lang,term,status,note,glossary,glossary-title,sources,concept-since,generate,language-note,since,until,authority,house\r
            kyiv,place,en,Kyiv,preferred,,g,,,,true,,2019-08-14,,AP,\r
            kyiv,place,en,Kiev,deprecated,,g,,,,true,,2019-08-14,,AP,\r
            kyiv,place,en,Kiev,formerly,,g,,,,true,,,2019-08-13,,\r

            """)
        #expect(try LongCSV.read(text: text, file: "g.csv").glossary.concepts == set.concepts)
        // JSON and YAML keep them too.
        var json = ExportOptions()
        json.format = .json
        #expect(try GlossaryJSON.read(bytes: Array(GlossaryExporter.export(set, json).text.utf8), file: "g.json").glossary.concepts == set.concepts)
        var yamlOut = ExportOptions()
        yamlOut.format = .yaml
        #expect(try GlossaryReader.read(bytes: Array(GlossaryExporter.export(set, yamlOut).text.utf8), file: "g.yaml").glossary.concepts == set.concepts)
        let old = "concept,kind,lang,term,status,note,glossary,glossary-title,sources,concept-since,generate,language-note\r\nkyiv,place,en,Kyiv,preferred,,g,,,,true,\r\n"
        #expect(try LongCSV.read(text: old, file: "old.csv").glossary.concepts.map(\.terms) == [["en": TermSet(preferred: "Kyiv")]])
        let header = "concept,kind,lang,term,status,note,glossary,glossary-title,sources,concept-since,generate,language-note,since,until,authority,house\r\n"
        #expect(throws: GlossaryError([
            GlossaryProblem(file: "d.csv", line: 2, rule: .invalidDate, message: "'until: 2019-13-01' is not a date written YYYY-MM-DD"),
            GlossaryProblem(file: "d.csv", line: 3, rule: .invalidPeriod, message: "a row of status 'allow' has no dates"),
        ])) {
            try LongCSV.read(text: header + "kyiv,place,en,Kyiv,preferred,,g,,,,true,,,2019-13-01,,\r\nkyiv,place,en,Chicken Kiev,allow,,g,,,,true,,2019-01-01,,,\r\n", file: "d.csv")
        }
    }
}
