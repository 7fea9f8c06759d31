import OnymLint

/// `onym lint --format sarif`: SARIF 2.1.0, one rule per finding kind, a fix where a
/// finding has one suggestion; columns count Unicode code points. Results are written as
/// they are found (``SARIFWriter``).
final class LintSARIFReporter: LintReporter {
    private let sarif: SARIFWriter
    private let version: String
    private var path = ""

    init(_ out: ConsoleOutput, version: String) {
        sarif = SARIFWriter(out, columnKind: "unicodeCodePoints")
        self.version = version
    }

    func beginFile(path: String, lang: String) { self.path = path }

    func report(_ findings: [Finding], text: [UInt8], base: Int) {
        for f in findings {
            let file = SARIF.ArtifactLocation(uri: path)
            let region = SARIF.Region(endColumn: f.column + f.length, endLine: f.line, startColumn: f.column, startLine: f.line)
            let fixes = f.suggestion.map { suggestion in
                [SARIF.Fix(artifactChanges: [.init(artifactLocation: file, replacements: [.init(deletedRegion: region, insertedContent: .init(text: suggestion))])],
                           description: .init(text: "Replace with \(suggestion)"))]
            }
            sarif.write(SARIF.Result(fixes: fixes, level: SARIF.level(f.severity),
                                     locations: [.init(physicalLocation: .init(artifactLocation: file, region: region))],
                                     message: .init(text: f.message), ruleId: f.kind.rawValue))
        }
    }

    func endFile() {}

    func finish(_ tally: LintTally) {
        sarif.finish(rules: FindingKind.allCases.map { SARIF.Rule(id: $0.rawValue, severity: $0.defaultSeverity, summary: $0.summary) },
                     version: version)
    }
}
