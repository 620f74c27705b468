/// The words of the workspace page (`partnermap serve`) and of its edits, in English and
/// French: section and field names as a coordinator knows them, the filter's sentence, why an
/// edit cannot be made, and every label of the page.
public struct WorkspaceWords: Sendable {
    /// The language of these words.
    public let language: ReportLanguage

    /// The words in `language`.
    public init(_ language: ReportLanguage) { self.language = language }

    /// A section as a form's heading names it.
    public func section(_ section: NetworkSection) -> String {
        switch (section, language) {
        case (.organisations, .en): "Organisations"
        case (.organisations, .fr): "Organismes"
        case (.projects, .en): "Projects"
        case (.projects, .fr): "Projets"
        case (.partnerships, .en): "Partnerships"
        case (.partnerships, .fr): "Partenariats"
        case (.memberships, .en): "Seats on councils"
        case (.memberships, .fr): "Sièges aux instances"
        case (.funding, .en): "Funding"
        case (.funding, .fr): "Financements"
        }
    }

    /// A field's label on a form: the name a spreadsheet's header uses (`Sector`, `Secteurs`).
    public func field(_ name: String) -> String {
        let english: [String: String] = [
            "id": "Id", "name": "Name", "nameFr": "Name in French", "nameEn": "Name in English", "objectivesFr": "Objectives in French",
            "objectivesEn": "Objectives in English", "type": "Type", "sectors": "Sectors", "area": "Area", "registration": "Registration number",
            "responded": "Responded to the survey", "since": "Since", "until": "Until", "partOf": "Part of", "membersComplete": "Member list complete",
            "expectedSectors": "Expected sectors", "outcome": "Outcome", "contributes": "Contributes", "article": "French article",
            "sources": "Sources", "illustrative": "Illustrative (not from a source)", "notes": "Notes", "organisations": "Organisations",
            "objectives": "Objectives", "themes": "Themes", "targetGroups": "Target groups", "language": "Language",
            "serviceLanguage": "Language of service", "start": "Start", "end": "End", "weight": "Weight", "reported": "Reported",
            "trust": "Trust", "value": "Value", "organisation": "Organisation", "body": "Council or network", "role": "Role",
            "from": "From (funder)", "to": "To (recipient or project)", "amount": "Amount", "currency": "Currency", "year": "Year",
            "programme": "Programme", "programmeFr": "Programme in French", "programmeEn": "Programme in English",
            "region": "Province or region", "city": "City", "postalCode": "Postal code", "district": "Electoral district",
            "recipientType": "Kind of recipient", "awarded": "Awarded",
        ]
        let french: [String: String] = [
            "id": "Identifiant", "name": "Nom", "nameFr": "Nom en français", "nameEn": "Nom en anglais", "objectivesFr": "Objectifs en français",
            "objectivesEn": "Objectifs en anglais", "type": "Type", "sectors": "Secteurs", "area": "Territoire",
            "registration": "Numéro d’enregistrement", "responded": "A répondu au sondage", "since": "Depuis", "until": "Jusqu’à",
            "partOf": "Fait partie de", "membersComplete": "Liste des membres complète", "expectedSectors": "Secteurs attendus",
            "outcome": "Résultat", "contributes": "Apporte", "article": "Article", "sources": "Sources",
            "illustrative": "Illustratif (ne vient pas d’une source)", "notes": "Notes", "organisations": "Organismes",
            "objectives": "Objectifs", "themes": "Thèmes", "targetGroups": "Publics cibles", "language": "Langue",
            "serviceLanguage": "Langue de service", "start": "Début", "end": "Fin", "weight": "Poids", "reported": "Déclaré",
            "trust": "Confiance", "value": "Valeur", "organisation": "Organisme", "body": "Instance", "role": "Rôle",
            "from": "De (bailleur de fonds)", "to": "À (bénéficiaire ou projet)", "amount": "Montant", "currency": "Devise", "year": "Année",
            "programme": "Programme", "programmeFr": "Programme en français", "programmeEn": "Programme en anglais",
            "region": "Province ou région", "city": "Ville", "postalCode": "Code postal", "district": "Circonscription",
            "recipientType": "Type de bénéficiaire", "awarded": "Octroyé le",
        ]
        return (language == .fr ? french : english)[name] ?? name
    }

    /// Why an edit cannot be made, with what to do instead.
    public func failure(_ failure: NetworkFileEditor.Failure) -> String {
        language.typeset(failureText(failure))
    }

    private func failureText(_ failure: NetworkFileEditor.Failure) -> String {
        switch (failure, language) {
        case (.noSuchEntry(let section, let position), .en):
            "\(section.rawValue) has no entry \(position.map { String($0 + 1) } ?? "(none given)"): the file may have changed; reload the page"
        case (.noSuchEntry(let section, let position), .fr):
            "la section \(self.section(section).lowercased()) n’a pas d’entrée \(position.map { String($0 + 1) } ?? "(aucune indiquée)") : le fichier a peut-être changé ; rechargez la page"
        case (.unknownField(let section, let name), .en): "\(section.rawValue) have no field `\(name)`"
        case (.unknownField(let section, let name), .fr): "la section \(self.section(section).lowercased()) n’a pas de champ « \(name) »"
        case (.layoutNotRecognised(let section), .en):
            "the \(section.rawValue) section is not written as a list with one field per line (a flow list, tabs or anchors): edit it in a text editor, or write the file anew with partnermap import FILE -o FILE.yaml"
        case (.layoutNotRecognised(let section), .fr):
            "la section \(self.section(section).lowercased()) n’est pas écrite comme une liste à un champ par ligne (liste en ligne, tabulations ou ancres) : modifiez-la dans un éditeur de texte, ou réécrivez le fichier avec partnermap import FICHIER -o FICHIER.yaml"
        }
    }

    /// What a filter keeps, as one line the page shows and every export made under it carries
    /// (`Sector: health · as of 2019`); `nil` when it keeps everything.
    public func filter(_ filter: NetworkFilter, in network: Network) -> String? {
        guard !filter.keepsEverything else { return nil }
        let fr = language == .fr
        var parts: [String] = []
        if let sector = filter.sector { parts.append((fr ? "Secteur : " : "Sector: ") + WorkspacePageWords(language).sectorName(sector)) }
        if let type = filter.type { parts.append("Type" + (fr ? " : " : ": ") + language.vocabulary.type(type)) }
        if let area = filter.area { parts.append((fr ? "Territoire : " : "Area: ") + area) }
        if let council = filter.council { parts.append((fr ? "Instance : " : "Council: ") + network.displayName(of: council)) }
        if let id = filter.characteristic {
            let name = FrameworkCoverage.framework(of: network).characteristic(id)?.name(in: language.spoken) ?? id
            parts.append((fr ? "Caractéristique : " : "Characteristic: ") + name)
        }
        if let year = filter.asOf { parts.append((fr ? "en " : "as of ") + String(year)) }
        if filter.sourcedOnly { parts.append(fr ? "entrées sourcées seulement" : "sourced entries only") }
        if filter.confirmedOnly { parts.append(fr ? "partenariats confirmés seulement" : "confirmed partnerships only") }
        return language.typeset(parts.joined(separator: " · "))
    }
}

extension ReportLanguage {
    /// The workspace's words in this language.
    public var editWords: WorkspaceWords { WorkspaceWords(self) }
}
