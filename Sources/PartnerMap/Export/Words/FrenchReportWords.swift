/// The report's fixed words in French. See ``ReportWords``.
struct FrenchReportWords: ReportWords {
    var language: ReportLanguage { .fr }

    var subtitle: String { "Rapport sur le réseau de partenaires" }
    var madeWith: String { "Produit avec PartnerMap à partir de" }
    var contents: String { "Sommaire" }
    var holdsHeading: String { "Ce que contient le réseau" }
    var mapHeading: String { "La carte des partenariats" }
    var mapHelp: String {
        "La couleur indique le secteur ; la forme, le type d’organisme ; la taille, la part des plus courts chemins qui passent par l’organisme. Un cadre gris regroupe un conseil et ses membres ; une double bordure signale un point de rupture, une bordure pointillée un organisme sans lien. Survolez un organisme pour en voir le détail ; cliquez dessus pour faire ressortir ses partenaires."
    }
    var search: String { "Chercher un organisme ou un projet" }
    var brokersHeading: String { "Qui relie le réseau" }
    var overlapHeading: String { "Projets qui poursuivent le même objectif" }
    var gapsHeading: String { "Lacunes" }
    var fundingHeading: String { "Financement" }
    var recommendHeading: String { "Partenariats suggérés" }
    var prioritiesHeading: String { "Priorités et projets qui y répondent" }
    var priority: String { "Priorité" }
    var coveredBy: String { "Couverte par" }
    var why: String { "Pourquoi" }
    var noProject: String { "aucun projet" }
    func sharedThemes(_ themes: String) -> String { "thèmes communs : " + themes }
    func sharedWords(_ words: String) -> String { "même sujet : " + words }
    var sourcesHeading: String { "Sources" }
    var noSources: String { "Le fichier du réseau ne cite aucune source." }
    var organisation: String { "Organisme" }
    var type: String { "Type" }
    var sector: String { "Secteur" }
    var ties: String { "Liens" }
    var betweenness: String { "Intermédiarité" }
    var closeness: String { "Proximité" }
    var constraint: String { "Contrainte" }
    var pair: String { "Projets" }
    var score: String { "Score" }
    var kind: String { "Catégorie" }
    var evidence: String { "Pourquoi" }
    var action: String { "Que faire" }
    var from: String { "De" }
    var to: String { "À" }
    var amount: String { "Montant" }
    var period: String { "Année" }
    var programme: String { "Programme" }
    var funder: String { "Bailleur de fonds" }
    var total: String { "Total" }
    var flows: String { "Versements" }
    var nextStep: String { "Prochaine étape" }
    var noOverlap: String { "Aucun projet ne poursuit le même objectif qu’un autre au seuil par défaut." }
    var noGaps: String { "Aucune lacune trouvée." }
    var noFunding: String { "Le réseau ne consigne aucun financement." }
    var noRecommendation: String { "Aucun partenariat à suggérer." }
    var clusters: String { "Groupes de trois projets ou plus ayant le même objectif" }
    var sortHint: String { "Cliquez sur un en-tête de colonne pour trier." }
    var illustrative: String { "illustratif" }
    var illustrativeTies: String { "liens illustratifs" }
    var illustrativeGrants: String { "subventions illustratives" }
    var methodHeading: String { "Pour bien lire ce rapport." }
    var surveyHeading: String { "Résultats du sondage auprès des partenaires" }
    var noAnswer: String { "n’a pas répondu" }
    var indicatorsHeading: String { "Les six indicateurs reçus par chaque membre" }
    var notConfirmable: String { "non confirmable" }
    func lowHint(_ threshold: String) -> String {
        "Les notes reçues sous \(threshold) (« pas du tout » à « un peu ») sont en rouge."
    }
    var methodViews: String {
        "La carte et les mesures portent sur les collaborations : deux organismes sont reliés quand ils ont un partenariat ou mènent un projet ensemble. Un conseil ou un réseau y figure à part, relié à chacun de ses membres : c’est une table de concertation, pas un intermédiaire. Deux membres d’un même conseil sont donc à deux pas l’un de l’autre, sans être reliés directement."
    }
    var methodCounted: String {
        "Chaque lien compte pour un, quelle que soit la force que lui donne le fichier : la force ne change ni qui relie les groupes, ni qui est isolé."
    }
    var methodIsolated: String {
        "Un organisme est dit isolé quand il n’a ni partenariat, ni siège, ni projet commun, ni lien de financement."
    }
    var methodFunding: String {
        "Le financement est traité à part, dans le sens où va l’argent : du bailleur de fonds au bénéficiaire. L’argent versé à un projet est attribué à l’organisme qui le porte, et seuls les versements inscrits au fichier sont comptés."
    }
    var methodSurvey: String {
        "Un lien tiré du sondage compte dès que l’un des deux organismes l’a nommé."
    }
    func methodSampled(_ sampled: Int, of total: Int) -> String {
        "L’intermédiarité est estimée à partir de \(sampled) des \(total) organismes."
    }
    var methodSectors: String {
        "Un secteur est dit « absent » d’un conseil quand aucun des membres inscrits au fichier n’y travaille ; le constat ne vaut pour tout le conseil que si le fichier en donne la liste complète des membres."
    }
    var methodIllustrative: String {
        "La mention « illustratif » signale un constat qui repose sur au moins une entrée inventée pour l’exemple ; le même rapport peut être produit avec les seules entrées sourcées."
    }
    func flowsMore(_ shown: Int, of total: Int) -> String {
        "Les \(language.number(Double(shown))) versements les plus importants sur \(language.number(Double(total))) sont listés ; la carte du financement montre les relations les plus importantes, et le fichier du réseau les contient tous."
    }
    func clusterMore(_ count: Int) -> String {
        "et \(language.number(Double(count))) autres"
    }
    func clustersMore(_ shown: Int, of total: Int) -> String {
        "Les \(language.number(Double(shown))) groupes les plus grands sur \(language.number(Double(total))) sont listés ; l’export CSV du chevauchement nomme chaque projet."
    }
    func overlapMore(_ shown: Int, of total: Int) -> String {
        "Les \(shown) paires les plus fortes sur \(total) sont listées ; la liste complète peut être exportée en tableur (CSV)."
    }
    func illustrativeNote(_ count: Int) -> String {
        "\(count) élément\(count == 1 ? " est marqué" : "s sont marqués") illustratif\(count == 1 ? "" : "s") dans le fichier : ils ne viennent pas d’une source citée et complètent l’exemple. Ils portent la mention « illustratif » partout où ils apparaissent."
    }
    func dataOf(_ years: String) -> String { years.hasPrefix("de ") ? "Données \(years)" : "Données de \(years)" }
    var undated: String { "Données sans date" }
    func estimated(_ samples: Int, of total: Int) -> String {
        let (samples, total) = (language.number(Double(samples)), language.number(Double(total)))
        return
            "L’intermédiarité est estimée à partir de \(samples) des \(total) organismes pris comme points de départ (tirage fixe : le même fichier donne les mêmes chiffres) ; les valeurs exactes peuvent être calculées sur tout le réseau."
    }
    var madeBy: String { "Produit par la commande" }
    var fundingMapHeading: String { "Où va l’argent" }
    var coFundingMapHeading: String { "Bailleurs de fonds qui financent les mêmes organismes" }
    var zoomIn: String { "Agrandir" }
    var zoomOut: String { "Réduire" }
    var fit: String { "Ajuster" }
    var mapMissing: String { "La carte n’a pas pu être dessinée :" }
    var detailsPrompt: String { "Survolez un organisme sur la carte, ou cliquez dessus, pour en voir le détail ici." }
    func factLabel(_ key: String) -> String {
        switch key {
        case "organisations": "Organismes"
        case "projects": "Projets"
        case "partnerships": "Partenariats"
        case "seats": "Sièges dans des conseils et réseaux"
        case "funding": "Financement qui entre dans le réseau"
        case "density": "Densité (part des liens possibles qui existent)"
        case "groups": "Groupes connectés"
        case "isolated":
            "Organismes isolés (ni partenariat, ni siège, ni projet commun, ni financement)"
        case "years": "Années couvertes"
        case "responses": "Réponses au sondage"
        case "notResponded": "N’ont pas répondu"
        case "confirmed": "Liens confirmés par les deux parties"
        case "trust": "Confiance moyenne (1 à 4)"
        case "value": "Valeur moyenne (1 à 4)"
        default: key
        }
    }
}
