/// The report's fixed words in English. See ``ReportWords``.
struct EnglishReportWords: ReportWords {
    var language: ReportLanguage { .en }

    var subtitle: String { "Partnership network report" }
    var madeWith: String { "Made with PartnerMap from" }
    var contents: String { "Contents" }
    var holdsHeading: String { "What the network holds" }
    var mapHeading: String { "The partnership map" }
    var mapHelp: String {
        "Colour is the sector, shape the type of organisation, size the share of shortest paths that run through it. Grey boxes are councils and their members; a double border marks a single point of failure; a dashed border an organisation with no tie. Hover a node for its details; click it to highlight its partners."
    }
    var search: String { "Search an organisation or a project" }
    var brokersHeading: String { "Who holds the network together" }
    var overlapHeading: String { "Projects that serve the same objective" }
    var gapsHeading: String { "Gaps" }
    var fundingHeading: String { "Funding" }
    var recommendHeading: String { "Suggested partnerships" }
    var prioritiesHeading: String { "Priorities and the projects that cover them" }
    var priority: String { "Priority" }
    var coveredBy: String { "Covered by" }
    var why: String { "Why" }
    var noProject: String { "no project" }
    func sharedThemes(_ themes: String) -> String { "shared themes: " + themes }
    func sharedWords(_ words: String) -> String { "same subject: " + words }
    var sourcesHeading: String { "Sources" }
    var noSources: String { "The network file cites no source." }
    var organisation: String { "Organisation" }
    var type: String { "Type" }
    var sector: String { "Sector" }
    var ties: String { "Ties" }
    var betweenness: String { "Betweenness" }
    var closeness: String { "Closeness" }
    var constraint: String { "Constraint" }
    var pair: String { "Projects" }
    var score: String { "Score" }
    var kind: String { "Class" }
    var evidence: String { "Why" }
    var action: String { "What to do" }
    var from: String { "From" }
    var to: String { "To" }
    var amount: String { "Amount" }
    var period: String { "Year" }
    var programme: String { "Programme" }
    var funder: String { "Funder" }
    var total: String { "Total" }
    var flows: String { "Flows" }
    var nextStep: String { "Next step" }
    var noOverlap: String { "No two projects serve the same objective at the default threshold." }
    var noGaps: String { "No gap found." }
    var noFunding: String { "The network records no funding." }
    var noRecommendation: String { "No partnership to suggest." }
    var clusters: String { "Groups of three or more projects with the same objective" }
    var sortHint: String { "Click a column heading to sort." }
    var illustrative: String { "illustrative" }
    var illustrativeTies: String { "illustrative ties" }
    var illustrativeGrants: String { "illustrative grants" }
    var methodHeading: String { "How to read this report." }
    var surveyHeading: String { "Partner survey results" }
    var noAnswer: String { "did not answer" }
    var indicatorsHeading: String { "The six indicators each member received" }
    var notConfirmable: String { "cannot be confirmed" }
    func lowHint(_ threshold: String) -> String {
        "Scores received below \(threshold) (\"not at all\" to \"a little\") are in red."
    }
    var methodViews: String {
        "The partnership map and the measures use the collaboration view: organisations are tied by a partnership, by a project they deliver together, or through a seat on a council or network, which is drawn as a node of its own (a table, not an organisation that brokers), so members of one council are two steps apart, not all tied to each other."
    }
    var methodCounted: String {
        "Ties are counted, not weighted: the strengths in the file do not change who brokers or who is isolated."
    }
    var methodIsolated: String {
        "An organisation is isolated when it has no partnership, no seat, no shared project and no funding tie."
    }
    var methodFunding: String {
        "Funding is a separate, directed view: amounts go from funder to recipient, money to a project counts for the organisation that leads it, and only what the file records is counted."
    }
    var methodSurvey: String {
        "Ties from the partner survey count whether one side or both named them."
    }
    func methodSampled(_ sampled: Int, of total: Int) -> String {
        "Betweenness is estimated from \(sampled) of the \(total) organisations."
    }
    var methodSectors: String {
        "Sectors “missing” from a council are missing from the members recorded in the file unless the file says it lists them all."
    }
    var methodIllustrative: String {
        "A finding tagged “illustrative” rests on at least one entry the file marks as made up to illustrate; the same report can be made without them, on sourced entries alone."
    }
    func flowsMore(_ shown: Int, of total: Int) -> String {
        "The \(language.number(Double(shown))) largest of \(language.number(Double(total))) funding flows are listed; the funding map draws the largest relations, and the network file holds them all."
    }
    func clusterMore(_ count: Int) -> String {
        "and \(language.number(Double(count))) more"
    }
    func clustersMore(_ shown: Int, of total: Int) -> String {
        "The \(language.number(Double(shown))) largest of \(language.number(Double(total))) groups are listed; the overlap CSV export names every project."
    }
    func overlapMore(_ shown: Int, of total: Int) -> String {
        "The \(shown) strongest of \(total) pairs are listed; the full list can be exported as a spreadsheet (CSV)."
    }
    func illustrativeNote(_ count: Int) -> String {
        "\(count) entr\(count == 1 ? "y is" : "ies are") marked illustrative in the file: not taken from a cited source, shown to make the example whole. They carry the tag “illustrative” wherever they appear."
    }
    func dataOf(_ years: String) -> String { "Data of \(years)" }
    var undated: String { "Data without dates" }
    func estimated(_ samples: Int, of total: Int) -> String {
        let (samples, total) = (language.number(Double(samples)), language.number(Double(total)))
        return
            "Betweenness is estimated from \(samples) of the \(total) organisations taken as starting points (seeded, so the same file gives the same figures); exact values can be computed for the whole network."
    }
    var madeBy: String { "Made by the command" }
    var fundingMapHeading: String { "Where the money goes" }
    var coFundingMapHeading: String { "Funders who fund the same organisations" }
    var zoomIn: String { "Zoom in" }
    var zoomOut: String { "Zoom out" }
    var fit: String { "Fit" }
    var mapMissing: String { "The map could not be drawn:" }
    var detailsPrompt: String { "Hover or click a node of the map to see its details here." }
    func factLabel(_ key: String) -> String {
        switch key {
        case "organisations": "Organisations"
        case "projects": "Projects"
        case "partnerships": "Partnerships"
        case "seats": "Seats on councils and networks"
        case "funding": "Funding entering the network"
        case "density": "Density (share of possible ties that exist)"
        case "groups": "Connected groups"
        case "isolated":
            "Isolated organisations (no partnership, seat, shared project or funding)"
        case "years": "Years covered"
        case "responses": "Survey responses"
        case "notResponded": "Did not respond"
        case "confirmed": "Ties confirmed by both sides"
        case "trust": "Mean trust (1 to 4)"
        case "value": "Mean value (1 to 4)"
        default: key
        }
    }
}
