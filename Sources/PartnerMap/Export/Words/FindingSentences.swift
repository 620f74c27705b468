/// What PartnerMap says about its findings, in the reader's language: the one door to the
/// catalogues (`EnglishCatalogue`, `FrenchCatalogue`) for the command line, the report and
/// the maps.
public struct FindingSentences: Sendable {
    /// The readers' language.
    public let language: ReportLanguage
    let catalogue: any FindingCatalogue
    /// Which findings rest on entries the file marks illustrative.
    public let provenance: FindingProvenance

    /// The sentences about a network's findings in a language.
    public init(language: ReportLanguage, network: Network) {
        self.language = language
        provenance = FindingProvenance(network)
        catalogue = Self.catalogue(language, network: network)
    }

    private static func catalogue(_ language: ReportLanguage, network: Network) -> any FindingCatalogue {
        switch language {
        case .en: EnglishCatalogue(network: network)
        case .fr: FrenchCatalogue(network: network)
        }
    }

    var network: Network { catalogue.network }

    /// The catalogue of a language for words that name no organisation (headings, labels,
    /// the summary's and centrality's phrases).
    static func words(_ language: ReportLanguage) -> any FindingCatalogue {
        catalogue(language, network: Network(name: ""))
    }
    func name(_ id: String) -> String { catalogue.name(id) }

    /// A sector as the readers say it.
    public func sector(_ sector: String) -> String { catalogue.sector(sector) }

    /// The finding, as one sentence.
    public func message(_ gap: Gap) -> String { catalogue.message(gap) }
    /// A sentence followed by the mark of a finding resting on illustrative entries, when it does.
    public func marked(_ sentence: String, illustrative: Bool) -> String {
        illustrative ? sentence + " " + catalogue.illustrativeMark : sentence
    }
    /// The mark itself: "[illustrative]", "[illustratif]".
    public var illustrativeMark: String { catalogue.illustrativeMark }
    /// What a coordinator could do about it.
    public func nextStep(_ gap: Gap) -> String { catalogue.nextStep(gap) }
    /// The heading of a kind of gap.
    public func heading(_ kind: Gap.Kind) -> String { catalogue.heading(kind) }

    /// What to do about two projects serving the same objective.
    public func action(_ pair: OverlapFinder.Pair) -> String { catalogue.action(pair) }
    /// The name of a kind of overlap.
    public func pairKind(_ kind: OverlapFinder.Kind) -> String { catalogue.pairKind(kind) }

    /// The evidence behind a pair: shared words, concepts, themes, groups, area, period, funders.
    public func evidence(_ pair: OverlapFinder.Pair, funders: Bool = true) -> String {
        let label = catalogue.evidenceLabels()
        var parts: [String] = []
        if !pair.sharedTerms.isEmpty { parts.append(label.words + pair.sharedTerms.prefix(6).joined(separator: ", ")) }
        if !pair.sharedConcepts.isEmpty {
            parts.append(
                label.concepts
                    + pair.sharedConcepts.map {
                        language == .fr ? DomainLexicon.builtIn.frenchLabel(of: $0) : $0
                    }.joined(separator: ", "))
        }
        if !pair.sharedThemes.isEmpty { parts.append(label.themes + language.vocabulary.labels(pair.sharedThemes).joined(separator: ", ")) }
        if !pair.sharedTargetGroups.isEmpty { parts.append(label.forGroups + language.vocabulary.labels(pair.sharedTargetGroups).joined(separator: ", ")) }
        if let area = pair.sameArea { parts.append(label.bothIn + area) }
        if pair.periodsOverlap == true { parts.append(label.samePeriod) }
        if funders, !pair.sharedFunders.isEmpty { parts.append(label.sameFunder + pair.sharedFunders.map(name).joined(separator: ", ")) }
        return parts.joined(separator: "; ")
    }

    /// Why two organisations could work together.
    public func reason(_ item: PartnershipRecommender.Recommendation) -> String { catalogue.reason(item) }

    /// Who lies on the most shortest paths, with their shares.
    func brokers(_ ranked: [(id: String, share: Double)]) -> String? {
        guard let first = ranked.first, first.share > 0 else { return nil }
        let rest = ranked.dropFirst().filter { $0.share > 0 }.map { "\(name($0.id)), \(language.percent($0.share))" }
        return catalogue.brokers(name(first.id), first.share, then: rest)
    }

    func singlePoints(_ points: [(id: String, cutOff: Int)]) -> String {
        guard let first = points.first else { return catalogue.noSinglePoint }
        let rest = points.dropFirst().prefix(4).map { "\(name($0.id)) (\($0.cutOff))" }
        return catalogue.singlePoints(name(first.id), first.cutOff, others: rest)
    }
}
