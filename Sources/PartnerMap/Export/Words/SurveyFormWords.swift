/// The words of the partner survey's form (its questions, hints, choices and title): one
/// catalogue per language (``EnglishSurveyFormWords``, ``FrenchSurveyFormWords``), chosen by
/// ``ReportLanguage/surveyFormWords``. The form writes the columns of every language it is asked
/// for from these; the names `import` reads never depend on them.
protocol SurveyFormWords: Sendable {
    /// The label (or hint) of a piece of the form.
    func text(_ key: SurveyFormText) -> String
}

/// Every piece of text the survey form shows.
enum SurveyFormText: Hashable {
    case title
    case respondent
    case partners, partnersHint
    case ratings
    case frequency
    /// One of the six PARTNER indicators (`openness`, `reliability`, `mission`, `power`,
    /// `resources`, `involvement`).
    case indicator(String)
    case scaleHint
    case level
    case contributions
    case outcome
    case contributes
    /// A choice of a list (`frequency`/`monthly`, `scale`/`3`).
    case choice(list: String, name: String)
}

extension ReportLanguage {
    /// The survey form's words in this language.
    var surveyFormWords: any SurveyFormWords {
        switch self {
        case .en: EnglishSurveyFormWords()
        case .fr: FrenchSurveyFormWords()
        }
    }
}

struct EnglishSurveyFormWords: SurveyFormWords {
    func text(_ key: SurveyFormText) -> String {
        switch key {
        case .title: "Partner survey"
        case .respondent: "Your organisation"
        case .partners: "The organisations on the roster you worked with in the past twelve months"
        case .partnersHint: "If you worked with none, leave this empty: it still counts as a response."
        case .ratings: "Your partners"
        case .frequency: "How often did you work together?"
        case .indicator(let name):
            switch name {
            case "openness": "Openness: how open is this partner to discussion?"
            case "reliability": "Reliability: how reliable is this partner in following through on commitments?"
            case "mission": "Mission: how committed is this partner to the goals you share?"
            case "power": "Power: how much influence does this partner have in the community?"
            case "resources": "Resources: how much does this partner bring (money, staff, space, data)?"
            default: "Involvement: how actively does this partner take part in the work?"
            }
        case .scaleHint: "Leave it blank rather than guess."
        case .level: "Which best describes your relationship? (optional)"
        case .contributions: "What does this partner bring to your work together? (optional)"
        case .outcome: "How successful has the partnership as a whole been in reaching its goals? (optional)"
        case .contributes: "What does your organisation contribute to it? (optional)"
        case .choice(let list, let name): choice(list, name)
        }
    }

    private func choice(_ list: String, _ name: String) -> String {
        switch (list, name) {
        case ("frequency", "yearly"): "Yearly"
        case ("frequency", "quarterly"): "Quarterly"
        case ("frequency", "monthly"): "Monthly"
        case ("frequency", "weekly"): "Weekly"
        case ("frequency", "daily"): "Daily"
        case ("scale", "1"), ("outcome", "1"): "1 — not at all"
        case ("scale", "2"): "2 — a little"
        case ("scale", "3"): "3 — a fair amount"
        case ("scale", "4"): "4 — a great deal"
        case ("outcome", "5"): "5 — fully"
        case ("level", "awareness"): "Awareness: we know of each other"
        case ("level", "cooperation"): "Cooperation: we share information"
        case ("level", "coordination"): "Coordination: we plan or act together"
        case ("level", "integration"): "Integration: we share resources and decisions"
        case ("contributions", "funding"): "Funding"
        case ("contributions", "in-kind"): "In-kind"
        case ("contributions", "data"): "Data"
        case ("contributions", "expertise"): "Expertise"
        case ("contributions", "volunteers"): "Volunteers"
        case ("contributions", "space"): "Space"
        case ("contributions", "referrals"): "Referrals"
        case ("contributions", "other"): "Other"
        default: name
        }
    }
}

/// French as French sets it: the form's writer applies ``FrenchTypography`` to every label.
struct FrenchSurveyFormWords: SurveyFormWords {
    func text(_ key: SurveyFormText) -> String {
        switch key {
        case .title: "Sondage auprès des partenaires"
        case .respondent: "Votre organisme"
        case .partners: "Les organismes de la liste avec lesquels vous avez travaillé au cours des douze derniers mois"
        case .partnersHint: "Si vous n’avez travaillé avec aucun, laissez vide : c’est quand même une réponse."
        case .ratings: "Vos partenaires"
        case .frequency: "À quelle fréquence avez-vous travaillé ensemble ?"
        case .indicator(let name):
            switch name {
            case "openness": "Ouverture : dans quelle mesure ce partenaire est-il ouvert à la discussion ?"
            case "reliability": "Fiabilité : dans quelle mesure ce partenaire tient-il ses engagements ?"
            case "mission": "Mission : dans quelle mesure ce partenaire adhère-t-il aux buts que vous partagez ?"
            case "power": "Influence : quel poids ce partenaire a-t-il dans la communauté ?"
            case "resources": "Ressources : qu’apporte ce partenaire (argent, personnel, locaux, données) ?"
            default: "Engagement : dans quelle mesure ce partenaire participe-t-il activement au travail ?"
            }
        case .scaleHint: "Laissez en blanc plutôt que de deviner."
        case .level: "Qu’est-ce qui décrit le mieux votre relation ? (facultatif)"
        case .contributions: "Qu’apporte ce partenaire à votre travail commun ? (facultatif)"
        case .outcome: "Dans quelle mesure le partenariat dans son ensemble atteint-il ses buts ? (facultatif)"
        case .contributes: "Qu’y apporte votre organisme ? (facultatif)"
        case .choice(let list, let name): choice(list, name)
        }
    }

    private func choice(_ list: String, _ name: String) -> String {
        switch (list, name) {
        case ("frequency", "yearly"): "Une fois par année"
        case ("frequency", "quarterly"): "Chaque trimestre"
        case ("frequency", "monthly"): "Chaque mois"
        case ("frequency", "weekly"): "Chaque semaine"
        case ("frequency", "daily"): "Chaque jour"
        case ("scale", "1"), ("outcome", "1"): "1 — pas du tout"
        case ("scale", "2"): "2 — un peu"
        case ("scale", "3"): "3 — assez"
        case ("scale", "4"): "4 — beaucoup"
        case ("outcome", "5"): "5 — pleinement"
        case ("level", "awareness"): "Connaissance : nous nous connaissons"
        case ("level", "cooperation"): "Coopération : nous échangeons de l’information"
        case ("level", "coordination"): "Coordination : nous planifions ou agissons ensemble"
        case ("level", "integration"): "Intégration : nous mettons en commun ressources et décisions"
        case ("contributions", "funding"): "Financement"
        case ("contributions", "in-kind"): "En nature"
        case ("contributions", "data"): "Données"
        case ("contributions", "expertise"): "Expertise"
        case ("contributions", "volunteers"): "Bénévoles"
        case ("contributions", "space"): "Locaux"
        case ("contributions", "referrals"): "Références"
        case ("contributions", "other"): "Autre"
        default: name
        }
    }
}
