/// isolated-organisation: no partnership, no seat, no project with another organisation and
/// no money given or received.
public struct IsolatedOrganisationCheck: GapCheck {
    /// The kind of gap this check finds.
    public var kind: Gap.Kind { .isolatedOrganisation }
    /// The check; it has no settings.
    public init() {}

    /// The gaps of this kind in the context's network.
    public func gaps(in context: GapContext) -> [Gap] {
        guard context.recordsTies else { return [] }
        return context.isolated.map { Gap(kind: kind, subjects: [$0]) }
    }
}
