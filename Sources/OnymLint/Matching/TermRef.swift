/// One form of one concept, as the compiled matcher knows it.
struct TermRef: Sendable, Hashable {
    enum Status: Sendable, Hashable {
        /// `foreign`: the concept's form in another language (Киев in a Ukrainian text).
        case preferred, admitted, allowed, variant, generated, forbidden, foreign

        /// Forms that are right where they stand.
        var isGood: Bool { self == .preferred || self == .admitted || self == .allowed }

        static let all: [Status] = [.preferred, .admitted, .allowed, .variant, .generated, .forbidden, .foreign]
        /// A stable number for the cache (the top bit is left for `inflected`).
        var code: UInt8 { UInt8(Self.all.firstIndex(of: self)!) }
        init?(code: UInt8) {
            guard Int(code) < Self.all.count else { return nil }
            self = Self.all[Int(code)]
        }
    }

    /// Index of the concept in the glossary set.
    let concept: Int
    /// The form as the glossary writes it (NFC).
    let form: String
    let status: Status
    /// A case form made by a stem change of the profile (Києві from Київ): found, but no fix is offered.
    var inflected = false
}
