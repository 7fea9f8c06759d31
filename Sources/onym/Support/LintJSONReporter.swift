import Foundation
import OnymLint

/// `onym lint --format json`: `{"version":1,"files":[…],"summary":{…}}`.
enum LintJSONReporter {
    struct Summary: Encodable {
        let files: Int
        let findings: Int
        let errors: Int
        let warnings: Int
        let info: Int
    }

    static func render(_ report: LintReport) throws -> String {
        let summary = Summary(files: report.files.count, findings: report.findings.count, errors: report.count(.error),
                              warnings: report.count(.warning), info: report.count(.info))
        // Findings are encoded in runs on all cores (a large archive has hundreds of thousands)
        // and put in place: the same text as encoding `Report` whole, keys sorted.
        let runs = report.files.flatMap { file in
            stride(from: 0, to: file.findings.count, by: 4096).map { Array(file.findings[$0..<min($0 + 4096, file.findings.count)]) }
        }
        let encoded = OrderedParallelMap.map(runs, jobs: ProcessInfo.processInfo.activeProcessorCount) { run in
            Result { try JSONOutput.string(run).dropFirst().dropLast() }
        }
        var next = encoded.makeIterator()
        var out = "{\"files\":["
        for (n, file) in report.files.enumerated() {
            if n > 0 { out += "," }
            out += "{\"findings\":["
            for r in 0..<((file.findings.count + 4095) / 4096) {
                if r > 0 { out += "," }
                out += try next.next()!.get()
            }
            out += "],\"lang\":\(try JSONOutput.string(file.lang)),\"path\":\(try JSONOutput.string(file.path))}"
        }
        out += "],\"summary\":\(try JSONOutput.string(summary)),\"version\":1}"
        return out
    }
}
