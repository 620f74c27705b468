/// funding-dependency: one funder gives an organisation at least
/// ``GapFinder/Options/dependencyShare`` of the funding recorded for it in this file.
public struct FundingDependencyCheck: GapCheck {
    public var kind: Gap.Kind { .fundingDependency }
    public init() {}

    public func gaps(in context: GapContext) -> [Gap] {
        FundingConcentration.mainFunderShares(context.network)
            .filter { $0.share >= context.options.dependencyShare }
            .map { entry in
                var gap = Gap(kind: kind, subjects: [entry.organisation, entry.funder])
                gap.share = entry.share
                return gap
            }
    }
}
