import OnymLint
import Foundation
import OnymTM

/// `onym check --format sarif`: SARIF 2.1.0, one rule per kind, each result at its pair's
/// line with the segment id as a property.
enum CheckSARIFReporter {
    static func render(_ report: CheckReport, version: String) throws -> String {
        let rules: [[String: Any]] = CheckKind.allCases.map { kind in
            ["id": kind.rawValue, "shortDescription": ["text": summary(kind)],
             "defaultConfiguration": ["level": LintSARIFReporter.level(kind.defaultSeverity)]]
        }
        var results: [[String: Any]] = []
        for file in report.files {
            for f in file.findings {
                let location: [String: Any] = ["physicalLocation": ["artifactLocation": ["uri": file.path], "region": ["startLine": f.line]]]
                var properties: [String: Any] = ["segment": f.segment, "source": f.source, "target": f.target]
                if let suggestion = f.suggestion { properties["suggestion"] = suggestion }
                results.append(["ruleId": f.kind.rawValue, "level": LintSARIFReporter.level(f.severity), "message": ["text": f.message],
                                "locations": [location], "properties": properties])
            }
        }
        let sarif: [String: Any] = [
            "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
            "version": "2.1.0",
            "runs": [["tool": ["driver": ["name": "onym", "version": version, "rules": rules]], "results": results]],
        ]
        let data = try JSONSerialization.data(withJSONObject: sarif, options: [.sortedKeys, .withoutEscapingSlashes])
        return String(decoding: data, as: UTF8.self)
    }

    static func summary(_ kind: CheckKind) -> String {
        switch kind {
        case .term: "The source names a concept and the target lacks its preferred form."
        case .inconsistent: "The same source translated otherwise in the file or the memory."
        case .untranslated: "An empty target, or a target that is its source."
        default: LintSARIFReporter.summary(FindingKind(rawValue: kind.rawValue)!)
        }
    }
}
