/// unfunded-project: a project with no funding recorded, in a file that records funding at all.
public struct UnfundedProjectCheck: GapCheck {
    public var kind: Gap.Kind { .unfundedProject }
    public init() {}

    public func gaps(in context: GapContext) -> [Gap] {
        let network = context.network
        guard !network.funding.isEmpty else { return [] }
        let fundedProjects = Set(network.funding.map(\.to))
        return network.projects.filter { !fundedProjects.contains($0.id) }.map { Gap(kind: kind, subjects: [$0.id]) }
    }
}
