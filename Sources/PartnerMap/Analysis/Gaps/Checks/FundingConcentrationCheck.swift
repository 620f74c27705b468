/// funding-concentration: the money reaching two or more recipients is concentrated (Herfindahl
/// index or Gini coefficient at or above the options' thresholds). Subjects are the top three
/// recipients.
public struct FundingConcentrationCheck: GapCheck {
    public var kind: Gap.Kind { .fundingConcentration }
    public init() {}

    public func gaps(in context: GapContext) -> [Gap] {
        let concentration = FundingConcentration(context.network)
        let options = context.options
        guard concentration.recipients.count >= 2,
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
