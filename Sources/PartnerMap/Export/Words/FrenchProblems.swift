/// Les messages sur les problèmes d’un fichier, en français. See ``ProblemCatalogue``. Field
/// names stay as they must be typed (between backquotes); the words the survey accepts in French
/// are given in French.
struct FrenchProblems: ProblemCatalogue {
    func diagnostic(file: String, line: Int?, warning: Bool, message: String) -> String {
        let label = warning ? "avertissement : " : ""
        let place = line.map { "\(file), ligne \($0)" } ?? file
        return FrenchTypography.apply("\(place) : \(label)\(message)")
    }

    func note(_ note: ImportNote) -> [String] {
        let fr = ReportLanguage.fr
        func n(_ value: Int) -> String { fr.number(Double(value)) }
        func percent(_ part: Int, _ whole: Int) -> String { whole == 0 ? "–" : fr.percent(Double(part) / Double(whole)) }
        func p(_ count: Int, _ word: String) -> String { "\(n(count)) \(word)\(count <= 1 ? "" : "s")" }
        let lines: [String]
        switch note {
        case .readGraph(let nodes, let edges, let file, let format, let directed):
            lines = ["lu \(n(nodes)) nœuds et \(n(edges)) liens dans \(file) (\(format), \(directed ? "orienté" : "non orienté"))"]
        case .repeatedEdgesMerged(let count):
            lines = [
                count == 1
                    ? "un lien répété entre les deux mêmes nœuds compté comme un seul partenariat, avec la dernière force donnée"
                    : "\(n(count)) liens répétés entre les deux mêmes nœuds comptés comme un seul partenariat, avec la dernière force donnée"
            ]
        case .loopsLeftOut(let count):
            lines = [
                count == 1
                    ? "un lien d’un nœud vers lui-même laissé de côté : un partenariat relie deux organismes"
                    : "\(n(count)) liens d’un nœud vers lui-même laissés de côté : un partenariat relie deux organismes"
            ]
        case .directionDropped:
            lines = ["les partenariats ne sont pas orientés : le sens de chaque lien n’a pas été gardé"]
        case .weightsRescaled(let low, let high):
            lines = ["les forces des liens allaient de \(fr.significant(low)) à \(fr.significant(high)) ; ramenées à l’échelle 1 à 5 (1 + 4 × (f − min) / (max − min))"]
        case .organisationsAndPartnerships(let organisations, let partnerships):
            lines = ["\(p(organisations, "organisme")), \(p(partnerships, "partenariat"))"]
        case .mergedByIdentifier(let count):
            lines = ["\(n(count)) mentions d’un même organisme fusionnées grâce à son identifiant"]
        case .mergedByName(let count):
            lines = ["\(n(count)) mentions d’un bénéficiaire fusionnées d’après son nom (sans identifiant) ; vérifiez-les"]
        case .organisationsAndProjects(let organisations, let projects):
            lines = ["\(p(organisations, "organisme")), \(n(projects)) \(projects <= 1 ? "projet financé" : "projets financés")"]
        case .readAgreements(let rows, let file, let agreements):
            lines = ["lu \(n(rows)) lignes de \(file) : \(n(agreements)) accords"]
        case .keptLatestAmendment(let dropped):
            lines = ["gardé la dernière modification de chaque accord ; \(n(dropped)) lignes de modifications antérieures la répètent et n’ont pas été ajoutées"]
        case .readGrants(let rows, let file):
            lines = ["lu \(n(rows)) subventions dans \(file)"]
        case .readSurvey(let organisations, let roster, let responses, let file):
            lines = ["lu \(n(organisations)) organismes dans \(roster) et \(n(responses)) réponses dans \(file)"]
        case .responded(let count, let total):
            lines = ["\(p(count, "organisme")) sur \(n(total)) \(count <= 1 ? "a" : "ont") répondu (\(percent(count, total)))"]
        case .partnershipsConfirmed(let count, let both):
            lines = ["\(p(count, "partenariat")), dont \(n(both)) \(both <= 1 ? "confirmé" : "confirmés") par les deux parties (\(percent(both, count)))"]
        case .matchedByID(let count):
            lines = ["\(n(count)) organismes reconnus par leur identifiant"]
        case .matchedByRegistration(let count):
            lines = ["\(n(count)) organismes reconnus par leur numéro d’enregistrement"]
        case .matchedByName(let names):
            lines = ["\(n(names.count)) organismes reconnus par leur nom seulement ; vérifiez-les :"] + names.map { "  " + $0 }
        case .addingTo(let file):
            lines = ["ajout à \(file)"]
        case .written(let file):
            lines = ["écrit : \(file)"]
        }
        return lines.map(FrenchTypography.apply)
    }

    func command(_ message: CommandMessage) -> String {
        let text: String
        switch message {
        case .nothingWritten: text = "rien n’a été écrit."
        case .formWritten(let file, let members):
            text = "écrit : \(file), le formulaire du sondage, avec \(members) organismes au choix ; téléversez-le dans KoboToolbox, ODK Central ou SurveyCTO"
        case .importedDoesNotValidate: text = "le réseau importé ne passe pas la validation ; rien n’a été écrit."
        case .isAFolder(let file):
            text =
                "\(file) : c’est un dossier ; import lit des fichiers (le responses.csv d’un sondage, un fichier de subventions, un fichier GraphML ou GEXF) ; un dossier de fichiers CSV de réseau se lit directement avec chaque commande"
        case .cannotTellFormat(let file, let formats): text = "\(file) : impossible de savoir de quel type de fichier il s’agit ; précisez --from " + formats.joined(separator: "|")
        case .surveyNeedsRoster(let file): text = "\(file) : un sondage demande sa liste des membres ; ajoutez --roster roster.csv (id,name,type,sectors)"
        case .formDataNeedsTables(let file):
            text =
                "\(file) : les réponses à un formulaire s’importent dans l’export complet de l’outil, avec sa feuille des évaluations : l’export XLS de KoboToolbox (.xlsx) ou le téléchargement CSV d’ODK Central (.zip)"
        case .kumuNeedsConnections(let file): text = "\(file) : une feuille Elements de Kumu demande sa feuille Connections (From, To, Type) comme second fichier"
        case .filesWithProblems(let failed, let total):
            text =
                total == 1
                ? "le fichier a des problèmes ; rien n’a été chargé." : "\(failed) \(failed <= 1 ? "fichier" : "fichiers") sur \(total) \(failed <= 1 ? "a" : "ont") des problèmes."
        case .validNetwork(let file, let organisations, let projects, let partnerships, let memberships, let flows):
            let fr = ReportLanguage.fr
            text =
                "ok  \(file) : "
                + [
                    fr.plural(organisations, "organisme", "organismes"), fr.plural(projects, "projet", "projets"),
                    fr.plural(partnerships, "partenariat", "partenariats"), fr.plural(memberships, "siège", "sièges"),
                    fr.plural(flows, "versement", "versements"),
                ].joined(separator: ", ")
        case .validEdgeList(let file, let nodes, let ties):
            text = "ok  \(file) : liste de liens, \(ReportLanguage.fr.plural(nodes, "nœud", "nœuds")), \(ReportLanguage.fr.plural(ties, "lien", "liens"))"
        case .noSurveyAnswers(let file):
            text =
                "\(file) : ce fichier ne contient aucune réponse au sondage (`responses`) ; importez un sondage avec partnermap import responses.csv --roster roster.csv -o reseau.yaml"
        case .serving(let address): text = "Ouvrez \(address) dans votre navigateur (Ctrl-C arrête l’espace de travail)"
        case .serveHostUnsafe(let host):
            text =
                "attention : écoute sur \(host) et non 127.0.0.1 : toute machine qui atteint cette adresse peut essayer le jeton, et rien n’est chiffré ; ne le faites que sur un réseau de confiance"
        case .cannotServe(let host, let port, let reason):
            text = "impossible d’écouter sur \(host) port \(port) (\(reason)) ; donnez un autre port avec --port, ou 0 pour un port libre"
        case .unknownFunder(let file, let id, let known):
            text =
                "\(file) : aucun organisme n’a l’identifiant `\(id)` ; les bailleurs de fonds sont " + known.prefix(10).joined(separator: ", ")
                + (known.count > 10 ? " et \(known.count - 10) autres" : "")
        case .progress(let step):
            switch step {
            case .reading(let file): text = "lecture de \(file)"
            case .drawingMap: text = "dessin de la carte"
            case .drawingFundingMap: text = "dessin de la carte du financement"
            case .measuringCentrality: text = "calcul de l’intermédiarité"
            case .comparingProjects: text = "comparaison des projets"
            case .lookingForGaps: text = "recherche des lacunes"
            case .suggestingPartnerships: text = "suggestion de partenariats"
            case .writingPage: text = "écriture de la page"
            case .written(let file): text = "\(file) écrit"
            }
        case .notASurveyMember(let file, let id, let suggestion):
            text = "\(file) : \(id) n’est pas membre du sondage" + voulezVous(suggestion)
        case .sizeNeedsSurvey(let file, let size): text = "\(file) : --size \(size) demande les réponses d’un sondage (`responses`), que ce fichier ne contient pas"
        case .cannotWrite(let path, let reason): text = "\(path) : ne peut pas être écrit (\(reason))"
        case .outputIsInput(let path, let input):
            text = "\(path) : c’est le fichier que cette commande lit (\(input)) ; l’écrire détruirait vos données : donnez un autre nom, par exemple rapport.html"
        case .outputIsFolder(let path):
            text = "\(path) : c’est un dossier ; donnez un nom de fichier à l’intérieur, par exemple \(path.hasSuffix("/") ? path : path + "/")carte.svg"
        case .mapUnknownOrganisation(let id, let suggestion):
            text = "aucun organisme n’a l’identifiant « \(id) »" + (suggestion.map { " (vouliez-vous dire `\($0)` ?)" } ?? "")
        case .mapNoFunding: text = "le réseau ne consigne aucun financement ; il n’y a donc pas de carte du financement à dessiner"
        case .mapTooFewProjects: text = "le réseau compte moins de deux projets ; il n’y a donc pas de carte des projets à dessiner"
        case .moreWarnings(let count):
            text =
                count == 1
                ? "… et un autre avertissement du même genre (`--strict` les donne tous comme des problèmes)"
                : "… et \(ReportLanguage.fr.plural(count, "autre avertissement", "autres avertissements")) du même genre (`--strict` les donne tous comme des problèmes)"
        case .noFundingToExport(let file):
            text = "\(file) : le réseau ne consigne aucun flux de financement ; `--view funding` n’a donc rien à exporter et rien n’a été écrit"
        case .fundingLeftOut(let flows, let format):
            text =
                "remarque : ce fichier \(format) contient les partenariats ; \(flows == 1 ? "le flux de financement s’exporte" : "les \(ReportLanguage.fr.plural(flows, "flux de financement", "flux de financement")) s’exportent") avec `--view funding`"
        }
        return FrenchTypography.apply(text)
    }

    func message(_ problem: Problem) -> String {
        FrenchTypography.apply(text(problem))
    }

    /// A value from the file, between French quotation marks, control characters made visible.
    /// The sections by the names a French file gives them.
    private static let sectionNames = [
        "organisations": "organismes", "projects": "projets", "partnerships": "partenariats", "memberships": "sièges",
        "funding": "financement", "priorities": "priorités", "network": "réseau",
    ]

    private func q(_ value: String) -> String {
        "« " + String(quoted(value).dropFirst().dropLast()).replacingOccurrences(of: "\\\"", with: "\"") + " »"
    }

    private func text(_ problem: Problem) -> String {
        switch problem {
        case .noSuchFile:
            return "fichier introuvable ; vérifiez le nom et le dossier"
        case .notRegularFile:
            return "ce fichier ne peut pas être lu (accès refusé, ou ce n’est pas un fichier ordinaire)"
        case .folderNotListable:
            return "le contenu de ce dossier ne peut pas être lu"
        case .narrowingNeedsNetwork:
            return
                "--as-of, --confirmed, --sourced-only, --sector, --type, --area et --council demandent un fichier de réseau (YAML, JSON ou dossier CSV) ; un graphe venu d’un autre outil (liste de liens, GraphML, GEXF, DOT) ne consigne ni dates, ni réponses d’enquête, ni sources, ni secteurs, ni conseils"
        case .filterMatchesNothing(let option, let value, let known, let suggestion):
            return "\(option) \(value) ne désigne rien dans ce fichier"
                + (suggestion.map { " (vouliez-vous dire `\($0)` ?)" }
                    ?? (known.isEmpty ? " ; le fichier n’en consigne aucun" : " ; le fichier contient : " + known.joined(separator: ", ")))
        case .dotNeedsGraphviz:
            return "c’est un fichier DOT, que lit Graphviz : chargez-le avec `dot: DOTReader.self` du module PartnerMapGraphviz"
        case .unknownFileType:
            return "type de fichier inconnu ; nommez les fichiers de réseau .yaml ou .json, les listes de liens .edges ou .txt, ou donnez un dossier de fichiers CSV"
        case .graphTooLargeForNetwork(let nodes, let needed, let available):
            return
                "ce graphe de \(ReportLanguage.fr.number(Double(nodes))) nœuds demande environ \(ReportLanguage.fr.number(Double(needed))) Mo comme réseau d’organismes, et ce processus peut en utiliser \(ReportLanguage.fr.number(Double(available))) Mo ; summary, centrality et communities le lisent comme un graphe, avec beaucoup moins, ou lancez cette commande sur une machine qui a plus de mémoire"
        case .edgeListNotNetwork:
            return "c’est une liste de liens, et cette commande demande un fichier de réseau avec des organismes (YAML, JSON ou dossier CSV)"
        case .emptyFile:
            return "le fichier est vide ; un fichier de réseau contient au moins une section `organisations`"
        case .binaryFile:
            return "ce fichier n’est pas du texte (un classeur ? une image ?) ; enregistrez-le en CSV, YAML ou JSON"
        case .notUTF8:
            return "le texte n’est pas en UTF-8 ; enregistrez le fichier en UTF-8 (dans un tableur : « CSV UTF-8 »)"
        case .tooLarge(let bytes, let limit):
            return "le fichier fait \(ReportLanguage.fr.number(Double(bytes))) octets, plus que les \(ReportLanguage.fr.number(Double(limit))) octets que PartnerMap lit"
        case .syntax(let format, let detail):
            return "\(format) non valide (message de l’analyseur : \(detail))"
        case .nestingTooDeep(let limit):
            return "listes et tableaux imbriqués sur plus de \(limit) niveaux ; un fichier de réseau n’en demande pas plus de 3"
        case .aliasExpansionTooLarge(let limit):
            return "les alias YAML (*nom) donnent plus de \(limit) entrées ; écrivez les entrées en entier ou utilisez moins d’alias"
        case .aliasTextTooLarge(let megabytes):
            return "les alias YAML (*nom) répètent plus de \(megabytes) Mo de texte ; écrivez les entrées en entier ou utilisez moins d’alias"
        case .notAMapping(let place):
            switch place {
            case .topOfFile: return "le haut d’un fichier de réseau doit être une suite de lignes `champ: valeur`"
            case .entry(let section): return "chaque entrée de `\(section)` doit être une suite de lignes `champ: valeur`"
            }
        case .notAList(let section):
            return "`\(section)` doit être une liste d’entrées, chacune commençant par `- `"
        case .repeatedField(let names):
            return "YAML non valide : le champ \(names.map { "`\($0)`" }.joined(separator: ", ")) figure deux fois dans la même entrée"
        case .unknownSection(let name, let suggestion):
            return "section `\(name)` inconnue" + voulezVous(suggestion)
                + " ; les sections sont "
                + ["name", "sources", "expectedSectors", "priorities", "organisations", "projects", "partnerships", "memberships", "funding"].map { "`\($0)`" }.joined(
                    separator: ", ")
        case .unknownField(let name, let entity, let suggestion):
            return "champ `\(name)` inconnu \(inEntity(entity))" + voulezVous(suggestion) + " ; mettez le texte libre dans `notes`"
        case .missingField(let name, let entity):
            return "\(self.entity(entity).capitalizedFirst) n’a pas de champ `\(name)` ; ajoutez-le"
        case .wrongShape(let field, let expected):
            return "`\(field)` doit être \(expectation(expected))"
        case .invalidValue(let field, let value, let expected):
            return "`\(field)` vaut \(q(value)) ; attendu : \(expectation(expected))"
        case .invalidID(let id):
            return "l’identifiant \(q(id)) ne peut contenir que des lettres sans accent, des chiffres, `.`, `_` et `-` (ni espace ni accent) ; par exemple \(q(suggestedID(id)))"
        case .controlCharacter(let field, let value):
            return "`\(field)` contient un caractère de contrôle invisible et impossible à saisir (\(q(value))) ; supprimez-le et saisissez de nouveau le texte"
        case .duplicateID(let id, let firstLine):
            let first = firstLine.map { " (ligne \($0))" } ?? ""
            return "l’identifiant \(q(id)) est déjà pris\(first) ; chaque organisme et chaque projet doit avoir le sien"
        case .programmeNamedTwice(let programme, let field, let name, let first, let firstLine):
            return
                "le programme \(q(programme)) s’appelle \(q(name)) dans `\(field)` ici, mais \(q(first)) à la ligne \(firstLine) ; donnez à chaque programme un seul nom par langue"
        case .unknownReference(let field, let id, let expected, let suggestion):
            return "`\(field)` nomme \(q(id)), qui n’est pas \(expectation(expected))" + voulezVous(suggestion)
        case .selfPartnership(let id):
            return "un partenariat de \(q(id)) avec lui-même ; un partenariat relie deux organismes différents"
        case .partnershipSize(let count):
            return "un partenariat relie exactement deux organismes, celui-ci en nomme \(count) ; écrivez un partenariat par paire"
        case .weightOutOfRange(let weight):
            return "la force \(ReportLanguage.fr.significant(weight)) sort de l’échelle 1 (faible) à 5 (forte)"
        case .negativeAmount(let amount):
            return "le montant \(ReportLanguage.fr.significant(amount)) est négatif ; inscrivez l’argent qui va en sens inverse comme un versement de l’autre partie"
        case .invalidCurrency(let code):
            return "la devise \(q(code)) n’est pas un code de trois lettres comme CAD, USD ou EUR"
        case .ambiguousNumber(let field, let text, let thousands, let decimal):
            let mark = text.contains(",") ? "virgule" : "point"
            return
                "`\(field)` \(q(text)) se lit de deux façons : \(AmountText.plain(thousands)) (\(mark) des milliers) ou \(AmountText.plain(decimal)) (\(mark) décimal\(mark == "virgule" ? "e" : "")) ; écrivez \(AmountText.plain(thousands)) ou \(AmountText.plain(decimal))"
        case .malformedNumber(let field, let text, let fault):
            return
                "`\(field)` \(q(text)) n’est pas un nombre que PartnerMap lit : \(numberFault(fault)) ; écrivez des chiffres, avec au besoin une marque décimale, par exemple 125000 ou 125000.50"
        case .currencyContradiction(let amount, let named, let given):
            return
                "le montant \(q(amount)) est en \(named == "a dollar currency" ? "dollars" : named), mais la devise de l’entrée est \(given) ; accordez-les, ou retirez l’une des deux"
        case .endBeforeStart(let start, let end):
            return "se termine (\(end)) avant de commencer (\(start))"
        case .bodyNotCouncil(let body, let type):
            return "\(q(body)) est de type \(type.rawValue) ; seuls les organismes de type council ou network ont des membres"
        case .selfMembership(let id):
            return "\(q(id)) est inscrit comme membre de lui-même"
        case .selfRating(let id):
            return "\(q(id)) se nomme lui-même comme partenaire ; une réponse au sondage nomme un autre organisme que celui qui répond"
        case .repeatedAnswer(let rater, let rated, let firstLine):
            return "\(q(rater)) a déjà évalué \(q(rated)) à la ligne \(firstLine) ; gardez une seule réponse par partenaire"
        case .selfFunding(let id):
            return "\(q(id)) est inscrit comme se finançant lui-même"
        case .missingCSVFile(let expected):
            return "le dossier n’a pas de fichier \(expected) ; un réseau en CSV demande au moins organisations.csv"
        case .repeatedPartnership(let a, let b, let firstLine):
            return
                "le partenariat entre \(q(a)) et \(q(b)) figure déjà à la ligne \(firstLine) ; un seul partenariat par paire (les deux types dans `type`, la force du lien dans `weight`)"
        case .repeatedMembership(let organisation, let body, let firstLine):
            return "le siège de \(q(organisation)) à \(q(body)) figure déjà à la ligne \(firstLine) ; supprimez l’une des deux lignes"
        case .repeatedFunding(let from, let to, let firstLine):
            return
                "ce versement de \(q(from)) à \(q(to)) reprend exactement la ligne \(firstLine) ; supprimez-le ou, s’il s’agit d’une seconde subvention, donnez-lui son année, sa période ou son programme"
        case .organisationWithoutTies(let id):
            return "\(q(id)) n’a ni partenariat, ni siège, ni projet commun, ni versement ; ajoutez ses liens, ou laissez-le s’il est vraiment seul"
        case .projectWithoutObjectives(let id):
            return "le projet \(q(id)) n’a ni `objectives` ni `themes` : seul son nom peut être comparé ; indiquez ce qu’il vise"
        case .fundingWithoutYear(let from, let to):
            return "le versement de \(q(from)) à \(q(to)) n’a ni `year` ni `start`/`end` ; indiquez quand l’argent a été versé"
        case .repeated(let inner, let moreRows):
            return text(inner) + " (de même sur \(moreRows) autre\(moreRows == 1 ? " ligne" : "s lignes"))"
        case .followOnReferences(let count):
            return "et \(count) autres renvois à des identifiants que ce fichier ne définit pas, qui découlent des problèmes ci-dessus ; corrigez d’abord ceux-ci"

        case .notAWorkbook(let fault):
            switch fault {
            case .notZip:
                return
                    "ce n’est pas un classeur Excel (.xlsx) : le fichier n’est pas le conteneur ZIP d’un classeur ; enregistrez-le de nouveau depuis le tableur en « Classeur Excel (.xlsx) »"
            case .oldExcel: return "c’est un classeur Excel 97-2003 (.xls), que PartnerMap ne lit pas ; enregistrez-le en « Classeur Excel (.xlsx) » ou en CSV UTF-8"
            case .openDocument: return "c’est un classeur OpenDocument (.ods) ; enregistrez-le en « Excel 2007-365 (.xlsx) » ou en CSV UTF-8"
            case .missingPart(let part): return "ce classeur Excel est incomplet : il n’a pas de partie \(part) ; enregistrez-le de nouveau depuis le tableur en .xlsx"
            case .brokenZip: return "le fichier est endommagé : son conteneur ZIP est tronqué ou altéré ; téléchargez-le ou enregistrez-le de nouveau"
            case .damaged(let part):
                return "le classeur est endommagé : sa partie \(part) est illisible ; ouvrez-le dans Excel ou LibreOffice et enregistrez-le de nouveau en .xlsx"
            case .partTooLarge(let part): return "la partie \(part) du classeur dépasse 1 Go une fois décompressée ; scindez le classeur, ou enregistrez ses feuilles en CSV"
            case .documentType(let part):
                return
                    "la partie \(part) du classeur déclare un type de document (<!DOCTYPE), ce qu’aucun tableur n’écrit et que PartnerMap ne lit pas ; ouvrez le classeur dans Excel ou LibreOffice et enregistrez-le de nouveau en .xlsx"
            case .partShared(let part):
                return
                    "le classeur est endommagé : deux de ses feuilles renvoient à la même partie \(part) ; ouvrez-le dans Excel ou LibreOffice et enregistrez-le de nouveau en .xlsx"
            }
        case .excelError(let cell, let value):
            return "la cellule \(cell) affiche l’erreur Excel \(value) ; corrigez la formule ou saisissez la valeur"
        case .formulaWithoutValue(let cell):
            return "la cellule \(cell) contient une formule enregistrée sans son résultat ; ouvrez le classeur dans Excel ou LibreOffice et enregistrez-le de nouveau"
        case .excelDateOutOfRange(let cell, let serial):
            return "la cellule \(cell) est au format date, mais son nombre \(serial) n’est pas une date ; saisissez la date sous la forme 2024-04-01"
        case .mergedCells(let range, let inHeader):
            return inHeader
                ? "les cellules \(range) de la ligne d’en-tête sont fusionnées ; annulez la fusion et donnez un nom à chaque colonne"
                : "les cellules \(range) sont fusionnées : seule la première porte la valeur ; annulez la fusion et remplissez chaque cellule"
        case .sheetColumnUnnamed(let column):
            return "la colonne \(column) contient des valeurs, mais sa cellule d’en-tête est vide ; nommez la colonne ou supprimez-la"
        case .sheetColumnsRepeated(let name, let first, let second):
            return "les colonnes \(first) et \(second) de l’en-tête s’appellent toutes deux `\(name)` ; gardez-en une"
        case .sheetLeftOut(let name, let suggestion):
            return "la feuille \(q(name)) n’est pas une section d’un réseau : elle est laissée de côté" + voulezVous(suggestion)
                + " ; les sections sont organismes, projets, partenariats, sièges, financement, priorités, sources, réseau"
        case .sectionTwice(let section, let first):
            return "ceci contient de nouveau la section \(Self.sectionNames[section] ?? section), déjà lue dans \(first) ; gardez l’une des deux et réunissez-y ses lignes"
        case .missingSheet(let expected, let sheets):
            return "le classeur n’a pas de feuille nommée \(expected) (ses feuilles : \(sheets.map(q).joined(separator: ", ")))"

        case .answerWithoutSubmission(let parent, let main):
            return
                "cette réponse appartient à la soumission \(q(parent)), absente de \(q(main)) ; exportez les soumissions et leurs évaluations ensemble, dans le même téléchargement"

        case .csvRowWidth(let fields, let header):
            return "cette ligne a \(fields) champs, l’en-tête en a \(header) ; vérifiez qu’il ne manque pas un guillemet ou qu’il n’y a pas une virgule de trop"
        case .quoteInUnquotedField:
            return "CSV non valide : un guillemet dans un champ qui n’est pas entre guillemets ; mettez tout le champ entre guillemets et doublez le guillemet intérieur (`\"\"`)"
        case .textAfterClosingQuote:
            return "CSV non valide : du texte après le guillemet fermant d’un champ ; doublez un guillemet à l’intérieur d’un champ entre guillemets (`\"\"`)"
        case .unclosedQuote:
            return "CSV non valide : un champ entre guillemets ouvert ici n’est jamais fermé ; ajoutez le guillemet fermant"
        case .unnamedColumn(let column):
            return "CSV non valide : la colonne \(column) de l’en-tête n’a pas de nom"
        case .repeatedColumn(let name, let first, let second):
            return "CSV non valide : les colonnes \(first) et \(second) de l’en-tête s’appellent toutes deux `\(name)` ; gardez-en une"

        case .edgeListColumns(let found):
            return
                "attendu : `source cible [force]`, trouvé \(found) valeurs ; mettez entre guillemets un identifiant qui contient des espaces ou des virgules, ou séparez les colonnes par des tabulations"
        case .emptyEdgeList:
            return "la liste de liens ne contient aucun nœud ; écrivez une paire `source cible` par ligne"
        case .tieToItself(let id):
            return "un lien de \(q(id)) vers lui-même ; un lien relie deux nœuds différents"
        case .invalidWeight(let value, let between):
            let tie = between.count == 2 ? "le lien \(q(between[0])) – \(q(between[1])) a la force \(q(value))" : "la force \(q(value))"
            return "\(tie) : une force est un nombre positif (1 si elle est omise)"
        case .lexiconColumns(let found):
            return "attendu : `concept<TAB>termes anglais<TAB>termes français`, trouvé \(found) colonnes"
        case .elementAfterDocument(let name):
            return "XML non valide : `<\(name)>` vient après la fin du document"
        case .emptyProcessingInstruction(let format):
            return "ce fichier \(format) contient une instruction de traitement vide (<?nom?>), que PartnerMap ne peut pas lire ; supprimez-la ou exportez de nouveau le graphe"
        case .xmlEntityDeclared(let format):
            return
                "ce fichier \(format) déclare une entité XML (<!ENTITY), ce qu’aucun outil de graphes n’écrit et que PartnerMap ne développe pas ; exportez de nouveau le graphe depuis l’outil qui l’a produit"
        case .respelledIDs(let count, let examples):
            return
                "\(count == 1 ? "un identifiant est écrit" : "\(count) identifiants sont écrits") avec des accents séparés (\(examples.map(q).joined(separator: ", "))) ; chacun est lu comme un seul nœud, quelle que soit la façon de le taper, sous sa forme composée (Unicode NFC)"
        case .loopsLeftOut(let count, let first):
            return
                "\(count == 1 ? "un lien" : "\(count) liens") d’un nœud vers lui-même (\(q(first))\(count > 1 ? ", …" : "")) \(count == 1 ? "est laissé" : "sont laissés") de côté : les mesures comptent les liens entre deux nœuds"
        case .otherGraphsLeftOut(let count):
            return "le fichier contient \(count + 1) graphes ; seul le premier est lu (mettez chaque graphe dans un fichier à part pour lire les autres)"
        case .undeclaredNodes(let count, let examples):
            return
                "des liens nomment \(count == 1 ? "un nœud" : "\(count) nœuds") que le fichier ne déclare pas (\(examples.map(q).joined(separator: ", "))\(count > examples.count ? ", …" : "")) : \(count == 1 ? "il est ajouté" : "ils sont ajoutés")"
        case .repeatedTies(let count):
            return
                "\(count == 1 ? "un lien répété" : "\(count) liens répétés") entre les deux mêmes nœuds \(count == 1 ? "est compté" : "sont comptés") une fois, avec la dernière force donnée"

        case .missingColumn(let column, let table):
            switch table {
            case .roster: return "la liste des membres n’a pas de colonne `\(column)` ; son en-tête doit être id,name,type,sectors (ou identifiant,nom,type,secteurs)"
            case .responses:
                return
                    "les réponses n’ont pas de colonne `\(column)` ; l’en-tête doit être respondent,partner,frequency,openness,reliability,mission,power,resources,involvement (ou répondant,partenaire,fréquence,ouverture,fiabilité,mission,influence,ressources,engagement)"
            case .respondents: return "le fichier des répondants n’a pas de colonne `\(column)` ; son en-tête doit être id,outcome,contributes"
            case .threeSixtyGivingCSV, .threeSixtyGivingJSON: return "aucune colonne `\(column)` ; est-ce bien un fichier CSV 360Giving ?"
            case .canadaGrants: return "aucune colonne `\(column)` ; est-ce bien le fichier CSV des subventions et contributions ?"
            case .kumuBlueprint: return "aucune colonne `\(column)` ; est-ce bien une feuille Kumu ?"
            }
        case .rowWithout(let fields, let row):
            let what =
                switch row {
                case .row: "une ligne"
                case .rosterRow: "une ligne de la liste des membres"
                case .response: "une réponse"
                case .respondentsRow: "une ligne du fichier des répondants"
                case .node: "un nœud"
                case .edge: "un lien"
                case .element: "un élément"
                case .connection: "une connexion"
                case .grant: "une subvention"
                }
            if row == .element { return "un élément n’a pas d’étiquette (`label`)" }
            if row == .grant { return "une subvention n’a pas d’identifiant (`Identifier`)" }
            return "\(what) n’a pas de " + fields.map { "`\($0)`" }.joined(separator: " ni de ")
        case .alreadyOnLine(let record, let first):
            switch record {
            case .id(let id): return "l’identifiant \(q(id)) figure déjà à la ligne \(first)"
            case .grant(let id): return "la subvention \(q(id)) figure déjà à la ligne \(first)"
            case .agreement(let ref): return "l’accord \(q(ref)) figure déjà à la ligne \(first)"
            case .amendment(let ref, let number): return "la modification \(number) de l’accord \(q(ref)) figure déjà à la ligne \(first) ; chaque modification une seule fois"
            case .element(let label, let item): return "l’élément \(q(label)) figure déjà \(item ? "à l’entrée" : "à la ligne") \(first)"
            case .respondent(let id): return "\(q(id)) figure déjà à la ligne \(first)"
            }
        case .notInRoster(let id, let role, let suggestion):
            switch role {
            case .respondent: return "le répondant \(q(id)) n’est pas dans la liste des membres" + voulezVous(suggestion)
            case .partner: return "le partenaire \(q(id)) n’est pas dans la liste des membres" + voulezVous(suggestion) + " ; ajoutez-le à la liste ou corrigez l’identifiant"
            case .respondentsID: return "\(q(id)) n’est pas dans la liste des membres" + voulezVous(suggestion)
            }
        case .notImportFormat(let table):
            switch table {
            case .kumuBlueprint: return "ce n’est pas un plan Kumu : attendu un objet avec une liste `elements`"
            default: return "ce n’est pas du JSON 360Giving : attendu un objet avec une liste `grants`"
            }
        case .grantNotAnObject(let index):
            return "la subvention \(index) n’est pas un objet JSON"
        case .grant(let record, let fault):
            let name =
                switch record {
                case .agreement(let ref): "l’accord \(q(ref))"
                case .grant(let id): "la subvention \(q(id))"
                default: "la subvention"
                }
            switch fault {
            case .noAmount: return "\(name) n’a pas de montant accordé"
            case .unreadableAmount(let text): return "\(name) : le montant \(q(text)) n’est pas un montant que PartnerMap lit"
            case .noFunder: return "\(name) ne nomme aucun bailleur de fonds"
            case .noRecipient: return "\(name) ne nomme aucun bénéficiaire"
            case .noCurrency: return "\(name) n’a pas de devise de trois lettres (360Giving en exige une)"
            case .unreadableDate(let text, let dayFirst):
                return "\(name) : la date \(q(text)) n’est pas une date que PartnerMap lit ; écrivez-la 2014-03-17"
                    + (dayFirst ? " ou 17/03/2014 (le jour d’abord, comme la norme 360Giving)" : "")
            case .endsBeforeStart(let start, let end): return "\(name) se termine (\(end)) avant de commencer (\(start))"
            case .noField(let field): return "\(name) n’a pas de `\(field)`"
            case .noDepartment: return "\(name) n’a pas de ministère dans `owner_org_title`"
            }
        case .moreOfTheSameKind(let count, let firstLine, let lastLine):
            let lines = firstLine.flatMap { first in lastLine.map { first == $0 ? " (ligne \(first))" : " (lignes \(first) à \($0))" } } ?? ""
            return
                "… et \(ReportLanguage.fr.number(Double(count))) autre\(count == 1 ? "" : "s") problème\(count == 1 ? "" : "s") comme les trois ci-dessus\(lines) ; `--strict` les énumère tous"
        case .moreUnreadableDates(let count, let shown):
            return "… et \(count - shown) autres subventions dont la date ne peut pas être lue (\(count) en tout) ; les \(shown) premières sont ci-dessus"
        }
    }

    private func voulezVous(_ suggestion: String?) -> String {
        suggestion.map { " (vouliez-vous dire `\($0)` ?)" } ?? ""
    }

    private func entity(_ entity: Problem.Entity) -> String {
        switch entity {
        case .network: "le réseau"
        case .source: "une source"
        case .priority: "une priorité"
        case .organisation: "un organisme"
        case .project: "un projet"
        case .partnership: "un partenariat"
        case .membership: "un siège"
        case .funding: "un versement"
        case .surveyAnswer: "une réponse au sondage"
        case .networkCSV: "network.csv"
        }
    }

    private func inEntity(_ entity: Problem.Entity) -> String {
        switch entity {
        case .network: "dans l’en-tête du réseau"
        case .networkCSV: "dans network.csv"
        default: "dans " + self.entity(entity)
        }
    }

    private func expectation(_ expected: Problem.Expectation) -> String {
        switch expected {
        case .singleValue: "une seule valeur, pas une liste"
        case .plainList: "une liste de valeurs simples"
        case .plainNumber: "un nombre, sans devise"
        case .date: "une date écrite AAAA, AAAA-MM ou AAAA-MM-JJ, qui existe au calendrier"
        case .yearOrFiscalYear: "une année à quatre chiffres ou un exercice comme 2024-25"
        case .year: "une année à quatre chiffres"
        case .boolean: "true (vrai) ou false (faux)"
        case .oneOf(let names): "l’un de ces mots : " + names.joined(separator: ", ")
        case .anyOf(let names): "un ou plusieurs de ces mots, séparés par « ; » : " + names.joined(separator: ", ")
        case .indicator: "1 (pas du tout), 2, 3 ou 4 (beaucoup)"
        case .outcome: "1 (pas du tout réussi) à 5 (très réussi)"
        case .frequency: "annuelle, trimestrielle, mensuelle, hebdomadaire ou quotidienne (ou yearly, quarterly, monthly, weekly, daily)"
        case .level: "sensibilisation, coopération, coordination ou intégration (ou awareness, cooperation, coordination, integration)"
        case .yearOrPeriod: "un exercice, ou un début et une fin, mais pas les deux"
        case .wholeNumber: "un nombre entier"
        case .amount: "un montant comme 125000.00"
        case .organisationNotProject: "un organisme (c’est un projet)"
        case .organisationInFile: "un organisme de ce fichier"
        case .organisationOrProject: "un organisme ou un projet de ce fichier"
        case .rosterMember: "un organisme de la liste des membres (sous `organisations`)"
        case .listedSource: "une source de la section `sources`"
        case .kumuElement: "un élément"
        case .characteristic: "une caractéristique d’une communauté accueillante (" + Framework.welcomingCommunities.characteristics.map(\.id).joined(separator: ", ") + ")"
        }
    }

    private func numberFault(_ fault: Problem.NumberFault) -> String {
        switch fault {
        case .empty: "il est vide"
        case .currencyTwice: "il nomme deux fois sa devise ; gardez un seul symbole ou code"
        case .noDigits: "il n’a pas de chiffres"
        case .notStartingWithDigit: "il doit commencer par un chiffre"
        case .notANumber: "ce n’est pas un nombre"
        case .tooLarge: "il est trop grand"
        case .strayCharacter(let character): "il contient \(q(character)), qui n’est ni un chiffre, ni un séparateur, ni une devise"
        case .separatorNotBetweenDigits: "un séparateur n’est pas entre deux chiffres"
        case .mixedSeparators: "ses séparateurs se mélangent ; utilisez l’un pour les milliers et l’autre pour les décimales"
        case .spacedThousandsDecimal: "avec des espaces entre les milliers, seule la marque décimale peut être une virgule ou un point"
        case .groupNotThreeDigits: "entre les séparateurs de milliers, chaque groupe a trois chiffres"
        }
    }
}

extension String {
    fileprivate var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
