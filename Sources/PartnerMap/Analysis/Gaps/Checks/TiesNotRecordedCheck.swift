/// ties-not-recorded: a file with funding but no partnership, seat or project of two
/// organisations — a grants file as published. Every recipient would otherwise be "cut off
/// from the main network" and told to find a partner, a finding a funder would retract: one
/// finding says instead that the file does not record how organisations work together, and
/// the funding findings follow.
public struct TiesNotRecordedCheck: GapCheck {
    /// The kind of gap this check finds.
    public var kind: Gap.Kind { .tiesNotRecorded }
    /// The check; it has no settings.
    public init() {}

    /// One gap for a file that records funding only, none otherwise.
    public func gaps(in context: GapContext) -> [Gap] {
        guard !context.recordsTies else { return [] }
        var gap = Gap(kind: kind, subjects: [])
        // Final recipients, as the funding breakdowns count them (a project's money is its lead's).
        gap.recipients = Set(GrantView.all(context.network).map(\.recipient)).count
        return [gap]
    }
}
