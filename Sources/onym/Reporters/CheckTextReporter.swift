/// `onym check`: `path:line: severity: [segment ID] message`, the pair's source and target
/// below, and a summary line.
struct CheckTextReporter: Reporter {
    func write(_ report: CheckReport, to out: ConsoleOutput) throws {
        for file in report.files {
            for f in file.findings {
                out.write("\(file.path):\(f.line): \(f.severity.rawValue): [segment \(f.segment)] \(f.kind.rawValue): \(f.message)\n")
                out.write("    source: \(f.source)\n    target: \(f.target)\n")
            }
        }
        out.write(report.summary + "\n")
    }
}
