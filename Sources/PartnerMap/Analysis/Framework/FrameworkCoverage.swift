/// A partnership's projects and members held against a framework: for each characteristic,
/// the projects that serve it (declared by the file, or proposed from their text), the
/// organisations and sectors behind them, the funding that reaches them, and whether anyone in
/// the file works in the sector it needs.
///
/// What it rests on is kept with every entry, so a council is never told more than the file
/// holds: a project serves a characteristic **as declared** when the file lists it under the
/// project's `characteristics`; a project that declares none is read by
/// ``CharacteristicProposer`` and serves **as proposed**, with the words that led to it. A
/// project that declares some characteristics is never given more by its text. Funding is
/// counted only where a flow names the project itself (`to: project-id`); money given to an
/// organisation cannot be told apart between its projects, and is not counted.
///
/// Two findings follow (``Gap/Kind/characteristicNotServed``,
/// ``Gap/Kind/characteristicOneOrganisation``): a characteristic no project serves, and one
/// only one organisation's projects serve (a single point of failure in the plan).
public struct FrameworkCoverage: Sendable {
    /// How a project comes to serve a characteristic.
    public enum How: String, Sendable, Hashable, Codable {
        /// The file lists it under the project's `characteristics`.
        case declared
        /// The project declares none, and its text indicates it.
        case proposed
    }

    /// One project serving a characteristic.
    public struct Service: Sendable, Hashable {
        /// The project's id.
        public var project: String
        /// Declared by the file or proposed from the text.
        public var how: How
        /// The words of the project's text that led to a proposal (empty when declared).
        public var words: [String]
    }

    /// A total in one currency, summed in whole cents.
    public struct Total: Sendable, Hashable {
        /// The currency's code.
        public var currency: String
        /// The total, in cents.
        public var cents: Int64
    }

    /// One characteristic and what serves it.
    public struct Entry: Sendable, Hashable {
        /// The characteristic.
        public var characteristic: Framework.Characteristic
        /// The projects that serve it, in file order.
        public var services: [Service]
        /// The organisations that deliver those projects, in file order, each once.
        public var organisations: [String]
        /// Those organisations' sectors, as the file writes them, each once.
        public var sectors: [String]
        /// The funding flows to those projects, per currency.
        public var funding: [Total]
        /// Organisations anywhere in the file that work in a sector the characteristic needs.
        public var sectorOrganisations: [String]
        /// Whether anyone in the file works in a sector the characteristic needs; `nil` when it
        /// names no sector.
        public var sectorAtTable: Bool? { characteristic.sectors.isEmpty ? nil : !sectorOrganisations.isEmpty }
        /// What it lacks, if anything: no project, or one organisation only.
        public var gap: Gap.Kind?
        /// True when every project serving it is proposed, none declared: what is said of it
        /// rests on a reading of the texts.
        public var restsOnProposals: Bool { !services.isEmpty && services.allSatisfy { $0.how == .proposed } }
    }

    /// The framework held against.
    public let framework: Framework
    /// One entry per characteristic, in the framework's order.
    public let entries: [Entry]
    /// Projects that declare their characteristics.
    public let declaringProjects: Int
    /// Projects that declare none, whose characteristics are proposed from their text.
    public let proposedProjects: Int

    /// - Parameters:
    ///   - network: the projects, their organisations and the funding.
    ///   - framework: the framework to hold them against (the welcoming-community characteristics).
    ///   - words: the words that indicate each characteristic (``FrameworkLexicon/builtIn``,
    ///     merged with a user's lexicon).
    public init(_ network: Network, framework: Framework = .welcomingCommunities, words: DomainLexicon = FrameworkLexicon.builtIn) {
        self.framework = framework
        let proposer = CharacteristicProposer(framework: framework, words: words)
        var services: [String: [Service]] = [:]
        var declaring = 0
        for project in network.projects {
            if !project.characteristics.isEmpty {
                declaring += 1
                for id in project.characteristics { services[id, default: []].append(Service(project: project.id, how: .declared, words: [])) }
            } else {
                for proposal in proposer.proposals(for: project) {
                    services[proposal.characteristic, default: []].append(Service(project: project.id, how: .proposed, words: proposal.words))
                }
            }
        }
        declaringProjects = declaring
        proposedProjects = network.projects.count - declaring
        var fundingByProject: [String: [String: Int64]] = [:]
        for flow in network.funding where network.project(flow.to) != nil {
            fundingByProject[flow.to, default: [:]][flow.currency, default: 0] += Int64((flow.amount * 100).rounded())
        }
        let canonicalSectors = network.organisations.map { (id: $0.id, sectors: SectorCoverage.sectors(of: $0)) }
        entries = framework.characteristics.map { characteristic in
            let serving = services[characteristic.id] ?? []
            var organisations: [String] = []
            var sectors: [String] = []
            var funding: [String: Int64] = [:]
            for service in serving {
                guard let project = network.project(service.project) else { continue }
                for id in project.organisations where !organisations.contains(id) {
                    organisations.append(id)
                    for sector in network.organisation(id)?.sectors ?? [] where !sectors.contains(sector) { sectors.append(sector) }
                }
                for (currency, cents) in fundingByProject[project.id] ?? [:] { funding[currency, default: 0] += cents }
            }
            let needed = Set(characteristic.sectors.map(SectorCoverage.canonical))
            let sectorOrganisations = needed.isEmpty ? [] : canonicalSectors.filter { !$0.sectors.isDisjoint(with: needed) }.map(\.id)
            let gap: Gap.Kind? =
                serving.isEmpty ? .characteristicNotServed : organisations.count == 1 ? .characteristicOneOrganisation : nil
            return Entry(
                characteristic: characteristic, services: serving, organisations: organisations, sectors: sectors,
                funding: funding.sorted { $0.key < $1.key }.map { Total(currency: $0.key, cents: $0.value) },
                sectorOrganisations: sectorOrganisations, gap: gap)
        }
    }

    /// The framework a network plans against: the one its file names, else the
    /// welcoming-community characteristics.
    public static func framework(of network: Network) -> Framework {
        network.framework.flatMap(Framework.named) ?? .welcomingCommunities
    }
}
