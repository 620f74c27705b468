/// The words of `partnermap framework` and of the report's framework section: headings,
/// columns, how a project serves a characteristic and what it lacks, one catalogue per language.
protocol FrameworkWords: Sendable {
    var language: ReportLanguage { get }
    /// "Characteristics of a welcoming community (Esses et al., 2010)".
    func heading(_ framework: Framework) -> String
    /// How many projects declare their characteristics and how many were read for proposals.
    func basis(declaring: Int, proposed: Int) -> String
    var characteristic: String { get }
    var projects: String { get }
    var organisations: String { get }
    var sectorAtTable: String { get }
    var funding: String { get }
    var finding: String { get }
    var yes: String { get }
    var no: String { get }
    /// The cell of a characteristic that names no sector.
    var anySector: String { get }
    var none: String { get }
    /// A proposed project's mark, with the words that led to it.
    func proposed(_ words: [String]) -> String
    var declaredMark: String { get }
    var proposedMark: String { get }
    func gap(_ kind: Gap.Kind) -> String
    func more(_ count: Int) -> String
    /// The matrix's legend: what ● and ○ mean.
    var legend: String { get }
    /// The matrix's caption.
    var matrixCaption: String { get }
    /// The summary table's caption.
    var summaryCaption: String { get }
    var project: String { get }
    /// The line that says where the characteristics come from.
    func reference(_ framework: Framework) -> String
    /// The matrix lists the first `shown` projects of `total`.
    func matrixMore(_ shown: Int, of total: Int) -> String
}

extension ReportLanguage {
    var frameworkWords: any FrameworkWords {
        switch self {
        case .en: EnglishFrameworkWords()
        case .fr: FrenchFrameworkWords()
        }
    }
}

struct EnglishFrameworkWords: FrameworkWords {
    var language: ReportLanguage { .en }
    func heading(_ framework: Framework) -> String { (framework.name.en ?? framework.id) + " (Esses et al., 2010)" }
    func basis(declaring: Int, proposed: Int) -> String {
        let total = declaring + proposed
        let projects = language.plural(total, "project", "projects")
        switch (declaring, proposed) {
        case (_, 0): return "\(projects), each declaring the characteristics it serves."
        case (0, _):
            return
                "\(projects), none declaring its characteristics: every one is proposed by PartnerMap from the project's text, with the words that led to it, for the partners to confirm."
        default:
            let declared = declaring == 1 ? "1 declares the characteristics it serves" : "\(declaring) declare the characteristics they serve"
            let others = proposed == 1 ? "the one that declares none" : "the \(proposed) that declare none"
            return "\(projects): \(declared); for \(others), PartnerMap proposes them from the project's text, with the words that led to it, for the partners to confirm."
        }
    }
    var characteristic: String { "Characteristic" }
    var projects: String { "Projects" }
    var organisations: String { "Organisations" }
    var sectorAtTable: String { "Sector at the table" }
    var funding: String { "Funding to these projects" }
    var finding: String { "Finding" }
    var yes: String { "yes" }
    var no: String { "no" }
    var anySector: String { "no one sector" }
    var none: String { "none" }
    func proposed(_ words: [String]) -> String { "proposed: " + words.joined(separator: ", ") }
    var declaredMark: String { "declared" }
    var proposedMark: String { "proposed" }
    func gap(_ kind: Gap.Kind) -> String {
        switch kind {
        case .characteristicNotServed: "no project serves it"
        case .characteristicOneOrganisation: "one organisation only"
        default: ""
        }
    }
    func more(_ count: Int) -> String { "\(count) more" }
    var legend: String { "● declared by the file; ○ proposed by PartnerMap from the project's text, with the words that led to it in the table above." }
    var matrixCaption: String { "Projects and the characteristics they serve" }
    var summaryCaption: String { "Each characteristic: who serves it, with what" }
    var project: String { "Project" }
    func reference(_ framework: Framework) -> String {
        "The characteristics are those of " + (framework.reference.en ?? "") + "; PartnerMap names and describes them in its own words."
    }
    func matrixMore(_ shown: Int, of total: Int) -> String {
        "The first \(shown) of \(total) projects; `partnermap framework --format csv` lists them all."
    }
}

struct FrenchFrameworkWords: FrameworkWords {
    var language: ReportLanguage { .fr }
    func heading(_ framework: Framework) -> String { (framework.name.fr ?? framework.id) + " (Esses et collab., 2010)" }
    func basis(declaring: Int, proposed: Int) -> String {
        let total = declaring + proposed
        let projects = language.plural(total, "projet", "projets")
        switch (declaring, proposed) {
        case (_, 0): return "\(projects), chacun déclarant les caractéristiques qu’il sert."
        case (0, _):
            return
                "\(projects), dont aucun ne déclare ses caractéristiques : PartnerMap les propose toutes d’après le texte des projets, avec les mots qui y ont mené, pour que les partenaires les confirment."
        default:
            let declared = declaring == 1 ? "1 déclare les caractéristiques qu’il sert" : "\(declaring) déclarent les caractéristiques qu’ils servent"
            let others = proposed == 1 ? "celui qui n’en déclare aucune" : "les \(proposed) qui n’en déclarent aucune"
            return
                "\(projects) : \(declared) ; pour \(others), PartnerMap les propose d’après le texte du projet, avec les mots qui y ont mené, pour que les partenaires les confirment."
        }
    }
    var characteristic: String { "Caractéristique" }
    var projects: String { "Projets" }
    var organisations: String { "Organismes" }
    var sectorAtTable: String { "Secteur à la table" }
    var funding: String { "Financement de ces projets" }
    var finding: String { "Constat" }
    var yes: String { "oui" }
    var no: String { "non" }
    var anySector: String { "aucun secteur en particulier" }
    var none: String { "aucun" }
    func proposed(_ words: [String]) -> String { "proposé : " + words.joined(separator: ", ") }
    var declaredMark: String { "déclaré" }
    var proposedMark: String { "proposé" }
    func gap(_ kind: Gap.Kind) -> String {
        switch kind {
        case .characteristicNotServed: "aucun projet ne la sert"
        case .characteristicOneOrganisation: "un seul organisme"
        default: ""
        }
    }
    func more(_ count: Int) -> String { "\(count) autres" }
    var legend: String { "● déclarée dans le fichier ; ○ proposée par PartnerMap d’après le texte du projet, avec les mots qui y ont mené dans le tableau ci-dessus." }
    var matrixCaption: String { "Les projets et les caractéristiques qu’ils servent" }
    var summaryCaption: String { "Chaque caractéristique : qui la sert, avec quoi" }
    var project: String { "Projet" }
    func reference(_ framework: Framework) -> String {
        "Les caractéristiques sont celles de " + (framework.reference.fr ?? "") + " ; PartnerMap les nomme et les décrit dans ses propres mots."
    }
    func matrixMore(_ shown: Int, of total: Int) -> String {
        "Les \(shown) premiers des \(total) projets ; `partnermap framework --format csv` les donne tous."
    }
}
