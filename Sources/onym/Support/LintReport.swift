import OnymLint

/// What `onym lint` found, file by file, for the reporters.
struct LintReport {
    struct File {
        let path: String
        let lang: String
        let text: [UInt8]
        let findings: [Finding]
    }

    let files: [File]

    var findings: [Finding] { files.flatMap(\.findings) }
}
