/// The sections of a network file a coordinator edits entry by entry, in the order a file
/// writes them.
public enum NetworkSection: String, Sendable, Hashable, Codable, CaseIterable {
    case organisations, projects, partnerships, memberships, funding

    /// How many entries this section of `network` holds.
    public func count(in network: Network) -> Int {
        switch self {
        case .organisations: network.organisations.count
        case .projects: network.projects.count
        case .partnerships: network.partnerships.count
        case .memberships: network.memberships.count
        case .funding: network.funding.count
        }
    }
}
