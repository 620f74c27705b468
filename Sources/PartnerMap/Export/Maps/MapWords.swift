/// The words drawn on maps (titles, legend, tooltips) in English or French.
struct MapWords {
    let language: ReportLanguage
    private var fr: Bool { language == .fr }
    /// French text as French sets it (no-break spaces before `:` and `;`).
    private func f(_ text: String) -> String { FrenchTypography.apply(text) }

    /// ": " in English, " : " (no-break space) in French.
    var colon: String { fr ? "\u{00A0}: " : ": " }
    /// A sentence from the catalogues as the map's language sets it.
    func typeset(_ text: String) -> String { language.typeset(text) }
    var partnerships: String { fr ? f("partenariats") : "partnerships" }
    func neighbourhood(_ name: String) -> String { fr ? f("\(name) et son voisinage") : "\(name) and its neighbourhood" }
    var whereMoneyGoes: String { fr ? f("où va l’argent") : "where the money goes" }
    var overlapTitle: String {
        fr
            ? f("projets qui poursuivent le même objectif (rouge : doublon, pointillé rouge : doublon possible, pointillé bleu : jumeau)")
            : "projects that serve the same objective (red: duplicate, dashed red: possible duplicate, dashed blue: twin)"
    }
    func sameObjective(_ count: Int) -> String { fr ? f("Même objectif (\(count) projets)") : "Same objective (\(count) projects)" }
    func pairKind(_ kind: OverlapFinder.Kind) -> String { FindingSentences.words(language).pairKind(kind) }
    var gives: String { fr ? f("donne") : "gives" }
    var receives: String { fr ? f("reçoit") : "receives" }
    var legend: String { fr ? f("Légende : couleur = secteur, forme = type") : "Legend: colour = sector, shape = type" }
    var singlePoint: String { fr ? f("point de\nrupture") : "single point\nof failure" }
    var noTie: String { fr ? f("sans lien") : "no tie" }
    var strength: String { fr ? f("force") : "strength" }
    /// Said in the tooltip of an element the file marks illustrative, and in the legend.
    var illustrative: String { fr ? f("illustratif") : "illustrative" }
    var illustrativeLegend: String { fr ? f("violet : illustratif\n(pas d’une source)") : "purple: illustrative\n(not from a source)" }
    func otherSectors(_ sectors: [String]) -> String {
        fr ? f("autres secteurs (\(sectors.count))") : "other sectors (\(sectors.count))"
    }
    var sectors: String { fr ? f("secteurs") : "sectors" }
    /// A sector as the map's readers say it ("santé", "établissement"; the file's own word otherwise).
    func sector(_ sector: String) -> String { FindingSentences.words(language).sector(sector) }
    func community(_ name: String, shown: Int, of total: Int) -> String {
        fr ? f("\(name) — \(shown) organismes sur \(total)") : "\(name) — \(shown) of \(total) organisations"
    }
    /// What a map of a large network leaves out.
    func overview(shown: Int, of total: Int, tiesShown: Int, tiesTotal: Int) -> String {
        fr
            ? f(
                "les \(shown) organismes qui font le plus le lien, sur \(total), groupés par communauté ; \(total - shown) organismes et \(tiesTotal - tiesShown) liens ne sont pas dessinés (ils sont tous dans les tableaux et dans export --format graphml)"
            )
            : "the \(shown) organisations that broker most, of \(total), grouped by community; \(total - shown) organisations and \(tiesTotal - tiesShown) ties are not drawn (all are in the tables and in export --format graphml)"
    }
    /// What a funding map of many relations leaves out.
    func largestFlows(_ shown: Int, of total: Int) -> String {
        let (shown, total) = (language.number(Double(shown)), language.number(Double(total)))
        return fr
            ? f("les \(shown) relations de financement les plus importantes, sur \(total) (toutes sont dans les tableaux)")
            : "the \(shown) largest funding relations of \(total) (all are in the tables)"
    }
    var area: String { fr ? f("territoire") : "area" }
    var betweenness: String { fr ? f("intermédiarité") : "betweenness" }
    func typeLabel(_ type: OrganisationType) -> String { (fr ? f("type\u{00A0}: ") : "type: ") + ReportStrings(language: language).typeName(type) }
    func deliverTogether(_ a: String, _ b: String, _ project: String) -> String {
        fr ? f("\(FrenchGrammar.subject(a)) et \(FrenchGrammar.withArticle(b)) réalisent ensemble : \(project)") : "\(a) and \(b) deliver \(project) together"
    }
    func alsoSitsOn(_ organisation: String, _ body: String) -> String {
        fr ? f("\(FrenchGrammar.subject(organisation)) siège aussi \(FrenchGrammar.à(body))") : "\(organisation) also sits on \(body)"
    }
}
