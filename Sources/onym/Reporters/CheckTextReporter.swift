/// `onym check`: `path:line: severity: [segment ID] message`, the pair's source and target
/// below, and a summary line.
struct CheckTextReporter: Reporter {
    func write(_ report: CheckReport, to out: ConsoleOutput) throws {
        out.write(Self.render(report))
    }

    static func render(_ report: CheckReport) -> String {
        var out = ""
        for file in report.files {
            for f in file.findings {
                out += "\(file.path):\(f.line): \(f.severity.rawValue): [segment \(f.segment)] \(f.kind.rawValue): \(f.message)\n"
                out += "    source: \(f.source)\n    target: \(f.target)\n"
            }
        }
        return out + report.summary + "\n"
    }
}
