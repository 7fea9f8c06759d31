import OnymLint
import OnymTM

/// `onym check --format sarif`: SARIF 2.1.0, one rule per kind, each result at its pair's
/// line with the segment id as a property.
struct CheckSARIFReporter: Reporter {
    let version: String

    func write(_ report: CheckReport, to out: ConsoleOutput) throws {
        let sarif = SARIFWriter(out, columnKind: nil)
        for file in report.files {
            for f in file.findings {
                var properties = ["segment": f.segment, "source": f.source, "target": f.target]
                if let suggestion = f.suggestion { properties["suggestion"] = suggestion }
                let location = SARIF.PhysicalLocation(artifactLocation: .init(uri: file.path), region: .init(startLine: f.line))
                sarif.write(SARIF.Result(level: SARIF.level(f.severity), locations: [.init(physicalLocation: location)],
                                         message: .init(text: f.message), properties: properties, ruleId: f.kind.rawValue))
            }
        }
        sarif.finish(rules: CheckKind.allCases.map { SARIF.Rule(id: $0.rawValue, severity: $0.defaultSeverity, summary: Self.summary($0)) },
                     version: version)
    }

    static func summary(_ kind: CheckKind) -> String {
        switch kind {
        case .term: "The source names a concept and the target lacks its preferred form."
        case .inconsistent: "The same source translated otherwise in the file or the memory."
        case .untranslated: "An empty target, or a target that is its source."
        default: FindingKind(rawValue: kind.rawValue)!.summary
        }
    }
}
