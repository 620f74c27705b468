/// unfunded-project: a project with no funding recorded, in a file that records funding at all.
public struct UnfundedProjectCheck: GapCheck {
    /// The kind of gap this check finds.
    public var kind: Gap.Kind { .unfundedProject }
    /// The check; it has no settings.
    public init() {}

    /// The gaps of this kind in the context's network.
    public func gaps(in context: GapContext) -> [Gap] {
        let network = context.network
        guard !network.funding.isEmpty else { return [] }
        let fundedProjects = Set(network.funding.map(\.to))
        return network.projects.filter { !fundedProjects.contains($0.id) }.map { Gap(kind: kind, subjects: [$0.id]) }
    }
}
