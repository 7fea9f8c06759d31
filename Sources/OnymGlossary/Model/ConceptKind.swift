/// What a concept names.
public enum ConceptKind: String, Sendable, Hashable, Codable, CaseIterable {
    case person, place, country, organisation, other
}
