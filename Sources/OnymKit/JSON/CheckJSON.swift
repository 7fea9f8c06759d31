import OnymTM

/// The bilingual check's JSON, as `onym check --format json` prints it and the server
/// answers `POST /v1/check`: the linter's layout, each finding with its `segment`, and the
/// pair's `source` and `target`:
/// `{"files":[{"findings":[…],"from":…,"path":…,"to":…}],"summary":{…},"version":1}`.
public enum CheckJSON {
    /// One checked file (or request) of pairs.
    public struct File: Encodable, Sendable {
        let path: String
        let from: String
        let to: String
        let findings: [CheckFinding]

        public init(path: String, from: String, to: String, findings: [CheckFinding]) {
            self.path = path
            self.from = from
            self.to = to
            self.findings = findings
        }
    }

    struct Document: Encodable {
        let version = 1
        let files: [File]
        let summary: LintJSON.Summary
    }

    public static func render(_ files: [File]) throws -> String {
        try JSONOutput.string(Document(files: files, summary: LintJSON.Summary(files: files.count, findings: files.flatMap(\.findings).map(\.severity))))
    }
}
