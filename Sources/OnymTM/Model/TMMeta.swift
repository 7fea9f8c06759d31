/// What a translation memory keeps beside a segment pair's texts.
public struct TMMeta: Sendable, Hashable, Codable {
    /// The file the pair was imported from.
    public var origin: String?
    /// TMX dates: `YYYYMMDDThhmmssZ`.
    public var createdAt: String?
    public var createdBy: String?
    public var changedAt: String?
    public var changedBy: String?
    /// Context or note (TMX `<note>`, XLIFF `<note>`).
    public var note: String?
    /// TMX `tuid`, XLIFF unit id.
    public var tuid: String?
    /// TMX `<prop type="…">` values.
    public var properties: [String: String] = [:]

    public init(origin: String? = nil, createdAt: String? = nil, createdBy: String? = nil, changedAt: String? = nil,
                changedBy: String? = nil, note: String? = nil, tuid: String? = nil, properties: [String: String] = [:]) {
        self.origin = origin
        self.createdAt = createdAt
        self.createdBy = createdBy
        self.changedAt = changedAt
        self.changedBy = changedBy
        self.note = note
        self.tuid = tuid
        self.properties = properties
    }
}
