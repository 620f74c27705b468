/// isolated-organisation: no partnership, no seat, no project with another organisation and
/// no money given or received.
public struct IsolatedOrganisationCheck: GapCheck {
    public var kind: Gap.Kind { .isolatedOrganisation }
    public init() {}

    public func gaps(in context: GapContext) -> [Gap] {
        context.isolated.map { Gap(kind: kind, subjects: [$0]) }
    }
}
