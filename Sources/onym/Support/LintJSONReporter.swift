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
            out.raw("],")
            out.key("lang")
            out.string(file.lang)
            out.raw(",")
            out.key("path")
            out.string(file.path)
            out.raw("}")
        }
        out.raw("],")
        out.key("summary")
        out.raw("{")
        out.key("errors")
        out.int(summary.errors)
        out.raw(",")
        out.key("files")
        out.int(summary.files)
        out.raw(",")
        out.key("findings")
        out.int(summary.findings)
        out.raw(",")
        out.key("info")
        out.int(summary.info)
        out.raw(",")
        out.key("warnings")
        out.int(summary.warnings)
        out.raw("},\"version\":1}")
        return out.text
    }

    /// One finding, its keys in sorted order; no `suggestion` key when there is none.
    static func write(_ f: Finding, to json: inout JSONText) {
        json.raw("{")
        json.key("byteOffset")
        json.int(f.byteOffset)
        json.raw(",")
        json.key("column")
        json.int(f.column)
        json.raw(",")
        json.key("concept")
        json.string(f.concept)
        json.raw(",")
        json.key("found")
        json.string(f.found)
        json.raw(",")
        json.key("kind")
        json.string(f.kind.rawValue)
        json.raw(",")
        json.key("length")
        json.int(f.length)
        json.raw(",")
        json.key("line")
        json.int(f.line)
        json.raw(",")
        json.key("message")
        json.string(f.message)
        json.raw(",")
        json.key("severity")
        json.string(f.severity.rawValue)
        if let suggestion = f.suggestion {
            json.raw(",")
            json.key("suggestion")
            json.string(suggestion)
        }
        json.raw("}")
    }
}
