import OnymGlossary

/// What `onym export` writes.
public struct ExportOptions: Sendable {
    public var format: InterchangeFormat = .csv
    public var layout: CSVLayout = .long
    /// Languages of the wide layout (first = source), or the languages kept in other formats.
    public var languages: [String]?
    public var from: String?
    public var to: String?
    public var target: ServiceTarget?
    public var kind: ConceptKind?
    /// Sort by the preferred form in this language (ICU collation); by concept id when nil.
    public var sortLanguage: String?
    /// Drop rows a service would reject instead of failing.
    public var skipInvalid = false
    /// Add the generated variants (status `generated`); exports hold only what the authors wrote otherwise.
    public var includeGenerated = false
    /// The language the wide layout starts with when `languages` is nil (then every language is a column).
    public var firstLanguage: String?

    public init() {}
}
