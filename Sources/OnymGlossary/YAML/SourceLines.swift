/// Where each concept and form of a glossary stood in its file, so that
/// checks across concepts can name the line.
public struct SourceLines: Sendable, Hashable {
    /// Line of each concept, by index in the glossary.
    public var concepts: [Int] = []
    /// Lines of each concept's forms, by concept index (a list per concept: looked
    /// up only to report a problem, so no hashing of every form on load).
    var forms: [[FormLine]] = []

    struct FormLine: Hashable, Sendable {
        let language: String
        let form: String
        let line: Int
    }

    public init() {}

    /// Records the line of a form of concept `concept`.
    package mutating func record(concept: Int, language: String, form: String, line: Int) {
        while forms.count <= concept { forms.append([]) }
        forms[concept].append(FormLine(language: language, form: form, line: line))
    }

    /// Appends the lines of the concepts that follow (a chunk read on its own).
    mutating func append(_ other: SourceLines) {
        while forms.count < concepts.count { forms.append([]) }
        concepts += other.concepts
        forms += other.forms
    }

    /// The line of a form, or of its concept when unknown.
    public func line(concept: Int, language: String, form: String) -> Int {
        if concept < forms.count, let found = forms[concept].first(where: { $0.language == language && $0.form == form }) {
            return found.line
        }
        return concept < concepts.count ? concepts[concept] : 0
    }
}
