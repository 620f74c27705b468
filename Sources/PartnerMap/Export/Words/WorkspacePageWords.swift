/// Every label of the workspace page and every message of its server, in English and French:
/// the page asks for ``labels`` in the coordinator's language and writes nothing of its own.
public struct WorkspacePageWords: Sendable {
    /// The language of these words.
    public let language: ReportLanguage

    /// The words in `language`.
    public init(_ language: ReportLanguage) { self.language = language }

    private var fr: Bool { language == .fr }

    /// The page's labels by key, for its script.
    public var labels: [String: String] {
        var labels = fr ? Self.french : Self.english
        for kind in Gap.Kind.allCases { labels["gap." + kind.rawValue] = gapKind(kind) }
        let findings = FindingSentences.words(language)
        for kind in [OverlapFinder.Kind.duplicate, .possibleDuplicate, .twin] { labels["pair." + kind.rawValue] = findings.pairKind(kind) }
        // The words of a form's choices and of cards: never an id where the tool has a word.
        for type in OrganisationType.allCases { labels["type." + type.rawValue] = typeName(type) }
        for role in MembershipRole.allCases { labels["role." + role.rawValue] = roleName(role) }
        for spoken in Language.allCases { labels["language." + spoken.rawValue] = languageName(spoken) }
        labels["serviceLanguage.en"] = labels["language.en"]
        labels["serviceLanguage.fr"] = labels["language.fr"]
        labels["reported.both"] = fr ? "les deux parties" : "both sides"
        labels["reported.one"] = fr ? "une seule partie" : "one side"
        return labels.mapValues(language.typeset)
    }

    private func gapKind(_ kind: Gap.Kind) -> String {
        switch (kind, fr) {
        case (.isolatedOrganisation, false): "Alone"
        case (.isolatedOrganisation, true): "Isolé"
        case (.disconnectedComponent, false): "Cut off from the network"
        case (.disconnectedComponent, true): "Coupé du réseau"
        case (.singlePointOfFailure, false): "Single point of failure"
        case (.singlePointOfFailure, true): "Point de rupture"
        case (.missingSector, false): "Sector missing from the table"
        case (.missingSector, true): "Secteur absent de la table"
        case (.uncoveredPriority, false): "Priority no project covers"
        case (.uncoveredPriority, true): "Priorité sans projet"
        case (.unfundedProject, false): "Project without funding"
        case (.unfundedProject, true): "Projet sans financement"
        case (.fundingDependency, false): "Depends on one funder"
        case (.fundingDependency, true): "Dépend d’un seul bailleur"
        case (.fundingConcentration, false): "Money concentrated"
        case (.fundingConcentration, true): "Financement concentré"
        case (.siloedOrganisation, false): "Works in its own sector only"
        case (.siloedOrganisation, true): "Travaille dans son seul secteur"
        case (.tiesNotRecorded, false): "Funding only, no ties recorded"
        case (.tiesNotRecorded, true): "Financement seulement, aucun lien consigné"
        case (.characteristicNotServed, false): "Characteristic no project serves"
        case (.characteristicNotServed, true): "Caractéristique qu’aucun projet ne sert"
        case (.characteristicOneOrganisation, false): "Characteristic on one organisation"
        case (.characteristicOneOrganisation, true): "Caractéristique portée par un seul organisme"
        }
    }

    private static let english: [String: String] = [
        "title": "PartnerMap workspace", "language": "Language", "filters": "Filters", "sector": "Sector", "type": "Type", "area": "Area",
        "council": "Council or network", "characteristic": "Characteristic of a welcoming community",
        "asOf": "As of (year)", "sourcedOnly": "Sourced entries only", "confirmedOnly": "Confirmed partnerships only",
        "all": "All", "clearFilters": "Clear filters", "filterOn": "Filter on:", "noFilter": "The whole network (no filter)",
        "tabMap": "Map", "tabFindings": "Findings", "tabEdit": "Edit", "tabExport": "Export",
        "view": "View", "viewPartnerships": "Partnerships", "viewFunding": "Funding", "viewOverlap": "Projects that overlap", "viewEgo": "Around the selected organisation",
        "search": "Find an organisation", "zoomIn": "Zoom in", "zoomOut": "Zoom out", "zoomFit": "Fit", "mapTable": "Organisations on the map (the map as a table)",
        "name": "Name", "ties": "Ties", "betweenness": "Betweenness", "sectors": "Sectors", "summary": "The network",
        "organisations": "Organisations", "projects": "Projects", "partnerships": "Partnerships", "memberships": "Council seats",
        "fundingFlows": "Funding flows", "components": "Separate groups", "density": "Density", "isolated": "Alone",
        "gaps": "Gaps and next steps", "kind": "Gap", "finding": "What the file shows", "nextStep": "Next step",
        "overlap": "Projects that serve the same objective", "score": "Score", "action": "What to do", "class": "Kind",
        "centrality": "Who holds the network together", "degree": "Ties", "closeness": "Closeness", "constraint": "Constraint",
        "recommend": "Suggested partnerships", "reason": "Why", "survey": "Partner survey", "trustReceived": "Trust received",
        "valueReceived": "Value received", "respondedCol": "Responded", "compare": "What changed since the compared file",
        "illustrative": "illustrative", "sourced": "sourced",
        "illustrativeNote":
            "A finding marked illustrative rests on at least one entry the file marks as made up to illustrate; filter on sourced entries to see the findings on sources alone.",
        "card": "Organisation", "seats": "Seats", "funding": "Funding", "standing": "Place in the network", "close": "Close",
        "edit": "Edit", "remove": "Remove", "with": "With", "role": "Role", "lead": "lead", "cutPoint": "Holds part of the network to the rest (cut point)",
        "section": "Section", "add": "Add", "submit": "Apply the change", "cancel": "Cancel", "save": "Save to the file", "undo": "Undo the last change",
        "unsaved": "unsaved changes", "saved": "Every change is saved in the file.", "removeConfirm": "Remove this entry?",
        "problems": "Nothing was changed: the file's rules refuse this entry.", "changed": "Changed. Save to write it to the file.",
        "exports": "Downloads of what is on screen (with the filter)", "mapSVG": "Map (SVG)", "mapPNG": "Map (PNG)", "mapPDF": "Map (PDF)",
        "mapDOT": "Map (DOT, for Graphviz)", "graphml": "Partnerships (GraphML, for Gephi)", "networkJSON": "The network (JSON)",
        "csvGaps": "Gaps (CSV)", "csvCentrality": "Centrality (CSV)", "csvOverlap": "Overlapping projects (CSV)", "csvRecommend": "Suggested partnerships (CSV)",
        "csvSurvey": "Survey scores (CSV)", "report": "The HTML report", "loading": "Working…", "entries": "Entries",
        "before": "before", "now": "now", "noEntries": "No entry yet.", "yes": "yes", "no": "no", "from": "From", "to": "To", "amount": "Amount",
        "year": "Year", "listHint": "separate with commas", "readOnlyNote": "Read only:", "diskProblems": "The file on disk has problems; the page shows it as it last loaded:",
        "none": "none", "findEntry": "Find an entry", "entriesShown": "{shown} of {total} shown; narrow them with “Find an entry”.",
        "rowsShown": "{shown} of {total} shown (those that broker most; every one is in the CSV downloads and the search).",
    ]

    private static let french: [String: String] = [
        "title": "Espace de travail PartnerMap", "language": "Langue", "filters": "Filtres", "sector": "Secteur", "type": "Type", "area": "Territoire",
        "council": "Instance", "characteristic": "Caractéristique d’une communauté accueillante",
        "asOf": "En (année)", "sourcedOnly": "Entrées sourcées seulement", "confirmedOnly": "Partenariats confirmés seulement",
        "all": "Tous", "clearFilters": "Effacer les filtres", "filterOn": "Filtre :", "noFilter": "Tout le réseau (aucun filtre)",
        "tabMap": "Carte", "tabFindings": "Constats", "tabEdit": "Modifier", "tabExport": "Exporter",
        "view": "Vue", "viewPartnerships": "Partenariats", "viewFunding": "Financement", "viewOverlap": "Projets qui se recoupent", "viewEgo": "Autour de l’organisme choisi",
        "search": "Trouver un organisme", "zoomIn": "Agrandir", "zoomOut": "Réduire", "zoomFit": "Ajuster", "mapTable": "Organismes de la carte (la carte sous forme de tableau)",
        "name": "Nom", "ties": "Liens", "betweenness": "Intermédiarité", "sectors": "Secteurs", "summary": "Le réseau",
        "organisations": "Organismes", "projects": "Projets", "partnerships": "Partenariats", "memberships": "Sièges aux instances",
        "fundingFlows": "Financements", "components": "Groupes séparés", "density": "Densité", "isolated": "Isolés",
        "gaps": "Lacunes et prochaines étapes", "kind": "Lacune", "finding": "Ce que montre le fichier", "nextStep": "Prochaine étape",
        "overlap": "Projets qui servent le même objectif", "score": "Score", "action": "Que faire", "class": "Nature",
        "centrality": "Qui relie le réseau", "degree": "Liens", "closeness": "Proximité", "constraint": "Contrainte",
        "recommend": "Partenariats suggérés", "reason": "Pourquoi", "survey": "Sondage des partenaires", "trustReceived": "Confiance reçue",
        "valueReceived": "Valeur reçue", "respondedCol": "A répondu", "compare": "Ce qui a changé depuis le fichier comparé",
        "illustrative": "illustratif", "sourced": "sourcé",
        "illustrativeNote":
            "Un constat marqué illustratif repose sur au moins une entrée que le fichier dit inventée pour l’exemple ; filtrez sur les entrées sourcées pour voir les constats fondés sur les seules sources.",
        "card": "Organisme", "seats": "Sièges", "funding": "Financement", "standing": "Place dans le réseau", "close": "Fermer",
        "edit": "Modifier", "remove": "Retirer", "with": "Avec", "role": "Rôle", "lead": "porteur", "cutPoint": "Relie une partie du réseau au reste (point de rupture)",
        "section": "Section", "add": "Ajouter", "submit": "Appliquer la modification", "cancel": "Annuler", "save": "Enregistrer dans le fichier",
        "undo": "Annuler la dernière modification", "unsaved": "modifications non enregistrées", "saved": "Toutes les modifications sont enregistrées dans le fichier.",
        "removeConfirm": "Retirer cette entrée ?", "problems": "Rien n’a été modifié : les règles du fichier refusent cette entrée.",
        "changed": "Modifié. Enregistrez pour l’écrire dans le fichier.",
        "exports": "Téléchargements de ce qui est affiché (avec le filtre)", "mapSVG": "Carte (SVG)", "mapPNG": "Carte (PNG)", "mapPDF": "Carte (PDF)",
        "mapDOT": "Carte (DOT, pour Graphviz)", "graphml": "Partenariats (GraphML, pour Gephi)", "networkJSON": "Le réseau (JSON)",
        "csvGaps": "Lacunes (CSV)", "csvCentrality": "Centralité (CSV)", "csvOverlap": "Projets qui se recoupent (CSV)", "csvRecommend": "Partenariats suggérés (CSV)",
        "csvSurvey": "Résultats du sondage (CSV)", "report": "Le rapport HTML", "loading": "Calcul en cours…", "entries": "Entrées",
        "before": "avant", "now": "maintenant", "noEntries": "Aucune entrée pour l’instant.", "yes": "oui", "no": "non", "from": "De", "to": "À", "amount": "Montant",
        "year": "Année", "listHint": "séparez par des virgules", "readOnlyNote": "Lecture seule :",
        "diskProblems": "Le fichier sur le disque a des problèmes ; la page le montre tel qu’il a été lu la dernière fois :", "none": "aucun",
        "findEntry": "Trouver une entrée", "entriesShown": "{shown} sur {total} affichées ; précisez avec « Trouver une entrée ».",
        "rowsShown": "{shown} sur {total} affichés (ceux qui font le plus le lien ; tous sont dans les téléchargements CSV et la recherche).",
    ]

    /// A seat's role as a council's minutes say it.
    public func roleName(_ role: MembershipRole) -> String { language.vocabulary.role(role) }

    /// A language by its name in the page's language (`français`, `English`).
    public func languageName(_ spoken: Language) -> String { language.vocabulary.spoken(spoken) }

    /// A sector as the findings say it (`santé` for `health`; the file's own word otherwise).
    public func sectorName(_ sector: String) -> String { language.vocabulary.label(sector) }

    /// An organisation type as the report names it (`organisme sans but lucratif`).
    public func typeName(_ type: OrganisationType) -> String { language.vocabulary.type(type) }

    /// An amount as the language writes it (`12,500 CAD`, `12 500 CAD`).
    public func amount(_ value: Double, _ currency: String) -> String { language.amount(value, currency) }

    // MARK: Messages of the server

    /// A path the server does not have.
    public func notFound(_ path: String) -> String { fr ? "cette adresse n’existe pas dans l’espace de travail" : "no such address in the workspace" }
    /// A GET to a change, or a POST to a reading.
    public var methodNotAllowed: String {
        fr
            ? "cette adresse ne prend pas cette méthode (les modifications sont des POST, les lectures des GET)"
            : "this address does not take this method (changes are POST, readings GET)"
    }
    /// A query value that is not one of the choices.
    public func badValue(_ key: String, _ value: String, _ choices: [String]) -> String {
        let list = choices.joined(separator: ", ")
        return fr
            ? "\(key) ne prend pas la valeur « \(value) »" + (list.isEmpty ? "" : " ; valeurs possibles : \(list)")
            : "\(key) does not take “\(value)”" + (list.isEmpty ? "" : "; it takes \(list)")
    }
    /// An `asOf` that is not a four-digit year.
    public func badYear(_ value: String) -> String {
        fr ? "asOf prend une année à quatre chiffres, comme 2019 (reçu « \(value) »)" : "asOf takes a four-digit year, such as 2019 (got “\(value)”)"
    }
    /// A count that is not a whole number from 0.
    public func badCount(_ key: String, _ value: String) -> String {
        fr ? "\(key) prend un nombre entier de 0 à 100 000 (reçu « \(value) »)" : "\(key) takes a whole number from 0 to 100,000 (got “\(value)”)"
    }
    /// A threshold outside 0…1.
    public func badThreshold(_ value: String) -> String { fr ? "threshold prend un nombre de 0 à 1 (reçu « \(value) »)" : "threshold takes a number from 0 to 1 (got “\(value)”)" }
    /// An edit's body that is not an edit.
    public var badEdit: String {
        fr
            ? "la modification n’est pas lisible : envoyez un objet JSON {\"action\": \"add\"|\"change\"|\"remove\", \"section\": …, \"position\": …, \"fields\": {…}}"
            : "the edit cannot be read: send a JSON object {\"action\": \"add\"|\"change\"|\"remove\", \"section\": …, \"position\": …, \"fields\": {…}}"
    }
    /// An edit the file's rules refuse.
    public var notWritten: String { fr ? "rien n’a été modifié : les règles du fichier refusent cette entrée" : "nothing was changed: the file's rules refuse this entry" }
    /// Undo with nothing to undo.
    public var nothingToUndo: String { fr ? "il n’y a aucune modification non enregistrée à annuler" : "there is no unsaved change to undo" }
    /// Save with nothing to save.
    public var nothingToSave: String { fr ? "il n’y a rien à enregistrer" : "there is nothing to save" }
    /// Save refused because the file changed elsewhere.
    public var changedOnDisk: String {
        fr
            ? "le fichier a été modifié ailleurs depuis sa lecture : il a été relu et vos modifications y ont été réappliquées ; vérifiez-les, puis enregistrez de nouveau"
            : "the file was changed elsewhere since it was read: it has been read again and your changes laid over it; look them over, then save again"
    }
    /// The file could not be written.
    public func cannotWrite(_ reason: String) -> String {
        fr ? "le fichier n’a pas pu être écrit (\(reason)) ; rien n’a changé sur le disque" : "the file could not be written (\(reason)); nothing changed on disk"
    }
    /// A format the page reads but does not edit.
    public func readOnly(format: String) -> String {
        fr
            ? "ce fichier (\(format)) est en lecture seule dans la page : seuls les fichiers YAML et JSON se modifient ici ; convertissez-le avec partnermap import FICHIER -o reseau.yaml"
            : "this file (\(format)) is read only on the page: only YAML and JSON files are edited here; convert it with partnermap import FILE -o network.yaml"
    }
    /// The file changed on disk and was read again.
    public func reloaded(kept: Int, dropped: Int) -> String {
        var text = fr ? "Le fichier a été modifié dans un autre programme : la page l’a relu." : "The file was changed in another program: the page has read it again."
        if kept > 0 { text += fr ? " \(kept) modification(s) non enregistrée(s) réappliquée(s)." : " \(kept) unsaved change(s) laid over it." }
        if dropped > 0 {
            text += fr ? " \(dropped) modification(s) ne s’appliquai(en)t plus et ont été abandonnée(s)." : " \(dropped) change(s) no longer applied and were dropped."
        }
        return text
    }
    /// Survey scores asked of a file without a survey.
    public var noSurvey: String { fr ? "ce réseau (sous ce filtre) ne contient aucune réponse au sondage" : "this network (under this filter) holds no survey answers" }
    /// A change asked of a workspace started without `--compare`.
    public var noCompare: String { fr ? "l’espace de travail a été lancé sans --compare" : "the workspace was started without --compare" }
    /// A funding export of a network without funding.
    public var noFunding: String { fr ? "ce réseau (sous ce filtre) ne consigne aucun financement" : "this network (under this filter) records no funding" }
    /// A card of an id no organisation has.
    public func noOrganisation(_ id: String, suggestion: String?) -> String {
        (fr ? "aucun organisme n’a l’identifiant « \(id) » sous ce filtre" : "no organisation has the id “\(id)” under this filter")
            + (suggestion.map { fr ? " (vouliez-vous dire « \($0) » ?)" : " (did you mean “\($0)”?)" } ?? "")
    }

    // MARK: Refusals

    /// A request from another host name (DNS rebinding).
    public var unknownHost: String {
        fr
            ? "refusé : cette adresse n’est pas celle de l’espace de travail (ouvrez l’adresse affichée par partnermap serve)"
            : "refused: this is not the workspace's address (open the address partnermap serve printed)"
    }
    /// A request from another site's page.
    public var foreignOrigin: String { fr ? "refusé : la demande vient d’un autre site" : "refused: the request comes from another site" }
    /// A request without the token.
    public var noToken: String {
        fr ? "refusé : ouvrez l’adresse complète affichée par partnermap serve (avec son jeton)" : "refused: open the whole address partnermap serve printed (with its token)"
    }
    /// A request with a wrong token.
    public var wrongToken: String {
        fr
            ? "refusé : ce jeton n’est pas celui de cet espace de travail (relancé ?) ; ouvrez la dernière adresse affichée"
            : "refused: this is not this workspace's token (restarted?); open the address it printed last"
    }
    /// A change without the page's token.
    public var noPageToken: String {
        fr
            ? "refusé : une modification doit venir de la page (en-tête X-PartnerMap-Page) ; rechargez la page"
            : "refused: a change must come from the page (X-PartnerMap-Page header); reload the page"
    }
    /// A change whose body is not JSON.
    public var notJSON: String {
        fr ? "refusé : une modification s’envoie en JSON (Content-Type: application/json)" : "refused: a change is sent as JSON (Content-Type: application/json)"
    }
    /// A body over the limit.
    public var tooLarge: String { fr ? "refusé : le corps de la demande dépasse 1 Mo" : "refused: the request's body is over 1 MB" }
}
