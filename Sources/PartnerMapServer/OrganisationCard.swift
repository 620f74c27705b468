import PartnerMap

/// What the page shows when a coordinator clicks an organisation: who it is, its partnerships,
/// its seats (and for a council, who sits on it), its projects, the money it gives and gets,
/// where it stands in the network, and its survey scores when the file holds a survey. Each
/// entry carries its place in the file, so the card's edit buttons open the right form.
struct OrganisationCard {
    let json: JSONValue

    init?(id: String, network: Network, whole: Network, language: ReportLanguage) {
        guard let organisation = network.organisation(id) else { return nil }
        func positions<T: Hashable>(_ items: [T]) -> [T: [Int]] {
            var map: [T: [Int]] = [:]
            for (position, item) in items.enumerated() { map[item, default: []].append(position) }
            return map
        }
        func position<T: Hashable>(_ item: T, in map: [T: [Int]]) -> JSONValue { map[item]?.first.map(JSONValue.integer) ?? .null }
        func name(_ id: String) -> JSONValue { .object(["id": .string(id), "name": .string(network.displayName(of: id))]) }

        let partnershipPositions = positions(whole.partnerships)
        let ties: [JSONValue] = network.partnerships.filter { $0.organisations.contains(id) }.map { tie in
            var object: [String: JSONValue] = [
                "with": .array(tie.organisations.filter { $0 != id }.map(name)), "position": position(tie, in: partnershipPositions),
                "illustrative": .bool(tie.illustrative),
            ]
            if let type = tie.type {
                object["type"] = .string(type)
                object["typeName"] = .string(language.vocabulary.label(type))
            }
            if let since = tie.since { object["since"] = .string(since.description) }
            if let until = tie.until { object["until"] = .string(until.description) }
            if let reported = tie.reported { object["reported"] = .string(reported.rawValue) }
            return .object(object)
        }
        let seatPositions = positions(whole.memberships)
        let seats: [JSONValue] = network.memberships.filter { $0.organisation == id || $0.body == id }.map { seat in
            .object([
                "organisation": name(seat.organisation), "body": name(seat.body), "role": .string(seat.role.rawValue),
                "position": position(seat, in: seatPositions), "illustrative": .bool(seat.illustrative),
            ])
        }
        let projectPositions = positions(whole.projects.map(\.id))
        let projects: [JSONValue] = network.projects.filter { $0.organisations.contains(id) }.map { project in
            .object([
                "id": .string(project.id), "name": .string(project.name), "lead": .bool(project.lead == id),
                "position": position(project.id, in: projectPositions), "illustrative": .bool(project.illustrative),
            ])
        }
        let flowPositions = positions(whole.funding)
        let funding: [JSONValue] = network.funding.filter { $0.from == id || $0.to == id }.map { flow in
            var object: [String: JSONValue] = [
                "from": name(flow.from), "to": name(flow.to), "amount": .number(flow.amount), "currency": .string(flow.currency),
                "amountText": .string(WorkspacePageWords(language).amount(flow.amount, flow.currency)), "position": position(flow, in: flowPositions),
                "illustrative": .bool(flow.illustrative),
            ]
            if let year = flow.year { object["year"] = .integer(year) }
            if let programme = flow.programme { object["programme"] = .string(programme) }
            return .object(object)
        }
        let context = NetworkContext(network)
        let graph = context.collaborationGraph
        var standing: [String: JSONValue] = [:]
        if let node = graph.index(of: id) {
            let report = context.centrality
            standing["degree"] = .integer(graph.neighbours(of: node).count)
            if let betweenness = report.values[.betweenness], betweenness.indices.contains(node) { standing["betweenness"] = .number(betweenness[node]) }
            if let constraint = report.values[.constraint], constraint.indices.contains(node) { standing["constraint"] = .number(constraint[node]) }
            standing["cutPoint"] = .bool(context.cutPoints.articulationPoints.contains(node))
        }
        var object: [String: JSONValue] = [
            "id": .string(organisation.id), "name": .string(organisation.name), "type": .string(organisation.type.rawValue),
            "typeName": .string(WorkspacePageWords(language).typeName(organisation.type)),
            "sectors": .array(organisation.sectors.map(JSONValue.string)), "illustrative": .bool(organisation.illustrative),
            "sources": .array(organisation.sources.map { source in .string(whole.sources.first { $0.id == source }?.title ?? source) }),
            "position": whole.organisations.firstIndex { $0.id == id }.map(JSONValue.integer) ?? .null,
            "partnerships": .array(ties), "seats": .array(seats), "projects": .array(projects), "funding": .array(funding),
            "standing": .object(standing),
        ]
        if let area = organisation.area { object["area"] = .string(area) }
        // Where a grants file says it is, and what kind of recipient: city, province by its name,
        // postal code, riding; the kind in words.
        let place = [organisation.place.city, organisation.place.region.map(language.vocabulary.label), organisation.place.postalCode, organisation.place.district]
            .compactMap { $0 }
        if !place.isEmpty { object["placeText"] = .string(place.joined(separator: ", ")) }
        if let kind = organisation.recipientType { object["recipientTypeName"] = .string(language.vocabulary.label(kind)) }
        if let notes = organisation.notes { object["notes"] = .string(notes) }
        if SurveyScores.hasAnswers(network), let scores = SurveyScores(network).organisations.first(where: { $0.id == id }) {
            var survey: [String: JSONValue] = ["responded": .bool(scores.responded), "namedBy": .integer(scores.namedBy), "partners": .integer(scores.partners)]
            if let trust = scores.trustReceived { survey["trustReceived"] = .number(trust) }
            if let value = scores.valueReceived { survey["valueReceived"] = .number(value) }
            if let connectivity = scores.relativeConnectivity { survey["relativeConnectivity"] = .number(connectivity) }
            object["survey"] = .object(survey)
        }
        json = .object(object)
    }
}
