/// An undirected working relationship between two organisations.
public struct Partnership: Sendable, Hashable, Codable {
    /// The two organisations, in the order the file gives them.
    public var organisations: [String]
    /// Free text: co-delivery, referral, mou, mentoring, round-table ...
    public var type: String?
    /// Tie strength from 1 (weak) to 5 (strong). Measures that need a distance use 1/weight.
    public var weight: Double
    /// When the partnership began and, if it has, when it ended.
    public var since: YearMonth?
    /// When it ended; `nil` while it lasts.
    public var until: YearMonth?
    /// For a network collected by a partner survey: whether both organisations named the tie
    /// or only one, and the mean of their trust and value scores (1 not at all … 4 a great deal).
    public var reported: Reported?
    /// The trust both sides reported, 1 to 4 (a partner survey).
    public var trust: Double?
    /// The value both sides reported, 1 to 4 (a partner survey).
    public var value: Double?
    /// The ids of the sources (the file's `sources` section) this entry is taken from.
    public var sources: [String]
    /// Whether the file marks this entry as made up to illustrate: every finding that rests on it says so.
    public var illustrative: Bool
    /// Free text for the file's readers; no analysis reads it.
    public var notes: String?

    /// Who named a tie in a partner survey.
    public enum Reported: String, Sendable, Hashable, Codable, CaseIterable {
        case both, one
    }

    /// Makes one from its fields: each parameter is the property of the same name.
    public init(
        _ a: String, _ b: String, type: String? = nil, weight: Double = 1, since: YearMonth? = nil, until: YearMonth? = nil,
        reported: Reported? = nil, trust: Double? = nil, value: Double? = nil,
        sources: [String] = [], illustrative: Bool = false, notes: String? = nil
    ) {
        self.until = until
        self.reported = reported
        self.trust = trust
        self.value = value
        self.organisations = [a, b]
        self.type = type
        self.weight = weight
        self.since = since
        self.sources = sources
        self.illustrative = illustrative
        self.notes = notes
    }
}

/// A seat an organisation holds on a council or network.
public struct Membership: Sendable, Hashable, Codable {
    /// The id of the organisation holding the seat.
    public var organisation: String
    /// The council or network (an organisation of type `council` or `network`).
    public var body: String
    /// The seat held: chair, co-chair, member, ex officio or advisor.
    public var role: MembershipRole
    /// When the seat was taken and, if it was, given up.
    public var since: YearMonth?
    /// When it ended; `nil` while it lasts.
    public var until: YearMonth?
    /// The ids of the sources (the file's `sources` section) this entry is taken from.
    public var sources: [String]
    /// Whether the file marks this entry as made up to illustrate: every finding that rests on it says so.
    public var illustrative: Bool
    /// Free text for the file's readers; no analysis reads it.
    public var notes: String?

    /// Makes one from its fields: each parameter is the property of the same name.
    public init(
        organisation: String, body: String, role: MembershipRole = .member, since: YearMonth? = nil, until: YearMonth? = nil,
        sources: [String] = [], illustrative: Bool = false, notes: String? = nil
    ) {
        self.since = since
        self.until = until
        self.organisation = organisation
        self.body = body
        self.role = role
        self.sources = sources
        self.illustrative = illustrative
        self.notes = notes
    }
}

/// The seat an organisation holds on a body; chairs tie more strongly than advisors.
public enum MembershipRole: String, Sendable, Hashable, Codable, CaseIterable {
    case chair
    case coChair = "co-chair"
    case member
    case exOfficio = "ex-officio"
    case advisor

    /// The tie strength this seat gives between the organisation and the body (1..5 scale).
    public var tieStrength: Double {
        switch self {
        case .chair, .coChair: 3
        case .member: 2
        case .exOfficio, .advisor: 1
        }
    }
}

/// Money moving from a funder to an organisation or a project.
public struct FundingFlow: Sendable, Hashable, Codable {
    /// The funder's organisation id.
    public var from: String
    /// An organisation id or a project id.
    public var to: String
    /// Non-negative and finite.
    public var amount: Double
    /// Three-letter code, CAD unless the file says otherwise.
    public var currency: String
    /// The year the money was given, when the file gives no period.
    public var year: Int?
    /// When the funded period starts.
    public var start: YearMonth?
    /// When the funded period ends.
    public var end: YearMonth?
    /// The funder's programme, as the file names it.
    public var programme: String?
    /// When the grant was awarded (a grants file's award date), which `funding --by year`
    /// counts it in; `start`, then `year`, when the file does not say.
    public var awarded: YearMonth?
    /// Where the money is meant to benefit, when the file says (360Giving's beneficiary
    /// location), as written.
    public var area: String?
    /// The ids of the sources (the file's `sources` section) this entry is taken from.
    public var sources: [String]
    /// Whether the file marks this entry as made up to illustrate: every finding that rests on it says so.
    public var illustrative: Bool
    /// Free text for the file's readers; no analysis reads it.
    public var notes: String?

    /// Makes one from its fields: each parameter is the property of the same name.
    public init(
        from: String, to: String, amount: Double, currency: String = "CAD", year: Int? = nil,
        start: YearMonth? = nil, end: YearMonth? = nil, programme: String? = nil,
        sources: [String] = [], illustrative: Bool = false, notes: String? = nil, awarded: YearMonth? = nil, area: String? = nil
    ) {
        self.awarded = awarded
        self.area = area
        self.from = from
        self.to = to
        self.amount = amount
        self.currency = currency
        self.year = year
        self.start = start
        self.end = end
        self.programme = programme
        self.sources = sources
        self.illustrative = illustrative
        self.notes = notes
    }
}
