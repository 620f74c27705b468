/// Les phrases françaises de chaque constat. See ``FindingCatalogue``. Names go through
/// ``FrenchGrammar`` so that "de" and "à" elide and contract ("d’Immigration Canada", "du Centre").
struct FrenchCatalogue: FindingCatalogue {
    let network: Network
    var language: ReportLanguage { .fr }
    /// Articles before names: the file's `article` fields, else the head-noun lexicon.
    let grammar: FrenchArticles

    init(network: Network) {
        self.network = network
        self.grammar = FrenchArticles(network)
    }

    var illustrativeMark: String { "[illustratif]" }

    private func plural(_ count: Int, _ word: String, _ plural: String? = nil) -> String {
        "\(count) " + (count <= 1 ? word : plural ?? word + "s")
    }

    // MARK: gaps

    func heading(_ kind: Gap.Kind) -> String {
        switch kind {
        case .isolatedOrganisation: "Organismes isolés"
        case .disconnectedComponent: "Groupes coupés du réseau principal"
        case .singlePointOfFailure: "Points de rupture"
        case .missingSector: "Secteurs absents de la table"
        case .uncoveredPriority: "Priorités qu’aucun projet ne couvre"
        case .unfundedProject: "Projets sans financement"
        case .fundingDependency: "Organismes dépendant d’un seul bailleur de fonds"
        case .fundingConcentration: "Où l’argent se concentre"
        case .siloedOrganisation: "Organismes qui ne travaillent qu’avec leur secteur"
        case .tiesNotRecorded: "Comment les organismes travaillent ensemble"
        case .characteristicNotServed: "Caractéristiques d’une communauté accueillante qu’aucun projet ne sert"
        case .characteristicOneOrganisation: "Caractéristiques portées par un seul organisme"
        }
    }

    func message(_ gap: Gap) -> String {
        let s = gap.subjects
        switch gap.kind {
        case .isolatedOrganisation:
            return "\(grammar.subject(name(s[0]))) n’a aucun partenariat, aucun siège dans un conseil, aucun projet avec un autre organisme et aucun lien de financement."
        case .disconnectedComponent:
            if let groups = gap.groupsNotListed {
                let organisations = gap.organisationsNotListed ?? 0
                return
                    "\(language.number(Double(groups))) autres groupes (\(language.number(Double(organisations))) organismes) n’ont pas non plus de chemin vers le réseau principal ; les \(language.number(Double(DisconnectedComponentCheck.listed))) plus grands sont nommés ci-dessus, ceux-ci ne le sont pas un à un."
            }
            if s.count == 1 {
                return "\(grammar.subject(name(s[0]))) reçoit du financement mais n’a aucun lien de travail (partenariat, siège ou projet commun) avec le reste du réseau."
            }
            return "\(s.count) organismes travaillent ensemble sans aucun chemin vers le réseau principal : \(names(s, more: { "\($0) autres" }))."
        case .singlePointOfFailure:
            let count = gap.cutOff ?? 0
            if s.count == 2 {
                return
                    "Le lien entre \(grammar.the(name(s[0]))) et \(grammar.the(name(s[1]))) est le seul entre deux groupes ; \(count) organismes seraient coupés du reste sans lui."
            }
            return "Si \(grammar.the(name(s[0]))) partait, \(count == 1 ? "1 organisme perdrait son" : "\(count) organismes perdraient leur") seul chemin vers le reste du réseau."
        case .missingSector:
            let sectors = "ce\(gap.sectors.count == 1 ? " secteur" : "s secteurs") : \(language.list(gap.sectors.map(sector)))"
            if gap.membersComplete == true { return "Aucun membre \(grammar.de(name(s[0]))) ne travaille dans \(sectors)." }
            return "Aucun des membres \(grammar.de(name(s[0]))) consignés dans ce fichier ne travaille dans \(sectors) ; le fichier ne dit pas qu’il en donne la liste complète."
        case .uncoveredPriority:
            let hint =
                gap.closestProject.flatMap { id in
                    network.project(id).map { " Le projet le plus proche est \($0.name) (\(id)), qui ne porte pas sur ce dont parle la priorité." }
                } ?? ""
            return "Aucun projet ne répond à la priorité « \(priorityName(s[0])) »." + hint
        case .unfundedProject:
            return "\(grammar.subject(name(s[0]))) n’a aucun financement consigné."
        case .fundingDependency:
            if gap.onlyFunder == true {
                return
                    "Toutes les subventions de ce fichier viennent \(grammar.de(name(s[0]))) (\(plural(gap.recipients ?? 0, "bénéficiaire"))) : le fichier ne permet pas de savoir si un bénéficiaire en dépend seul."
            }
            return "\(grammar.subject(name(s[0]))) reçoit \(language.percent(gap.share ?? 0)) du financement consigné dans ce fichier \(grammar.de(name(s[1])))."
        case .fundingConcentration:
            return
                "Le financement est concentré : le premier bénéficiaire, \(grammar.the(name(s[0]))), reçoit \(language.percent(gap.share ?? 0)) de ce que reçoivent les \(gap.recipients ?? s.count) bénéficiaires (Gini \(language.significant(gap.gini ?? 0)), Herfindahl \(language.significant(gap.herfindahl ?? 0)))."
        case .tiesNotRecorded:
            let grants = network.funding.count
            let recipients = gap.recipients ?? 0
            return
                "Ce fichier ne consigne que du financement (\(language.number(Double(grants))) subvention\(grants > 1 ? "s" : "") à \(language.number(Double(recipients))) bénéficiaire\(recipients > 1 ? "s" : "")), sans partenariat, siège ni projet commun : qui travaille avec qui, qui est coupé du réseau et qui le relie ne sont donc pas jugés ici ; les constats qui suivent portent sur l’argent."
        case .characteristicNotServed:
            if gap.proposed == true {
                return
                    "Aucun projet ne sert la caractéristique « \(characteristicName(s[0])) » : aucun ne la déclare, et le texte des projets qui ne déclarent aucune caractéristique ne l’indique pas."
            }
            return "Aucun projet ne déclare la caractéristique « \(characteristicName(s[0])) » ; chaque projet du fichier donne ses caractéristiques."
        case .characteristicOneOrganisation:
            if gap.proposed == true {
                return
                    "Seuls les projets \(grammar.de(name(s[1]))) servent la caractéristique « \(characteristicName(s[0])) », selon la lecture que PartnerMap fait de leur texte (le fichier ne la déclare pas) : le travail du plan sur ce point reposerait sur un seul organisme."
            }
            return
                "Seuls les projets \(grammar.de(name(s[1]))) servent la caractéristique « \(characteristicName(s[0])) » : le travail du plan sur ce point repose sur un seul organisme."
        case .siloedOrganisation:
            return
                "Les \(gap.ties ?? 0) liens \(grammar.de(name(s[0]))) sont tous avec des organismes qui travaillent exactement dans ses secteurs (\(gap.sectors.map(sector).joined(separator: ", "))) : aucun n’apporte le regard d’un autre secteur."
        }
    }

    func nextStep(_ gap: Gap) -> String {
        let s = gap.subjects
        switch gap.kind {
        case .isolatedOrganisation:
            return "Inviter \(grammar.the(name(s[0]))) à une table de concertation, ou lui trouver un partenaire qui travaille sur les mêmes thèmes."
        case .disconnectedComponent:
            if gap.groupsNotListed != nil {
                return "Vérifier si tant de petits groupes sont réels ou si le fichier omet leurs liens ; relier d’abord les plus grands groupes."
            }
            return s.count == 1
                ? "Relier \(grammar.the(name(s[0]))) au réseau principal par un partenariat ou un siège dans un conseil."
                : "Créer un lien entre ce groupe et le réseau principal : un partenariat, ou un siège dans un conseil pour l’un de ses membres."
        case .singlePointOfFailure:
            return s.count == 2
                ? "Ajouter un second lien entre ces deux groupes, pour que la relation ne repose pas sur un seul lien."
                : "Créer un second lien autour \(grammar.de(name(s[0]))) : un partenariat direct entre les groupes qu’\(grammar.pronoun(name(s[0]))) relie, ou une coprésidence."
        case .missingSector:
            let who = gap.sectors.count == 1 ? "un organisme de ce secteur" : "des organismes de ces secteurs"
            if gap.membersComplete == true { return "Inviter \(who) à siéger \(grammar.à(name(s[0])))." }
            return
                "Vérifier la composition \(grammar.de(name(s[0]))) ; si aucun tel membre n’y siège, inviter \(who). Marquer l’instance `membersComplete: true` quand le fichier en donne tous les membres."
        case .fundingDependency where gap.onlyFunder == true:
            return "Ajouter au fichier les subventions des autres bailleurs de fonds pour voir qui dépend d’un seul."
        case .uncoveredPriority:
            return "Lancer un appel de projets sur cette priorité, ou demander aux organismes qui en sont les plus proches de s’en saisir."
        case .unfundedProject:
            return "Chercher du financement pour \(grammar.the(name(s[0]))), ou ajouter son financement au fichier s’il manque."
        case .fundingDependency:
            return "Aider \(grammar.the(name(s[0]))) à trouver un second bailleur de fonds, pour qu’une seule décision ne puisse arrêter son travail."
        case .fundingConcentration:
            return "Vérifier que la répartition correspond aux priorités ; ouvrir le prochain appel aux organismes qui reçoivent peu ou rien."
        case .tiesNotRecorded:
            return "Pour voir la structure du réseau, ajouter les partenariats et les sièges connus, ou mener un sondage auprès des partenaires (`partnermap survey form`)."
        case .characteristicNotServed:
            let sectors = neededSectors(s[0])
            let who = sectors.isEmpty ? "" : ", ou inviter un organisme \(sectors.count == 1 ? "du secteur" : "des secteurs") qu’elle demande (\(language.list(sectors)))"
            return "Vérifier si un partenaire y travaille déjà hors des projets de ce fichier ; sinon, lancer un appel de projets sur ce point\(who)."
        case .characteristicOneOrganisation:
            if gap.proposed == true {
                return
                    "Vérifier d’abord cette lecture avec \(grammar.the(name(s[1]))) ; si elle tient, trouver un second organisme pour partager ce travail, afin qu’il ne repose pas sur un seul."
            }
            return "Trouver un second organisme pour partager ce travail avec \(grammar.the(name(s[1]))), afin qu’il ne repose pas sur un seul."
        case .siloedOrganisation:
            return "Jumeler \(grammar.the(name(s[0]))) avec un organisme d’un autre secteur qui sert les mêmes personnes."
        }
    }

    func gapsFound(_ count: Int) -> String {
        count == 0 ? "aucune lacune trouvée." : "\(plural(count, "lacune")) trouvée\(count > 1 ? "s" : "")."
    }
    func moreGaps(_ count: Int) -> String { "… et \(count) autres (toutes avec `--format json` ou `--format csv`)" }

    // MARK: overlap

    func evidenceLabels() -> EvidenceLabels {
        EvidenceLabels(
            words: "mots : ", concepts: "concepts : ", themes: "thèmes : ", forGroups: "pour : ", bothIn: "tous deux à ",
            samePeriod: "même période", sameFunder: "même bailleur : ", why: "pourquoi : ", text: "texte")
    }

    func action(_ pair: OverlapFinder.Pair) -> String {
        let a = network.project(pair.projects[0])
        let b = network.project(pair.projects[1])
        let funders = pair.sharedFunders.map(name)
        let funding = funders.isEmpty ? "" : " ; \(language.list(funders.map(grammar.the))) finance\(funders.count > 1 ? "nt" : "") les deux"
        switch pair.kind {
        case .duplicate:
            let place = "Même objectif \(pair.sameArea.map { FrenchGrammar.à($0) } ?? "au même endroit")\(pair.periodsOverlap == true ? " au même moment" : "")"
            if let a, let b, a.languageOfService != b.languageOfService {
                return place
                    + ", l’un en français, l’autre en anglais : offrir un même service dans les deux langues est souvent voulu ; se coordonner (s’orienter des participants, faire une promotion commune) plutôt que fusionner\(funding)."
            }
            return place + " : se coordonner ou fusionner\(funding)."
        case .possibleDuplicate:
            let unknown =
                "Même objectif \(pair.sameArea.map { FrenchGrammar.à($0) } ?? "au même endroit") ; le fichier ne donne pas les dates de l’un des deux, on ne sait donc pas s’ils se déroulent en même temps"
            if let a, let b, a.languageOfService != b.languageOfService {
                return unknown + ". L’un est offert en français, l’autre en anglais, ce qui est souvent voulu : "
                    + "vérifier leurs dates, puis se coordonner (s’orienter des participants, faire une promotion commune) plutôt que fusionner\(funding)."
            }
            return unknown + " : vérifier leurs dates avant de se coordonner ou de fusionner\(funding)."
        case .twin:
            let whereText: String
            if let area = pair.sameArea {
                whereText = "\(FrenchGrammar.à(area)) à des moments différents"
            } else if let areaA = a?.area, let areaB = b?.area, TextNormalizer.fold(areaA) == TextNormalizer.fold(areaB) {
                whereText = "sur un même vaste territoire (\(areaA)), trop étendu pour parler de voisinage"
            } else {
                whereText = "\(a?.area.map { FrenchGrammar.à($0) } ?? "à un endroit") et \(b?.area.map { FrenchGrammar.à($0) } ?? "à un autre")"
            }
            return "Même objectif \(whereText) : partager ce qui fonctionne et apprendre les uns des autres\(funding)."
        }
    }

    func pairKind(_ kind: OverlapFinder.Kind) -> String {
        switch kind {
        case .duplicate: "doublon"
        case .possibleDuplicate: "doublon possible, dates inconnues"
        case .twin: "jumeau"
        }
    }

    func overlapSummary(projects: Int, pairs: Int, duplicates: Int, possible: Int, threshold: Double) -> String {
        "\(projects) projets comparés ; \(plural(pairs, "paire")) poursui\(pairs > 1 ? "vent" : "t") le même objectif "
            + "(score ≥ \(language.decimal(threshold))) : \(plural(duplicates, "doublon")), "
            + (possible > 0 ? "\(plural(possible, "doublon possible", "doublons possibles")) (dates inconnues), " : "")
            + "\(plural(pairs - duplicates - possible, "jumeau", "jumeaux"))."
    }

    func commonWordsLeftOut(_ count: Int, usedByMoreThan limit: Int, projects: Int) -> String {
        "Pour comparer \(language.number(Double(projects))) projets en un temps raisonnable, les paires ont été cherchées par les mots les moins courants : "
            + "les \(language.number(Double(count))) mots et notions employés par plus de \(language.number(Double(limit))) projets chacun comptent toujours dans le score de chaque paire, "
            + "mais deux projets qui ne se ressemblent que par ces mots courants ne sont pas listés."
    }

    func topByScore(_ count: Int) -> String { "Les \(count) premières par score :" }
    var clustersHeading: String { "Groupes de trois projets ou plus ayant le même objectif :" }
    var noOverlap: String { "Aucun projet ne poursuit le même objectif qu’un autre à ce seuil ; essayez `--threshold 0.2` pour voir des ressemblances plus faibles." }

    // MARK: recommendations

    func reason(_ item: PartnershipRecommender.Recommendation) -> String {
        var reasons: [String] = []
        if !item.commonPartners.isEmpty {
            let count = item.commonPartners.count
            reasons.append(
                "\(grammar.pronoun(plural: item.organisations.map(name))) partagent \(plural(count, "partenaire")) (\(item.commonPartners.prefix(3).map(name).joined(separator: ", "))\(count > 3 ? ", …" : ""))"
            )
        }
        if !item.commonBodies.isEmpty {
            let both = grammar.pronoun(plural: item.organisations.map(name))
            reasons.append("\(both) siègent \(both == "elles" ? "toutes" : "tous") deux \(language.list(item.commonBodies.prefix(3).map { grammar.à(name($0)) }))")
        }
        if item.similarProjects.count == 2 {
            let labels = (0..<2).map { i in
                (i < item.similarProjectExcerpts.count ? item.similarProjectExcerpts[i] : nil).map { "« \($0) »" } ?? name(item.similarProjects[i])
            }
            reasons.append("leurs projets poursuivent des objectifs semblables (\(labels[0]) et \(labels[1]))")
        }
        return "\(grammar.subject(name(item.organisations[0]))) et \(grammar.the(name(item.organisations[1]))) n’ont pas encore de lien, mais " + reasons.joined(separator: " et ")
            + "."
    }

    func suggestions(_ count: Int) -> String {
        count == 0 ? "aucun partenariat à suggérer." : "\(plural(count, "partenariat suggéré", "partenariats suggérés"))."
    }

    // MARK: communities

    func communities(_ count: Int, modularity: Double) -> String {
        "\(plural(count, "communauté")) (modularité \(language.decimal(modularity, places: 3)))."
    }

    func chance(clearer: Bool, samples: Int, mean: Double, maximum: Double) -> String {
        let baseline =
            "\(samples) réseaux aléatoires où chaque organisme garde le même nombre de liens atteignent \(language.significant(mean)) en moyenne, \(language.significant(maximum)) au plus"
        return clearer
            ? "Ces groupes sont plus marqués que ceux que produit le hasard : \(baseline)."
            : "Ces groupes ne sont pas plus marqués que ceux que produit le hasard : \(baseline) ; ils ne traduisent peut-être que la forme habituelle d’un réseau de cette taille."
    }

    func organisations(_ count: Int) -> String { plural(count, "organisme") }

    // MARK: summary

    var summary: SummaryWords {
        SummaryWords(
            organisations: "organismes", projects: "projets", partnerships: "partenariats", seats: "sièges dans des conseils",
            flows: "versements", priorities: "priorités", sources: "sources citées", ties: "liens de collaboration",
            tiesGloss: "(partenariats, sièges et projets réalisés ensemble, par paire)", density: "densité",
            densityGloss: "(part des liens possibles qui existent)", groups: "groupes connectés",
            largest: { "(le plus grand : \($0) organismes)" }, isolated: "isolés", none: "aucun",
            isolatedGloss: "(ni partenariat, ni siège, ni projet commun, ni lien de financement)", fundingOnly: "financement seulement",
            fundingOnlyGloss: "(de l’argent donné ou reçu, mais ni partenariat, ni siège, ni projet commun)",
            years: "années", responses: "réponses au sondage", confirmed: "liens confirmés", trust: "confiance moyenne",
            value: "valeur moyenne", scaleGloss: "(1 pas du tout … 4 beaucoup)",
            respondedOf: { "\($0) sur \($1) (\($2))" }, notResponded: "n’ont pas répondu : ",
            confirmedOf: { "\($0) sur \($1) (\($2)) nommés par les deux parties" },
            fundingByFunder: "Financement par bailleur de fonds", funderColumns: ["bailleur", "nom", "total", "versements"])
    }

    // MARK: centrality

    var survey: SurveyWords {
        let columns = [
            "trustReceived": "confiance reçue", "valueReceived": "valeur reçue", "namedBy": "nommé par", "names": "nomme",
            "trustGiven": "confiance accordée", "valueGiven": "valeur accordée", "relativeConnectivity": "connectivité relative", "id": "identifiant",
        ]
        return SurveyWords(
            title: { "\($0) : sondage auprès des partenaires" },
            invited: "invités", responded: "répondants", notResponded: "n’ont pas répondu : ", density: "densité",
            densityGloss: "(paires dont au moins un membre a nommé l’autre, sur toutes les paires possibles)", centralization: "centralisation",
            centralizationGloss: "(centralisation des degrés de Freeman : 1 quand un membre est lié à tous et les autres à lui seul, 0 quand tous ont autant de partenaires)",
            reciprocity: "réciprocité", reciprocityGloss: "(paires où chacun a nommé l’autre, parmi celles où les deux ont répondu)",
            trust: "confiance", value: "valeur", levels: "niveaux de relation", contributions: "apports",
            respondedOf: { "\($0) sur \($1) (\($2))" },
            level: Vocabulary(.fr).level, contribution: Vocabulary(.fr).label,
            sortedBy: { "Membres, par \($0) décroissante (notes reçues sous 2,5 marquées !) :" },
            column: { columns[$0] ?? $0 },
            name: "nom", namedByHeader: "nommé par", namesHeader: "nomme", trustReceivedHeader: "confiance reçue",
            valueReceivedHeader: "valeur reçue", trustGivenHeader: "confiance accordée", valueGivenHeader: "valeur accordée",
            connectivityHeader: "connectivité", noAnswer: "–", noLowRatings: "Aucun membre ne reçoit une confiance ou une valeur inférieure à 2,5.",
            lowRatings: { "Confiance ou valeur reçue inférieure à 2,5 (« pas du tout » à « un peu ») : \($0)." },
            oneSided: { count, unconfirmable in
                count == 0
                    ? "Chaque lien nommé l’a été par les deux côtés."
                    : "\(plural(count, "lien nommé", "liens nommés")) d’un seul côté ; "
                        + (unconfirmable == 0
                            ? "tous peuvent être confirmés."
                            : unconfirmable == 1
                                ? "1 ne peut être confirmé, le partenaire nommé n’ayant pas répondu."
                                : "\(unconfirmable) ne peuvent être confirmés, le partenaire nommé n’ayant pas répondu.")
            },
            definitions:
                "La confiance est la moyenne de l’ouverture, de la fiabilité et de la mission ; la valeur, celle de l’influence, des ressources et de l’engagement ; chacune de 1 (pas du tout) à 4 (beaucoup), une réponse laissée vide n’étant pas comptée. Reçue : moyenne des réponses qui nomment le membre ; accordée : moyenne de ses propres réponses. Connectivité relative : nombre de fois nommé × moyenne de la confiance et de la valeur reçues, en proportion du membre qui en a le plus.",
            howPartnersSee: { "Comment les partenaires voient \($0)" },
            namedByOf: { "Nommé par \($0) des \($1) autres répondants." },
            indicator: Vocabulary(.fr).indicator,
            rater: "nommé par", frequency: "fréquence", trustHeader: "confiance", valueHeader: "valeur", levelHeader: "niveau",
            frequencyWord: Vocabulary(.fr).frequency,
            namedWithoutNaming: { "L’ont nommé sans qu’il les nomme : \($0)." },
            namesWithoutBeingNamed: { "Ne l’ont pas nommé en retour : \($0)." },
            notConfirmable: { "Nommés, mais sans réponse de leur part pour le confirmer : \($0)." },
            didNotRespond: { "\(grammar.subject($0)) n’a pas répondu au sondage : on ne sait pas quelles notes \(grammar.pronoun($0)) donnerait à ses partenaires." })
    }

    var centrality: CentralityWords {
        let list = { (items: [String]) in ReportLanguage.fr.list(items) }
        let nouns = ["organisations": "organismes", "organisations and projects": "organismes et projets", "nodes": "nœuds"]
        let views = ["collaboration": "Vue des collaborations", "funding": "Vue du financement", "graph": "Graphe"]
        let measures = [
            "degree": "degré", "strength": "force", "betweenness": "intermédiarité", "closeness": "proximité",
            "harmonic": "proximité harmonique", "eigenvector": "vecteur propre", "pagerank": "PageRank", "katz": "Katz",
            "core-number": "noyau", "clustering": "regroupement", "constraint": "contrainte", "effective-size": "taille effective",
            "efficiency": "efficacité", "hierarchy": "hiérarchie",
        ]
        let roles = [
            "gatekeeper": "gardien", "representative": "représentant", "liaison": "agent de liaison",
            "itinerant": "itinérant", "coordinator": "coordonnateur",
        ]
        return CentralityWords(
            header: { view, nodes, noun, ties, weighted in
                "\(views[view] ?? view) : \(nodes) \(nouns[noun] ?? noun), \(ties) liens ; "
                    + (weighted ? "force des liens prise en compte (distances 1/poids)." : "liens comptés, force ignorée (ajoutez `--weighted` pour la prendre en compte).")
            },
            rankedBy: { measure, top, total in "Classés par \(measure)" + (top.map { ", les \($0) premiers sur \(total) :" } ?? " :") },
            whoBrokers: { first, share, noun, others in
                "Qui relie le réseau : \(grammar.the(first)) se trouve sur \(share) des plus courts chemins entre deux autres \(nouns[noun] ?? noun), en moyenne"
                    + (others.isEmpty ? "." : " ; viennent ensuite " + list(others.map(grammar.the)) + ".")
            },
            noSinglePoint: "Aucun point de rupture : le départ d’un seul organisme ne couperait pas le réseau.",
            singlePoints: { first, cutOff, noun, others, more in
                "Points de rupture : si \(grammar.the(first)) partait, \(cutOff) \(nouns[noun] ?? noun) perdraient leur seul chemin vers le reste"
                    + (others.isEmpty ? "" : " ; ensuite " + list(others.map(grammar.the))) + (more > 0 ? " ; \(more) autres dans la sortie JSON" : "") + "."
            },
            noTie: { names, more in "Sans lien dans cette vue : " + list(names.map(grammar.the) + (more > 0 ? ["\(more) autres"] : [])) + "." },
            brokerage: { who, pairs, found in
                "Courtage : \(who) se trouve entre \(pairs) paires non reliées — " + found.map { "\(roles[$0.role] ?? $0.role) \($0.count)×" }.joined(separator: ", ") + "."
            },
            tables: { bodies, more in
                "Les conseils et les réseaux sont des tables de concertation, pas des intermédiaires ; ils sont classés à part : "
                    + list(bodies.map { "\($0.name) (\($0.seats) siège\($0.seats > 1 ? "s" : ""))" } + (more > 0 ? ["\(more) autres"] : [])) + "."
            },
            severalPieces: { pieces in
                "Le réseau forme \(pieces) groupes sans lien entre eux : la proximité ne tient compte que des organismes qu’on peut joindre, et le vecteur propre est presque nul hors du plus grand groupe ; ne comparez ces mesures qu’entre organismes d’un même groupe."
            },
            note: "Remarque : ",
            noteText: { note in
                switch note {
                case .eigenvectorDidNotConverge: "la centralité de vecteur propre n’a pas convergé ; ses valeurs sont approximatives"
                case .katzAlphaTooLarge(let maximum):
                    "la centralité de Katz demande que α = 0,1 soit inférieur à 1/λ_max = \(ReportLanguage.fr.decimal(maximum, places: 4)) sur ce graphe ; elle est laissée vide (null)"
                case .directedTiesReadAsUndirected:
                    "le coefficient de regroupement et les trous structuraux sont calculés en lisant les liens comme non orientés ; le nombre de cœur compte les liens dans les deux sens"
                case .betweennessSampled(let samples, let sources, let seed):
                    "l’intermédiarité est estimée à partir de \(samples) des \(sources) sources (graine \(seed)), tirées comme les tire betweenness_centrality(k=\(samples), seed=\(seed)) de networkx"
                case .closenessLeftOutWithSamples:
                    "la proximité et la centralité harmonique sont laissées de côté avec --samples : elles demandent la distance entre chaque paire, qu’un échantillon n’estime pas ; demandez-les avec --measures"
                }
            },
            measure: { measures[$0] ?? $0 }, nameHeader: "nom")
    }

    // MARK: brokers

    func brokers(_ first: String, _ share: Double, then rest: [String]) -> String {
        "\(grammar.subject(first)) se trouve sur \(language.percent(share)) des plus courts chemins entre deux autres organismes, en moyenne"
            + (rest.isEmpty ? "." : " ; viennent ensuite \(language.list(rest.map(grammar.the))).")
    }

    func singlePoints(_ first: String, _ cutOff: Int, others rest: [String]) -> String {
        "Si \(grammar.the(first)) partait, \(cutOff) organisme\(cutOff == 1 ? " perdrait son" : "s perdraient leur") seul chemin vers le reste du réseau"
            + (rest.isEmpty ? "." : " ; autres points de rupture : \(language.list(rest.map(grammar.the))).")
    }

    var noSinglePoint: String { "Aucun point de rupture : le départ d’un seul organisme ne couperait pas le réseau." }
}
