/// disconnected-component: a group (or a funded organisation alone) with no working path to
/// the largest connected group. Organisations with no tie at all are isolated instead.
///
/// The largest ``listed`` groups are gaps of their own; past them, one gap counts the other
/// groups and their organisations. An edge list of ten million nodes in five million pairs
/// made five million gaps (and more than 4 GB of sentences) that no one reads.
public struct DisconnectedComponentCheck: GapCheck {
    /// Groups listed one by one, largest first.
    public static let listed = 10_000

    /// The kind of gap this check finds.
    public var kind: Gap.Kind { .disconnectedComponent }
    /// The check; it has no settings.
    public init() {}

    /// The gaps of this kind in the context's network.
    public func gaps(in context: GapContext) -> [Gap] {
        guard context.recordsTies else { return [] }
        let graph = context.graph
        var gaps: [Gap] = []
        var groupsNotListed = 0
        var organisationsNotListed = 0
        for component in ConnectedComponents(graph).components.dropFirst() {
            if component.count == 1, context.isIsolated(graph.nodeIDs[component[0]]) { continue }
            if gaps.count < Self.listed {
                gaps.append(Gap(kind: kind, subjects: component.map { graph.nodeIDs[$0] }))
            } else {
                groupsNotListed += 1
                organisationsNotListed += component.count
            }
        }
        if groupsNotListed > 0 {
            var rest = Gap(kind: kind, subjects: [])
            rest.groupsNotListed = groupsNotListed
            rest.organisationsNotListed = organisationsNotListed
            gaps.append(rest)
        }
        return gaps
    }
}
