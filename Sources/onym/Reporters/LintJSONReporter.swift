import Foundation
import OnymLint

/// `onym lint --format json`: `{"files":[{"findings":[…],"lang":…,"path":…}],"summary":{…},"version":1}`,
/// keys sorted, written as it goes: `findings` is each file's first key, so a file's
/// findings are written as they come and the summary, counted meanwhile, at the end.
final class LintJSONReporter: LintReporter {
    private let out: ConsoleOutput
    private var files = 0
    private var findingsInFile = 0
    private var path = "", lang = ""

    init(_ out: ConsoleOutput) {
        self.out = out
        out.write("{\"files\":[")
    }

    struct Summary: Encodable {
        let files: Int
        let findings: Int
        let errors: Int
        let warnings: Int
        let info: Int

        init(files: Int, findings: some Sequence<Severity>) {
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

    func beginFile(path: String, lang: String) {
        out.write(files == 0 ? "{\"findings\":[" : ",{\"findings\":[")
        files += 1
        findingsInFile = 0
        (self.path, self.lang) = (path, lang)
    }

    func report(_ findings: [Finding], text: [UInt8], base: Int) {
        // Findings are written in runs on all cores (a large piece has tens of thousands).
        let runs = stride(from: 0, to: findings.count, by: 4096).map { findings[$0..<min($0 + 4096, findings.count)] }
        let first = findingsInFile == 0
        let written = OrderedParallelMap.map(runs, jobs: ProcessInfo.processInfo.activeProcessorCount) { run in
            var json = JSONText(capacity: run.count * 256)
            for (n, finding) in run.enumerated() {
                if n > 0 { json.raw(",") }
                Self.write(finding, to: &json)
            }
            return json
        }
        for (r, run) in written.enumerated() {
            if r > 0 || !first { out.write(",") }
            out.write(run.bytes)
        }
        findingsInFile += findings.count
    }

    func endFile() {
        var json = JSONText()
        json.raw("]")
        json.field("lang", lang)
        json.field("path", path)
        json.raw("}")
        out.write(json.bytes)
    }

    func finish(_ tally: LintTally) {
        var json = JSONText()
        json.raw("]")
        json.key("summary")
        json.raw("{")
        json.field("errors", tally.errors)
        json.field("files", tally.files)
        json.field("findings", tally.findings)
        json.field("info", tally.info)
        json.field("warnings", tally.warnings)
        json.raw("}")
        json.field("version", 1)
        json.raw("}\n")
        out.write(json.bytes)
    }

    /// One finding, its keys in sorted order; no `suggestion` key when there is none.
    static func write(_ f: Finding, to json: inout JSONText) {
        json.raw("{")
        json.field("byteOffset", f.byteOffset)
        json.field("column", f.column)
        json.field("concept", f.concept)
        json.field("found", f.found)
        json.field("kind", f.kind.rawValue)
        json.field("length", f.length)
        json.field("line", f.line)
        json.field("message", f.message)
        json.field("severity", f.severity.rawValue)
        if let suggestion = f.suggestion { json.field("suggestion", suggestion) }
        json.raw("}")
    }
}
