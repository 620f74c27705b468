extension Network {
    /// The network with only the organisations `keep` accepts, and with what names the others
    /// gone too: their partnerships, seats and funding flows, their place in a project (a project
    /// left with no organisation goes), survey answers by or about them, and `partOf` pointing
    /// at them. The result is a valid network of its own, so every analysis reads it as it reads
    /// a file.
    ///
    /// ``sourcedOnly()`` and ``NetworkFilter`` narrow a network through it.
    public func keeping(organisations keep: (Organisation) -> Bool) -> Network {
        var kept = self
        kept.organisations = organisations.filter(keep)
        guard kept.organisations.count != organisations.count else { return self }
        let present = Set(kept.organisations.map(\.id))
        kept.projects = projects.compactMap { project in
            var project = project
            project.organisations = project.organisations.filter(present.contains)
            return project.organisations.isEmpty ? nil : project
        }
        let projectIDs = Set(kept.projects.map(\.id))
        kept.partnerships = partnerships.filter { $0.organisations.allSatisfy(present.contains) }
        kept.memberships = memberships.filter { present.contains($0.organisation) && present.contains($0.body) }
        kept.funding = funding.filter { present.contains($0.from) && (present.contains($0.to) || projectIDs.contains($0.to)) }
        kept.responses = responses.filter { present.contains($0.rater) && ($0.rated.map(present.contains) ?? true) }
        for index in kept.organisations.indices where kept.organisations[index].partOf.map(present.contains) == false {
            kept.organisations[index].partOf = nil
        }
        return kept
    }
}
