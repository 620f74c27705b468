/// What changed between two waves of a partner survey: who stopped or started answering, how the
/// trust and value each member receives moved, which ties went unobserved rather than ended,
/// and which members may be the same organisation under two ids.
public struct SurveyChange: Sendable, Hashable {
    /// A score of one member in each wave; `nil` where no answer gave it.
    public struct Moved: Sendable, Hashable {
        /// The member's id.
        public var id: String
        /// The mean trust of the answers naming it, in each wave.
        public var trustReceived: NetworkChange.Score
        /// The mean value of the answers naming it, in each wave.
        public var valueReceived: NetworkChange.Score
    }

    /// Two ids, one in each wave, with the same name: perhaps one organisation recorded twice.
    public struct SameName: Sendable, Hashable {
        /// Its id in the first wave.
        public var oldID: String
        /// Its id in the second wave.
        public var newID: String
        /// The name both carry.
        public var name: String
    }

    /// Members who answered the first wave and not the second, and the reverse (on both rosters).
    public let stoppedResponding: [String]
    /// See ``stoppedResponding``.
    public let startedResponding: [String]
    /// Members on both rosters, in the new wave's order.
    public let members: [Moved]
    /// Ids of the two waves that share a name.
    public let sameName: [SameName]
    /// Of the ties the old wave had and the new one lacks (`lost`), those not seen again only
    /// because none of those who named them answered the new wave.
    public let unobserved: Set<NetworkChange.Pair>

    /// Compares two survey waves.
    ///
    /// - Parameters:
    ///   - old: the first wave's network.
    ///   - new: the second wave's.
    ///   - lost: the ties of the first wave missing from the second, to tell unobserved from ended.
    public init(old: Network, new: Network, lost: [NetworkChange.Pair] = []) {
        let before = SurveyScores(old)
        let after = SurveyScores(new)
        let both = Set(before.invited).intersection(after.invited)
        let respondedBefore = Set(before.respondents)
        let respondedAfter = Set(after.respondents)
        stoppedResponding = before.invited.filter { both.contains($0) && respondedBefore.contains($0) && !respondedAfter.contains($0) }
        startedResponding = after.invited.filter { both.contains($0) && !respondedBefore.contains($0) && respondedAfter.contains($0) }
        members = after.organisations.compactMap { item in
            guard let earlier = before.scores(of: item.id) else { return nil }
            return Moved(
                id: item.id, trustReceived: .init(old: earlier.trustReceived, new: item.trustReceived),
                valueReceived: .init(old: earlier.valueReceived, new: item.valueReceived))
        }
        // The same name (folded) under another id in the other wave.
        var oldByName: [String: [String]] = [:]
        for organisation in old.organisations { oldByName[TextNormalizer.fold(organisation.name), default: []].append(organisation.id) }
        let oldIDs = Set(old.organisations.map(\.id))
        var sameName: [SameName] = []
        for organisation in new.organisations where !oldIDs.contains(organisation.id) {
            for oldID in oldByName[TextNormalizer.fold(organisation.name)] ?? [] where new.organisation(oldID) == nil {
                sameName.append(SameName(oldID: oldID, newID: organisation.id, name: organisation.name))
            }
        }
        self.sameName = sameName
        var namers: [NetworkChange.Pair: Set<String>] = [:]
        for answer in old.responses {
            guard let rated = answer.rated else { continue }
            namers[NetworkChange.Pair(answer.rater, rated), default: []].insert(answer.rater)
        }
        unobserved = Set(
            lost.filter { pair in
                guard let who = namers[pair], !who.isEmpty else { return false }
                return who.isDisjoint(with: respondedAfter)
            })
    }
}
