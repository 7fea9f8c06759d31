import Foundation
import OnymKit
import OnymLint

/// `onym lint` for a person: `path:line:col: severity: message`, a window of the line
/// around the finding (at most about 160 columns, "…" where it is cut) with a caret
/// underline of the span, and a summary.
final class LintTextReporter: LintReporter {
    private let out: ConsoleOutput
    private let color: Bool
    private var path = ""

    init(_ out: ConsoleOutput, color: Bool) {
        self.out = out
        self.color = color
    }

    func beginFile(path: String, lang: String) { self.path = path }

    func report(_ findings: [Finding], text: [UInt8], base: Int) {
        // Findings are written in runs on all cores, as bytes (a piece may have tens of thousands).
        let (path, color) = (path, color)
        let runs = stride(from: 0, to: findings.count, by: 2048).map { findings[$0..<min($0 + 2048, findings.count)] }
        let pathBytes = Array(path.utf8)
        let written = OrderedParallelMap.map(runs, jobs: Cores.count) { run in
            var bytes: [UInt8] = []
            bytes.reserveCapacity(run.count * 320)
            for f in run {
                let severity = color ? Self.paint(f.severity) : f.severity.rawValue
                let excerpt = Excerpt.around(f, in: text, base: base)
                // path:line:column: severity: message, appended as bytes (an interpolated string
                // per finding was most of writing a text full of findings).
                bytes += pathBytes
                bytes.append(UInt8(ascii: ":"))
                DecimalText.append(f.line, to: &bytes)
                bytes.append(UInt8(ascii: ":"))
                DecimalText.append(f.column, to: &bytes)
                bytes += [UInt8(ascii: ":"), 0x20]
                bytes += severity.utf8
                bytes += [UInt8(ascii: ":"), 0x20]
                bytes += f.message.utf8
                bytes += [0x0A, 0x20, 0x20]
                // Tabs as one space, so that the caret line stays under the found text.
                let start = bytes.count
                bytes += excerpt.text.utf8
                for i in start..<bytes.count where bytes[i] == 0x09 { bytes[i] = 0x20 }
                bytes += [0x0A, 0x20, 0x20]
                bytes += repeatElement(0x20, count: excerpt.column)
                bytes += repeatElement(UInt8(ascii: "^"), count: max(1, f.length))
                bytes.append(0x0A)
            }
            return bytes
        }
        for run in written { out.write(run) }
    }

    func endFile() {}

    func finish(_ tally: LintTally) {
        out.write(FindingsSummary.line(tally) + "\n")
    }

    static func paint(_ s: Severity) -> String {
        let code = switch s { case .error: "31"; case .warning: "33"; case .info: "36" }
        return "\u{1B}[\(code)m\(s.rawValue)\u{1B}[0m"
    }
}
