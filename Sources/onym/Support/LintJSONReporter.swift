import Foundation
import OnymLint

/// `onym lint --format json`: `{"version":1,"files":[…],"summary":{…}}`, keys sorted.
enum LintJSONReporter {
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

    static func render(_ report: LintReport) throws -> String {
        let summary = Summary(files: report.files.count, findings: report.files.lazy.flatMap(\.findings).map(\.severity))
        // Findings are written in runs on all cores (a large archive has hundreds of thousands).
        let runs = report.files.flatMap { file in
            stride(from: 0, to: file.findings.count, by: 4096).map { file.findings[$0..<min($0 + 4096, file.findings.count)] }
        }
        let written = OrderedParallelMap.map(runs, jobs: ProcessInfo.processInfo.activeProcessorCount) { run in
            var json = JSONText(capacity: run.count * 256)
            for (n, finding) in run.enumerated() {
                if n > 0 { json.raw(",") }
                write(finding, to: &json)
            }
            return json
        }
        var next = written.makeIterator()
        var out = JSONText(capacity: written.reduce(0) { $0 + $1.bytes.count } + 256)
        out.raw("{\"files\":[")
        for (n, file) in report.files.enumerated() {
            if n > 0 { out.raw(",") }
            out.raw("{\"findings\":[")
            for r in 0..<((file.findings.count + 4095) / 4096) {
                if r > 0 { out.raw(",") }
                out.append(next.next()!)
            }
            out.raw("]")
            out.field("lang", file.lang)
            out.field("path", file.path)
            out.raw("}")
        }
        out.raw("]")
        out.key("summary")
        out.raw("{")
        out.field("errors", summary.errors)
        out.field("files", summary.files)
        out.field("findings", summary.findings)
        out.field("info", summary.info)
        out.field("warnings", summary.warnings)
        out.raw("}")
        out.field("version", 1)
        out.raw("}")
        return out.text
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
