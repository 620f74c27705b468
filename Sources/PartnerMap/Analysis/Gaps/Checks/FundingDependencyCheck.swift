/// funding-dependency: one funder gives an organisation at least
/// ``GapFinder/Options/dependencyShare`` of the funding recorded for it in this file.
///
/// Two cases are not dependencies:
/// - money from the body an organisation is part of (`partOf`: a municipal office and its city)
///   is its budget, not a funder it could replace;
/// - a file that holds one funder's grants (every flow from one funder, or from offices of it)
///   cannot show whether a recipient has other funders: it gets one gap naming that funder and
///   how many it funds (``Gap/onlyFunder``), not one per recipient.
public struct FundingDependencyCheck: GapCheck {
    /// The kind of gap this check finds.
    public var kind: Gap.Kind { .fundingDependency }
    /// The check; it has no settings.
    public init() {}

    /// The gaps of this kind in the context's network.
    public func gaps(in context: GapContext) -> [Gap] {
        let shares = FundingConcentration.mainFunderShares(context.network)
            .filter { context.root(of: $0.organisation) != context.root(of: $0.funder) }
        let funders = Set(context.network.funding.map { context.root(of: $0.from) })
        if funders.count == 1, let funder = funders.first, shares.count >= 2 {
            var gap = Gap(kind: kind, subjects: [funder])
            gap.onlyFunder = true
            gap.recipients = shares.count
            return [gap]
        }
        return
            shares
            .filter { $0.share >= context.options.dependencyShare }
            .map { entry in
                var gap = Gap(kind: kind, subjects: [entry.organisation, entry.funder])
                gap.share = entry.share
                return gap
            }
    }
}
