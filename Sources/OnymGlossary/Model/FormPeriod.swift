/// When a form has its status, and on whose authority: Kyiv preferred since 2019-08-14
/// (AP), Kiev preferred until 2019-08-13, Kiev a variant since 2019-08-14. Days are
/// `YYYY-MM-DD`, both ends included; a missing end is open.
public struct FormPeriod: Sendable, Hashable, Codable {
    public var form: String
    /// `preferred` also for a former preferred form (``TermSet/formerly``).
    public var status: TermStatus
    public var since: String?
    public var until: String?
    /// Who decided (free text: "AP", "UN", "house").
    public var authority: String?

    public init(form: String, status: TermStatus, since: String? = nil, until: String? = nil, authority: String? = nil) {
        self.form = form
        self.status = status
        self.since = since
        self.until = until
        self.authority = authority
    }

    /// True when the period holds on `day` (`YYYY-MM-DD`; such strings order as days do).
    public func holds(on day: String) -> Bool {
        (since.map { $0 <= day } ?? true) && (until.map { day <= $0 } ?? true)
    }

    /// "since 2019-08-14, AP", "until 2019-08-13", "2019-08-14 to 2022-05-31, UN".
    public var description: String {
        let days = switch (since, until) {
        case let (s?, u?): "\(s) to \(u)"
        case let (s?, nil): "since \(s)"
        case let (nil, u?): "until \(u)"
        case (nil, nil): ""
        }
        return [days, authority ?? ""].filter { !$0.isEmpty }.joined(separator: ", ")
    }
}
