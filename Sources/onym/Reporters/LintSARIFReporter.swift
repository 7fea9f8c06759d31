import OnymLint

/// `onym lint --format sarif`: SARIF 2.1.0, one rule per finding kind, a fix where a
/// finding has one suggestion; columns count Unicode code points. Keys are sorted, so the
/// results come before the tool's description and are written as they are found.
final class LintSARIFReporter: LintReporter {
    private let out: ConsoleOutput
    private let version: String
    private var path = ""
    private var results = 0

    init(_ out: ConsoleOutput, version: String) {
        self.out = out
        self.version = version
        out.write("{\"$schema\":\"https://json.schemastore.org/sarif-2.1.0.json\",\"runs\":[{\"columnKind\":\"unicodeCodePoints\",\"results\":[")
    }

    func beginFile(path: String, lang: String) { self.path = path }

    func report(_ findings: [Finding], text: [UInt8], base: Int) {
        for f in findings {
            var json = JSONText(capacity: 512)
            if results > 0 { json.raw(",") }
            results += 1
            json.raw("{")
            if let suggestion = f.suggestion {
                json.key("fixes")
                json.raw("[{")
                json.key("artifactChanges")
                json.raw("[{")
                location(f, into: &json)
                json.key("replacements")
                json.raw("[{")
                json.key("deletedRegion")
                region(f, into: &json)
                json.key("insertedContent")
                json.raw("{")
                json.field("text", suggestion)
                json.raw("}}]}]")
                json.key("description")
                json.raw("{")
                json.field("text", "Replace with \(suggestion)")
                json.raw("}}]")
            }
            json.field("level", Self.level(f.severity))
            json.key("locations")
            json.raw("[{")
            json.key("physicalLocation")
            json.raw("{")
            location(f, into: &json)
            json.key("region")
            region(f, into: &json)
            json.raw("}}]")
            json.key("message")
            json.raw("{")
            json.field("text", f.message)
            json.raw("}")
            json.field("ruleId", f.kind.rawValue)
            json.raw("}")
            out.write(json.bytes)
        }
    }

    private func location(_ f: Finding, into json: inout JSONText) {
        json.key("artifactLocation")
        json.raw("{")
        json.field("uri", path)
        json.raw("}")
    }

    private func region(_ f: Finding, into json: inout JSONText) {
        json.raw("{")
        json.field("endColumn", f.column + f.length)
        json.field("endLine", f.line)
        json.field("startColumn", f.column)
        json.field("startLine", f.line)
        json.raw("}")
    }

    func endFile() {}

    func finish(_ tally: LintTally) {
        var json = JSONText()
        json.raw("]")
        json.key("tool")
        json.raw("{")
        json.key("driver")
        json.raw("{")
        json.field("name", "onym")
        json.key("rules")
        json.raw("[")
        for (n, kind) in FindingKind.allCases.enumerated() {
            json.raw(n == 0 ? "{" : ",{")
            json.key("defaultConfiguration")
            json.raw("{")
            json.field("level", Self.level(kind.defaultSeverity))
            json.raw("}")
            json.field("id", kind.rawValue)
            json.key("shortDescription")
            json.raw("{")
            json.field("text", Self.summary(kind))
            json.raw("}}")
        }
        json.raw("]")
        json.field("version", version)
        json.raw("}}}]")
        json.field("version", "2.1.0")
        json.raw("}\n")
        out.write(json.bytes)
    }

    static func level(_ s: Severity) -> String {
        switch s { case .error: "error"; case .warning: "warning"; case .info: "note" }
    }

    static func summary(_ kind: FindingKind) -> String {
        switch kind {
        case .variant: "A variant form of a name; the glossary prefers another."
        case .forbidden: "A form of a name that must not appear."
        case .diacritics: "A name without the diacritics of its preferred form."
        case .case: "A name in the wrong case."
        case .misspelling: "A near miss of a name in the glossary."
        case .confusable: "A name with letters from another script that look alike."
        case .invisible: "A name with an invisible character inside."
        case .typography: "A name with another apostrophe than the house style's."
        }
    }
}
