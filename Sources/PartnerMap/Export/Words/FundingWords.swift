/// The words of `partnermap funding` and of the report's charts: the breakdowns' headings and
/// columns, size bands, co-funding and first-time recipients, one catalogue per language.
protocol FundingWords: Sendable {
    var language: ReportLanguage { get }
    func heading(_ dimension: FundingBreakdown.Dimension, fiscal: Bool, areaLevel: FundingBreakdown.AreaLevel) -> String
    func column(_ dimension: FundingBreakdown.Dimension, areaLevel: FundingBreakdown.AreaLevel) -> String
    var total: String { get }
    var grants: String { get }
    var recipients: String { get }
    var median: String { get }
    var notGiven: String { get }
    func band(from low: String, to high: String?) -> String
    func counted(_ counted: Int, of total: Int) -> String
    var coFundingHeading: String { get }
    func distribution(_ parts: [(funders: Int, recipients: Int)]) -> String
    var funders: String { get }
    var shared: String { get }
    var jaccard: String { get }
    var amounts: String { get }
    var noCoFunding: String { get }
    var newcomersHeading: String { get }
    var year: String { get }
    var new: String { get }
    var again: String { get }
    func undated(_ count: Int) -> String
    func more(_ count: Int) -> String
    var topRecipientsHeading: String { get }
}

extension ReportLanguage {
    var fundingWords: any FundingWords {
        switch self {
        case .en: EnglishFundingWords()
        case .fr: FrenchFundingWords()
        }
    }
}

struct EnglishFundingWords: FundingWords {
    var language: ReportLanguage { .en }

    func heading(_ dimension: FundingBreakdown.Dimension, fiscal: Bool, areaLevel: FundingBreakdown.AreaLevel) -> String {
        switch dimension {
        case .year: fiscal ? "By fiscal year (April to March)" : "By year"
        case .size: "By size of grant"
        case .area: areaLevel == .city ? "By city" : "By area"
        case .recipientType: "By kind of recipient"
        case .funder: "By funder"
        case .programme: "By programme"
        }
    }

    func column(_ dimension: FundingBreakdown.Dimension, areaLevel: FundingBreakdown.AreaLevel) -> String {
        switch dimension {
        case .year: "Year"
        case .size: "Size"
        case .area: areaLevel == .city ? "City" : "Area"
        case .recipientType: "Kind of recipient"
        case .funder: "Funder"
        case .programme: "Programme"
        }
    }

    var total: String { "Total" }
    var grants: String { "Grants" }
    var recipients: String { "Recipients" }
    var median: String { "Median grant" }
    var notGiven: String { "not given" }
    func band(from low: String, to high: String?) -> String { high.map { "\(low) to \($0)" } ?? "\(low) and more" }
    func counted(_ counted: Int, of total: Int) -> String {
        counted == total
            ? "\(language.plural(counted, "grant", "grants")) in the file."
            : "\(language.plural(counted, "grant", "grants")) of \(language.number(Double(total))) in the file match the filters."
    }
    var coFundingHeading: String { "Co-funding" }
    func distribution(_ parts: [(funders: Int, recipients: Int)]) -> String {
        "Recipients by number of funders: "
            + parts.map { "\(language.plural($0.funders, "funder", "funders")): \(language.number(Double($0.recipients)))" }.joined(separator: "; ") + "."
    }
    var funders: String { "Funders" }
    var shared: String { "Shared recipients" }
    var jaccard: String { "Jaccard" }
    var amounts: String { "Given to them" }
    var noCoFunding: String { "No two funders fund the same recipient." }
    var newcomersHeading: String { "First-time and returning recipients" }
    var year: String { "Year" }
    var new: String { "First funded" }
    var again: String { "Funded before" }
    func undated(_ count: Int) -> String { "\(language.plural(count, "grant has", "grants have")) no date and are left out." }
    func more(_ count: Int) -> String { "and \(language.number(Double(count))) more" }
    var topRecipientsHeading: String { "Largest recipients" }
}

struct FrenchFundingWords: FundingWords {
    var language: ReportLanguage { .fr }

    func heading(_ dimension: FundingBreakdown.Dimension, fiscal: Bool, areaLevel: FundingBreakdown.AreaLevel) -> String {
        switch dimension {
        case .year: fiscal ? "Par exercice financier (d’avril à mars)" : "Par année"
        case .size: "Par taille de subvention"
        case .area: areaLevel == .city ? "Par ville" : "Par territoire"
        case .recipientType: "Par type de bénéficiaire"
        case .funder: "Par bailleur de fonds"
        case .programme: "Par programme"
        }
    }

    func column(_ dimension: FundingBreakdown.Dimension, areaLevel: FundingBreakdown.AreaLevel) -> String {
        switch dimension {
        case .year: "Année"
        case .size: "Taille"
        case .area: areaLevel == .city ? "Ville" : "Territoire"
        case .recipientType: "Type de bénéficiaire"
        case .funder: "Bailleur de fonds"
        case .programme: "Programme"
        }
    }

    var total: String { "Total" }
    var grants: String { "Subventions" }
    var recipients: String { "Bénéficiaires" }
    var median: String { "Subvention médiane" }
    var notGiven: String { "non précisé" }
    func band(from low: String, to high: String?) -> String { high.map { "de \(low) à \($0)" } ?? "\(low) et plus" }
    func counted(_ counted: Int, of total: Int) -> String {
        counted == total
            ? "\(language.plural(counted, "subvention", "subventions")) dans le fichier."
            : "\(language.plural(counted, "subvention répond", "subventions répondent")) aux filtres, sur \(language.number(Double(total))) dans le fichier."
    }
    var coFundingHeading: String { "Cofinancement" }
    func distribution(_ parts: [(funders: Int, recipients: Int)]) -> String {
        "Bénéficiaires selon leur nombre de bailleurs de fonds : "
            + parts.map { "\(language.plural($0.funders, "bailleur", "bailleurs")) : \(language.number(Double($0.recipients)))" }.joined(separator: " ; ") + "."
    }
    var funders: String { "Bailleurs de fonds" }
    var shared: String { "Bénéficiaires communs" }
    var jaccard: String { "Jaccard" }
    var amounts: String { "Versé à ces bénéficiaires" }
    var noCoFunding: String { "Aucun bénéficiaire n’a plus d’un bailleur de fonds." }
    var newcomersHeading: String { "Bénéficiaires financés pour la première fois ou de nouveau" }
    var year: String { "Année" }
    var new: String { "Première fois" }
    var again: String { "Déjà financés" }
    func undated(_ count: Int) -> String {
        count == 1 ? "1 subvention n’a pas de date et n’est pas comptée." : "\(language.number(Double(count))) subventions n’ont pas de date et ne sont pas comptées."
    }
    func more(_ count: Int) -> String { "et \(language.number(Double(count))) autres" }
    var topRecipientsHeading: String { "Principaux bénéficiaires" }
}
