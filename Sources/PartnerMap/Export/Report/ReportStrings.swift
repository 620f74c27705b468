/// Every fixed word of the report, in both languages. Sentences built from the analyses'
/// results live in ``FindingSentences``.
struct ReportStrings {
    let language: ReportLanguage

    private func t(_ english: String, _ french: String) -> String { language == .fr ? french : english }

    var htmlLanguage: String { language.rawValue }
    var subtitle: String { t("Partnership network report", "Rapport sur le réseau de partenaires") }
    var madeWith: String { t("Made with PartnerMap from", "Produit avec PartnerMap à partir de") }
    var contents: String { t("Contents", "Sommaire") }
    var holdsHeading: String { t("What the network holds", "Ce que contient le réseau") }
    var mapHeading: String { t("The partnership map", "La carte des partenariats") }
    var mapHelp: String {
        t(
            "Colour is the sector, shape the type of organisation, size the share of shortest paths that run through it. Grey boxes are councils and their members; a double border marks a single point of failure; a dashed border an organisation with no tie. Hover a node for its details; click it to highlight its partners.",
            "La couleur indique le secteur, la forme le type d’organisme, la taille la part des plus courts chemins qui passent par lui. Les cadres gris sont les conseils et leurs membres ; une double bordure signale un point de rupture ; une bordure pointillée, un organisme sans lien. Survolez un nœud pour ses détails ; cliquez pour mettre en évidence ses partenaires."
        )
    }
    var search: String { t("Search an organisation or a project", "Chercher un organisme ou un projet") }
    var brokersHeading: String { t("Who holds the network together", "Qui tient le réseau ensemble") }
    var overlapHeading: String { t("Projects that serve the same objective", "Projets qui poursuivent le même objectif") }
    var gapsHeading: String { t("Gaps", "Lacunes") }
    var fundingHeading: String { t("Funding", "Financement") }
    var recommendHeading: String { t("Suggested partnerships", "Partenariats suggérés") }
    var prioritiesHeading: String { t("Priorities and the projects that cover them", "Priorités et projets qui y répondent") }
    var priority: String { t("Priority", "Priorité") }
    var coveredBy: String { t("Covered by", "Couverte par") }
    var why: String { t("Why", "Pourquoi") }
    var noProject: String { t("no project", "aucun projet") }
    func sharedThemes(_ themes: String) -> String { t("shared themes: ", "thèmes communs : ") + themes }
    func sharedWords(_ words: String) -> String { t("same subject: ", "même sujet : ") + words }
    var sourcesHeading: String { t("Sources", "Sources") }
    var noSources: String { t("The network file cites no source.", "Le fichier du réseau ne cite aucune source.") }
    var organisation: String { t("Organisation", "Organisme") }
    var type: String { t("Type", "Type") }
    var sector: String { t("Sector", "Secteur") }
    var ties: String { t("Ties", "Liens") }
    var betweenness: String { t("Betweenness", "Intermédiarité") }
    var closeness: String { t("Closeness", "Proximité") }
    var constraint: String { t("Constraint", "Contrainte") }
    var pair: String { t("Projects", "Projets") }
    var score: String { t("Score", "Score") }
    var kind: String { t("Class", "Catégorie") }
    var evidence: String { t("Why", "Pourquoi") }
    var action: String { t("What to do", "Que faire") }
    var from: String { t("From", "De") }
    var to: String { t("To", "À") }
    var amount: String { t("Amount", "Montant") }
    var period: String { t("Year", "Année") }
    var programme: String { t("Programme", "Programme") }
    var funder: String { t("Funder", "Bailleur de fonds") }
    var total: String { t("Total", "Total") }
    var flows: String { t("Flows", "Versements") }
    var nextStep: String { t("Next step", "Prochaine étape") }
    var noOverlap: String { t("No two projects serve the same objective at the default threshold.", "Aucun projet ne poursuit le même objectif qu’un autre au seuil par défaut.") }
    var noGaps: String { t("No gap found.", "Aucune lacune trouvée.") }
    var noFunding: String { t("The network records no funding.", "Le réseau ne consigne aucun financement.") }
    var noRecommendation: String { t("No partnership to suggest.", "Aucun partenariat à suggérer.") }
    var clusters: String { t("Groups of three or more projects with the same objective", "Groupes de trois projets ou plus ayant le même objectif") }
    var sortHint: String { t("Click a column heading to sort.", "Cliquez sur un en-tête de colonne pour trier.") }
    var illustrative: String { t("illustrative", "illustratif") }
    /// For an organisation from a source whose figures rest on ties the file marks illustrative.
    var illustrativeTies: String { t("illustrative ties", "liens illustratifs") }
    /// For a funder whose total counts grants the file marks illustrative.
    var illustrativeGrants: String { t("illustrative grants", "subventions illustratives") }
    var methodHeading: String { t("How to read this report.", "Comment lire ce rapport.") }
    var surveyHeading: String { t("Partner survey results", "Résultats du sondage auprès des partenaires") }
    var noAnswer: String { t("did not answer", "n’a pas répondu") }
    var indicatorsHeading: String { t("The six indicators each member received", "Les six indicateurs reçus par chaque membre") }
    var notConfirmable: String { t("cannot be confirmed", "non confirmable") }
    func lowHint(_ threshold: String) -> String {
        t("Scores received below \(threshold) (\"not at all\" to \"a little\") are in red.", "Les notes reçues sous \(threshold) (« pas du tout » à « un peu ») sont en rouge.")
    }
    /// One paragraph on what the findings rest on: the views, weights, what a council node is,
    /// what was sampled, and how illustrative entries are marked.
    func method(sampled: Int?, of total: Int, illustrative: Bool, funding: Bool, survey: Bool) -> String {
        var parts = [
            t(
                "The partnership map and the measures use the collaboration view: organisations are tied by a partnership, by a project they deliver together, or through a seat on a council or network, which is drawn as a node of its own (a table, not an organisation that brokers), so members of one council are two steps apart, not all tied to each other.",
                "La carte des partenariats et les mesures reposent sur la vue des collaborations : les organismes sont reliés par un partenariat, par un projet qu’ils mènent ensemble, ou par un siège dans un conseil ou un réseau, qui figure comme un nœud à part (une table de concertation, non un intermédiaire) ; les membres d’un même conseil sont ainsi à deux pas l’un de l’autre, et non tous reliés entre eux."
            ),
            t(
                "Ties are counted, not weighted: the strengths in the file do not change who brokers or who is isolated.",
                "Les liens sont comptés, non pondérés : la force inscrite dans le fichier ne change ni qui fait le lien ni qui est isolé."),
            t(
                "An organisation is isolated when it has no partnership, no seat, no shared project and no funding tie.",
                "Un organisme est isolé s’il n’a ni partenariat, ni siège, ni projet commun, ni lien de financement."),
        ]
        if funding {
            parts.append(
                t(
                    "Funding is a separate, directed view: amounts go from funder to recipient, money to a project counts for the organisation that leads it, and only what the file records is counted.",
                    "Le financement forme une vue distincte et orientée : les montants vont du bailleur au bénéficiaire, l’argent versé à un projet compte pour l’organisme qui le dirige, et seul ce que consigne le fichier est compté."
                ))
        }
        if survey {
            parts.append(
                t(
                    "Ties from the partner survey count whether one side or both named them.",
                    "Les liens issus du sondage comptent, qu’un seul côté ou les deux les aient nommés."))
        }
        if let sampled {
            parts.append(
                t(
                    "Betweenness is estimated from \(sampled) of the \(total) organisations.",
                    "L’intermédiarité est estimée à partir de \(sampled) des \(total) organismes."))
        }
        parts.append(
            t(
                "Sectors “missing” from a council are missing from the members recorded in the file unless the file says it lists them all.",
                "Un secteur « absent » d’un conseil l’est des membres consignés dans le fichier, sauf si le fichier précise qu’il les donne tous."))
        if illustrative {
            parts.append(
                t(
                    "A finding tagged “illustrative” rests on at least one entry the file marks as made up to illustrate; the same report can be made without them, on sourced entries alone.",
                    "Un constat marqué « illustratif » repose sur au moins une entrée que le fichier donne comme inventée pour illustrer ; le même rapport peut être produit sans elles, sur les seules entrées sourcées."
                ))
        }
        return parts.joined(separator: " ")
    }
    func flowsMore(_ shown: Int, of total: Int) -> String {
        t(
            "The \(language.number(Double(shown))) largest of \(language.number(Double(total))) funding flows are listed; the funding map draws the largest relations, and the network file holds them all.",
            "Les \(language.number(Double(shown))) versements les plus importants sur \(language.number(Double(total))) sont listés ; la carte du financement montre les relations les plus importantes, et le fichier du réseau les contient tous."
        )
    }
    /// A cluster's names past those listed.
    func clusterMore(_ count: Int) -> String {
        t("and \(language.number(Double(count))) more", "et \(language.number(Double(count))) autres")
    }
    func clustersMore(_ shown: Int, of total: Int) -> String {
        t(
            "The \(language.number(Double(shown))) largest of \(language.number(Double(total))) groups are listed; the overlap CSV export names every project.",
            "Les \(language.number(Double(shown))) groupes les plus grands sur \(language.number(Double(total))) sont listés ; l’export CSV du chevauchement nomme chaque projet.")
    }
    func overlapMore(_ shown: Int, of total: Int) -> String {
        t(
            "The \(shown) strongest of \(total) pairs are listed; the full list can be exported as a spreadsheet (CSV).",
            "Les \(shown) paires les plus fortes sur \(total) sont listées ; la liste complète peut être exportée en tableur (CSV).")
    }
    func illustrativeNote(_ count: Int) -> String {
        t(
            "\(count) entr\(count == 1 ? "y is" : "ies are") marked illustrative in the file: not taken from a cited source, shown to make the example whole. They carry the tag “illustrative” wherever they appear.",
            "\(count) élément\(count == 1 ? " est marqué" : "s sont marqués") illustratif\(count == 1 ? "" : "s") dans le fichier : ils ne viennent pas d’une source citée et complètent l’exemple. Ils portent la mention « illustratif » partout où ils apparaissent."
        )
    }
    func dataOf(_ years: String) -> String { t("Data of \(years)", years.hasPrefix("de ") ? "Données \(years)" : "Données de \(years)") }
    var undated: String { t("Data without dates", "Données sans date") }
    func estimated(_ samples: Int, of total: Int) -> String {
        let (samples, total) = (language.number(Double(samples)), language.number(Double(total)))
        return t(
            "Betweenness is estimated from \(samples) of the \(total) organisations taken as starting points (seeded, so the same file gives the same figures); exact values can be computed for the whole network.",
            "L’intermédiarité est estimée à partir de \(samples) des \(total) organismes pris comme points de départ (tirage fixe : le même fichier donne les mêmes chiffres) ; les valeurs exactes peuvent être calculées sur tout le réseau."
        )
    }
    var madeBy: String { t("Made by the command", "Produit par la commande") }
    var fundingMapHeading: String { t("Where the money goes", "Où va l’argent") }
    var zoomIn: String { t("Zoom in", "Agrandir") }
    var zoomOut: String { t("Zoom out", "Réduire") }
    var fit: String { t("Fit", "Ajuster") }
    var mapMissing: String { t("The map could not be drawn:", "La carte n’a pas pu être dessinée :") }
    var detailsPrompt: String { t("Hover or click a node of the map to see its details here.", "Survolez ou cliquez un nœud de la carte pour voir ses détails ici.") }

    func factLabel(_ key: String) -> String {
        switch key {
        case "organisations": t("Organisations", "Organismes")
        case "projects": t("Projects", "Projets")
        case "partnerships": t("Partnerships", "Partenariats")
        case "seats": t("Seats on councils and networks", "Sièges dans des conseils et réseaux")
        case "funding": t("Funding entering the network", "Financement qui entre dans le réseau")
        case "density": t("Density (share of possible ties that exist)", "Densité (part des liens possibles qui existent)")
        case "groups": t("Connected groups", "Groupes connectés")
        case "isolated":
            t("Isolated organisations (no partnership, seat, shared project or funding)", "Organismes isolés (ni partenariat, ni siège, ni projet commun, ni financement)")
        case "years": t("Years covered", "Années couvertes")
        case "responses": t("Survey responses", "Réponses au sondage")
        case "notResponded": t("Did not respond", "N’ont pas répondu")
        case "confirmed": t("Ties confirmed by both sides", "Liens confirmés par les deux parties")
        case "trust": t("Mean trust (1 to 4)", "Confiance moyenne (1 à 4)")
        case "value": t("Mean value (1 to 4)", "Valeur moyenne (1 à 4)")
        default: key
        }
    }

    func typeName(_ type: OrganisationType) -> String {
        guard language == .fr else { return type.rawValue }
        switch type {
        case .municipal: return "municipal"
        case .provincial: return "provincial"
        case .federal: return "fédéral"
        case .nonprofit: return "organisme sans but lucratif"
        case .funder: return "bailleur de fonds"
        case .university: return "université"
        case .employer: return "employeur"
        case .schoolBoard: return "commission scolaire"
        case .health: return "santé"
        case .council: return "conseil"
        case .network: return "réseau"
        case .other: return "autre"
        }
    }
}
