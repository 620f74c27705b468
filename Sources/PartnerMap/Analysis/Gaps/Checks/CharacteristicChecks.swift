/// characteristic-not-served: a characteristic of the framework the file names that no project
/// serves, declared or proposed from its text (``FrameworkCoverage``). Only for a file that
/// names a framework (`framework:`, or characteristics declared on a project).
public struct CharacteristicNotServedCheck: GapCheck {
    /// The kind of gap this check finds.
    public var kind: Gap.Kind { .characteristicNotServed }
    /// The check; it has no settings.
    public init() {}

    /// The gaps of this kind in the context's network.
    public func gaps(in context: GapContext) -> [Gap] {
        guard let coverage = context.frameworkCoverage else { return [] }
        let readByText = coverage.proposedProjects > 0
        return coverage.entries.filter { $0.gap == kind }.map { entry in
            var gap = Gap(kind: kind, subjects: [entry.characteristic.id])
            gap.proposed = readByText
            return gap
        }
    }
}

/// characteristic-one-organisation: a characteristic only one organisation's projects serve, so
/// the plan's work on it rests on that organisation. The gap names the characteristic and the
/// organisation.
public struct CharacteristicOneOrganisationCheck: GapCheck {
    /// The kind of gap this check finds.
    public var kind: Gap.Kind { .characteristicOneOrganisation }
    /// The check; it has no settings.
    public init() {}

    /// The gaps of this kind in the context's network.
    public func gaps(in context: GapContext) -> [Gap] {
        guard let coverage = context.frameworkCoverage else { return [] }
        return coverage.entries.filter { $0.gap == kind }.map { entry in
            var gap = Gap(kind: kind, subjects: [entry.characteristic.id] + entry.organisations)
            gap.proposed = entry.restsOnProposals
            return gap
        }
    }
}
