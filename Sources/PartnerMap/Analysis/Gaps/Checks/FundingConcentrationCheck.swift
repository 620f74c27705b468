/// funding-concentration: the money reaching ``GapFinder/Options/concentrationMinimumRecipients``
/// or more recipients is concentrated (Herfindahl index or Gini coefficient at or above the
/// options' thresholds, and a Gini above 0: equal amounts are never concentrated). Subjects
/// are the largest recipients, largest first (at most three).
///
/// Below five recipients a Herfindahl index says little (two equal recipients give 0.5), so
/// no finding is made.
public struct FundingConcentrationCheck: GapCheck {
    /// The kind of gap this check finds.
    public var kind: Gap.Kind { .fundingConcentration }
    /// The check; it has no settings.
    public init() {}

    /// The gaps of this kind in the context's network.
    public func gaps(in context: GapContext) -> [Gap] {
        let concentration = FundingConcentration(context.network)
        let options = context.options
        guard concentration.recipients.count >= options.concentrationMinimumRecipients, concentration.gini > 1e-12,
            concentration.herfindahl >= options.concentratedHerfindahl || concentration.gini >= options.concentratedGini
        else { return [] }
        var gap = Gap(kind: kind, subjects: concentration.recipients.prefix(3).map(\.id))
        gap.share = concentration.topShare
        gap.gini = concentration.gini
        gap.herfindahl = concentration.herfindahl
        gap.recipients = concentration.recipients.count
        return [gap]
    }
}
