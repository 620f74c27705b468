import Foundation

/// What `partnermap framework` prints: each characteristic of the framework with the projects
/// that serve it (declared or proposed, with the words), the organisations and sectors behind
/// them, whether anyone in the file works in the sector it needs, the funding that reaches those
/// projects and what it lacks.
///
/// JSON keys are stable: `framework {id, name, reference}`, `projects {declaring, proposed}`,
/// `characteristics[{id, name, projects[{id, how: declared|proposed, words}], organisations,
/// sectors, neededSectors, sectorAtTable (null when it needs no one sector),
/// sectorOrganisations, funding[{currency, total}], gap (null, characteristic-not-served or
/// characteristic-one-organisation), restsOnProposals, illustrative}]`. CSV has one row per
/// characteristic and project (`characteristic,project,how,words,organisations,gap`), a
/// characteristic no project serves on a row of its own.
public struct FrameworkOutput: Sendable {
    /// The coverage shown.
    public let coverage: FrameworkCoverage
    /// The network as its readers see it (names in the output's language).
    public let network: Network
    /// The output's language.
    public let language: ReportLanguage
    private let provenance: FindingProvenance

    /// - Parameters:
    ///   - coverage: the characteristics and what serves them.
    ///   - network: the network shown, in the output's language (``Network/inLanguage(_:)``).
    ///   - language: the output's language.
    public init(_ coverage: FrameworkCoverage, network: Network, language: ReportLanguage) {
        self.coverage = coverage
        self.network = network
        self.language = language
        provenance = FindingProvenance(network)
    }

    private var words: any FrameworkWords { language.frameworkWords }

    /// True when anything a characteristic's entry rests on is marked illustrative: a project
    /// serving it, an organisation delivering one, or a flow counted in its funding.
    public func isIllustrative(_ entry: FrameworkCoverage.Entry) -> Bool {
        guard !provenance.isEmpty else { return false }
        let projects = Set(entry.services.map(\.project))
        return entry.services.contains { provenance.isIllustrative($0.project) }
            || entry.organisations.contains { provenance.isIllustrative($0) }
            || network.funding.contains { projects.contains($0.to) && provenance.isIllustrative($0) }
    }

    /// A characteristic's name in the output's language.
    public func name(_ entry: FrameworkCoverage.Entry) -> String { entry.characteristic.name(in: language.spoken) }

    /// Funding per currency as readers write it; "none" when no flow names these projects.
    public func fundingText(_ entry: FrameworkCoverage.Entry) -> String {
        guard !entry.funding.isEmpty else { return words.none }
        let mixed = entry.funding.count > 1
        return entry.funding.map { language.amount(Double($0.cents) / 100, $0.currency, mixed: mixed) }.joined(separator: "; ")
    }

    /// "yes", "no", or "no one sector".
    public func sectorText(_ entry: FrameworkCoverage.Entry) -> String {
        guard let atTable = entry.sectorAtTable else { return words.anySector }
        let sectors = language.list(entry.characteristic.sectors.map { language.vocabulary.label($0) })
        return (atTable ? words.yes : words.no) + " (" + sectors + ")"
    }

    // MARK: Table

    /// The characteristics as a table a coordinator reads, each cell of projects cut to `top`
    /// names (0 for all).
    public func table(top: Int = 6, width: Int? = nil) -> String {
        var table = TextTable(
            [words.characteristic, words.projects, words.organisations, words.sectorAtTable, words.funding, words.finding],
            alignments: [.left, .left, .right, .left, .right, .left])
        for entry in coverage.entries {
            var projects = entry.services.map { service in
                let name = network.displayName(of: service.project)
                return service.how == .proposed ? name + " (" + words.proposed(service.words) + ")" : name
            }
            if top > 0, projects.count > top { projects = Array(projects.prefix(top)) + [words.more(projects.count - top)] }
            var finding = entry.gap.map(words.gap) ?? ""
            if isIllustrative(entry) { finding += (finding.isEmpty ? "" : " ") + FindingSentences.words(language).illustrativeMark }
            table.append([
                name(entry), projects.isEmpty ? words.none : projects.joined(separator: "; "), language.number(Double(entry.organisations.count)),
                sectorText(entry), fundingText(entry), finding,
            ])
        }
        let lines = [
            words.heading(coverage.framework), words.basis(declaring: coverage.declaringProjects, proposed: coverage.proposedProjects),
            table.render(width: width),
        ]
        return lines.map(language.typeset).joined(separator: "\n")
    }

    // MARK: JSON and CSV

    /// Every characteristic with exact values.
    public func json() throws -> String {
        let framework = coverage.framework
        let document: JSONValue = .object([
            "framework": .object([
                "id": .string(framework.id), "name": .string(framework.name[language.spoken] ?? framework.id), "reference": .string(framework.reference[language.spoken] ?? ""),
            ]),
            "projects": .object([
                "declaring": .number(Double(coverage.declaringProjects)), "proposed": .number(Double(coverage.proposedProjects)),
            ]),
            "characteristics": .array(
                coverage.entries.map { entry in
                    .object([
                        "id": .string(entry.characteristic.id), "name": .string(name(entry)),
                        "projects": .array(
                            entry.services.map {
                                .object(["id": .string($0.project), "how": .string($0.how.rawValue), "words": .array($0.words.map(JSONValue.string))])
                            }),
                        "organisations": .array(entry.organisations.map(JSONValue.string)),
                        "sectors": .array(entry.sectors.map(JSONValue.string)),
                        "neededSectors": .array(entry.characteristic.sectors.map(JSONValue.string)),
                        "sectorAtTable": entry.sectorAtTable.map(JSONValue.bool) ?? .null,
                        "sectorOrganisations": .array(entry.sectorOrganisations.map(JSONValue.string)),
                        "funding": .array(entry.funding.map { .object(["currency": .string($0.currency), "total": .number(Double($0.cents) / 100)]) }),
                        "gap": entry.gap.map { JSONValue.string($0.rawValue) } ?? .null,
                        "restsOnProposals": .bool(entry.restsOnProposals),
                        "illustrative": .bool(isIllustrative(entry)),
                    ])
                }),
        ])
        return try JSONOutput.string(document)
    }

    /// One row per characteristic and project that serves it.
    public func csv() -> String {
        var lines = ["characteristic,project,how,words,organisations,gap"]
        for entry in coverage.entries {
            let gap = entry.gap?.rawValue ?? ""
            let organisations = entry.organisations.joined(separator: ";")
            if entry.services.isEmpty {
                lines.append([entry.characteristic.id, "", "", "", "", gap].map(Escaping.csvField).joined(separator: ","))
            }
            for service in entry.services {
                lines.append(
                    [entry.characteristic.id, service.project, service.how.rawValue, service.words.joined(separator: ";"), organisations, gap]
                        .map(Escaping.csvField).joined(separator: ","))
            }
        }
        return lines.joined(separator: "\n")
    }
}
