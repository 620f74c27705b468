/// Something a funder or council wants the network to cover, such as one of the five
/// priorities of Montréal's "An inclusive Montréal" grants. Gap analysis reports the
/// priorities no project addresses.
public struct Priority: Sendable, Hashable, Codable, Identifiable {
    public var id: String
    public var name: String
    public var themes: [String]
    public var sources: [String]

    public init(id: String, name: String, themes: [String] = [], sources: [String] = []) {
        self.id = id
        self.name = name
        self.themes = themes
        self.sources = sources
    }
}

/// A public document the network's facts come from.
public struct Source: Sendable, Hashable, Codable, Identifiable {
    public var id: String
    public var title: String
    /// Where to find it: a file name, a URL, a citation.
    public var location: String?
    public var year: Int?

    public init(id: String, title: String, location: String? = nil, year: Int? = nil) {
        self.id = id
        self.title = title
        self.location = location
        self.year = year
    }
}
