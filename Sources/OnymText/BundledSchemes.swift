/// Onym's own schemes, read from the rule files embedded at build time
/// (`BundledSchemes+Generated.swift`). Each file starts with `# key: value`
/// lines naming its id, source script, description and source.
enum BundledSchemes {
    static let all: [TransliterationScheme] = files.map { scheme(fromRules: $0.rules, file: $0.file) }

    static func scheme(fromRules rules: String, file: String) -> TransliterationScheme {
        var fields: [String: String] = [:]
        for line in rules.split(separator: "\n") {
            guard line.hasPrefix("# ") else { break }
            let body = line.dropFirst(2)
            guard let colon = body.firstIndex(of: ":") else { continue }
            fields[String(body[..<colon])] = trimmed(body[body.index(after: colon)...])
        }
        let id = fields["id"] ?? String(file.dropLast(4))
        return TransliterationScheme(
            id: id,
            sourceScript: fields["source-script"] ?? "",
            description: fields["description"] ?? "",
            source: fields["source"] ?? "",
            rules: rules
        )
    }

    private static func trimmed(_ s: Substring) -> String {
        var s = s
        while s.first == " " { s = s.dropFirst() }
        while s.last == " " { s = s.dropLast() }
        return String(s)
    }
}
