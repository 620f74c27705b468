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
        t("Colour is the sector, shape the type of organisation, size the share of shortest paths that run through it. Grey boxes are councils and their members; a double border marks a single point of failure; a dashed border an organisation with no tie. Hover a node for its details; click it to highlight its partners.",
          "La couleur indique le secteur, la forme le type d’organisme, la taille la part des plus courts chemins qui passent par lui. Les cadres gris sont les conseils et leurs membres; une double bordure signale un point de rupture; une bordure pointillée un organisme sans lien. Survolez un nœud pour ses détails; cliquez pour mettre en évidence ses partenaires.")
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
    func illustrativeNote(_ count: Int) -> String {
        t("\(count) entr\(count == 1 ? "y is" : "ies are") marked illustrative in the file: not taken from a cited source, shown to make the example whole. They carry the tag “illustrative” wherever they appear.",
          "\(count) élément\(count == 1 ? " est marqué" : "s sont marqués") illustratif\(count == 1 ? "" : "s") dans le fichier : ils ne viennent pas d’une source citée et complètent l’exemple. Ils portent la mention « illustratif » partout où ils apparaissent.")
    }
    func dataOf(_ years: String) -> String { t("Data of \(years)", "Données de \(years)") }
    var undated: String { t("Data without dates", "Données sans date") }
    func estimated(_ samples: Int, of total: Int) -> String {
        let (samples, total) = (language.number(Double(samples)), language.number(Double(total)))
        return t("Betweenness is estimated from \(samples) of the \(total) organisations taken as starting points (seeded, so the same file gives the same figures); partnermap centrality gives the exact values.",
          "L’intermédiarité est estimée à partir de \(samples) des \(total) organismes pris comme points de départ (tirage fixe : le même fichier donne les mêmes chiffres) ; partnermap centrality donne les valeurs exactes.")
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
        case "isolated": t("Organisations without a working tie (partnership, seat or shared project)", "Organismes sans lien de travail (partenariat, siège ou projet commun)")
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
