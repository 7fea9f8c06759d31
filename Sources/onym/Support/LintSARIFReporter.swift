import Foundation
import OnymLint

/// `onym lint --format sarif`: SARIF 2.1.0, one rule per finding kind, a fix
/// where a finding has one suggestion. Columns count Unicode code points.
enum LintSARIFReporter {
    static func render(_ report: LintReport, version: String) throws -> String {
        let rules: [[String: Any]] = FindingKind.allCases.map { kind in
            ["id": kind.rawValue, "shortDescription": ["text": summary(kind)],
             "defaultConfiguration": ["level": level(kind.defaultSeverity)]]
        }
        var results: [[String: Any]] = []
        for file in report.files {
            for f in file.findings {
                let region: [String: Any] = ["startLine": f.line, "startColumn": f.column, "endLine": f.line, "endColumn": f.column + f.length]
                let location: [String: Any] = ["physicalLocation": ["artifactLocation": ["uri": file.path], "region": region]]
                var result: [String: Any] = ["ruleId": f.kind.rawValue, "level": level(f.severity), "message": ["text": f.message],
                                             "locations": [location]]
                if let suggestion = f.suggestion {
                    result["fixes"] = [[
                        "description": ["text": "Replace with \(suggestion)"],
                        "artifactChanges": [["artifactLocation": ["uri": file.path],
                                             "replacements": [["deletedRegion": region, "insertedContent": ["text": suggestion]]]]],
                    ]]
                }
                results.append(result)
            }
        }
        let sarif: [String: Any] = [
            "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
            "version": "2.1.0",
            "runs": [["tool": ["driver": ["name": "onym", "version": version, "rules": rules]],
                      "columnKind": "unicodeCodePoints", "results": results]],
        ]
        let data = try JSONSerialization.data(withJSONObject: sarif, options: [.sortedKeys, .withoutEscapingSlashes])
        return String(decoding: data, as: UTF8.self)
    }

    static func level(_ s: Severity) -> String {
        switch s { case .error: "error"; case .warning: "warning"; case .info: "note" }
    }

    static func summary(_ kind: FindingKind) -> String {
        switch kind {
        case .variant: "A variant form of a name; the glossary prefers another."
        case .forbidden: "A form of a name that must not appear."
        case .diacritics: "A name without the diacritics of its preferred form."
        case .case: "A name in the wrong case."
        case .misspelling: "A near miss of a name in the glossary."
        case .confusable: "A name with letters from another script that look alike."
        case .invisible: "A name with an invisible character inside."
        case .typography: "A name with another apostrophe than the house style's."
        }
    }
}
