/// Every fixed word of the report in one language. ``EnglishReportWords`` and
/// ``FrenchReportWords`` say the same things, each in its own words; the report asks
/// `language.reportWords`. Sentences built from the analyses' results live in
/// ``FindingSentences``.
protocol ReportWords: Sendable {
    var language: ReportLanguage { get }

    var subtitle: String { get }
    var madeWith: String { get }
    var contents: String { get }
    var holdsHeading: String { get }
    var mapHeading: String { get }
    var mapHelp: String { get }
    var search: String { get }
    var brokersHeading: String { get }
    var overlapHeading: String { get }
    var gapsHeading: String { get }
    var fundingHeading: String { get }
    var recommendHeading: String { get }
    var prioritiesHeading: String { get }
    var priority: String { get }
    var coveredBy: String { get }
    var why: String { get }
    var noProject: String { get }
    func sharedThemes(_ themes: String) -> String
    func sharedWords(_ words: String) -> String
    var sourcesHeading: String { get }
    var noSources: String { get }
    var organisation: String { get }
    var type: String { get }
    var sector: String { get }
    var ties: String { get }
    var betweenness: String { get }
    var closeness: String { get }
    var constraint: String { get }
    var pair: String { get }
    var score: String { get }
    var kind: String { get }
    var evidence: String { get }
    var action: String { get }
    var from: String { get }
    var to: String { get }
    var amount: String { get }
    var period: String { get }
    var programme: String { get }
    var funder: String { get }
    var total: String { get }
    var flows: String { get }
    var nextStep: String { get }
    var noOverlap: String { get }
    var noGaps: String { get }
    var noFunding: String { get }
    var noRecommendation: String { get }
    var clusters: String { get }
    var sortHint: String { get }
    var illustrative: String { get }
    /// For an organisation from a source whose figures rest on ties the file marks illustrative.
    var illustrativeTies: String { get }
    /// For a funder whose total counts grants the file marks illustrative.
    var illustrativeGrants: String { get }
    var methodHeading: String { get }
    var surveyHeading: String { get }
    var noAnswer: String { get }
    var indicatorsHeading: String { get }
    var notConfirmable: String { get }
    func lowHint(_ threshold: String) -> String
    var methodViews: String { get }
    var methodCounted: String { get }
    var methodIsolated: String { get }
    var methodFunding: String { get }
    var methodSurvey: String { get }
    func methodSampled(_ sampled: Int, of total: Int) -> String
    var methodSectors: String { get }
    var methodIllustrative: String { get }
    func flowsMore(_ shown: Int, of total: Int) -> String
    /// A cluster's names past those listed.
    func clusterMore(_ count: Int) -> String
    func clustersMore(_ shown: Int, of total: Int) -> String
    func overlapMore(_ shown: Int, of total: Int) -> String
    func illustrativeNote(_ count: Int) -> String
    func dataOf(_ years: String) -> String
    var undated: String { get }
    func estimated(_ samples: Int, of total: Int) -> String
    var madeBy: String { get }
    var fundingMapHeading: String { get }
    var coFundingMapHeading: String { get }
    var zoomIn: String { get }
    var zoomOut: String { get }
    var fit: String { get }
    var mapMissing: String { get }
    var detailsPrompt: String { get }
    func factLabel(_ key: String) -> String
}

extension ReportWords {
    var htmlLanguage: String { language.rawValue }

    /// One paragraph on what the findings rest on: the views, weights, what a council node is,
    /// what was sampled, and how illustrative entries are marked.
    func method(sampled: Int?, of total: Int, illustrative: Bool, funding: Bool, survey: Bool) -> String {
        var parts = [methodViews, methodCounted, methodIsolated]
        if funding { parts.append(methodFunding) }
        if survey { parts.append(methodSurvey) }
        if let sampled { parts.append(methodSampled(sampled, of: total)) }
        parts.append(methodSectors)
        if illustrative { parts.append(methodIllustrative) }
        return parts.joined(separator: " ")
    }
}

extension ReportLanguage {
    /// The report's fixed words in this language.
    var reportWords: any ReportWords {
        switch self {
        case .en: EnglishReportWords()
        case .fr: FrenchReportWords()
        }
    }
}
