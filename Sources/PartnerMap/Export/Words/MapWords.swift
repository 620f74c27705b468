/// The words drawn on maps (titles, legend, tooltips): one catalogue per language
/// (``EnglishMapWords``, ``FrenchMapWords``), chosen by ``ReportLanguage/mapWords``, so that text
/// is made only here, from what the map shows, and a third language is one more catalogue.
protocol MapWords: Sendable {
    var language: ReportLanguage { get }
    /// ": " in English, " : " (no-break space) in French.
    var colon: String { get }
    var partnerships: String { get }
    func neighbourhood(_ name: String) -> String
    var whereMoneyGoes: String { get }
    var overlapTitle: String { get }
    func sameObjective(_ count: Int) -> String
    var gives: String { get }
    var receives: String { get }
    var legend: String { get }
    var singlePoint: String { get }
    var noTie: String { get }
    var strength: String { get }
    /// Said in the tooltip of an element the file marks illustrative, and in the legend.
    var illustrative: String { get }
    var illustrativeLegend: String { get }
    func otherSectors(_ sectors: [String]) -> String
    var sectors: String { get }
    func community(_ name: String, shown: Int, of total: Int) -> String
    /// What a map of a large network leaves out.
    func overview(shown: Int, of total: Int, tiesShown: Int, tiesTotal: Int) -> String
    /// What a funding map of many relations leaves out.
    func largestFlows(_ shown: Int, of total: Int) -> String
    /// The co-funding map's title, a funder's recipients and a pair's shared ones.
    var coFundingTitle: String { get }
    func fundsRecipients(_ count: Int) -> String
    func sharedRecipients(_ count: Int) -> String
    var area: String { get }
    var betweenness: String { get }
    var typePrefix: String { get }
    func deliverTogether(_ a: String, _ b: String, _ project: String) -> String
    func alsoSitsOn(_ organisation: String, _ body: String) -> String
}

extension MapWords {
    /// A sentence from the catalogues as the map's language sets it.
    func typeset(_ text: String) -> String { language.typeset(text) }
    func pairKind(_ kind: OverlapFinder.Kind) -> String { FindingSentences.words(language).pairKind(kind) }
    /// A sector as the map's readers say it ("santé", "établissement"; the file's own word otherwise).
    func sector(_ sector: String) -> String { language.vocabulary.label(sector) }
    func typeLabel(_ type: OrganisationType) -> String { typePrefix + language.vocabulary.type(type) }
}

extension ReportLanguage {
    /// The words of maps in this language.
    var mapWords: any MapWords {
        switch self {
        case .en: EnglishMapWords()
        case .fr: FrenchMapWords()
        }
    }
}

struct EnglishMapWords: MapWords {
    var language: ReportLanguage { .en }
    var colon: String { ": " }
    var partnerships: String { "partnerships" }
    func neighbourhood(_ name: String) -> String { "\(name) and its neighbourhood" }
    var whereMoneyGoes: String { "where the money goes" }
    var overlapTitle: String { "projects that serve the same objective (red: duplicate, dashed red: possible duplicate, dashed blue: twin)" }
    func sameObjective(_ count: Int) -> String { "Same objective (\(count) projects)" }
    var gives: String { "gives" }
    var receives: String { "receives" }
    var legend: String { "Legend: colour = sector, shape = type" }
    var singlePoint: String { "single point\nof failure" }
    var noTie: String { "no tie" }
    var strength: String { "strength" }
    var illustrative: String { "illustrative" }
    var illustrativeLegend: String { "purple: illustrative\n(not from a source)" }
    func otherSectors(_ sectors: [String]) -> String { "other sectors (\(sectors.count))" }
    var sectors: String { "sectors" }
    func community(_ name: String, shown: Int, of total: Int) -> String { "\(name) — \(shown) of \(total) organisations" }
    func overview(shown: Int, of total: Int, tiesShown: Int, tiesTotal: Int) -> String {
        "the \(shown) organisations that broker most, of \(total), grouped by community; \(total - shown) organisations and \(tiesTotal - tiesShown) ties are not drawn (all are in the tables and in export --format graphml)"
    }
    var coFundingTitle: String { "funders who fund the same recipients (width: how many they share)" }
    func fundsRecipients(_ count: Int) -> String { "\(language.number(Double(count))) recipient\(count == 1 ? "" : "s")" }
    func sharedRecipients(_ count: Int) -> String { "\(language.number(Double(count))) shared recipient\(count == 1 ? "" : "s")" }
    func largestFlows(_ shown: Int, of total: Int) -> String {
        "the \(language.number(Double(shown))) largest funding relations of \(language.number(Double(total))) (all are in the tables)"
    }
    var area: String { "area" }
    var betweenness: String { "betweenness" }
    var typePrefix: String { "type: " }
    func deliverTogether(_ a: String, _ b: String, _ project: String) -> String { "\(a) and \(b) deliver \(project) together" }
    func alsoSitsOn(_ organisation: String, _ body: String) -> String { "\(organisation) also sits on \(body)" }
}

/// French as French sets it: no-break spaces before `:` and `;` (``FrenchTypography``).
struct FrenchMapWords: MapWords {
    var language: ReportLanguage { .fr }
    private func f(_ text: String) -> String { FrenchTypography.apply(text) }
    var colon: String { "\u{00A0}: " }
    var partnerships: String { f("partenariats") }
    func neighbourhood(_ name: String) -> String { f("\(name) et son voisinage") }
    var whereMoneyGoes: String { f("où va l’argent") }
    var overlapTitle: String { f("projets qui poursuivent le même objectif (rouge : doublon, pointillé rouge : doublon possible, pointillé bleu : jumeau)") }
    func sameObjective(_ count: Int) -> String { f("Même objectif (\(count) projets)") }
    var gives: String { f("donne") }
    var receives: String { f("reçoit") }
    var coFundingTitle: String { f("bailleurs de fonds qui financent les mêmes bénéficiaires (épaisseur : combien ils en partagent)") }
    func fundsRecipients(_ count: Int) -> String { "\(language.number(Double(count))) bénéficiaire\(count > 1 ? "s" : "")" }
    func sharedRecipients(_ count: Int) -> String { "\(language.number(Double(count))) bénéficiaire\(count > 1 ? "s" : "") en commun" }
    var legend: String { f("Légende : couleur = secteur, forme = type") }
    var singlePoint: String { f("point de\nrupture") }
    var noTie: String { f("sans lien") }
    var strength: String { f("force") }
    var illustrative: String { f("illustratif") }
    var illustrativeLegend: String { f("violet : illustratif\n(pas d’une source)") }
    func otherSectors(_ sectors: [String]) -> String { f("autres secteurs (\(sectors.count))") }
    var sectors: String { f("secteurs") }
    func community(_ name: String, shown: Int, of total: Int) -> String { f("\(name) — \(shown) organismes sur \(total)") }
    func overview(shown: Int, of total: Int, tiesShown: Int, tiesTotal: Int) -> String {
        f(
            "les \(shown) organismes qui font le plus le lien, sur \(total), groupés par communauté ; \(total - shown) organismes et \(tiesTotal - tiesShown) liens ne sont pas dessinés (ils sont tous dans les tableaux et dans export --format graphml)"
        )
    }
    func largestFlows(_ shown: Int, of total: Int) -> String {
        f("les \(language.number(Double(shown))) relations de financement les plus importantes, sur \(language.number(Double(total))) (toutes sont dans les tableaux)")
    }
    var area: String { f("territoire") }
    var betweenness: String { f("intermédiarité") }
    var typePrefix: String { f("type\u{00A0}: ") }
    func deliverTogether(_ a: String, _ b: String, _ project: String) -> String {
        f("\(FrenchGrammar.subject(a)) et \(FrenchGrammar.withArticle(b)) réalisent ensemble : \(project)")
    }
    func alsoSitsOn(_ organisation: String, _ body: String) -> String { f("\(FrenchGrammar.subject(organisation)) siège aussi \(FrenchGrammar.à(body))") }
}
