/// A form Onym derived from a concept's terms, never typed by a person.
public struct GeneratedTerm: Sendable, Hashable, Codable {
    /// The derived form.
    public let form: String
    /// How it was made: a scheme id (`uk-Latn-press`) or `strip-diacritics`.
    public let origin: String
    /// The language of the term it was derived from.
    public let sourceLanguage: String

    public init(form: String, origin: String, sourceLanguage: String) {
        self.form = form
        self.origin = origin
        self.sourceLanguage = sourceLanguage
    }
}
