/// Which sectors an organisation brings to a table, from its `sectors` and its type, with the
/// usual synonyms folded together ("police" is justice, "employers" is employment, a school
/// board is education), so that a council's missing sectors are not false alarms.
public enum SectorCoverage {
    /// The sectors the research workshop found missing from tables (health care, education,
    /// police, employers, municipalities: Welcoming Communities Initiative, research workshop on
    /// the Local Immigration Partnerships, London, Ontario, 2010), used when a
    /// file gives no `expectedSectors`.
    public static let defaultExpected = ["health", "education", "justice", "municipal", "employment"]

    /// Words that name the same sector.
    static let synonyms: [String: String] = [
        "employers": "employment", "employer": "employment", "jobs": "employment", "economic-development": "employment",
        "emploi": "employment", "police": "justice", "policing": "justice", "legal": "justice",
        "protective-services": "justice", "justice-and-protective-services": "justice", "healthcare": "health",
        "health-care": "health", "wellbeing": "health", "health-and-wellbeing": "health", "mental-health": "health",
        "sante": "health", "schools": "education", "school": "education", "school-board": "education",
        "schooling": "education", "municipality": "municipal", "city": "municipal", "ville": "municipal",
        "transit": "transport", "public-transit": "transport", "transport-en-commun": "transport", "logement": "housing",
        "faith": "religion", "religious": "religion", "faith-communities": "religion", "sports": "recreation",
        "sport": "recreation", "loisirs": "recreation", "parks": "recreation", "medias": "media", "news": "media",
    ]

    /// The canonical name of a sector word.
    public static func canonical(_ sector: String) -> String {
        let folded = String(TextNormalizer.fold(sector).map { $0 == " " ? "-" : $0 })
        return synonyms[folded] ?? folded
    }

    /// The canonical sectors an organisation covers.
    public static func sectors(of organisation: Organisation) -> Set<String> {
        var result = Set(organisation.sectors.map(canonical))
        switch organisation.type {
        case .municipal: result.insert("municipal")
        case .health: result.insert("health")
        case .schoolBoard: result.insert("education")
        case .employer: result.insert("employment")
        default: break
        }
        return result
    }
}
