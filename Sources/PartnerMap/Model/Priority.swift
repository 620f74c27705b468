/// Something a funder or council wants the network to cover, such as one of the five
/// priorities of Montréal's "An inclusive Montréal" grants. Gap analysis reports the
/// priorities no project addresses.
public struct Priority: Sendable, Hashable, Codable, Identifiable {
    /// The priority's id, named by projects and reports.
    public var id: String
    /// The priority as the plan words it.
    public var name: String
    /// The name in French and in English, when the file gives them (`nameFr`, `nameEn`).
    public var translatedName = Translation()
    /// The themes a project must share to cover it (with similar words in its objectives).
    public var themes: [String]
    /// The ids of the sources (the file's `sources` section) this entry is taken from.
    public var sources: [String]

    /// Makes one from its fields: each parameter is the property of the same name.
    public init(id: String, name: String, themes: [String] = [], sources: [String] = []) {
        self.id = id
        self.name = name
        self.themes = themes
        self.sources = sources
    }

    private enum CodingKeys: String, CodingKey {
        case id, name, nameFr, nameEn, themes, sources
    }

    /// Reads it back from its JSON form; fields left out take their defaults.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            id: try c.decode(String.self, forKey: .id), name: try c.decode(String.self, forKey: .name),
            themes: try c.decodeIfPresent([String].self, forKey: .themes) ?? [], sources: try c.decodeIfPresent([String].self, forKey: .sources) ?? [])
        translatedName = try c.decodeTranslation(fr: .nameFr, en: .nameEn)
    }

    /// Writes it as JSON with the network file's field names (`nameFr`, `nameEn` beside `name`).
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(name, forKey: .name)
        try c.encode(translatedName, fr: .nameFr, en: .nameEn)
        try c.encode(themes, forKey: .themes)
        try c.encode(sources, forKey: .sources)
    }
}

/// A public document the network's facts come from, cited as a reference: title, publisher,
/// date and place, and a URL where the document is online.
///
/// A network file travels: it is mailed to a council, attached to a report, kept for years. A
/// citation that names a file on someone's disk means nothing to its next reader, so sources are
/// written as references a librarian could find.
public struct Source: Sendable, Hashable, Codable, Identifiable {
    /// The source's id, cited by entries in their `sources`.
    public var id: String
    /// The document's title, as published.
    public var title: String
    /// Who published it: "City of Montréal", "Welcoming Communities Initiative".
    public var publisher: String?
    /// When it was published, `YYYY`, `YYYY-MM` or `YYYY-MM-DD` as written.
    public var date: String?
    /// Where it was published or held: "Montréal", "London, Ontario".
    public var place: String?
    /// Where it can be read online, when it can.
    public var url: String?
    /// Any other pointer (an archive, a call number) when the fields above do not say it.
    public var location: String?
    /// The year it was published, when `date` is not given.
    public var year: Int?

    /// Makes one from its fields: each parameter is the property of the same name.
    public init(
        id: String, title: String, publisher: String? = nil, date: String? = nil, place: String? = nil,
        url: String? = nil, location: String? = nil, year: Int? = nil
    ) {
        self.id = id
        self.title = title
        self.publisher = publisher
        self.date = date
        self.place = place
        self.url = url
        self.location = location
        self.year = year
    }

    /// "Title. Publisher, place, date." as a reference list prints it.
    public var citation: String {
        let rest = [publisher, place, date ?? year.map(String.init)].compactMap { $0 }
        var text = title
        if !rest.isEmpty { text += ". " + rest.joined(separator: ", ") }
        if let location { text += ". " + location }
        if let url { text += ". " + url }
        return text
    }
}
