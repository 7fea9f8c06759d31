import Foundation
import OnymKit
import OnymLint

/// `onym lint --format json` (``LintJSON``), written as it goes: `findings` is each file's
/// first key, so a file's findings are written as they come and the summary, counted
/// meanwhile, at the end.
final class LintJSONReporter: LintReporter {
    private let out: ConsoleOutput
    private var files = 0
    private var findingsInFile = 0
    private var path = "", lang = ""

    init(_ out: ConsoleOutput) {
        self.out = out
        var json = JSONText()
        json.raw(LintJSON.start)
        out.write(json.bytes)
    }

    func beginFile(path: String, lang: String) {
        var json = JSONText()
        json.raw(LintJSON.beginFile(first: files == 0))
        out.write(json.bytes)
        files += 1
        findingsInFile = 0
        (self.path, self.lang) = (path, lang)
    }

    func report(_ findings: [Finding], text: [UInt8], base: Int) {
        // Findings are written in runs on all cores (a large piece has tens of thousands).
        let runs = stride(from: 0, to: findings.count, by: 4096).map { findings[$0..<min($0 + 4096, findings.count)] }
        let first = findingsInFile == 0
        let written = OrderedParallelMap.map(runs, jobs: Cores.count) { run in
            var json = JSONText(capacity: run.count * 256)
            for (n, finding) in run.enumerated() {
                if n > 0 { json.raw(",") }
                LintJSON.write(finding, to: &json)
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
        LintJSON.endFile(lang: lang, path: path, to: &json)
        out.write(json.bytes)
    }

    func finish(_ tally: LintTally) {
        var json = JSONText()
        LintJSON.finish(files: tally.files, errors: tally.errors, warnings: tally.warnings, info: tally.info, to: &json)
        json.raw("\n")
        out.write(json.bytes)
    }
}
