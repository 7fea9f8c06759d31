import OnymGlossary

/// The limits DeepL, Amazon Translate and Google Translate put on glossary
/// files, checked row by row so that every violation is named.
enum ServiceRules {
    /// Problems of one row's cells for `target`.
    static func check(_ cells: [String], target: ServiceTarget) -> [String] {
        var problems: [String] = []
        for cell in cells {
            switch target {
            case .deepl:
                if cell.isEmpty { problems.append("an empty cell") }
                if cell.first?.isWhitespace == true || cell.last?.isWhitespace == true { problems.append("'\(cell)' starts or ends with whitespace") }
                if cell.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) { problems.append("'\(printable(cell))' holds a control character or line break") }
                if cell.utf8.count > 1024 { problems.append("'\(cell.prefix(20))…' is \(cell.utf8.count) bytes (DeepL allows 1024)") }
            case .amazon:
                if cell.utf8.count > 200 { problems.append("'\(cell.prefix(20))…' is \(cell.utf8.count) UTF-8 bytes (Amazon allows 200)") }
                if let first = cell.first, "=+-@".contains(first) { problems.append("'\(cell)' starts with '\(first)' (Amazon rejects it as a formula)") }
                if cell.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) { problems.append("'\(printable(cell))' holds a control character or line break") }
            case .google, .excel:
                break
            }
        }
        return problems
    }

    static func printable(_ s: String) -> String {
        String(String.UnicodeScalarView(s.unicodeScalars.map { $0.properties.generalCategory == .control ? "␤" : $0 }))
    }
}
