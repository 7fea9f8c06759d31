/// Where each concept and form of a glossary stood in its file, so that
/// checks across concepts can name the line.
public struct SourceLines: Sendable, Hashable {
    /// Line of each concept, by index in the glossary.
    public var concepts: [Int] = []
    /// Line of each form: key is concept index, language, form.
    var forms: [FormKey: Int] = [:]

    struct FormKey: Hashable, Sendable {
        let concept: Int
        let language: String
        let form: String
    }

    /// The line of a form, or of its concept when unknown.
    public func line(concept: Int, language: String, form: String) -> Int {
        forms[FormKey(concept: concept, language: language, form: form)] ?? (concept < concepts.count ? concepts[concept] : 0)
    }

    public init() {}
}
