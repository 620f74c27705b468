/// disconnected-component: a group (or a funded organisation alone) with no working path to
/// the largest connected group. Organisations with no tie at all are isolated instead.
public struct DisconnectedComponentCheck: GapCheck {
    /// The kind of gap this check finds.
    public var kind: Gap.Kind { .disconnectedComponent }
    /// The check; it has no settings.
    public init() {}

    /// The gaps of this kind in the context's network.
    public func gaps(in context: GapContext) -> [Gap] {
        let graph = context.graph
        return ConnectedComponents(graph).components.dropFirst().compactMap { component in
            let ids = component.map { graph.nodeIDs[$0] }
            if ids.count == 1, context.isIsolated(ids[0]) { return nil }
            return Gap(kind: kind, subjects: ids)
        }
    }
}
