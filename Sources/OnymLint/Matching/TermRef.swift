/// One form of one concept, as the compiled matcher knows it.
struct TermRef: Sendable, Hashable {
    enum Status: Sendable, Hashable {
        /// `foreign`: the concept's form in another language (Киев in a Ukrainian text).
        case preferred, admitted, allowed, variant, generated, forbidden, foreign

        /// Forms that are right where they stand.
        var isGood: Bool { self == .preferred || self == .admitted || self == .allowed }

        static let all: [Status] = [.preferred, .admitted, .allowed, .variant, .generated, .forbidden, .foreign]
        /// A stable number for the cache (the top bits are left for `inflected` and `quotation`).
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
    /// A foreign form in another script than the text's language (Одеса in English): a
    /// quotation, not a variant, unless the house flags foreign scripts.
    var quotation = false
    /// When the glossary dates the form in this status, and on whose authority ("since
    /// 2019-08-14, AP"); empty for a form that always has it. Findings say it.
    var period = ""

    /// The flags' bits in a status byte.
    static let inflectedBit: UInt8 = 0x80
    static let quotationBit: UInt8 = 0x40
    static let statusMask: UInt8 = 0x3F

    /// The byte the image stores for this term: its status and flags.
    var statusByte: UInt8 { status.code | (inflected ? Self.inflectedBit : 0) | (quotation ? Self.quotationBit : 0) }
}
