import OnymLint

/// A fixed document as JSON, as the server answers `POST /v1/fix` and the assistants' tool
/// `fix_text` returns it: `{"diff": …, "findings": [what is left], "fixed": [what was
/// fixed], "lang": …, "text": the fixed text}`, keys sorted; `diff` (a unified diff of the
/// fix) only when asked for.
public enum FixJSON {
    public static func render(_ fixed: FixedDocument, diff: Bool = false) -> String {
        var json = JSONText()
        json.raw("{")
        if diff {
            json.field("diff", UnifiedDiff.diff(path: fixed.name, before: fixed.original, after: fixed.text))
        }
        json.key("findings")
        write(fixed.remaining, to: &json)
        json.key("fixed")
        write(fixed.fixed, to: &json)
        json.field("lang", fixed.language)
        json.field("text", String(decoding: fixed.text, as: UTF8.self))
        json.raw("}")
        return json.text
    }

    /// Findings as a JSON array, each as in lint's report.
    public static func write(_ findings: [Finding], to json: inout JSONText) {
        json.raw("[")
        for (n, f) in findings.enumerated() {
            if n > 0 { json.raw(",") }
            LintJSON.write(f, to: &json)
        }
        json.raw("]")
    }
}
