import OnymLint

/// Lint's JSON, as `onym lint --format json` prints it and the server answers
/// `POST /v1/lint`: `{"files":[{"findings":[…],"lang":…,"path":…}],"summary":{…},"version":1}`,
/// keys sorted. Written in parts so that the CLI can stream an archive's findings file by
/// file; ``document(_:)`` writes a whole report at once.
public enum LintJSON {
    /// The counts of a report (lint's and check's JSON).
    public struct Summary: Encodable, Sendable {
        let files: Int
        let findings: Int
        let errors: Int
        let warnings: Int
        let info: Int

        public init(files: Int, findings: some Sequence<Severity>) {
            self.files = files
            var counts = [Severity: Int]()
            var total = 0
            for severity in findings {
                counts[severity, default: 0] += 1
                total += 1
            }
            self.findings = total
            errors = counts[.error] ?? 0
            warnings = counts[.warning] ?? 0
            info = counts[.info] ?? 0
        }
    }

    /// What comes before the first file.
    public static let start: StaticString = "{\"files\":["

    /// The start of a file's object (`first`: no comma before it).
    public static func beginFile(first: Bool) -> StaticString { first ? "{\"findings\":[" : ",{\"findings\":[" }

    /// The end of a file's object, after its findings.
    public static func endFile(lang: String, path: String, to json: inout JSONText) {
        json.raw("]")
        json.field("lang", lang)
        json.field("path", path)
        json.raw("}")
    }

    /// After the last file: the counts and the format's version.
    public static func finish(files: Int, errors: Int, warnings: Int, info: Int, to json: inout JSONText) {
        json.raw("]")
        json.key("summary")
        json.raw("{")
        json.field("errors", errors)
        json.field("files", files)
        json.field("findings", errors + warnings + info)
        json.field("info", info)
        json.field("warnings", warnings)
        json.raw("}")
        json.field("version", 1)
        json.raw("}")
    }

    /// One finding, its keys in sorted order; no `suggestion` key when there is none.
    public static func write(_ f: Finding, to json: inout JSONText) {
        // Each key with its quotes, colon and comma as one piece of text (the keys are known
        // and in order): an archive's report writes hundreds of thousands of them.
        json.raw("{\"byteOffset\":")
        json.int(f.byteOffset)
        json.raw(",\"column\":")
        json.int(f.column)
        json.raw(",\"concept\":")
        json.string(f.concept)
        json.raw(",\"found\":")
        json.string(f.found)
        json.raw(",\"kind\":")
        json.string(f.kind.rawValue)
        json.raw(",\"length\":")
        json.int(f.length)
        json.raw(",\"line\":")
        json.int(f.line)
        json.raw(",\"message\":")
        json.string(f.message)
        json.raw(",\"severity\":")
        json.string(f.severity.rawValue)
        if let suggestion = f.suggestion {
            json.raw(",\"suggestion\":")
            json.string(suggestion)
        }
        json.raw("}")
    }

    /// A whole report of checked documents (without a line end).
    public static func document(_ documents: [LintedDocument]) -> JSONText {
        var json = JSONText()
        json.raw(start)
        var counts: [Severity: Int] = [:]
        for (n, d) in documents.enumerated() {
            json.raw(beginFile(first: n == 0))
            for (i, f) in d.findings.enumerated() {
                if i > 0 { json.raw(",") }
                write(f, to: &json)
                counts[f.severity, default: 0] += 1
            }
            endFile(lang: d.language, path: d.name, to: &json)
        }
        finish(files: documents.count, errors: counts[.error] ?? 0, warnings: counts[.warning] ?? 0, info: counts[.info] ?? 0, to: &json)
        return json
    }
}
