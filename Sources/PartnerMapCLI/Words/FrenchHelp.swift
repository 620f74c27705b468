import PartnerMap

/// The French of every command's help, paragraph by paragraph, keyed by the English written
/// where each command and option is declared (gettext's convention: the source's text is the
/// key). An English paragraph with no entry here is shown in English; `HelpCatalogueTests`
/// fails when one is missing or when an entry no longer matches any English text.
enum FrenchHelp {
    /// The help text in French: each paragraph from ``paragraphs``, an `EXAMPLES:` block without
    /// an entry (its commands name no file in English) with its heading translated, French typography applied.
    static func translate(_ english: String) -> String {
        english.components(separatedBy: "\n\n").map { paragraph in
            if let french = paragraphs[paragraph] { return ReportLanguage.fr.typeset(french) }
            if paragraph.hasPrefix(examplesHeading) { return "EXEMPLES\u{00A0}:" + paragraph.dropFirst(examplesHeading.count) }
            return paragraph
        }.joined(separator: "\n\n")
    }

    /// The heading of a block of example commands.
    static let examplesHeading = "EXAMPLES:"

    /// The names shown for an option's value (`--compare <file>`) and in the usage line.
    static let valueNames: [String: String] = [
        "address": "adresse", "area": "territoire", "file": "fichier", "files": "fichiers", "format": "format",
        "from": "format", "groups": "groupes", "id": "id", "key": "clé", "lexicon": "lexique", "merge": "fichier",
        "n": "n", "name": "nom", "output": "sortie", "port": "port", "resolution": "résolution", "respondents": "répondants",
        "roster": "membres", "samples": "k", "sector": "secteur", "seed": "graine", "size": "taille", "subcommand": "sous-commande",
        "threshold": "seuil", "title": "titre", "top": "n", "type": "type", "view": "vue", "year": "année", "years": "années",
        "engine": "moteur", "amounts": "montants", "level": "niveau", "measures": "mesures", "organisation": "organisme", "sort": "clé", "chance": "n",
    ]

    /// Each paragraph of the help, English → French.
    static let paragraphs: [String: String] = [
        "Map a community partnership network: who works with whom, who funds what, what is missing.":
            "Cartographier un réseau de partenaires : qui travaille avec qui, qui finance quoi, ce qui manque.",
        "PartnerMap reads what a sector knows about itself, in a network file you write: a YAML or JSON file, or a folder of CSV files exported from a spreadsheet (organisations.csv, projects.csv, partnerships.csv, memberships.csv, funding.csv, priorities.csv). Plain edge lists (`source target [weight]` per line) and DOT files are read too.":
            "PartnerMap lit ce qu’un milieu sait de lui-même, dans un fichier de réseau que vous rédigez : un fichier YAML ou JSON, ou un dossier de fichiers CSV exportés d’un tableur (organisations.csv, projects.csv, partnerships.csv, memberships.csv, funding.csv, priorities.csv). Il lit aussi les simples listes de liens (`source cible [poids]` par ligne) et les fichiers DOT.",
        "Every command checks the file first and stops with `file:line: what is wrong` for each problem, without writing anything, when the file is not valid.":
            "Chaque commande vérifie d’abord le fichier ; s’il n’est pas valide, elle s’arrête sans rien écrire et donne, pour chaque problème, `fichier:ligne: ce qui ne va pas`.",
        "EXIT STATUS:\n  0 on success, 1 when an input file has problems, 64 when the command line is wrong.":
            "CODE DE SORTIE :\n  0 si tout va bien, 1 si un fichier lu a des problèmes,\n  64 si la ligne de commande est fautive.",
        "Check network files and list every problem with its line.":
            "Vérifier des fichiers de réseau et lister chaque problème avec sa ligne.",
        "Reads each file as PartnerMap would and reports, for every problem, the file, the line and what to change: unknown references, duplicate or malformed ids, partnerships of an organisation with itself, weights outside 1..5, negative or non-numeric amounts, currencies that are not three letters, projects that end before they start, memberships of bodies that are not councils or networks, and files that are not valid YAML, JSON or CSV at all.":
            "Lit chaque fichier comme PartnerMap le lirait et signale, pour chaque problème, le fichier, la ligne et ce qu’il faut changer : renvois à un identifiant inconnu, identifiants en double ou mal formés, partenariat d’un organisme avec lui-même, poids hors de 1 à 5, montants négatifs ou non numériques, devises qui ne sont pas un code de trois lettres, projets qui finissent avant de commencer, sièges dans un organisme qui n’est ni un conseil ni un réseau, fichiers qui ne sont pas du YAML, du JSON ou du CSV valide.",
        "Problems go to standard error; a line per valid file goes to standard output.":
            "Les problèmes vont sur la sortie d’erreur ; une ligne par fichier valide va sur la sortie standard.",
        "Network files (.yaml, .yml, .json), CSV folders or edge lists (.edges, .txt).":
            "Fichiers de réseau (.yaml, .yml, .json), dossiers CSV ou listes de liens (.edges, .txt).",
        "Treat warnings (an organisation with no tie, a project without objectives, funding without a year) as problems, and list every problem (without it, a kind of problem found on many rows is said three times, then counted).":
            "Traiter les avertissements (un organisme sans lien, un projet sans objectif, un financement sans année) comme des problèmes, et lister chaque problème (sans cette option, un problème trouvé sur de nombreuses lignes est cité trois fois, puis compté).",
        "Keep only what was in place in this year (dated partnerships, seats, projects, funding).":
            "Ne garder que ce qui était en place cette année-là (partenariats, sièges, projets et financements datés).",
        "Keep only the partnerships both sides reported in a partner survey.":
            "Ne garder que les partenariats déclarés par les deux parties dans un sondage auprès des partenaires.",
        "Leave out every entry the file marks illustrative, and what names it: findings on sourced entries alone.":
            "Écarter chaque entrée que le fichier marque illustrative, et ce qui la nomme : des constats fondés sur les seules entrées sourcées.",
        "Keep only the organisations of this sector (as the file spells it), and the tables they sit at.":
            "Ne garder que les organismes de ce secteur (écrit comme dans le fichier) et les tables où ils siègent.",
        "Keep only the organisations of this type (municipal, provincial, federal, nonprofit, funder, university, employer, school-board, health, council, network, other), and the tables they sit at.":
            "Ne garder que les organismes de ce type (municipal, provincial, federal, nonprofit, funder, university, employer, school-board, health, council, network, other, tels qu’ils s’écrivent dans le fichier) et les tables où ils siègent.",
        "Keep only the organisations of this area (as the file spells it), and the tables they sit at.":
            "Ne garder que les organismes de ce territoire (écrit comme dans le fichier) et les tables où ils siègent.",
        "Keep only this council or network (its id), the bodies part of it and everyone with a seat on them.":
            "Ne garder que ce conseil ou ce réseau (son identifiant), les instances qui en font partie et tous ceux qui y siègent.",
        "Language of the sentences and labels: en or fr (default: from LANG, else en).":
            "Langue des phrases et des libellés : fr ou en (par défaut : celle de LANG, sinon en).",
        "Print nothing for valid files.":
            "N’afficher rien pour les fichiers valides.",
        "Count what a network holds, how connected it is and who funds it.":
            "Dénombrer ce que contient un réseau, à quel point il est relié et qui le finance.",
        "Prints the number of organisations (by type), projects, partnerships, seats on councils and funding flows; the density of the collaboration view (organisations tied by partnerships, council seats and co-delivered projects); its connected groups and isolated organisations; and the total funding given by each funder.":
            "Affiche le nombre d’organismes (par type), de projets, de partenariats, de sièges dans des conseils et de versements ; la densité du réseau de collaboration (organismes reliés par des partenariats, des sièges et des projets menés ensemble) ; ses groupes reliés et ses organismes isolés ; et le financement total accordé par chaque bailleur de fonds.",
        "On an edge list it prints nodes, ties, density and connected groups.":
            "Sur une liste de liens, il affiche les nœuds, les liens, la densité et les groupes reliés.",
        "A network file (.yaml, .json), a CSV folder or an edge list.":
            "Un fichier de réseau (.yaml, .json), un dossier CSV ou une liste de liens.",
        "table (for reading) or json (exact values, for scripts).":
            "table (pour la lecture) ou json (valeurs exactes, pour les scripts).",
        "A partner survey: its scores per member and for the network, or its form for KoboToolbox and ODK.":
            "Un sondage auprès des partenaires : ses résultats par membre et pour le réseau, ou son questionnaire pour KoboToolbox et ODK.",
        "The survey's loop: `survey form` writes the questionnaire as an XLSForm from the roster; KoboToolbox, ODK or SurveyCTO collect the answers; `import` reads their export into a network file; `survey` (`survey scores`) and `report` read it.":
            "Le cycle du sondage : `survey form` rédige le questionnaire en XLSForm à partir de la liste des membres ; KoboToolbox, ODK ou SurveyCTO recueillent les réponses ; `import` lit leur export et en fait un fichier de réseau ; `survey` (`survey scores`) et `report` le lisent.",
        "Trust and value scores from a partner survey, per member and for the network.":
            "Les notes de confiance et de valeur d’un sondage auprès des partenaires, par membre et pour le réseau.",
        "Reads every answer the network file keeps (`responses`, written by `partnermap import` from a survey) and computes what partner-survey tools report: for each member, how many named it and how many it named, the trust and value it received and gave, each of the six indicators received, and its relative connectivity; for the network, the response rate, density, degree centralization, reciprocity among members who both responded, and mean trust and value. Ratings received below 2.5 are marked. Ties named by one side only are listed; those to a member that did not respond cannot be confirmed.":
            "Lit chaque réponse que garde le fichier de réseau (`responses`, écrit par `partnermap import` à partir d’un sondage) et calcule ce que rapportent les outils de sondage des partenaires : pour chaque membre, combien l’ont nommé et combien il en a nommé, la confiance et la valeur qu’il a reçues et données, chacun des six indicateurs reçus, et sa connectivité relative ; pour le réseau, le taux de réponse, la densité, la centralisation des degrés, la réciprocité entre les membres qui ont tous deux répondu, et la confiance et la valeur moyennes. Les notes reçues sous 2,5 sont signalées. Les liens nommés d’un seul côté sont listés ; ceux qui vont à un membre qui n’a pas répondu ne peuvent pas être confirmés.",
        "Trust is the mean of openness, reliability and mission; value the mean of power, resources and involvement; each from 1 (not at all) to 4 (a great deal).":
            "La confiance est la moyenne de l’ouverture, de la fiabilité et de la mission ; la valeur, celle de l’influence, des ressources et de l’engagement ; chacune de 1 (pas du tout) à 4 (beaucoup).",
        "A network file holding a survey's answers (from partnermap import).":
            "Un fichier de réseau qui contient les réponses d’un sondage (produit par partnermap import).",
        "The score the table is sorted by: trustReceived, valueReceived, namedBy, names, trustGiven, valueGiven, relativeConnectivity, id.":
            "La note qui ordonne le tableau : trustReceived, valueReceived, namedBy, names, trustGiven, valueGiven, relativeConnectivity, id.",
        "How partners see one member: its scores and every answer naming it.":
            "Ce que les partenaires disent d’un membre : ses notes et chaque réponse qui le nomme.",
        "table, json or csv.":
            "table, json ou csv.",
        "Write the partner survey as an XLSForm for KoboToolbox, ODK or SurveyCTO.":
            "Rédiger le sondage auprès des partenaires en XLSForm pour KoboToolbox, ODK ou SurveyCTO.",
        "The form lists the roster's organisations: the respondent picks its own, then each one it worked with in the past twelve months, and answers, for each, how often they worked together, the six indicators from 1 to 4 (openness, reliability, mission: trust; power, resources, involvement: value), and optionally the relationship's level and what the partner brings; then, once, how successful the partnership has been and what its own organisation contributes.":
            "Le questionnaire présente les organismes de la liste des membres : le répondant choisit le sien, puis chacun de ceux avec qui il a travaillé au cours des douze derniers mois, et indique pour chacun la fréquence de leur travail commun, les six indicateurs de 1 à 4 (ouverture, fiabilité, mission : la confiance ; influence, ressources, engagement : la valeur) et, s’il le souhaite, le niveau de la relation et ce que le partenaire apporte ; puis, une seule fois, dans quelle mesure le partenariat a réussi et ce que son propre organisme y apporte.",
        "Upload the file to KoboToolbox (Deploy), ODK Central (New form) or SurveyCTO. When the answers are in, download them (KoboToolbox: XLS export; ODK Central: CSV download, a .zip) and give that file to `partnermap import` with the same roster.":
            "Téléversez le fichier dans KoboToolbox (Deploy), ODK Central (New form) ou SurveyCTO. Une fois les réponses recueillies, téléchargez-les (KoboToolbox : export XLS ; ODK Central : téléchargement CSV, un .zip) et donnez ce fichier à `partnermap import` avec la même liste des membres.",
        "The organisations invited: a CSV file or a workbook with id and name columns (identifiant, nom).":
            "Les organismes invités : un fichier CSV ou un classeur avec les colonnes identifiant et nom (id, name).",
        "The form to write (.xlsx).":
            "Le questionnaire à écrire (.xlsx).",
        "Language of the form's labels: fr, en or both.":
            "Langue des libellés du questionnaire : fr, en ou both (les deux).",
        "The form's title (default: Sondage auprès des partenaires, or Partner survey in English).":
            "Le titre du questionnaire (par défaut : Sondage auprès des partenaires, ou Partner survey en anglais).",
        "Compare a network at two moments: who joined and left, which ties and gaps changed.":
            "Comparer un réseau à deux moments : qui est arrivé ou parti, quels liens et quelles lacunes ont changé.",
        "Give two files of the same network (two survey waves, two years), or one file that dates its entries and two years with --years. Organisations are matched by id, partnerships by the pair of their organisations.":
            "Donnez deux fichiers du même réseau (deux vagues de sondage, deux années), ou un seul fichier qui date ses entrées et deux années avec --years. Les organismes sont appariés par leur identifiant, les partenariats par la paire de leurs organismes.",
        "Prints, in sentences, the organisations that joined and left, the sectors now at the table or gone from it, the partnerships formed, ended, strengthened and weakened, each funder's change, the gaps closed and opened and the organisations whose share of shortest paths moved most; then density, degree centralisation, connected groups, priorities covered and funding concentration side by side.":
            "Affiche, en phrases, les organismes arrivés et partis, les secteurs désormais présents à la table ou absents, les partenariats noués, terminés, renforcés et affaiblis, l’évolution de chaque bailleur de fonds, les lacunes comblées et apparues, et les organismes dont la part des plus courts chemins a le plus changé ; puis, côte à côte, la densité, la centralisation des degrés, les groupes reliés, les priorités couvertes et la concentration du financement.",
        "The network then and the network now; one file with --years.":
            "Le réseau d’alors et le réseau d’aujourd’hui ; un seul fichier avec --years.",
        "Two years of one file to compare.":
            "Deux années d’un même fichier à comparer.",
        "table (sentences and scores), json or csv.":
            "table (phrases et mesures), json ou csv.",
        "Write to this file: .svg, .png, .pdf or .dot for the change map, .html for the change report, anything else (or -) for the --format text. Standard output when absent.":
            "Écrire dans ce fichier : .svg, .png, .pdf ou .dot pour la carte des changements, .html pour le rapport des changements, toute autre extension (ou -) pour le texte de --format. Sortie standard sans cette option.",
        "Turn a partner survey or open grants data into a network file.":
            "Faire d’un sondage auprès des partenaires ou de données ouvertes sur les subventions un fichier de réseau.",
        "Reads each file in the format its content shows (--from overrides) and writes one network file that validates, the same bytes for the same input, every entry citing the file it came from. Prints what it read, merged and dropped. A file with bad rows gets file:line: problem for every one of them, exit status 1, and no output file.":
            "Lit chaque fichier dans le format que montre son contenu (--from l’impose) et écrit un seul fichier de réseau valide, identique octet pour octet pour les mêmes données, chaque entrée citant le fichier d’où elle vient. Affiche ce qui a été lu, fusionné et écarté. Un fichier dont des lignes sont fautives donne `fichier:ligne: problème` pour chacune d’elles, le code de sortie 1, et aucun fichier écrit.",
        "A workbook (.xlsx) or a ZIP of CSV files is read once and its sheets say what it holds: a 360Giving grants sheet, a survey's roster and responses sheets, a survey form's answers as KoboToolbox or ODK Central export them, Kumu's two sheets.":
            "Un classeur (.xlsx) ou une archive ZIP de fichiers CSV est lu une seule fois, et ses feuilles disent ce qu’il contient : une feuille de subventions 360Giving, les feuilles de la liste des membres et des réponses d’un sondage, les réponses à un questionnaire telles que KoboToolbox ou ODK Central les exportent, les deux feuilles de Kumu.",
        "FORMATS:\n  survey           responses (respondent,partner,frequency,openness,reliability,mission,\n                   power,resources,involvement) with --roster roster.csv (id,name,type,sectors)\n  survey-form-data the answers to `partnermap survey form`: KoboToolbox's XLS export\n                   (.xlsx) or ODK Central's CSV download (.zip), with --roster\n  canada-grants    Government of Canada grants and contributions CSV (ref_number, ...)\n  360giving-csv    360Giving flattened CSV (Identifier, Amount Awarded, ...)\n  360giving-json   360Giving JSON ({\"grants\": [...]})\n  graphml, gexf    a graph from Gephi, networkx, igraph, yEd or Cytoscape\n  kumu-json        a Kumu blueprint ({\"elements\": [...], \"connections\": [...]})\n  kumu-elements    Kumu's Elements sheet as CSV, given with its Connections sheet":
            "FORMATS :\n  survey           réponses (respondent,partner,frequency,openness,\n                   reliability,mission,power,resources,involvement)\n                   avec --roster membres.csv (id,name,type,sectors)\n  survey-form-data les réponses à `partnermap survey form` : l’export XLS\n                   de KoboToolbox (.xlsx) ou le téléchargement CSV\n                   d’ODK Central (.zip), avec --roster\n  canada-grants    subventions et contributions du gouvernement\n                   du Canada, en CSV (ref_number, …)\n  360giving-csv    CSV aplati de 360Giving (Identifier, Amount Awarded, …)\n  360giving-json   JSON de 360Giving ({\"grants\": [...]})\n  graphml, gexf    un graphe de Gephi, networkx, igraph, yEd ou Cytoscape\n  kumu-json        un plan (blueprint) de Kumu\n                   ({\"elements\": [...], \"connections\": [...]})\n  kumu-elements    la feuille Elements de Kumu en CSV,\n                   donnée avec sa feuille Connections",
        "The files to import.":
            "Les fichiers à importer.",
        "survey, survey-form-data, canada-grants, 360giving-csv, 360giving-json, graphml, gexf or kumu-json (default: from each file's content).":
            "survey, survey-form-data, canada-grants, 360giving-csv, 360giving-json, graphml, gexf ou kumu-json (par défaut : d’après le contenu de chaque fichier).",
        "The survey's roster: id,name,type,sectors of every organisation invited (CSV or workbook).":
            "La liste des membres du sondage : id,name,type,sectors de chaque organisme invité (CSV ou classeur).",
        "The survey's questions asked once per organisation: id,outcome (1-5),contributes (;-list).":
            "Les questions du sondage posées une fois par organisme : id,outcome (1-5),contributes (liste séparée par des ;).",
        "The network's name, for maps and reports (a survey is named \"Partner survey\", or \"Sondage auprès des partenaires\" with --lang fr, otherwise).":
            "Le nom du réseau, pour les cartes et les rapports (sinon, un sondage s’appelle « Sondage auprès des partenaires », ou « Partner survey » avec --lang en).",
        "An existing network file to add the imported entries to.":
            "Un fichier de réseau existant auquel ajouter les entrées importées.",
        "The network file to write (.yaml); - for standard output.":
            "Le fichier de réseau à écrire (.yaml) ; - pour la sortie standard.",
        "Who holds the network together, who brokers, who is a single point of failure.":
            "Qui relie le réseau, qui fait le pont, qui est un point de rupture.",
        "Computes, for every organisation (or node of an edge list), the measures researchers use, with networkx's conventions so each number can be checked against it:":
            "Calcule, pour chaque organisme (ou chaque nœud d’une liste de liens), les mesures qu’utilisent les chercheurs, selon les conventions de networkx, pour que chaque chiffre puisse y être vérifié :",
        "  degree, strength      ties, and the sum of their strengths\n  betweenness           share of shortest paths between others that pass through\n                        it (Brandes; normalised as networkx)\n  closeness, harmonic   how near it is to everyone (Wasserman–Faust; Σ 1/distance)\n  eigenvector, pagerank, katz\n                        tied to the well-tied (unit length; damping 0.85; α 0.1)\n  core-number, clustering\n                        k-core; share of its partners who are partners\n  constraint, effective-size, efficiency, hierarchy\n                        Burt's structural holes: does it bridge separate groups?":
            "  degree, strength      les liens, et la somme de leurs forces\n  betweenness           la part des plus courts chemins entre les autres\n                        qui passent par lui (Brandes ; normalisée\n                        comme dans networkx)\n  closeness, harmonic   sa proximité de tous les autres\n                        (Wasserman–Faust ; Σ 1/distance)\n  eigenvector, pagerank, katz\n                        lié à ceux qui sont bien liés (norme 1 ;\n                        amortissement 0,85 ; α 0,1)\n  core-number, clustering\n                        k-cœur ; part de ses partenaires qui sont\n                        partenaires entre eux\n  constraint, effective-size, efficiency, hierarchy\n                        les trous structuraux de Burt : relie-t-il\n                        des groupes séparés ?",
        "Articulation points (single points of failure) and bridges are always reported; on the funding view, Gould–Fernandez brokerage roles by group.":
            "Les points d’articulation (points de rupture) et les ponts sont toujours signalés ; dans la vue du financement, les rôles de courtage de Gould et Fernandez par groupe.",
        "Weights are tie strengths. Without --weighted every tie counts as 1; with it, strengths weigh PageRank, eigenvector, Katz and structural holes, and distances are 1/weight for betweenness, closeness and harmonic. Nodes without ties get NaN where networkx gives NaN, written null in JSON and empty in CSV.":
            "Les poids sont les forces des liens. Sans --weighted, chaque lien compte pour un ; avec, les forces pèsent sur PageRank, le vecteur propre, Katz et les trous structuraux, et les distances valent 1/poids pour l’intermédiarité, la proximité et la proximité harmonique. Les nœuds sans lien reçoivent NaN là où networkx donne NaN, écrit null en JSON et laissé vide en CSV.",
        "collaboration (organisations tied by partnerships, seats and projects) or funding (directed money flows). Ignored for edge lists.":
            "collaboration (organismes reliés par des partenariats, des sièges et des projets) ou funding (l’argent, dans le sens où il va). Sans effet sur les listes de liens.",
        "Comma-separated measures to compute; the first one ranks the table. Default: all.":
            "Les mesures à calculer, séparées par des virgules ; la première ordonne le tableau. Par défaut : toutes.",
        "Use tie strengths (distance 1/weight) instead of counting ties.":
            "Tenir compte de la force des liens (distance 1/poids) au lieu de compter les liens.",
        "Also compute edge betweenness (JSON `edges`).":
            "Calculer aussi l’intermédiarité des liens (`edges` du JSON).",
        "Rows in the table (0 for all).":
            "Lignes du tableau (0 pour toutes).",
        "Estimate betweenness from K sampled sources (for large graphs); closeness and harmonic are then left out unless named in --measures.":
            "Estimer l’intermédiarité à partir de K points de départ tirés au sort (pour les grands graphes) ; la proximité et la proximité harmonique sont alors omises, sauf si --measures les nomme.",
        "Seed for --samples; the same seed draws the same sources as networkx's betweenness_centrality(k, seed).":
            "Graine de --samples ; la même graine tire les mêmes points de départ que betweenness_centrality(k, seed) de networkx.",
        "Groups for brokerage roles on the funding view: sector, type or council.":
            "Groupes des rôles de courtage dans la vue du financement : sector (secteur), type ou council (conseil).",
        "Read an edge list as directed.":
            "Lire une liste de liens comme orientée.",
        "Print the time spent loading and computing on standard error.":
            "Afficher sur la sortie d’erreur le temps passé à lire et à calculer.",
        "Find projects that serve the same objective, in French and in English.":
            "Trouver les projets qui poursuivent le même objectif, en français et en anglais.",
        "Compares every pair of projects on their names, objectives and themes (TF-IDF over words, lexicon concepts and character 4-grams; French and English texts meet through the domain lexicon) and on their context: shared themes, target group, area, period and funder. Each pair above the threshold is a duplicate (same objective, same area and period: coordinate or merge) or a twin (same objective elsewhere or at another time: learn from each other), with the words, concepts and context that matched.":
            "Compare chaque paire de projets sur leurs noms, leurs objectifs et leurs thèmes (TF-IDF sur les mots, les concepts du lexique et les 4-grammes de caractères ; les textes français et anglais se rejoignent par le lexique du domaine) et sur leur contexte : thèmes communs, public cible, territoire, période et bailleur de fonds. Chaque paire au-dessus du seuil est un doublon (même objectif, même territoire et même période : se coordonner ou fusionner) ou un jumeau (même objectif ailleurs ou à un autre moment : apprendre l’un de l’autre), avec les mots, les concepts et le contexte qui ont concordé.",
        "A network file (.yaml, .json) or a CSV folder with projects.":
            "Un fichier de réseau (.yaml, .json) ou un dossier CSV qui contient des projets.",
        "Lowest score reported, 0 to 1 (default 0.53, from the evaluation set); 0 lists every pair with any similarity.":
            "Score le plus bas retenu, de 0 à 1 (par défaut 0,53, tiré du jeu d’évaluation) ; 0 liste chaque paire qui a la moindre ressemblance.",
        "Pairs shown (0 for all).":
            "Paires affichées (0 pour toutes).",
        "Score by plain word TF-IDF cosine only (no concepts, 4-grams or context), to compare with other tools.":
            "Noter par le seul cosinus TF-IDF des mots (sans concepts, 4-grammes ni contexte), pour comparer avec d’autres outils.",
        "A lexicon file (concept<TAB>English terms<TAB>French terms) added to the built-in one.":
            "Un fichier de lexique (concept<TAB>termes anglais<TAB>termes français) ajouté au lexique intégré.",
        "Who is alone, who is missing from the table, what nobody covers, where the money sits.":
            "Qui est seul, qui manque à la table, ce que personne ne couvre, où va l’argent.",
        "Reports each gap with the ids it is about, a sentence and a next step:":
            "Signale chaque lacune avec les identifiants qu’elle concerne, une phrase et une prochaine étape :",
        "  isolated-organisation     no partnership, seat, shared project or funding tie\n  disconnected-component    a group with no path to the main network\n  single-point-of-failure   an organisation (or tie) whose loss splits the network\n  missing-sector            a council or network with no member in an expected sector\n                            (expectedSectors in the file; by default health,\n                            education, justice, municipal, employment)\n  uncovered-priority        a priority no project's themes or objectives address\n  unfunded-project          a project with no funding recorded\n  funding-dependency        80% or more of an organisation's money from one funder\n  funding-concentration     money concentrated on few recipients (Gini, Herfindahl)\n  siloed-organisation       every partner works in exactly its sectors":
            "  isolated-organisation     aucun partenariat, siège, projet commun\n                            ni lien de financement\n  disconnected-component    un groupe sans chemin vers le réseau principal\n  single-point-of-failure   un organisme (ou un lien) dont la perte coupe\n                            le réseau en deux\n  missing-sector            un conseil ou un réseau sans membre dans\n                            un secteur attendu (expectedSectors dans\n                            le fichier ; par défaut santé, éducation,\n                            justice, municipal, emploi)\n  uncovered-priority        une priorité qu’aucun thème ni objectif\n                            de projet ne couvre\n  unfunded-project          un projet sans financement inscrit\n  funding-dependency        80 % ou plus de l’argent d’un organisme\n                            vient d’un seul bailleur de fonds\n  funding-concentration     l’argent concentré sur peu de bénéficiaires\n                            (Gini, Herfindahl)\n  siloed-organisation       chaque partenaire travaille exactement\n                            dans ses secteurs",
        "A network file (.yaml, .json) or a CSV folder.":
            "Un fichier de réseau (.yaml, .json) ou un dossier CSV.",
        "Groups of organisations that work more with each other than with the rest (Louvain).":
            "Les groupes d’organismes qui travaillent plus entre eux qu’avec les autres (Louvain).",
        "Finds communities in the collaboration view by the Louvain method, maximising modularity as networkx's louvain_communities does (resolution 1, threshold 1e-7, tie strengths as weights). The seed fixes the visiting order, so the same seed gives the same groups. Each group is named by the sector more than half of its members work in (or its two most frequent sectors). The modularity is compared with random networks in which every organisation keeps its number of ties (--chance): groups that are no clearer than chance are said to be so.":
            "Trouve les communautés du réseau de collaboration par la méthode de Louvain, en maximisant la modularité comme le fait louvain_communities de networkx (résolution 1, seuil 1e-7, forces des liens comme poids). La graine fixe l’ordre de visite : la même graine donne les mêmes groupes. Chaque groupe porte le nom du secteur où travaillent plus de la moitié de ses membres (ou de ses deux secteurs les plus fréquents). La modularité est comparée à celle de réseaux aléatoires où chaque organisme garde son nombre de liens (--chance) : des groupes qui ne se distinguent pas mieux que le hasard sont présentés comme tels.",
        "Seed for the visiting order.":
            "Graine de l’ordre de visite.",
        "Resolution: above 1 gives more, smaller groups.":
            "Résolution : au-dessus de 1, des groupes plus nombreux et plus petits.",
        "Random networks with the same degrees to compare the modularity with (0 to skip; default 20, 5 above 20,000 ties, 0 above 200,000).":
            "Réseaux aléatoires de mêmes degrés auxquels comparer la modularité (0 pour s’en passer ; par défaut 20, 5 au-delà de 20 000 liens, 0 au-delà de 200 000).",
        "Suggest partnerships between organisations that share partners or objectives.":
            "Suggérer des partenariats entre organismes qui ont des partenaires ou des objectifs en commun.",
        "Ranks pairs of organisations with no tie by 0.5 × Adamic–Adar (shared partners, rarer ones counting more) + 0.5 × similarity of their projects' objectives, and says why for each.":
            "Classe les paires d’organismes sans lien par 0,5 × Adamic–Adar (partenaires communs, les plus rares comptant davantage) + 0,5 × ressemblance des objectifs de leurs projets, et dit pourquoi pour chacune.",
        "Suggestions shown (0 for all).":
            "Suggestions affichées (0 pour toutes).",
        "Draw a map of the network as SVG, PNG, PDF or laid-out DOT.":
            "Dessiner une carte du réseau en SVG, PNG, PDF ou DOT mis en page.",
        "Views:\n  partnerships   organisations coloured by sector, shaped by type, sized by\n                 betweenness; councils as boxes around their members\n  funding        money flowing left to right, edge width and label by amount\n  overlap        projects that serve the same objective (red: duplicate,\n                 dashed red: possible duplicate, dates unknown;\n                 dashed blue: twin)\n  co-funding     funders tied by the recipients they share\n  ego:ID         one organisation and its neighbourhood two steps out":
            "Vues :\n  partnerships   organismes colorés selon le secteur, de forme selon\n                 le type, de taille selon l’intermédiarité ; les conseils\n                 en cadres autour de leurs membres\n  funding        l’argent de gauche à droite, épaisseur et étiquette\n                 des flèches selon le montant\n  overlap        projets qui poursuivent le même objectif (rouge : doublon,\n                 rouge pointillé : doublon possible, dates inconnues ;\n                 bleu pointillé : jumeau)\n  co-funding     bailleurs de fonds reliés par les bénéficiaires qu’ils partagent\n  ego:ID         un organisme et son voisinage jusqu’à deux pas",
        "What the file marks illustrative is drawn in purple.":
            "Ce que le fichier marque illustratif est dessiné en violet.",
        "Graphviz runs in process. Above 300 nodes the map uses sfdp with overlap removal\nand straight edges, and labels only the most central nodes. The file is written\nwhole or not at all.":
            "Graphviz tourne dans le programme. Au-delà de 300 nœuds, la carte utilise sfdp,\nécarte les nœuds qui se chevauchent, trace des liens droits et n’étiquette que\nles nœuds les plus centraux. Le fichier est écrit en entier ou pas du tout.",
        "partnerships, funding, overlap, co-funding or ego:ID.":
            "partnerships (partenariats), funding (financement), overlap (chevauchements), co-funding (cofinancement) ou ego:ID.",
        "dot, neato, fdp, sfdp, circo or twopi (default: chosen for the view and size).":
            "dot, neato, fdp, sfdp, circo ou twopi (par défaut : choisi selon la vue et la taille).",
        "svg, png, pdf or dot (laid out). Default: from the output file's extension.":
            "svg, png, pdf ou dot (mis en page). Par défaut : d’après l’extension du fichier écrit.",
        "The file to write; - for standard output.":
            "Le fichier à écrire ; - pour la sortie standard.",
        "What sizes organisations on the partnership map: betweenness, or for a survey network trust or value received.":
            "Ce qui donne leur taille aux organismes sur la carte des partenariats : l’intermédiarité, ou, pour un réseau sondé, la confiance ou la valeur reçues.",
        "Write a map as DOT, or the network for Gephi, Cytoscape and yEd (GraphML, GEXF), or as JSON.":
            "Écrire une carte en DOT, le réseau pour Gephi, Cytoscape et yEd (GraphML, GEXF), ou en JSON.",
        "dot       the styled map of a view, for any Graphviz tool\ngraphml   the collaboration view with every node and edge attribute\n          (yEd, Cytoscape, Gephi, igraph, networkx), valid against\n          GraphML's schema\ngexf      the same for Gephi\njson      the network file's content with the analyses' results\nnode-link the collaboration view as networkx node-link data, for\n          networkx.node_link_graph (keys nodes, edges, source, target, id)":
            "dot       la carte mise en forme d’une vue, pour tout outil de Graphviz\ngraphml   le réseau de collaboration avec chaque attribut des nœuds\n          et des liens (yEd, Cytoscape, Gephi, igraph, networkx),\n          valide selon le schéma de GraphML\ngexf      la même chose pour Gephi\njson      le contenu du fichier de réseau avec les résultats des analyses\nnode-link le réseau de collaboration en données node-link de networkx,\n          pour networkx.node_link_graph (clés nodes, edges, source,\n          target, id)",
        "With --view funding, graphml, gexf and node-link hold the funding flows\ninstead: a directed graph from funder to recipient, one edge per flow with\nits amount, currency, year, start, end and programme (several flows between\ntwo organisations stay several edges).":
            "Avec --view funding, graphml, gexf et node-link contiennent plutôt\nles versements : un graphe orienté du bailleur de fonds au bénéficiaire,\nun lien par versement avec son montant, sa devise, son année, son début,\nsa fin et son programme (plusieurs versements entre deux organismes\nrestent plusieurs liens).",
        "Without -o the output goes to standard output. With -o the file is written whole or\nnot at all.":
            "Sans -o, le résultat va sur la sortie standard. Avec -o, le fichier est écrit\nen entier ou pas du tout.",
        "partnerships, funding, overlap, co-funding or ego:ID for dot; partnerships, funding or co-funding for graphml, gexf and node-link.":
            "partnerships, funding, overlap, co-funding ou ego:ID pour dot ; partnerships, funding ou co-funding pour graphml, gexf et node-link.",
        "dot, graphml, gexf, json or node-link.":
            "dot, graphml, gexf, json ou node-link.",
        "The file to write; standard output when absent or -.":
            "Le fichier à écrire ; la sortie standard sans cette option ou avec -.",
        "Write one self-contained HTML report a coordinator can send to a council.":
            "Écrire un rapport HTML autonome qu’une coordonnatrice peut envoyer à un conseil.",
        "The report holds what the network contains, the partnership map, who holds it together, projects that serve the same objective, gaps with next steps, funding, suggested partnerships and the sources the file cites. It opens in any browser without network access, prints cleanly, and works with JavaScript off; with it on, tables sort, a search box filters them, and clicking a node of the map highlights its partners.":
            "Le rapport présente ce que contient le réseau, la carte des partenariats, qui relie le réseau, les projets qui poursuivent le même objectif, les lacunes et leurs prochaines étapes, le financement, les partenariats suggérés et les sources que cite le fichier. Il s’ouvre dans tout navigateur sans accès au réseau, s’imprime proprement et fonctionne sans JavaScript ; avec JavaScript, les tableaux se trient, une boîte de recherche les filtre, et un clic sur un organisme de la carte fait ressortir ses partenaires.",
        "The HTML file to write; - for standard output.":
            "Le fichier HTML à écrire ; - pour la sortie standard.",
        "The report's title (default: the network's name).":
            "Le titre du rapport (par défaut : le nom du réseau).",
        "No progress messages.":
            "Aucun message de progression.",
        "Open a network in a workspace page: filter, read the findings, click a map, edit and save.":
            "Ouvrir un réseau dans une page de travail : filtrer, lire les constats, cliquer sur une carte, modifier et enregistrer.",
        "Starts a web server on this machine and prints the address to open (with its token). The page shows the partnership, funding, overlap and ego maps, the findings (gaps with next steps, overlapping projects, who holds the network together, suggested partnerships, survey scores), each recomputed when a filter changes, and downloads of what is on screen. YAML and JSON files are edited from forms with the file's rules; saving writes the file in one step and changes only the entries edited. Other formats are shown read only.":
            "Démarre un serveur web sur cet ordinateur et affiche l’adresse à ouvrir (avec son jeton). La page montre les cartes des partenariats, du financement, des chevauchements et des voisinages, les constats (lacunes et prochaines étapes, projets qui se chevauchent, qui relie le réseau, partenariats suggérés, résultats du sondage), chacun recalculé quand un filtre change, et propose de télécharger ce qui est à l’écran. Les fichiers YAML et JSON se modifient par des formulaires qui appliquent les règles du fichier ; l’enregistrement écrit le fichier d’un seul coup et ne change que les entrées modifiées. Les autres formats sont affichés en lecture seule.",
        "The server listens on 127.0.0.1 only, answers only to its own address, needs the token of the printed address, and writes nothing but the file, and that only when you save. It stops with Ctrl-C.":
            "Le serveur n’écoute que sur 127.0.0.1, ne répond qu’à sa propre adresse, exige le jeton de l’adresse affichée et n’écrit rien d’autre que le fichier, et seulement quand vous enregistrez. Ctrl-C l’arrête.",
        "A network file: YAML or JSON (editable), or anything validate reads (read only).":
            "Un fichier de réseau : YAML ou JSON (modifiable), ou tout ce que validate lit (en lecture seule).",
        "The port to listen on; 0 picks a free one.":
            "Le port d’écoute ; 0 en choisit un libre.",
        "Listen on this address instead of 127.0.0.1. Unsafe: any machine that reaches it can try the token, and nothing is encrypted.":
            "Écouter sur cette adresse plutôt que sur 127.0.0.1. Risqué : tout ordinateur qui peut la joindre peut essayer le jeton, et rien n’est chiffré.",
        "A second file (an earlier wave): the page shows what changed since.":
            "Un second fichier (une vague antérieure) : la page montre ce qui a changé depuis.",
        "Open the page in the default browser.":
            "Ouvrir la page dans le navigateur par défaut.",
        "EXAMPLES:\n  partnermap report Graphs/montreal-inclusif.yaml -o report.html\n  partnermap report Graphs/montreal-inclusif.yaml --lang fr -o rapport.html\n  partnermap validate Graphs/*.yaml\n  partnermap render Graphs/ontario-lips.yaml --view funding -o funding.svg\n  partnermap gaps Graphs/ontario-lips.yaml":
            "EXEMPLES :\n  partnermap report Graphs/montreal-inclusif.yaml -o rapport.html\n  partnermap report Graphs/montreal-inclusif.yaml --lang en -o report.html\n  partnermap validate Graphs/*.yaml\n  partnermap render Graphs/ontario-lips.yaml --view funding -o financement.svg\n  partnermap gaps Graphs/ontario-lips.yaml",
        "EXAMPLES:\n  partnermap survey form --roster roster.csv -o partner-survey.xlsx\n  partnermap survey form --roster members.xlsx --lang fr --title \"Table de concertation, 2027\" -o sondage.xlsx\n  partnermap import kobo-export.xlsx --roster roster.csv -o network.yaml":
            "EXEMPLES :\n  partnermap survey form --roster membres.csv -o sondage.xlsx\n  partnermap survey form --roster membres.xlsx --title \"Table de concertation, 2027\" -o sondage.xlsx\n  partnermap survey form --roster membres.csv --lang both -o sondage-bilingue.xlsx\n  partnermap import export-kobo.xlsx --roster membres.csv -o reseau.yaml",
        "EXAMPLES:\n  partnermap compare Examples/time/ontario-lips-2010.yaml Examples/time/ontario-lips-2011.yaml\n  partnermap compare Examples/time/ontario-lips-timeline.yaml --years 2010 2011 --format json\n  partnermap compare Examples/time/ontario-lips-2010.yaml Examples/time/ontario-lips-2011.yaml -o change.svg":
            "EXEMPLES :\n  partnermap compare Examples/time/ontario-lips-2010.yaml Examples/time/ontario-lips-2011.yaml\n  partnermap compare Examples/time/ontario-lips-timeline.yaml --years 2010 2011 --format json\n  partnermap compare Examples/time/ontario-lips-2010.yaml Examples/time/ontario-lips-2011.yaml -o changements.svg",
        "EXAMPLES:\n  partnermap import responses.csv --roster roster.csv -o network.yaml\n  partnermap import kobo-export.xlsx --roster roster.csv -o network.yaml\n  partnermap import grants.xlsx -o funded.yaml\n  partnermap import grants.csv -o funded.yaml\n  partnermap import grants.json --merge network.yaml -o network-with-grants.yaml":
            "EXEMPLES :\n  partnermap import reponses.csv --roster membres.csv -o reseau.yaml\n  partnermap import export-kobo.xlsx --roster membres.csv -o reseau.yaml\n  partnermap import subventions.xlsx -o finances.yaml\n  partnermap import subventions.csv -o finances.yaml\n  partnermap import subventions.json --merge reseau.yaml -o reseau-et-subventions.yaml",
        "EXAMPLES:\n  partnermap centrality Graphs/ontario-lips.yaml\n  partnermap centrality Graphs/montreal-inclusif.yaml --measures betweenness,constraint --top 5\n  partnermap centrality Graphs/allies-learning-exchange.yaml --view funding --weighted --format json\n  partnermap centrality big.edges --measures betweenness --samples 200 --seed 1":
            "EXEMPLES :\n  partnermap centrality Graphs/ontario-lips.yaml\n  partnermap centrality Graphs/montreal-inclusif.yaml --measures betweenness,constraint --top 5\n  partnermap centrality Graphs/allies-learning-exchange.yaml --view funding --weighted --format json\n  partnermap centrality grand-reseau.edges --measures betweenness --samples 200 --seed 1",
        "EXAMPLES:\n  partnermap overlap Graphs/montreal-inclusif.yaml\n  partnermap overlap Graphs/allies-learning-exchange.yaml --format json\n  partnermap overlap projects/ --threshold 0 --format csv":
            "EXEMPLES :\n  partnermap overlap Graphs/montreal-inclusif.yaml\n  partnermap overlap Graphs/allies-learning-exchange.yaml --format json\n  partnermap overlap projets/ --threshold 0 --format csv",
        "EXAMPLES:\n  partnermap render Graphs/montreal-inclusif.yaml -o montreal.svg\n  partnermap render Graphs/ontario-lips.yaml --view funding --format pdf -o funding.pdf\n  partnermap render Graphs/london-middlesex-lip.yaml --view ego:city-of-london -o city.png --format png":
            "EXEMPLES :\n  partnermap render Graphs/montreal-inclusif.yaml -o montreal.svg\n  partnermap render Graphs/ontario-lips.yaml --view funding --format pdf -o financement.pdf\n  partnermap render Graphs/london-middlesex-lip.yaml --view ego:city-of-london -o ville.png --format png",
        "EXAMPLES:\n  partnermap export Graphs/montreal-inclusif.yaml --format dot | dot -Tsvg > map.svg\n  partnermap export Graphs/ontario-lips.yaml --format graphml -o ontario.graphml\n  partnermap export Graphs/montreal-inclusif.yaml --view funding --format gexf":
            "EXEMPLES :\n  partnermap export Graphs/montreal-inclusif.yaml --format dot | dot -Tsvg > carte.svg\n  partnermap export Graphs/ontario-lips.yaml --format graphml -o ontario.graphml\n  partnermap export Graphs/montreal-inclusif.yaml --view funding --format gexf",
        "EXAMPLES:\n  partnermap report Graphs/montreal-inclusif.yaml -o montreal.html\n  partnermap report Graphs/montreal-inclusif.yaml --lang fr -o montreal-fr.html":
            "EXEMPLES :\n  partnermap report Graphs/montreal-inclusif.yaml -o montreal.html\n  partnermap report Graphs/montreal-inclusif.yaml --lang en -o montreal-en.html",
        "Who funds whom: totals by year, size, area, kind of recipient, funder or programme, and co-funding.":
            "Qui finance qui : les totaux par année, taille, territoire, type de bénéficiaire, bailleur de fonds ou programme, et le cofinancement.",
        "Reads a network file, or a grants file as it is published (360Giving JSON, CSV or workbook, a Government of Canada grants and contributions CSV), and gives, for each group, the total per currency (currencies are never added together), the number of grants, the number of distinct recipients and the median grant. A grant without the field grouped on is counted as \"not given\", never dropped; totals are exact to the cent. Money to a project counts for the organisation that leads it.":
            "Lit un fichier de réseau, ou un fichier de subventions tel qu’il est publié (JSON, CSV ou classeur 360Giving, CSV des subventions et contributions du gouvernement du Canada), et donne, pour chaque groupe, le total par devise (les devises ne sont jamais additionnées), le nombre de subventions, le nombre de bénéficiaires distincts et la subvention médiane. Une subvention à laquelle manque le champ de regroupement est comptée comme « non précisé », jamais écartée ; les totaux sont exacts au cent près. L’argent versé à un projet compte pour l’organisme qui le porte.",
        "--by takes year, size, area, recipient-type, funder or programme, several separated by commas, each its own breakdown. Years are those of the award date (or the start of the funded period); --fiscal counts fiscal years from April. Sizes are bands of 0, 10,000, 50,000, 100,000, 500,000 and 1,000,000 unless --bands gives others. Areas are provinces, territories or regions; --area-level city groups by city.":
            "--by prend year (année), size (taille), area (territoire), recipient-type (type de bénéficiaire), funder (bailleur de fonds) ou programme, plusieurs séparés par des virgules, chacun donnant sa propre ventilation. Les années sont celles de la date d’octroi (ou du début de la période financée) ; --fiscal compte des exercices financiers à partir d’avril. Les tailles sont des tranches commençant à 0, 10 000, 50 000, 100 000, 500 000 et 1 000 000, sauf si --bands en donne d’autres. Les territoires sont des provinces, des territoires ou des régions ; --area-level city regroupe par ville.",
        "--co-funding adds, per recipient, its number of funders, and for each pair of funders the recipients they share (count, Jaccard index, what each gave them): the funders who could coordinate. --newcomers adds, year by year, the recipients funded for the first time in the file and those funded again.":
            "--co-funding ajoute, pour chaque bénéficiaire, son nombre de bailleurs de fonds et, pour chaque paire de bailleurs, les bénéficiaires qu’ils ont en commun (nombre, indice de Jaccard, ce que chacun leur a versé) : les bailleurs qui pourraient se concerter. --newcomers ajoute, année par année, les bénéficiaires financés pour la première fois dans le fichier et ceux qui le sont de nouveau.",
        "A network file, or a 360Giving or Government of Canada grants file.":
            "Un fichier de réseau, ou un fichier de subventions 360Giving ou du gouvernement du Canada.",
        "What to group by: year, size, area, recipient-type, funder or programme, comma-separated.":
            "Les regroupements : year, size, area, recipient-type, funder ou programme, séparés par des virgules.",
        "The lower bounds of the size bands, comma-separated, from 0.":
            "Le bas de chaque tranche de taille, séparés par des virgules, à partir de 0.",
        "Count fiscal years from April to March (2019-20) instead of calendar years.":
            "Compter des exercices financiers d’avril à mars (2019-20) plutôt que des années civiles.",
        "region (province, territory or region) or city.":
            "region (province, territoire ou région) ou city (ville).",
        "Only this funder's grants (its id).":
            "Seulement les subventions de ce bailleur de fonds (son identifiant).",
        "Only grants to recipients in this area (as the file writes it).":
            "Seulement les subventions aux bénéficiaires de ce territoire (écrit comme dans le fichier).",
        "Only grants of this year, or of these years (2018-2021).":
            "Seulement les subventions de cette année, ou de ces années (2018-2021).",
        "Only this programme's grants.":
            "Seulement les subventions de ce programme.",
        "Also count each recipient's funders and the recipients each pair of funders shares.":
            "Compter aussi les bailleurs de fonds de chaque bénéficiaire et les bénéficiaires communs à chaque paire de bailleurs.",
        "Also count, year by year, recipients funded for the first time and funded again.":
            "Compter aussi, année par année, les bénéficiaires financés pour la première fois et ceux financés de nouveau.",
        "Groups and pairs listed in the table (0 for all; years and sizes are never cut).":
            "Groupes et paires affichés dans le tableau (0 pour tous ; les années et les tailles ne sont jamais coupées).",
        "Leave out every entry the file marks illustrative.":
            "Écarter chaque entrée que le fichier marque illustrative.",
        "Treat warnings as problems.":
            "Traiter les avertissements comme des problèmes.",
        "Write to this file: .svg for the first breakdown as a bar chart, anything else for the --format output.":
            "Écrire dans ce fichier : .svg pour la première ventilation en diagramme à barres, toute autre extension pour le résultat de --format.",
        "EXAMPLES:\n  partnermap funding grants.json\n  partnermap funding grants.csv --by year,area --fiscal\n  partnermap funding network.yaml --by size --funder ircc --format csv\n  partnermap funding grants.json --co-funding --format json\n  partnermap funding grants.json --by area -o areas.svg":
            "EXEMPLES :\n  partnermap funding subventions.json\n  partnermap funding subventions.csv --by year,area --fiscal\n  partnermap funding reseau.yaml --by size --funder ircc --format csv\n  partnermap funding subventions.json --co-funding --format json\n  partnermap funding subventions.json --by area -o territoires.svg",
        "Hold the projects against the characteristics of a welcoming community.":
            "Confronter les projets aux caractéristiques d’une communauté accueillante.",
        "For each of the seventeen characteristics of a welcoming community (Esses, Hamilton, Bennett-AbuAyyash and Burstein, Characteristics of a Welcoming Community, Welcoming Communities Initiative, 2010), lists the projects that serve it, the organisations and sectors behind them, whether anyone in the file works in the sector it needs, the funding that reaches those projects, and what it lacks: no project at all, or one organisation only.":
            "Pour chacune des dix-sept caractéristiques d’une communauté accueillante (Esses, Hamilton, Bennett-AbuAyyash et Burstein, Characteristics of a Welcoming Community, Initiative des communautés accueillantes, 2010), donne les projets qui la servent, les organismes et les secteurs qui les portent, si quelqu’un dans le fichier travaille dans le secteur qu’elle demande, le financement qui atteint ces projets, et ce qui lui manque : aucun projet, ou un seul organisme.",
        "A project serves the characteristics the file declares (characteristics: [housing, health-care]). For a project that declares none, PartnerMap proposes them from its name, objectives and themes, with the words that led to each, marked as proposed: a reading for the partners to confirm, never a record. --lexicon adds words: a line whose first column is a characteristic's id adds its English and French terms.":
            "Un projet sert les caractéristiques que le fichier déclare (characteristics: [housing, health-care]). Pour un projet qui n’en déclare aucune, PartnerMap les propose d’après son nom, ses objectifs et ses thèmes, avec les mots qui ont mené à chacune, marquées comme proposées : une lecture que les partenaires confirment, jamais une donnée consignée. --lexicon ajoute des mots : une ligne dont la première colonne est l’id d’une caractéristique ajoute ses termes anglais et français.",
        "EXAMPLES:\n  partnermap framework Graphs/london-middlesex-lip.yaml\n  partnermap framework Graphs/ontario-lips.yaml --lang fr\n  partnermap framework network.yaml --format json -o characteristics.json\n  partnermap framework network.yaml --lexicon our-words.tsv --format csv":
            "EXEMPLES :\n  partnermap framework Graphs/london-middlesex-lip.yaml\n  partnermap framework Graphs/ontario-lips.yaml --lang fr\n  partnermap framework reseau.yaml --format json -o caracteristiques.json\n  partnermap framework reseau.yaml --lexicon nos-mots.tsv --format csv",
        "A network file (.yaml, .json), a workbook or a CSV folder with projects.":
            "Un fichier de réseau (.yaml, .json), un classeur ou un dossier CSV qui contient des projets.",
        "A lexicon file (characteristic<TAB>English terms<TAB>French terms) added to the built-in words.":
            "Un fichier lexique (caractéristique<TAB>termes anglais<TAB>termes français) ajouté aux mots intégrés.",
        "Projects named per characteristic in the table (0 for all).":
            "Projets nommés par caractéristique dans le tableau (0 pour tous).",
        "Keep only the projects that serve this characteristic of a welcoming community (its id, as `framework` lists them), declared or proposed, their organisations and the tables they sit at.":
            "Ne garder que les projets qui servent cette caractéristique d’une communauté accueillante (son id, comme `framework` les donne), déclarée ou proposée, leurs organismes et les tables où ils siègent.",
        "Write to this file instead of the terminal.":
            "Écrire dans ce fichier plutôt qu’au terminal.",
    ]
}
