import Foundation
import OnymLint

/// `onym lint --format json`: `{"version":1,"files":[…],"summary":{…}}`.
enum LintJSONReporter {
    struct Report: Encodable {
        let version = 1
        let files: [File]
        let summary: Summary
    }

    struct File: Encodable {
        let path: String
        let lang: String
        let findings: [Finding]
    }

    struct Summary: Encodable {
        let files: Int
        let findings: Int
        let errors: Int
        let warnings: Int
        let info: Int
    }

    static func render(_ report: LintReport) throws -> String {
        let doc = Report(
            files: report.files.map { File(path: $0.path, lang: $0.lang, findings: $0.findings) },
            summary: Summary(files: report.files.count, findings: report.findings.count, errors: report.count(.error),
                             warnings: report.count(.warning), info: report.count(.info)))
        return try JSONOutput.string(doc)
    }
}
