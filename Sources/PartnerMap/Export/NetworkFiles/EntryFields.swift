/// One field's value as a network file writes it, typed so that the same value can be written
/// in YAML or in JSON and compared with what a form sends.
public enum FieldText: Sendable, Hashable {
    /// A text, always double-quoted (JSON's escaping, which YAML reads the same).
    case text(String)
    /// A word from a fixed list (`municipal`, `co-chair`, `fr`), bare in YAML, a string in JSON.
    case keyword(String)
    /// A number in the amount grammar's plain form (digits and at most one dot).
    case number(String)
    /// `true` or `false`.
    case flag(Bool)
    /// A list of texts, in flow style (`["health", "education"]`), which is also JSON.
    case list([String])

    /// The value as YAML writes it after `key: `.
    public var yaml: String {
        switch self {
        case .text(let text): Escaping.yamlScalar(text)
        case .keyword(let word): word
        case .number(let digits): digits
        case .flag(let flag): flag ? "true" : "false"
        case .list(let items): "[" + items.map(Escaping.yamlScalar).joined(separator: ", ") + "]"
        }
    }

    /// The same bytes as ``yaml``, added to `bytes`: a national file's million entries are
    /// written this way, without a string made for each value.
    func appendYAML(to bytes: inout [UInt8]) {
        switch self {
        case .text(let text): Escaping.appendYAMLScalar(text, to: &bytes)
        case .keyword(let text), .number(let text): bytes.append(contentsOf: text.utf8)
        case .flag(let flag): bytes.append(contentsOf: (flag ? "true" : "false").utf8)
        case .list(let items):
            bytes.append(UInt8(ascii: "["))
            for (index, item) in items.enumerated() {
                if index > 0 { bytes.append(contentsOf: ", ".utf8) }
                Escaping.appendYAMLScalar(item, to: &bytes)
            }
            bytes.append(UInt8(ascii: "]"))
        }
    }

    /// The value as JSON writes it.
    public var json: String {
        switch self {
        case .keyword(let word): Escaping.yamlScalar(word)
        default: yaml
        }
    }

    /// The value as a form sends it back: sending every field of an entry this way changes nothing.
    public var editValue: EditValue {
        switch self {
        case .text(let text), .keyword(let text), .number(let text): .text(text)
        case .flag(let flag): .flag(flag)
        case .list(let items): .list(items)
        }
    }
}

/// What kind of value a field of an entry takes, for a form to offer the right control and
/// for an edit to write what the form sends the way the file writes it.
public enum FieldKind: Sendable, Hashable {
    /// Free text.
    case text
    /// One of these words.
    case choice([String])
    /// A number or an amount (`12 500 $` is read by the amount grammar).
    case number
    /// A year and month or a year (`2019-04`, `2019`).
    case date
    /// Yes or no.
    case flag
    /// Several texts (sectors, organisations' ids, themes, sources).
    case list
}

extension NetworkFileWriter {
    /// The fields of `section`, in the order a file writes them, with what each one takes.
    public static func fieldKinds(of section: NetworkSection) -> [(name: String, kind: FieldKind)] {
        let common: [(String, FieldKind)] = [("sources", .list), ("illustrative", .flag), ("notes", .text)]
        switch section {
        case .organisations:
            return [
                ("id", .text), ("name", .text), ("nameFr", .text), ("nameEn", .text), ("type", .choice(OrganisationType.allCases.map(\.rawValue))),
                ("sectors", .list), ("area", .text), ("region", .text), ("city", .text), ("postalCode", .text), ("district", .text),
                ("recipientType", .text), ("registration", .text), ("responded", .flag), ("since", .date), ("until", .date), ("partOf", .text),
                ("membersComplete", .flag), ("expectedSectors", .list), ("outcome", .number), ("contributes", .list),
                ("article", .choice(FrenchArticle.allCases.map(\.rawValue))),
            ] + common
        case .projects:
            return [
                ("id", .text), ("name", .text), ("nameFr", .text), ("nameEn", .text), ("organisations", .list), ("objectives", .text),
                ("objectivesFr", .text), ("objectivesEn", .text), ("themes", .list), ("targetGroups", .list), ("characteristics", .list),
                ("area", .text), ("language", .choice(Language.allCases.map(\.rawValue))),
                ("serviceLanguage", .choice(Language.allCases.map(\.rawValue))), ("start", .date), ("end", .date),
            ] + common
        case .partnerships:
            return [
                ("organisations", .list), ("type", .text), ("weight", .number), ("since", .date), ("until", .date),
                ("reported", .choice(Partnership.Reported.allCases.map(\.rawValue))), ("trust", .number), ("value", .number),
            ] + common
        case .memberships:
            return [
                ("organisation", .text), ("body", .text), ("role", .choice(MembershipRole.allCases.map(\.rawValue))), ("since", .date),
                ("until", .date),
            ] + common
        case .funding:
            return [
                ("from", .text), ("to", .text), ("amount", .number), ("currency", .text), ("year", .number), ("start", .date), ("end", .date),
                ("programme", .text), ("programmeFr", .text), ("programmeEn", .text), ("awarded", .date), ("area", .text),
            ] + common
        }
    }

    /// The fields of one entry of `network` as its file writes them: `nil` for a field at its
    /// default, which the file leaves out. `position` counts from 0 in file order.
    public static func fields(of section: NetworkSection, at position: Int, in network: Network) -> [(name: String, value: FieldText?)] {
        switch section {
        case .organisations: fields(of: network.organisations[position])
        case .projects: fields(of: network.projects[position])
        case .partnerships: fields(of: network.partnerships[position])
        case .memberships: fields(of: network.memberships[position])
        case .funding: fields(of: network.funding[position], programmeNames: network.programmeNames)
        }
    }

    static func fields(of organisation: Organisation) -> [(name: String, value: FieldText?)] {
        [
            ("id", .text(organisation.id)), ("name", .text(organisation.name)),
            ("nameFr", organisation.translatedName.fr.map(FieldText.text)), ("nameEn", organisation.translatedName.en.map(FieldText.text)),
            ("type", .keyword(organisation.type.rawValue)),
            ("sectors", nonEmpty(organisation.sectors)), ("area", organisation.area.map(FieldText.text)),
            ("region", organisation.place.region.map(FieldText.text)), ("city", organisation.place.city.map(FieldText.text)),
            ("postalCode", organisation.place.postalCode.map(FieldText.text)), ("district", organisation.place.district.map(FieldText.text)),
            ("recipientType", organisation.recipientType.map(FieldText.keyword)),
            ("registration", organisation.registration.map(FieldText.text)), ("responded", organisation.responded.map(FieldText.flag)),
            ("since", organisation.since.map(date)), ("until", organisation.until.map(date)),
            ("partOf", organisation.partOf.map(FieldText.text)), ("membersComplete", organisation.membersComplete ? .flag(true) : nil),
            ("expectedSectors", nonEmpty(organisation.expectedSectors)),
            ("outcome", organisation.outcome.map { .number(String($0)) }), ("contributes", nonEmpty(organisation.contributes)),
            ("article", organisation.article.map { .text($0.rawValue) }),
        ] + common(organisation.sources, organisation.illustrative, organisation.notes)
    }

    static func fields(of project: Project) -> [(name: String, value: FieldText?)] {
        [
            ("id", .text(project.id)), ("name", .text(project.name)),
            ("nameFr", project.translatedName.fr.map(FieldText.text)), ("nameEn", project.translatedName.en.map(FieldText.text)),
            ("organisations", .list(project.organisations)),
            ("objectives", project.objectives.isEmpty ? nil : .text(project.objectives)),
            ("objectivesFr", project.translatedObjectives.fr.map(FieldText.text)),
            ("objectivesEn", project.translatedObjectives.en.map(FieldText.text)), ("themes", nonEmpty(project.themes)),
            ("targetGroups", nonEmpty(project.targetGroups)), ("characteristics", nonEmpty(project.characteristics)), ("area", project.area.map(FieldText.text)),
            ("language", .keyword(project.language.rawValue)), ("serviceLanguage", project.serviceLanguage.map { .keyword($0.rawValue) }),
            ("start", project.start.map(date)), ("end", project.end.map(date)),
        ] + common(project.sources, project.illustrative, project.notes)
    }

    static func fields(of partnership: Partnership) -> [(name: String, value: FieldText?)] {
        [
            ("organisations", .list(partnership.organisations)), ("type", partnership.type.map(FieldText.text)),
            ("weight", partnership.weight == 1 ? nil : number(partnership.weight)),
            ("since", partnership.since.map(date)), ("until", partnership.until.map(date)),
            ("reported", partnership.reported.map { .keyword($0.rawValue) }), ("trust", partnership.trust.map(number)),
            ("value", partnership.value.map(number)),
        ] + common(partnership.sources, partnership.illustrative, partnership.notes)
    }

    static func fields(of membership: Membership) -> [(name: String, value: FieldText?)] {
        [
            ("organisation", .text(membership.organisation)), ("body", .text(membership.body)), ("role", .keyword(membership.role.rawValue)),
            ("since", membership.since.map(date)), ("until", membership.until.map(date)),
        ] + common(membership.sources, membership.illustrative, membership.notes)
    }

    /// A flow's fields, its programme's names in both languages (``Network/programmeNames``) written beside it.
    static func fields(of flow: FundingFlow, programmeNames: [String: Translation]) -> [(name: String, value: FieldText?)] {
        let names = flow.programme.flatMap { programmeNames[$0] }
        return [
            ("from", .text(flow.from)), ("to", .text(flow.to)), ("amount", number(flow.amount)), ("currency", .keyword(flow.currency)),
            ("year", flow.year.map { .number(String($0)) }), ("start", flow.start.map(date)), ("end", flow.end.map(date)),
            ("programme", flow.programme.map(FieldText.text)), ("programmeFr", names?.fr.map(FieldText.text)),
            ("programmeEn", names?.en.map(FieldText.text)), ("awarded", flow.awarded.map(date)), ("area", flow.area.map(FieldText.text)),
        ] + common(flow.sources, flow.illustrative, flow.notes)
    }

    private static func common(_ sources: [String], _ illustrative: Bool, _ notes: String?) -> [(name: String, value: FieldText?)] {
        [("sources", nonEmpty(sources)), ("illustrative", illustrative ? .flag(true) : nil), ("notes", notes.map(FieldText.text))]
    }

    private static func nonEmpty(_ items: [String]) -> FieldText? { items.isEmpty ? nil : .list(items) }
    private static func date(_ value: YearMonth) -> FieldText { .text(value.description) }

    /// A number as the amount grammar reads it back: digits and at most one dot.
    static func number(_ value: Double) -> FieldText {
        let text = AmountText.plain(value)
        // `1.125` would read two ways (1125 or 1.125): `1.1250` reads one.
        if let dot = text.firstIndex(of: "."), text[text.index(after: dot)...].count == 3, !text.contains("e") { return .number(text + "0") }
        return .number(text)
    }
}
