/// The report's sentences, built from the analyses' results in the report's language.
struct ReportSentences {
    let language: ReportLanguage
    let network: Network

    private var fr: Bool { language == .fr }
    private func name(_ id: String) -> String { network.displayName(of: id) }

    /// Sector names as the report's readers say them.
    func sector(_ sector: String) -> String {
        guard fr else { return sector }
        let french = ["health": "santé", "education": "éducation", "employment": "emploi", "settlement": "établissement",
                      "municipal": "municipal", "justice": "justice", "housing": "logement", "inclusion": "inclusion",
                      "research": "recherche", "employers": "employeurs", "francophone": "francophone", "youth": "jeunesse",
                      "women": "femmes", "social-economy": "économie sociale", "community-funding": "financement communautaire"]
        return french[SectorCoverage.canonical(sector)] ?? sector
    }

    // MARK: gaps

    func message(_ gap: Gap) -> String {
        guard fr else { return gap.message }
        let s = gap.subjects
        switch gap.kind {
        case .isolatedOrganisation:
            return "\(name(s[0])) n’a aucun partenariat, aucun siège dans un conseil, aucun projet avec un autre organisme et aucun lien de financement."
        case .disconnectedComponent:
            if s.count == 1 {
                return "\(name(s[0])) reçoit du financement mais n’a aucun lien de travail (partenariat, siège ou projet commun) avec le reste du réseau."
            }
            return "\(s.count) organismes travaillent ensemble sans aucun chemin vers le réseau principal : \(language.list(s.prefix(6).map(name)))\(s.count > 6 ? "…" : "")."
        case .singlePointOfFailure:
            let count = gap.cutOff ?? 0
            if s.count == 2 {
                return "Le lien entre \(name(s[0])) et \(name(s[1])) est le seul entre deux groupes ; \(count) organismes seraient coupés du reste sans lui."
            }
            return "Si \(name(s[0])) partait, \(count == 1 ? "1 organisme perdrait son" : "\(count) organismes perdraient leur") seul chemin vers le reste du réseau."
        case .missingSector:
            return "Aucun membre \(FrenchGrammar.de(name(s[0]))) ne travaille dans ce\(gap.sectors.count == 1 ? " secteur" : "s secteurs") : \(language.list(gap.sectors.map(sector)))."
        case .uncoveredPriority:
            let priority = network.priorities.first { $0.id == s[0] }?.name ?? s[0]
            return "Aucun projet ne répond à la priorité « \(priority) »."
        case .unfundedProject:
            return "\(name(s[0])) n’a aucun financement consigné."
        case .fundingDependency:
            return "\(name(s[0])) reçoit \(language.percent(gap.share ?? 0)) du financement consigné dans ce fichier \(FrenchGrammar.de(name(s[1])))."
        case .fundingConcentration:
            return "Le financement est concentré : \(name(s[0])) reçoit \(language.percent(gap.share ?? 0)) de ce que reçoivent les bénéficiaires (Gini \(language.decimal(gap.gini ?? 0)), Herfindahl \(language.decimal(gap.herfindahl ?? 0)))."
        case .siloedOrganisation:
            let organisation = network.organisation(s[0])
            let sectors = organisation.map { SectorCoverage.sectors(of: $0).sorted().map(sector) } ?? []
            return "Tous les liens \(FrenchGrammar.de(name(s[0]))) sont avec des organismes qui travaillent exactement dans ses secteurs (\(sectors.joined(separator: ", "))) : aucun n’apporte le regard d’un autre secteur."
        }
    }

    func nextStep(_ gap: Gap) -> String {
        guard fr else { return gap.nextStep }
        let s = gap.subjects
        switch gap.kind {
        case .isolatedOrganisation:
            return "Inviter \(name(s[0])) à une table de concertation, ou le jumeler avec un organisme qui travaille sur les mêmes thèmes."
        case .disconnectedComponent:
            return s.count == 1 ? "Relier \(name(s[0])) au réseau principal par un partenariat ou un siège dans un conseil."
                : "Créer un lien entre ce groupe et le réseau principal : un partenariat, ou un siège dans un conseil pour l’un de ses membres."
        case .singlePointOfFailure:
            return s.count == 2 ? "Ajouter un second lien entre ces deux groupes, pour que la relation ne repose pas sur un seul lien."
                : "Créer un second lien autour \(FrenchGrammar.de(name(s[0]))) : un partenariat direct entre les groupes qu’il relie, ou une coprésidence."
        case .missingSector:
            return "Inviter \(gap.sectors.count == 1 ? "un organisme de ce secteur" : "des organismes de ces secteurs") à siéger \(FrenchGrammar.à(name(s[0])))."
        case .uncoveredPriority:
            return "Lancer un appel de projets sur cette priorité, ou demander aux organismes qui en sont les plus proches de s’en saisir."
        case .unfundedProject:
            return "Chercher du financement pour \(name(s[0])), ou ajouter son financement au fichier s’il manque."
        case .fundingDependency:
            return "Aider \(name(s[0])) à trouver un second bailleur de fonds, pour qu’une seule décision ne puisse arrêter son travail."
        case .fundingConcentration:
            return "Vérifier que la répartition correspond aux priorités ; ouvrir le prochain appel aux organismes qui reçoivent peu ou rien."
        case .siloedOrganisation:
            return "Jumeler \(name(s[0])) avec un organisme d’un autre secteur qui sert les mêmes personnes."
        }
    }

    // MARK: overlap

    func evidence(_ pair: OverlapFinder.Pair) -> String {
        var parts: [String] = []
        if !pair.sharedTerms.isEmpty { parts.append((fr ? "mots : " : "words: ") + pair.sharedTerms.prefix(6).joined(separator: ", ")) }
        if !pair.sharedConcepts.isEmpty { parts.append((fr ? "concepts : " : "concepts: ") + pair.sharedConcepts.joined(separator: ", ")) }
        if !pair.sharedThemes.isEmpty { parts.append((fr ? "thèmes : " : "themes: ") + pair.sharedThemes.joined(separator: ", ")) }
        if !pair.sharedTargetGroups.isEmpty { parts.append((fr ? "pour : " : "for: ") + pair.sharedTargetGroups.joined(separator: ", ")) }
        if let area = pair.sameArea { parts.append((fr ? "tous deux à " : "both in ") + area) }
        if pair.periodsOverlap == true { parts.append(fr ? "même période" : "same period") }
        if !pair.sharedFunders.isEmpty { parts.append((fr ? "même bailleur : " : "same funder: ") + pair.sharedFunders.map(name).joined(separator: ", ")) }
        return parts.joined(separator: "; ")
    }

    func action(_ pair: OverlapFinder.Pair) -> String {
        guard fr else { return pair.action }
        let a = network.project(pair.projects[0])
        let b = network.project(pair.projects[1])
        let funders = pair.sharedFunders.map(name)
        let funding = funders.isEmpty ? "" : " ; \(language.list(funders)) finance\(funders.count > 1 ? "nt" : "") les deux"
        switch pair.kind {
        case .duplicate:
            let place = "Même objectif \(pair.sameArea.map(FrenchGrammar.à) ?? "au même endroit")\(pair.periodsOverlap == true ? " au même moment" : "")"
            if let a, let b, a.languageOfService != b.languageOfService {
                return place + ", un service en français et un en anglais : les services dans chaque langue officielle existent d’ordinaire côte à côte à dessein ; se coordonner (références, promotion commune), sans fusionner\(funding)."
            }
            return place + " : se coordonner ou fusionner\(funding)."
        case .twin:
            let whereText = pair.sameArea.map { "\(FrenchGrammar.à($0)) à des moments différents" } ?? "\(a?.area.map(FrenchGrammar.à) ?? "à un endroit") et \(b?.area.map(FrenchGrammar.à) ?? "à un autre")"
            return "Même objectif \(whereText) : partager ce qui fonctionne et apprendre les uns des autres\(funding)."
        }
    }

    // MARK: recommendations

    func reason(_ item: PartnershipRecommender.Recommendation) -> String {
        guard fr else { return item.reason }
        var reasons: [String] = []
        if !item.commonPartners.isEmpty {
            let count = item.commonPartners.count
            reasons.append("ils partagent \(count) partenaire\(count == 1 ? "" : "s") (\(item.commonPartners.prefix(3).map(name).joined(separator: ", ")))")
        }
        if !item.commonBodies.isEmpty {
            reasons.append("ils siègent tous deux \(FrenchGrammar.à(language.list(item.commonBodies.prefix(3).map(name))))")
        }
        if item.similarProjects.count == 2 {
            reasons.append("leurs projets poursuivent des objectifs semblables (\(name(item.similarProjects[0])) et \(name(item.similarProjects[1])))")
        }
        return "\(name(item.organisations[0])) et \(name(item.organisations[1])) n’ont pas encore de lien, mais " + reasons.joined(separator: " et ") + "."
    }

    // MARK: brokers

    func brokers(_ ranked: [(id: String, share: Double)]) -> String? {
        guard let first = ranked.first, first.share > 0 else { return nil }
        let rest = ranked.dropFirst().filter { $0.share > 0 }.map { "\(name($0.id)), \(language.percent($0.share))" }
        if fr {
            return "\(name(first.id)) se trouve sur \(language.percent(first.share)) des plus courts chemins entre deux autres organismes, en moyenne"
                + (rest.isEmpty ? "." : " ; viennent ensuite \(language.list(rest)).")
        }
        return "\(name(first.id)) lies on \(language.percent(first.share)) of the shortest paths between two other organisations, on average"
            + (rest.isEmpty ? "." : "; then \(language.list(rest)).")
    }

    func singlePoints(_ points: [(id: String, cutOff: Int)]) -> String {
        guard let first = points.first else {
            return fr ? "Aucun point de rupture : le départ d’un seul organisme ne couperait pas le réseau."
                : "No single point of failure: no one's departure would split the network."
        }
        let rest = points.dropFirst().prefix(4).map { "\(name($0.id)) (\($0.cutOff))" }
        if fr {
            return "Si \(name(first.id)) partait, \(first.cutOff) organisme\(first.cutOff == 1 ? " perdrait son" : "s perdraient leur") seul chemin vers le reste du réseau"
                + (rest.isEmpty ? "." : " ; autres points de rupture : \(language.list(rest)).")
        }
        return "If \(name(first.id)) left, \(first.cutOff) organisation\(first.cutOff == 1 ? " would lose its" : "s would lose their") only path to the rest of the network"
            + (rest.isEmpty ? "." : "; other single points of failure: \(language.list(rest)).")
    }
}
