/// The forms of one concept's name in one language.
public struct TermSet: Sendable, Hashable, Codable {
    /// The one form to use.
    public var preferred: String
    /// Acceptable alternatives.
    public var admitted: [String]
    /// Known wrong forms (deprecated): the linter suggests `preferred`.
    public var variants: [String]
    /// Forms that must never appear.
    public var forbidden: [String]
    /// Phrases in which a variant is correct ("Chicken Kiev").
    public var allow: [String]
    /// A note for texts in this language (English uses no article before Ukraine); the
    /// concept's note is the default.
    public var note: String?
    /// Forms preferred before `preferred` (or between), each with its period in `periods`:
    /// an article of that time that uses one is right.
    public var formerly: [String] = []
    /// The periods of dated forms (any status); a form without one has its status always.
    public var periods: [FormPeriod] = []
    /// Houses whose style differs, by house name (`ap`, `reuters`): chosen with `house:`.
    public var houses: [String: HouseForms] = [:]

    public init(preferred: String, admitted: [String] = [], variants: [String] = [], forbidden: [String] = [], allow: [String] = [],
                note: String? = nil) {
        self.preferred = preferred
        self.admitted = admitted
        self.variants = variants
        self.forbidden = forbidden
        self.allow = allow
        self.note = note
    }

    /// The period of `form` in `status` (`preferred` also for a former form), if it is dated.
    public func period(of form: String, _ status: TermStatus) -> FormPeriod? {
        periods.first { $0.form == form && $0.status == status }
    }

    /// A form as cards show it: with its period when it is dated ("Kiev (since 2019-08-14, AP)").
    public func dated(_ form: String, _ status: TermStatus) -> String {
        period(of: form, status).map { "\(form) (\($0.description))" } ?? form
    }

    /// True when some form of the set is dated.
    public var isDated: Bool { !periods.isEmpty }

    /// Every form typed by a person, with its status, preferred first.
    public var forms: [(form: String, status: TermStatus)] {
        [(preferred, .preferred)] + admitted.map { ($0, .admitted) } + variants.map { ($0, .deprecated) }
            + forbidden.map { ($0, .forbidden) }
    }

    private enum CodingKeys: String, CodingKey {
        case preferred, admitted, variants, forbidden, allow, note, formerly, periods, houses
    }

    // By hand: JSON written before forms had dates and houses (a store's history) has no
    // `formerly`, `periods` or `houses`, and a set without them writes none (the same bytes
    // as before).
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        preferred = try c.decode(String.self, forKey: .preferred)
        admitted = try c.decode([String].self, forKey: .admitted)
        variants = try c.decode([String].self, forKey: .variants)
        forbidden = try c.decode([String].self, forKey: .forbidden)
        allow = try c.decode([String].self, forKey: .allow)
        note = try c.decodeIfPresent(String.self, forKey: .note)
        formerly = try c.decodeIfPresent([String].self, forKey: .formerly) ?? []
        periods = try c.decodeIfPresent([FormPeriod].self, forKey: .periods) ?? []
        houses = try c.decodeIfPresent([String: HouseForms].self, forKey: .houses) ?? [:]
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(preferred, forKey: .preferred)
        try c.encode(admitted, forKey: .admitted)
        try c.encode(variants, forKey: .variants)
        try c.encode(forbidden, forKey: .forbidden)
        try c.encode(allow, forKey: .allow)
        try c.encodeIfPresent(note, forKey: .note)
        if !formerly.isEmpty { try c.encode(formerly, forKey: .formerly) }
        if !periods.isEmpty { try c.encode(periods, forKey: .periods) }
        if !houses.isEmpty { try c.encode(houses, forKey: .houses) }
    }
}
