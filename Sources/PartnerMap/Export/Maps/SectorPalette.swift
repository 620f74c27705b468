/// One colour per sector for a whole network, so a sector has the same colour on every map of
/// it (partnerships, an organisation's neighbourhood, the report's map) and no two sectors share
/// one.
///
/// Sectors (an organisation's first) are ranked by how many organisations they colour, then by
/// name. Twelve pastel colours can be told apart; a network with more sectors colours the eleven
/// most common and draws the rest in grey as "other", which the legend says, rather than
/// repeating a colour (16 sectors once drew police in health's teal).
struct SectorPalette: Sendable {
    /// The sectors that have a colour of their own, most common first.
    let coloured: [String]
    /// The sectors drawn as "other", by name.
    let other: [String]
    private let index: [String: Int]

    init(_ network: Network) {
        var count: [String: Int] = [:]
        for organisation in network.organisations { if let sector = organisation.sectors.first { count[sector, default: 0] += 1 } }
        let ranked = count.keys.sorted { (count[$1]!, $0) < (count[$0]!, $1) }
        let capacity = MapStyle.palette.count
        coloured = ranked.count <= capacity ? ranked : Array(ranked.prefix(capacity - 1))
        other = ranked.count <= capacity ? [] : ranked.dropFirst(capacity - 1).sorted()
        index = Dictionary(uniqueKeysWithValues: coloured.enumerated().map { ($1, $0) })
    }

    /// The fill of an organisation whose first sector is `sector`: its colour, grey for "other",
    /// white for none.
    func fill(_ sector: String?) -> DOTValue {
        guard let sector else { return .keyword("#ffffff") }
        return index[sector].map(MapStyle.fill) ?? MapStyle.fill(MapStyle.palette.count - 1)
    }
}
