/// single-point-of-failure: an organisation whose departure, or a tie whose end, would cut
/// others off (articulation points and bridges of the collaboration view; a bridge counts when
/// at least two organisations would be cut off).
public struct SinglePointOfFailureCheck: GapCheck {
    /// The kind of gap this check finds.
    public var kind: Gap.Kind { .singlePointOfFailure }
    /// The check; it has no settings.
    public init() {}

    /// The gaps of this kind in the context's network.
    public func gaps(in context: GapContext) -> [Gap] {
        guard context.recordsTies else { return [] }
        let graph = context.graph
        let cuts = context.cutPoints
        var gaps: [Gap] = []
        for node in cuts.articulationPoints.sorted(by: { (cuts.cutOff[$1] ?? 0, $0) < (cuts.cutOff[$0] ?? 0, $1) }) {
            var gap = Gap(kind: kind, subjects: [graph.nodeIDs[node]])
            gap.cutOff = cuts.cutOff[node] ?? 0
            gaps.append(gap)
        }
        for (index, bridge) in cuts.bridges.enumerated() where cuts.bridgeCutOff[index] >= 2 {
            var gap = Gap(kind: kind, subjects: [graph.nodeIDs[bridge.0], graph.nodeIDs[bridge.1]])
            gap.cutOff = cuts.bridgeCutOff[index]
            gaps.append(gap)
        }
        return gaps
    }
}
