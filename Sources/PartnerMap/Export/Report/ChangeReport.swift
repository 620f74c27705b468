import Mustache

/// The change report of `partnermap compare -o FILE.html`: what changed between two moments
/// of a network, as one self-contained page with the look of the network report (the same
/// style sheet), in English or French.
///
/// User strings go through the template's HTML escaping; the change map's labels were escaped
/// by Graphviz. There is no date in it: the same files give the same bytes.
public enum ChangeReport {
    /// The change report as one HTML page.
    public static func render(
        old: Network, new: Network, change: NetworkChange, mapSVG: String?, mapError: String? = nil,
        oldLabel: String, newLabel: String, files: String, language: ReportLanguage
    ) throws(HTMLReport.Failure) -> String {
        guard let template = try? MustacheTemplate(string: EmbeddedResources.changeReportTemplate) else { throw .templateMissing }
        let words = ChangeSentences(language: language, old: old, new: new)
        let map = language.changeMapWords
        let page = language.changeReportWords
        var context: [String: Any] = [
            "style": EmbeddedResources.reportStyle,
            "htmlLanguage": language.rawValue,
            "name": new.name,
            "title": map.title(oldLabel, newLabel),
            "oldLabel": oldLabel, "newLabel": newLabel, "files": files,
            "sentences": words.sentences(change),
        ]
        context.merge(page) { current, _ in current }
        if let mapSVG { context["map"] = HTMLReport.stripXMLProlog(mapSVG) } else { context["mapError"] = mapError ?? "" }

        var ties: [[String: Any]] = []
        func tie(_ pair: NetworkChange.Pair, _ kind: String, _ label: String, _ before: Double?, _ after: Double?) {
            ties.append([
                "kind": label, "kindClass": kind, "a": words.name(pair.a), "b": words.name(pair.b),
                "old": before.map { language.decimal($0, places: 0) } ?? "–", "new": after.map { language.decimal($0, places: 0) } ?? "–",
            ])
        }
        for pair in change.gained { tie(pair, "gained", map.formed, nil, nil) }
        for pair in change.lost { tie(pair, "lost", map.ended, nil, nil) }
        for reweighted in change.stronger { tie(reweighted.pair, "stronger", map.stronger, reweighted.old, reweighted.new) }
        for reweighted in change.weaker { tie(reweighted.pair, "weaker", map.weaker, reweighted.old, reweighted.new) }
        context["ties"] = ties
        context["hasTies"] = !ties.isEmpty

        let (closed, opened) = (page["gapClosed"] ?? "", page["gapOpened"] ?? "")
        context["gaps"] =
            change.gapsClosed.map { ["kind": closed, "kindClass": "gained", "text": words.describe($0)] }
            + change.gapsOpened.map { ["kind": opened, "kindClass": "weaker", "text": words.describe($0)] }
        context["scores"] = NetworkChange.scoreKeys.compactMap { key -> [String: String]? in
            guard let score = change.scores[key] else { return nil }
            return ["name": words.scoreName(key), "old": words.scoreValue(key, score.old), "new": words.scoreValue(key, score.new)]
        }
        context["brokers"] = change.brokers.prefix(15).map { broker -> [String: String] in
            [
                "name": words.name(broker.id), "old": language.decimal(broker.old, places: 3), "new": language.decimal(broker.new, places: 3),
                "oldRank": String(broker.oldRank), "newRank": String(broker.newRank),
            ]
        }
        return template.render(HTMLReport.typeset(context, language: language) as! [String: Any])
    }
}
