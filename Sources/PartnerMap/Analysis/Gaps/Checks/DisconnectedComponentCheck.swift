/// disconnected-component: a group (or a funded organisation alone) with no working path to
/// the largest connected group. Organisations with no tie at all are isolated instead.
public struct DisconnectedComponentCheck: GapCheck {
    public var kind: Gap.Kind { .disconnectedComponent }
    public init() {}

    public func gaps(in context: GapContext) -> [Gap] {
        let graph = context.graph
        return ConnectedComponents(graph).components.dropFirst().compactMap { component in
            let ids = component.map { graph.nodeIDs[$0] }
            if ids.count == 1, context.isIsolated(ids[0]) { return nil }
            return Gap(kind: kind, subjects: ids)
        }
    }
}
