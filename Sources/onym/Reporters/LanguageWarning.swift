import OnymLint

/// The warning for a language that no glossary in use has terms in.
enum LanguageWarning {
    /// `warning: no glossary has terms in 'sw'; only de, en, …`
    static func noTerms(_ language: String, _ matchers: MatcherSource) -> String {
        let known = (try? matchers.languagesWithTerms()) ?? []
        return "warning: no glossary has terms in '\(language)'; only \(known.joined(separator: ", "))"
    }
}
