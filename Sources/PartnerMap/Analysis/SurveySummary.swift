/// What a partner survey says about itself: who answered, how many ties both sides confirm,
/// and the network's trust and value. `nil` for a network not collected by a survey (no
/// organisation says whether it responded).
public struct SurveySummary: Sendable, Hashable, Codable {
    /// Organisations invited (those with `responded` given) and those that answered.
    public var invited: Int
    /// How many organisations answered.
    public var responded: Int
    /// The ids of the invited organisations that did not answer.
    public var notResponded: [String]
    /// Partnerships whose `reported` is given, and those reported by both sides.
    public var reportedTies: Int
    /// Ties both sides named.
    public var confirmedTies: Int
    /// Mean trust and value over the partnerships that carry them (1 to 4).
    public var meanTrust: Double?
    /// The mean value over all answers (1 to 4).
    public var meanValue: Double?

    /// Respondents over invited organisations.
    public var responseRate: Double { invited == 0 ? 0 : Double(responded) / Double(invited) }
    /// Confirmed ties over reported ties.
    public var confirmedShare: Double { reportedTies == 0 ? 0 : Double(confirmedTies) / Double(reportedTies) }

    /// The summary of a network's survey; `nil` when it holds no survey answers.
    public init?(_ network: Network) {
        let invited = network.organisations.filter { $0.responded != nil }
        guard !invited.isEmpty else { return nil }
        self.invited = invited.count
        responded = invited.filter { $0.responded == true }.count
        notResponded = invited.filter { $0.responded == false }.map(\.id)
        let reported = network.partnerships.filter { $0.reported != nil }
        reportedTies = reported.count
        confirmedTies = reported.filter { $0.reported == .both }.count
        let trust = network.partnerships.compactMap(\.trust)
        let value = network.partnerships.compactMap(\.value)
        meanTrust = trust.isEmpty ? nil : trust.reduce(0, +) / Double(trust.count)
        meanValue = value.isEmpty ? nil : value.reduce(0, +) / Double(value.count)
    }
}

extension Network {
    /// The network with only the partnerships both sides reported (and those not from a
    /// survey): what `--confirmed` analyses, for councils that count a tie only when both
    /// organisations name it.
    public func confirmedOnly() -> Network {
        var copy = self
        copy.partnerships = partnerships.filter { $0.reported != .one }
        return copy
    }
}
