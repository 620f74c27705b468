/// Where an organisation is, as open grants data records it: the province, territory or
/// region, the city, the postal code and the electoral district (a federal riding). Funders
/// break their grants down by these (`funding --by area`); a network file written by hand may
/// leave them all out and say where an organisation works in `area`.
public struct Place: Sendable, Hashable, Codable {
    /// The province, territory or region (`QC`, `ON`, or a name), as the file writes it.
    public var region: String?
    /// The city or town.
    public var city: String?
    /// The postal code (a Canadian postal code, a UK postcode).
    public var postalCode: String?
    /// The electoral district, such as a federal riding.
    public var district: String?

    /// A place with some or none of its parts.
    public init(region: String? = nil, city: String? = nil, postalCode: String? = nil, district: String? = nil) {
        self.region = region
        self.city = city
        self.postalCode = postalCode
        self.district = district
    }

    /// Nothing is known of it.
    public var isEmpty: Bool { region == nil && city == nil && postalCode == nil && district == nil }
}
