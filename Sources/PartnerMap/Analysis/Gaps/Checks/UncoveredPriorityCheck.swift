/// uncovered-priority: a priority no project addresses, judged on what the priority is about
/// (its themes, its distinctive words; see ``PriorityCoverage``), not on the words the whole
/// sector uses. The gap names the closest project when there is one.
public struct UncoveredPriorityCheck: GapCheck {
    /// The kind of gap this check finds.
    public var kind: Gap.Kind { .uncoveredPriority }
    /// The check; it has no settings.
    public init() {}

    /// The gaps of this kind in the context's network.
    public func gaps(in context: GapContext) -> [Gap] {
        guard !context.network.priorities.isEmpty else { return [] }
        return PriorityCoverage(context.network, threshold: context.options.prioritySimilarity).entries
            .filter(\.covers.isEmpty)
            .map { entry in
                var gap = Gap(kind: kind, subjects: [entry.priority])
                gap.closestProject = entry.closest
                return gap
            }
    }
}
