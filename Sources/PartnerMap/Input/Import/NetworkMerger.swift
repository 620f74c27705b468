/// Adds imported entries to a network: organisations matched by id, then by registration
/// number, then by name (case, accents, punctuation and legal suffixes aside); everything the
/// imported entries name follows the match. Name-only matches are listed for review, since two
/// organisations may share a name.
public enum NetworkMerger {
    /// The base network with the added one's entries, each merge noted in `report`.
    public static func merge(_ base: Network, _ added: Network, report: inout [ImportNote]) -> Network {
        var merged = base
        var ids = ImportIDs()
        for organisation in base.organisations { ids.reserve(organisation.id) }
        for project in base.projects { ids.reserve(project.id) }
        var byID: [String: Int] = [:]
        var byRegistration: [String: Int] = [:]
        var byName: [String: Int] = [:]
        for (index, organisation) in base.organisations.enumerated() {
            byID[organisation.id] = index
            if let registration = organisation.registration { byRegistration[registration] = index }
            byName[NameKey.of(organisation.name)] = byName[NameKey.of(organisation.name)] ?? index
        }
        var rename: [String: String] = [:]
        var matchedByID = 0
        var matchedByRegistration = 0
        var byNameOnly: [String] = []
        for organisation in added.organisations {
            if let index = byID[organisation.id], NameKey.of(base.organisations[index].name) == NameKey.of(organisation.name) {
                matchedByID += 1
                rename[organisation.id] = organisation.id
                fill(&merged.organisations[index], from: organisation)
            } else if let registration = organisation.registration, let index = byRegistration[registration] {
                matchedByRegistration += 1
                rename[organisation.id] = merged.organisations[index].id
                fill(&merged.organisations[index], from: organisation)
            } else if let index = byName[NameKey.of(organisation.name)] {
                byNameOnly.append("\(organisation.name) → \(merged.organisations[index].id)")
                rename[organisation.id] = merged.organisations[index].id
                fill(&merged.organisations[index], from: organisation)
            } else {
                var copy = organisation
                if byID[organisation.id] != nil || merged.projects.contains(where: { $0.id == organisation.id }) {
                    copy.id = ids.make(organisation.name)
                } else {
                    ids.reserve(organisation.id)
                }
                rename[organisation.id] = copy.id
                merged.organisations.append(copy)
                byID[copy.id] = merged.organisations.count - 1
            }
        }
        for project in added.projects {
            var copy = project
            if ids.isUsed(project.id) { copy.id = ids.make(project.id) } else { ids.reserve(project.id) }
            rename[project.id] = copy.id
            copy.organisations = project.organisations.map { rename[$0] ?? $0 }
            merged.projects.append(copy)
        }
        for source in added.sources where !merged.sources.contains(where: { $0.id == source.id }) { merged.sources.append(source) }
        for var partnership in added.partnerships {
            partnership.organisations = partnership.organisations.map { rename[$0] ?? $0 }
            merged.partnerships.append(partnership)
        }
        for var membership in added.memberships {
            membership.organisation = rename[membership.organisation] ?? membership.organisation
            membership.body = rename[membership.body] ?? membership.body
            merged.memberships.append(membership)
        }
        for var flow in added.funding {
            flow.from = rename[flow.from] ?? flow.from
            flow.to = rename[flow.to] ?? flow.to
            merged.funding.append(flow)
        }
        // A programme the base already names keeps its names; the added file fills a missing language.
        for (programme, names) in added.programmeNames {
            var kept = merged.programmeNames[programme] ?? Translation()
            if kept.fr == nil { kept.fr = names.fr }
            if kept.en == nil { kept.en = names.en }
            merged.programmeNames[programme] = kept
        }
        if merged.framework == nil { merged.framework = added.framework }
        for var answer in added.responses {
            answer.rater = rename[answer.rater] ?? answer.rater
            answer.rated = answer.rated.map { rename[$0] ?? $0 }
            merged.responses.append(answer)
        }
        if matchedByID > 0 { report.append(.matchedByID(matchedByID)) }
        if matchedByRegistration > 0 { report.append(.matchedByRegistration(matchedByRegistration)) }
        if !byNameOnly.isEmpty {
            report.append(.matchedByName(byNameOnly.sorted()))
        }
        return merged
    }

    /// What the existing entry lacks, from the imported one.
    private static func fill(_ organisation: inout Organisation, from other: Organisation) {
        if organisation.registration == nil { organisation.registration = other.registration }
        if organisation.responded == nil { organisation.responded = other.responded }
        if organisation.sectors.isEmpty { organisation.sectors = other.sectors }
        if organisation.area == nil { organisation.area = other.area }
        if organisation.outcome == nil { organisation.outcome = other.outcome }
        if organisation.contributes.isEmpty { organisation.contributes = other.contributes }
        if organisation.translatedName.fr == nil { organisation.translatedName.fr = other.translatedName.fr }
        if organisation.translatedName.en == nil { organisation.translatedName.en = other.translatedName.en }
        for source in other.sources where !organisation.sources.contains(source) { organisation.sources.append(source) }
    }
}
