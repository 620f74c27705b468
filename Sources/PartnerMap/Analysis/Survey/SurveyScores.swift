/// The scores partner-survey tools are known for, per organisation and for the network, read
/// from every answer as given (``Network/responses``): who rates whom low on trust, who names an
/// organisation without being named back, who did not answer.
///
/// Definitions (an indicator left blank is left out of that answer's mean; an answer with all
/// three trust indicators blank gives no trust, and likewise for value):
/// - **trust** of an answer: the mean of openness, reliability and mission (1 to 4); **value**:
///   the mean of power, resources and involvement (PARTNER's two scores).
/// - per organisation: `namedBy`, the answers naming it; `names`, the answers it gave (`nil` when
///   it did not respond); `trustReceived` and `valueReceived`, the mean over the answers naming it
///   of each answer's trust and value; `trustGiven` and `valueGiven`, the same over its own
///   answers; each of the six indicators received, the mean over the answers naming it.
/// - `relativeConnectivity`: how much an organisation gets from being a member, as PARTNER's
///   relative connectivity describes it ("based on measures of value, trust and the number of
///   connections, in relation to the member with the highest level", D. Varda and colleagues;
///   reported in *Partnership capacity for community health improvement plan implementation*,
///   BMC Public Health 16, 2016, doi:10.1186/s12889-016-3194-7). PARTNER does not publish its
///   formula; PartnerMap computes namedBy × the mean of trustReceived and valueReceived (either
///   alone when the other is missing), divided by the largest such product among the members.
/// - network: the roster is every organisation of the file (those with `responded` when the file
///   marks any); `density` = pairs where at least one named the other / N(N−1)/2;
///   `degreeCentralization` = Freeman's, Σ(d_max − d_i) / ((N−1)(N−2)) over the same pairs;
///   `reciprocity` = pairs where each named the other / pairs where **both responded** and at
///   least one named the other (a tie to an organisation that did not respond cannot be confirmed,
///   which is not the same as unconfirmed); `trust`, `value` = the mean over all answers;
///   `trustPercent`, `valuePercent` = 100 × mean / 4.
public struct SurveyScores: Sendable, Hashable {
    /// One member's scores, as defined above.
    public struct OrganisationScores: Sendable, Hashable {
        /// The organisation's id.
        public var id: String
        /// Whether it answered the survey.
        public var responded: Bool
        /// How many answers name it.
        public var namedBy: Int
        /// How many answers it gave; `nil` when it did not respond.
        public var names: Int?
        /// The mean trust of the answers naming it (1 to 4).
        public var trustReceived: Double?
        /// The mean value of the answers naming it (1 to 4).
        public var valueReceived: Double?
        /// The mean trust of its own answers.
        public var trustGiven: Double?
        /// The mean value of its own answers.
        public var valueGiven: Double?
        /// Each indicator received, by name (``SurveyResponse/indicators``); `nil` when no answer gave it.
        public var indicatorsReceived: [String: Double?]
        /// Its relative connectivity, 0 to 1 (1 for the best-connected member).
        public var relativeConnectivity: Double?
        /// Distinct partners: organisations it named or that named it.
        public var partners: Int
        /// Its answer to "how successful has the partnership been?", 1 to 5.
        public var outcome: Int?
        /// What it says it brings its partners.
        public var contributes: [String]
    }

    /// An answer naming a partner that did not name the rater back.
    public struct OneSided: Sendable, Hashable {
        /// The rater that named the partner.
        public var from: String
        /// The partner that did not name it back.
        public var to: String
        /// Whether the partner answered the survey at all: when not, the tie cannot be confirmed.
        public var otherResponded: Bool
    }

    /// The roster: every organisation asked to answer.
    public let invited: [String]
    /// The organisations that answered.
    public let respondents: [String]
    /// The organisations asked that did not answer.
    public let notResponded: [String]
    /// Each member's scores, in roster order.
    public let organisations: [OrganisationScores]
    /// Pairs where at least one named the other, over all pairs of the roster.
    public let density: Double
    /// Freeman's degree centralisation over the same pairs; `nil` below three members.
    public let degreeCentralization: Double?
    /// Confirmed pairs over the pairs that could be confirmed (both responded).
    public let reciprocity: Double?
    /// The mean trust over all answers (1 to 4).
    public let trust: Double?
    /// The mean value over all answers (1 to 4).
    public let value: Double?
    /// Trust as a percentage of the scale's top (100 × trust / 4).
    public var trustPercent: Double? { trust.map { 100 * $0 / 4 } }
    /// Value as a percentage of the scale's top (100 × value / 4).
    public var valuePercent: Double? { value.map { 100 * $0 / 4 } }
    /// Answers naming a partner that did not name the rater back.
    public let oneSided: [OneSided]
    /// Answers naming a partner (the rest say "answered, named no one").
    public let answers: Int
    /// How many answers gave each relationship level, and each contribution.
    public let levels: [SurveyResponse.RelationshipLevel: Int]
    /// How many answers gave each contribution.
    public let contributions: [String: Int]

    /// Ratings received below this are flagged in tables: "not at all" to "a little".
    public static let lowRating = 2.5

    /// The scores of a network's survey answers.
    ///
    /// - Parameter network: a network with survey answers (``Network/responses``).
    public init(_ network: Network) {
        let marked = network.organisations.contains { $0.responded != nil }
        let roster = network.organisations.filter { !marked || $0.responded != nil }
        invited = roster.map(\.id)
        let onRoster = Set(invited)
        var answeredBy = Set<String>()
        for answer in network.responses { answeredBy.insert(answer.rater) }
        func didRespond(_ organisation: Organisation) -> Bool { organisation.responded ?? answeredBy.contains(organisation.id) }
        respondents = roster.filter(didRespond).map(\.id)
        notResponded = roster.filter { !didRespond($0) }.map(\.id)
        let responded = Set(respondents)

        let named = network.responses.filter { $0.rated != nil && onRoster.contains($0.rater) && onRoster.contains($0.rated!) }
        answers = named.count
        var received: [String: [SurveyResponse]] = [:]
        var given: [String: [SurveyResponse]] = [:]
        var directed = Set<[String]>()
        var pairs = Set<[String]>()
        var partners: [String: Set<String>] = [:]
        for answer in named {
            let rated = answer.rated!
            received[rated, default: []].append(answer)
            given[answer.rater, default: []].append(answer)
            directed.insert([answer.rater, rated])
            pairs.insert([answer.rater, rated].sorted())
            partners[answer.rater, default: []].insert(rated)
            partners[rated, default: []].insert(answer.rater)
        }
        func mean(_ values: [Double?]) -> Double? { SurveyResponse.mean(values) }

        var scores = roster.map { organisation -> OrganisationScores in
            let id = organisation.id
            let toIt = received[id] ?? []
            let fromIt = given[id] ?? []
            var indicators: [String: Double?] = [:]
            for name in SurveyResponse.indicators { indicators[name] = mean(toIt.map { $0.indicator(name) }) }
            return OrganisationScores(
                id: id, responded: responded.contains(id), namedBy: toIt.count, names: responded.contains(id) ? fromIt.count : nil,
                trustReceived: mean(toIt.map(\.trust)), valueReceived: mean(toIt.map(\.value)),
                trustGiven: mean(fromIt.map(\.trust)), valueGiven: mean(fromIt.map(\.value)),
                indicatorsReceived: indicators, relativeConnectivity: nil, partners: partners[id]?.count ?? 0,
                outcome: organisation.outcome, contributes: organisation.contributes)
        }
        let connectivity = scores.map { item -> Double in
            guard let quality = mean([item.trustReceived, item.valueReceived]) else { return 0 }
            return Double(item.namedBy) * quality
        }
        if let top = connectivity.max(), top > 0 {
            for index in scores.indices { scores[index].relativeConnectivity = connectivity[index] / top }
        }
        organisations = scores

        let n = Double(roster.count)
        density = roster.count < 2 ? 0 : Double(pairs.count) / (n * (n - 1) / 2)
        if roster.count >= 3 {
            let degrees = scores.map(\.partners)
            let top = degrees.max() ?? 0
            degreeCentralization = Double(degrees.reduce(0) { $0 + (top - $1) }) / ((n - 1) * (n - 2))
        } else {
            degreeCentralization = nil
        }
        let confirmable = pairs.filter { responded.contains($0[0]) && responded.contains($0[1]) }
        let mutual = confirmable.filter { directed.contains([$0[0], $0[1]]) && directed.contains([$0[1], $0[0]]) }
        reciprocity = confirmable.isEmpty ? nil : Double(mutual.count) / Double(confirmable.count)
        trust = mean(named.map(\.trust))
        value = mean(named.map(\.value))
        var oneSided: [OneSided] = []
        var seen = Set<[String]>()
        for answer in named where !directed.contains([answer.rated!, answer.rater]) && seen.insert([answer.rater, answer.rated!]).inserted {
            oneSided.append(OneSided(from: answer.rater, to: answer.rated!, otherResponded: responded.contains(answer.rated!)))
        }
        self.oneSided = oneSided
        var levels: [SurveyResponse.RelationshipLevel: Int] = [:]
        var contributions: [String: Int] = [:]
        for answer in named {
            if let level = answer.level { levels[level, default: 0] += 1 }
            for kind in answer.contributions { contributions[kind, default: 0] += 1 }
        }
        self.levels = levels
        self.contributions = contributions
    }

    /// The scores of one organisation.
    public func scores(of id: String) -> OrganisationScores? { organisations.first { $0.id == id } }

    /// Whether the file holds a survey's answers at all.
    public static func hasAnswers(_ network: Network) -> Bool { !network.responses.isEmpty }
}
