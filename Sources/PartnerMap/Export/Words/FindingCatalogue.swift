/// Every sentence PartnerMap says about a finding, in one language. There is one catalogue per
/// language (``EnglishCatalogue``, ``FrenchCatalogue``); the command line, the report and the
/// maps all take their words from it through ``FindingSentences``, so a sentence exists once
/// per language and nowhere else.
protocol FindingCatalogue: Sendable {
    var language: ReportLanguage { get }
    var network: Network { get }

    /// Said after a finding that rests on entries the file marks illustrative.
    var illustrativeMark: String { get }

    // Gaps
    func heading(_ kind: Gap.Kind) -> String
    func message(_ gap: Gap) -> String
    func nextStep(_ gap: Gap) -> String
    func gapsFound(_ count: Int) -> String
    func moreGaps(_ count: Int) -> String

    // Overlap
    func evidenceLabels() -> EvidenceLabels
    func action(_ pair: OverlapFinder.Pair) -> String
    func pairKind(_ kind: OverlapFinder.Kind) -> String
    func overlapSummary(projects: Int, pairs: Int, duplicates: Int, possible: Int, threshold: Double) -> String
    func topByScore(_ count: Int) -> String
    /// Said when pairs were not looked for through the most common words (a file of thousands of projects).
    func commonWordsLeftOut(_ count: Int, usedByMoreThan limit: Int, projects: Int) -> String
    var clustersHeading: String { get }
    var noOverlap: String { get }

    // Recommendations
    func reason(_ item: PartnershipRecommender.Recommendation) -> String
    func suggestions(_ count: Int) -> String

    // Communities
    func communities(_ count: Int, modularity: Double) -> String
    /// The modularity against random networks with the same degrees (``ModularityBaseline``).
    func chance(clearer: Bool, samples: Int, mean: Double, maximum: Double) -> String
    func organisations(_ count: Int) -> String

    // Summary
    var summary: SummaryWords { get }

    // Centrality
    var centrality: CentralityWords { get }

    // Partner survey
    var survey: SurveyWords { get }

    // Brokers
    func brokers(_ first: String, _ share: Double, then rest: [String]) -> String
    func singlePoints(_ first: String, _ cutOff: Int, others rest: [String]) -> String
    var noSinglePoint: String { get }
}

/// The labels of the evidence behind an overlap pair.
struct EvidenceLabels {
    var words, concepts, themes, forGroups, bothIn, samePeriod, sameFunder, why: String
    /// Before a pair's text similarity in the table: "(text 0.82)".
    var text: String
}

/// The labels and glosses of `partnermap summary`.
struct SummaryWords {
    var organisations, projects, partnerships, seats, flows, priorities, sources, ties, tiesGloss, density, densityGloss: String
    var groups: String
    var largest: (Int) -> String
    var isolated, none, isolatedGloss, fundingOnly, fundingOnlyGloss, years, responses, confirmed, trust, value, scaleGloss: String
    var respondedOf: (Int, Int, String) -> String
    var notResponded: String
    var confirmedOf: (Int, Int, String) -> String
    var fundingByFunder: String
    var funderColumns: [String]
}

/// The sentences under `partnermap centrality`'s table.
struct CentralityWords {
    /// "Collaboration view: 36 organisations, 35 ties; ties counted, strengths ignored (...)."
    var header: (_ view: String, _ nodes: Int, _ noun: String, _ ties: Int, _ weighted: Bool) -> String
    var rankedBy: (_ measure: String, _ top: Int?, _ total: Int) -> String
    var whoBrokers: (_ first: String, _ share: String, _ noun: String, _ others: [String]) -> String
    var noSinglePoint: String
    var singlePoints: (_ first: String, _ cutOff: Int, _ noun: String, _ others: [String], _ more: Int) -> String
    var noTie: (_ names: [String], _ more: Int) -> String
    var brokerage: (_ who: String, _ pairs: Int, _ roles: [(role: String, count: Int)]) -> String
    /// Councils and networks, reported apart from brokers: each with how many organisations sit on it.
    var tables: (_ bodies: [(name: String, seats: Int)], _ more: Int) -> String
    /// The network is in several pieces: closeness and eigenvector values compare only within one.
    var severalPieces: (_ pieces: Int) -> String
    var note: String
    /// A note on the numbers (``CentralityReport/Note``), without the final full stop.
    var noteText: (CentralityReport.Note) -> String
    /// A measure's name as readers say it ("betweenness", "intermédiarité"), and the name column.
    var measure: (String) -> String = { $0 }
    var nameHeader = "name"
}

extension FindingCatalogue {
    func name(_ id: String) -> String { network.displayName(of: id) }
    func priorityName(_ id: String) -> String { network.priorities.first { $0.id == id }?.name ?? id }
    /// A characteristic of the network's framework, by its name in the output's language.
    func characteristicName(_ id: String) -> String {
        FrameworkCoverage.framework(of: network).characteristic(id)?.name(in: language.spoken) ?? id
    }
    /// The sectors a characteristic needs, as readers say them.
    func neededSectors(_ id: String) -> [String] {
        (FrameworkCoverage.framework(of: network).characteristic(id)?.sectors ?? []).map { language.vocabulary.label($0) }
    }

    /// `A, B and C`: at most `limit` names, then how many more (`"9 more"`, `"9 autres"`).
    func names(_ ids: [String], limit: Int = 6, more: (Int) -> String) -> String {
        language.list(ids.prefix(limit).map(name) + (ids.count > limit ? [more(ids.count - limit)] : []))
    }
}

extension FindingCatalogue {
    /// A sector as the readers say it (``Vocabulary/label(_:)``).
    func sector(_ sector: String) -> String { language.vocabulary.label(sector) }
}
