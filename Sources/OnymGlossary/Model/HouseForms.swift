/// One house's forms of a name in one language, where its style differs from the
/// glossary's (AP writes "Erdogan", the glossary "Erdoğan"). With that house chosen,
/// `preferred` is the form to use, the glossary's own preferred form becomes a variant
/// unless `admitted` lists it, and `variants` are variants too.
public struct HouseForms: Sendable, Hashable, Codable {
    public var preferred: String
    public var admitted: [String]
    public var variants: [String]

    public init(preferred: String, admitted: [String] = [], variants: [String] = []) {
        self.preferred = preferred
        self.admitted = admitted
        self.variants = variants
    }
}
