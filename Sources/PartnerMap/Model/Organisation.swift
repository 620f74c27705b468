/// A body that takes part in the network: a community organisation, a municipality, a
/// ministry, a funder, a university, a council or a network of organisations.
public struct Organisation: Sendable, Hashable, Codable, Identifiable {
    /// Unique across organisations and projects; letters, digits, `.`, `_` and `-`.
    public var id: String
    /// The name readers see on maps, tables and the report.
    public var name: String
    /// The name in French and in English, when the file gives them (`nameFr`, `nameEn`).
    public var translatedName = Translation()
    /// What kind of organisation it is: it sets the shape on maps and which checks apply (a council holds seats).
    public var type: OrganisationType
    /// What the organisation works on (settlement, employment, health ...); used to find
    /// sectors missing from a table and organisations that only talk to their own sector.
    public var sectors: [String]
    /// Where it works: a city, a borough, a region.
    public var area: String?
    /// Where it is, as a grants file records a recipient (`region`, `city`, `postalCode`,
    /// `district`); empty for most hand-written networks.
    public var place = Place()
    /// The kind of recipient a grants file says it is (`nonprofit`, `for-profit`, `charity`,
    /// `company`, `government`, `indigenous`, `academia`, `individual`, `international`…),
    /// as an id shown in words; `nil` when the file does not say. ``type`` stays what
    /// PartnerMap draws and checks.
    public var recipientType: String?
    /// Ids of the ``Source`` documents this entry comes from.
    public var sources: [String]
    /// `true` when the entry was made up to illustrate a feature rather than taken from a source.
    public var illustrative: Bool
    /// Free text for the file's readers; no analysis reads it.
    public var notes: String?
    /// When it joined the network and when it left, for files that follow a network over the
    /// years (`--as-of`); `nil` when it has always been there or is still there.
    public var since: YearMonth?
    /// When it closed or left the network; `nil` while it is part of it.
    public var until: YearMonth?
    /// A registration number that names the organisation in other files (a business or charity
    /// number, a 360Giving organisation identifier); imports merge organisations by it.
    public var registration: String?
    /// For a network collected by a partner survey: whether the organisation answered.
    public var responded: Bool?
    /// For a council or network: `true` when the file lists every member it has, so that a
    /// sector missing from its members is missing from the table, not only from the file.
    public var membersComplete: Bool
    /// For a council or network: the sectors expected at this table, when they differ from the
    /// network's `expectedSectors` (a health sub-council is not expected to seat the police).
    public var expectedSectors: [String]
    /// The organisation this one is part of: a municipal office of its city, a regional office
    /// of its ministry. Money from the body it belongs to is its budget, not a dependency.
    public var partOf: String?
    /// For a partner survey's respondent: how successful it finds the partnership, from 1 (not
    /// at all) to 5 (very), and what it contributes to it.
    public var outcome: Int?
    /// What it brings its partners (funding, in-kind, data, expertise …), as a partner survey records it, lower case.
    public var contributes: [String]
    /// The article French puts before the name in a sentence, when the name's first word does
    /// not tell it ("la" for "Banque alimentaire…" is found; "le" for "YMCA du Québec" is not).
    public var article: FrenchArticle?

    /// Makes one from its fields: each parameter is the property of the same name.
    public init(
        id: String, name: String, type: OrganisationType = .other, sectors: [String] = [],
        area: String? = nil, sources: [String] = [], illustrative: Bool = false, notes: String? = nil,
        since: YearMonth? = nil, until: YearMonth? = nil, registration: String? = nil, responded: Bool? = nil,
        membersComplete: Bool = false, expectedSectors: [String] = [], partOf: String? = nil,
        outcome: Int? = nil, contributes: [String] = [], article: FrenchArticle? = nil
    ) {
        self.article = article
        self.outcome = outcome
        self.contributes = contributes
        self.membersComplete = membersComplete
        self.expectedSectors = expectedSectors
        self.partOf = partOf
        self.registration = registration
        self.responded = responded
        self.since = since
        self.until = until
        self.id = id
        self.name = name
        self.type = type
        self.sectors = sectors
        self.area = area
        self.sources = sources
        self.illustrative = illustrative
        self.notes = notes
    }

    private enum CodingKeys: String, CodingKey {
        case id, name, type, sectors, area, sources, illustrative, notes, since, until, registration, responded
        case membersComplete, expectedSectors, partOf, outcome, contributes, article, nameFr, nameEn
        case region, city, postalCode, district, recipientType
    }

    /// Writes it as JSON with the network file's field names (`nameFr`, `nameEn` beside `name`).
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(name, forKey: .name)
        try c.encode(translatedName, fr: .nameFr, en: .nameEn)
        try c.encode(type, forKey: .type)
        try c.encode(sectors, forKey: .sectors)
        try c.encodeIfPresent(area, forKey: .area)
        try c.encodeIfPresent(place.region, forKey: .region)
        try c.encodeIfPresent(place.city, forKey: .city)
        try c.encodeIfPresent(place.postalCode, forKey: .postalCode)
        try c.encodeIfPresent(place.district, forKey: .district)
        try c.encodeIfPresent(recipientType, forKey: .recipientType)
        try c.encode(sources, forKey: .sources)
        try c.encode(illustrative, forKey: .illustrative)
        try c.encodeIfPresent(notes, forKey: .notes)
        try c.encodeIfPresent(since, forKey: .since)
        try c.encodeIfPresent(until, forKey: .until)
        try c.encodeIfPresent(registration, forKey: .registration)
        try c.encodeIfPresent(responded, forKey: .responded)
        try c.encode(membersComplete, forKey: .membersComplete)
        try c.encode(expectedSectors, forKey: .expectedSectors)
        try c.encodeIfPresent(partOf, forKey: .partOf)
        try c.encodeIfPresent(outcome, forKey: .outcome)
        try c.encode(contributes, forKey: .contributes)
        try c.encodeIfPresent(article, forKey: .article)
    }

    /// Reads it back from its JSON form; fields left out take their defaults.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            id: try c.decode(String.self, forKey: .id), name: try c.decode(String.self, forKey: .name),
            type: try c.decode(OrganisationType.self, forKey: .type), sectors: try c.decode([String].self, forKey: .sectors),
            area: try c.decodeIfPresent(String.self, forKey: .area), sources: try c.decode([String].self, forKey: .sources),
            illustrative: try c.decode(Bool.self, forKey: .illustrative), notes: try c.decodeIfPresent(String.self, forKey: .notes),
            since: try c.decodeIfPresent(YearMonth.self, forKey: .since), until: try c.decodeIfPresent(YearMonth.self, forKey: .until),
            registration: try c.decodeIfPresent(String.self, forKey: .registration),
            responded: try c.decodeIfPresent(Bool.self, forKey: .responded),
            membersComplete: try c.decodeIfPresent(Bool.self, forKey: .membersComplete) ?? false,
            expectedSectors: try c.decodeIfPresent([String].self, forKey: .expectedSectors) ?? [],
            partOf: try c.decodeIfPresent(String.self, forKey: .partOf),
            outcome: try c.decodeIfPresent(Int.self, forKey: .outcome),
            contributes: try c.decodeIfPresent([String].self, forKey: .contributes) ?? [],
            article: try c.decodeIfPresent(FrenchArticle.self, forKey: .article))
        translatedName = try c.decodeTranslation(fr: .nameFr, en: .nameEn)
        place = Place(
            region: try c.decodeIfPresent(String.self, forKey: .region), city: try c.decodeIfPresent(String.self, forKey: .city),
            postalCode: try c.decodeIfPresent(String.self, forKey: .postalCode), district: try c.decodeIfPresent(String.self, forKey: .district))
        recipientType = try c.decodeIfPresent(String.self, forKey: .recipientType)
    }

    /// Councils and networks are the bodies other organisations sit on.
    public var isBody: Bool { type == .council || type == .network }
}

/// The article French puts before an organisation's name: `le`, `la`, `l’` (`l'`), `les`, or
/// `none` for a name used bare ("Emploi Diversité Montréal").
public enum FrenchArticle: String, Sendable, Hashable, Codable, CaseIterable {
    case le, la, les, none
    case elided = "l’"
}

/// What kind of body an organisation is. Drives shapes on maps and which organisations can
/// have members.
public enum OrganisationType: String, Sendable, Hashable, Codable, CaseIterable {
    case municipal
    case provincial
    case federal
    case nonprofit
    case funder
    case university
    case employer
    case schoolBoard = "school-board"
    case health
    case council
    case network
    case other
}
