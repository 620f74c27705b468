/// Writes a ``Network`` as a network file in YAML, the format users write by hand: what
/// `partnermap import` produces, ready to read, correct and load again.
///
/// Sections and fields come in a fixed order and every text is a double-quoted YAML string
/// (JSON's escaping), so the same network always gives the same bytes and no name can become
/// YAML structure. Fields at their default (no sources, not illustrative, weight 1) are left out.
public enum NetworkFileWriter {
    /// The network as a YAML network file, with `header` as comment lines on top (each one
    /// line: a line break or other control character in it is written as its escape, so no
    /// text, such as a file's name, can leave the comment and become YAML).
    public static func yaml(_ network: Network, header: [String] = []) -> String {
        var out = ""
        for line in header { out += "# " + Escaping.yamlComment(line) + "\n" }
        out += "name: " + quote(network.name) + "\n"
        if !network.sources.isEmpty {
            out += "sources:\n"
            for source in network.sources {
                entry(
                    &out,
                    [
                        ("id", quote(source.id)), ("title", quote(source.title)), ("publisher", source.publisher.map(quote)),
                        ("date", source.date.map(quote)), ("place", source.place.map(quote)), ("url", source.url.map(quote)),
                        ("location", source.location.map(quote)), ("year", source.year.map(String.init)),
                    ])
            }
        }
        if !network.expectedSectors.isEmpty { out += "expectedSectors: " + list(network.expectedSectors) + "\n" }
        if !network.priorities.isEmpty {
            out += "priorities:\n"
            for priority in network.priorities {
                entry(
                    &out,
                    [
                        ("id", quote(priority.id)), ("name", quote(priority.name)), ("themes", nonEmpty(priority.themes)),
                        ("sources", nonEmpty(priority.sources)),
                    ])
            }
        }
        out += "organisations:\n"
        for organisation in network.organisations {
            entry(
                &out,
                [
                    ("id", quote(organisation.id)), ("name", quote(organisation.name)), ("type", organisation.type.rawValue),
                    ("sectors", nonEmpty(organisation.sectors)), ("area", organisation.area.map(quote)),
                    ("registration", organisation.registration.map(quote)), ("responded", organisation.responded.map(String.init)),
                    ("since", organisation.since.map(date)), ("until", organisation.until.map(date)),
                    ("partOf", organisation.partOf.map(quote)), ("membersComplete", organisation.membersComplete ? "true" : nil),
                    ("expectedSectors", nonEmpty(organisation.expectedSectors)),
                    ("outcome", organisation.outcome.map(String.init)), ("contributes", nonEmpty(organisation.contributes)),
                    ("article", organisation.article.map { quote($0.rawValue) }),
                ] + common(organisation.sources, organisation.illustrative, organisation.notes))
        }
        if !network.projects.isEmpty {
            out += "projects:\n"
            for project in network.projects {
                entry(
                    &out,
                    [
                        ("id", quote(project.id)), ("name", quote(project.name)), ("organisations", list(project.organisations)),
                        ("objectives", project.objectives.isEmpty ? nil : quote(project.objectives)), ("themes", nonEmpty(project.themes)),
                        ("targetGroups", nonEmpty(project.targetGroups)), ("area", project.area.map(quote)),
                        ("language", project.language.rawValue), ("serviceLanguage", project.serviceLanguage?.rawValue),
                        ("start", project.start.map(date)), ("end", project.end.map(date)),
                    ] + common(project.sources, project.illustrative, project.notes))
            }
        }
        if !network.partnerships.isEmpty {
            out += "partnerships:\n"
            for partnership in network.partnerships {
                entry(
                    &out,
                    [
                        ("organisations", list(partnership.organisations)), ("type", partnership.type.map(quote)),
                        ("weight", partnership.weight == 1 ? nil : number(partnership.weight)),
                        ("since", partnership.since.map(date)), ("until", partnership.until.map(date)),
                        ("reported", partnership.reported?.rawValue), ("trust", partnership.trust.map(number)),
                        ("value", partnership.value.map(number)),
                    ] + common(partnership.sources, partnership.illustrative, partnership.notes))
            }
        }
        if !network.memberships.isEmpty {
            out += "memberships:\n"
            for membership in network.memberships {
                entry(
                    &out,
                    [
                        ("organisation", quote(membership.organisation)), ("body", quote(membership.body)), ("role", membership.role.rawValue),
                        ("since", membership.since.map(date)), ("until", membership.until.map(date)),
                    ] + common(membership.sources, membership.illustrative, membership.notes))
            }
        }
        if !network.funding.isEmpty {
            out += "funding:\n"
            for flow in network.funding {
                entry(
                    &out,
                    [
                        ("from", quote(flow.from)), ("to", quote(flow.to)), ("amount", number(flow.amount)), ("currency", flow.currency),
                        ("year", flow.year.map(String.init)), ("start", flow.start.map(date)), ("end", flow.end.map(date)),
                        ("programme", flow.programme.map(quote)),
                    ] + common(flow.sources, flow.illustrative, flow.notes))
            }
        }
        if !network.responses.isEmpty {
            // Every answer as given: who rated whom, and the six indicators.
            out += "responses:\n"
            for answer in network.responses {
                entry(
                    &out,
                    [
                        ("rater", quote(answer.rater)), ("rated", answer.rated.map(quote)), ("frequency", answer.frequency?.rawValue),
                        ("openness", answer.openness.map(number)), ("reliability", answer.reliability.map(number)),
                        ("mission", answer.mission.map(number)), ("power", answer.power.map(number)),
                        ("resources", answer.resources.map(number)), ("involvement", answer.involvement.map(number)),
                        ("level", answer.level?.rawValue), ("contributions", nonEmpty(answer.contributions)),
                    ])
            }
        }
        return out
    }

    private static func common(_ sources: [String], _ illustrative: Bool, _ notes: String?) -> [(String, String?)] {
        [("sources", nonEmpty(sources)), ("illustrative", illustrative ? "true" : nil), ("notes", notes.map(quote))]
    }

    /// One list item in block style: `  - key: value` then `    key: value`.
    private static func entry(_ out: inout String, _ fields: [(String, String?)]) {
        var first = true
        for (key, value) in fields {
            guard let value else { continue }
            out += (first ? "  - " : "    ") + key + ": " + value + "\n"
            first = false
        }
    }

    /// A double-quoted YAML scalar (``Escaping/yamlScalar(_:)``).
    static func quote(_ text: String) -> String { Escaping.yamlScalar(text) }

    private static func list(_ items: [String]) -> String { "[" + items.map(quote).joined(separator: ", ") + "]" }
    private static func nonEmpty(_ items: [String]) -> String? { items.isEmpty ? nil : list(items) }
    private static func date(_ value: YearMonth) -> String { quote(value.description) }

    /// A number as the amount grammar reads it back: digits and at most one dot.
    private static func number(_ value: Double) -> String {
        let text = AmountText.plain(value)
        // `1.125` would read two ways (1125 or 1.125): `1.1250` reads one.
        if let dot = text.firstIndex(of: "."), text[text.index(after: dot)...].count == 3, !text.contains("e") { return text + "0" }
        return text
    }
}
