import Foundation
import Testing

@testable import PartnerMap

/// The rules of French a council sends without editing, each checked on its own: ids said in
/// words, money and dates as Québec writes them, names introduced when no article is known, and
/// names in both languages read, shown and written back.
@Suite struct CouncilFrenchTests {
    @Test func idsAreSaidInWordsAndUnknownIdsAsWritten() {
        let fr = Vocabulary(.fr)
        #expect(fr.label("settlement") == "établissement")
        #expect(fr.label("immigrant-women") == "femmes immigrantes")
        #expect(fr.label("Joint project") == "projet commun")
        #expect(fr.label("our-own-theme") == "our-own-theme")
        #expect(fr.labels(["employment", "employers", "employment"]) == ["emploi", "employeurs"])
        #expect(fr.type(.nonprofit) == "organisme sans but lucratif" && Vocabulary(.en).type(.schoolBoard) == "school board")
        #expect(fr.role(.coChair) == "coprésidence" && fr.level(.integration) == "intégration")
        // One word per indicator, the form's and the table's.
        #expect(fr.indicator("power") == "influence" && fr.indicator("involvement") == "engagement")
        #expect(FrenchSurveyFormWords().text(.indicator("power")).hasPrefix("Influence"))
    }

    @Test func moneyAsEachLanguageWritesIt() {
        #expect(ReportLanguage.fr.amount(715_000, "CAD") == "715\u{202F}000\u{00A0}$")
        #expect(ReportLanguage.fr.amount(715_000, "CAD", mixed: true) == "715\u{202F}000\u{00A0}$\u{00A0}CA")
        #expect(ReportLanguage.fr.amount(20, "USD") == "20\u{00A0}$\u{00A0}US")
        #expect(ReportLanguage.fr.shortAmount(3_750_000, "CAD") == "3,75\u{00A0}M$")
        #expect(ReportLanguage.fr.shortAmount(2_000_000_000, "CAD") == "2\u{00A0}G$")
        #expect(ReportLanguage.en.amount(715_000, "CAD") == "$715,000")
        #expect(ReportLanguage.en.amount(715_000, "CAD", mixed: true) == "CA$715,000")
        #expect(ReportLanguage.en.shortAmount(3_750_000, "CAD") == "$3.75M")
        #expect(ReportLanguage.en.amount(500, "CHF") == "CHF 500" && ReportLanguage.fr.amount(500, "CHF") == "500\u{00A0}CHF")
    }

    @Test func datesInWords() {
        #expect(ReportLanguage.fr.date("2010-05-19") == "19 mai 2010")
        #expect(ReportLanguage.fr.date("2010-05-01") == "1er mai 2010")
        #expect(ReportLanguage.en.date("2010-05-19") == "May 19, 2010")
        #expect(ReportLanguage.fr.date("2018-09") == "septembre 2018" && ReportLanguage.fr.date("2009") == "2009")
        #expect(ReportLanguage.fr.period(YearMonth(year: 2019, month: 1), YearMonth(year: 2021, month: 12)) == "de janvier 2019 à décembre 2021")
        #expect(ReportLanguage.en.period(YearMonth(year: 2019, month: 1), nil) == "from January 2019")
        let source = Source(id: "s", title: "Title", publisher: "City", date: "2010-05-19")
        #expect(source.citation(in: .fr) == "Title. City, 19 mai 2010")
        #expect(ReportLanguage.fr.plain(2.5) == "2,5" && ReportLanguage.fr.decimal(0.78) == "0,78")
    }

    @Test func aNameWithNoArticleIsIntroducedByWhatItIs() throws {
        let network = try NetworkLoader.network(
            yaml: """
                name: N
                organisations:
                  - {id: h, name: Hôpital régional}
                  - {id: v, name: Ville de Laval}
                  - {id: e, name: Emploi-Québec, article: none}
                projects:
                  - {id: p, name: Women Connect, organisations: [h]}
                """)
        let articles = FrenchArticles(network)
        #expect(articles.the("Hôpital régional") == "l’organisme Hôpital régional")
        #expect(articles.de("Hôpital régional") == "de l’organisme Hôpital régional")
        #expect(articles.à("Hôpital régional (h)") == "à l’organisme Hôpital régional (h)")
        #expect(articles.subject("Hôpital régional") == "L’organisme Hôpital régional")
        #expect(articles.the("Ville de Laval") == "la Ville de Laval" && articles.de("Ville de Laval") == "de la Ville de Laval")
        #expect(articles.the("Emploi-Québec") == "Emploi-Québec")
        #expect(articles.the("Women Connect") == "le projet Women Connect" && articles.de("Women Connect") == "du projet Women Connect")
    }

    static let bilingual = """
        name: Réseau d'accueil de Laval
        nameEn: Laval welcoming network
        organisations:
          - id: hopital
            name: Hôpital régional de Laval
            nameEn: Laval Regional Hospital
            type: health
          - id: ville
            nameFr: Ville de Laval
            nameEn: City of Laval
            type: municipal
        projects:
          - id: p1
            name: Accueil santé
            nameEn: Health welcome
            organisations: [hopital]
            objectives: Accompagner les personnes nouvellement arrivées vers les soins de santé.
            objectivesEn: Guide newcomers to health care.
          - id: p2
            name: Newcomers to health care
            organisations: [ville]
            objectives: Guide newcomers and refugees to health care and clinics.
        priorities:
          - {id: sante, name: Accès aux soins, nameEn: Access to care}
        """

    @Test func namesInBothLanguagesAreReadShownAndWrittenBack() throws {
        let network = try NetworkLoader.network(yaml: Self.bilingual)
        #expect(network.name == "Réseau d'accueil de Laval" && network.translatedName.en == "Laval welcoming network")
        // `name` may be left out when a translation is given.
        #expect(network.organisation("ville")?.name == "Ville de Laval")
        let english = network.inLanguage(.en)
        #expect(english.name == "Laval welcoming network")
        #expect(english.organisation("hopital")?.name == "Laval Regional Hospital")
        #expect(english.project("p1")?.name == "Health welcome" && english.priorities[0].name == "Access to care")
        #expect(network.inLanguage(.fr).organisation("hopital")?.name == "Hôpital régional de Laval")
        // Findings do not change with the language they are said in.
        let scores = { (shown: Network) in OverlapFinder(shown, options: .init(threshold: 0)).pairs.map(\.score) }
        #expect(scores(english) == scores(network) && scores(network.inLanguage(.fr)) == scores(network))
        // Written back as read, in YAML (what import and the editor write).
        let again = try NetworkLoader.network(yaml: NetworkFileWriter.yaml(network))
        #expect(again == network)
        // A CSV folder's French headers name the same fields.
        let folder = try NetworkLoader.loadCSVFolder(contents: [
            "organisations.csv": Data("identifiant,nom,nom FR,nom EN\nh,Hôpital,Hôpital régional,Regional Hospital\n".utf8)
        ])
        #expect(folder.organisations[0].translatedName == Translation(fr: "Hôpital régional", en: "Regional Hospital"))
    }

    @Test func programmesAreNamedInBothLanguages() throws {
        let yaml = """
            name: Réseau
            organisations:
              - {id: ircc, name: IRCC, type: federal}
              - {id: centre, name: Centre, type: nonprofit}
              - {id: maison, name: Maison, type: nonprofit}
            funding:
              - {from: ircc, to: centre, amount: 1000, year: 2024, programme: Settlement Program, programmeFr: Programme d'établissement}
              - {from: ircc, to: maison, amount: 500, year: 2024, programme: Settlement Program}
              - {from: ircc, to: maison, amount: 700, year: 2025, programmeFr: Programme d'aide à la réinstallation}
            """
        let network = try NetworkLoader.network(yaml: yaml)
        // One name per programme, however many flows it pays; a flow may give only its French.
        #expect(network.programmeNames["Settlement Program"] == Translation(fr: "Programme d'établissement"))
        #expect(network.funding[2].programme == "Programme d'aide à la réinstallation")
        let french = network.inLanguage(.fr)
        #expect(french.funding.map(\.programme) == ["Programme d'établissement", "Programme d'établissement", "Programme d'aide à la réinstallation"])
        #expect(network.inLanguage(.en).funding[1].programme == "Settlement Program")
        // Written back beside each flow of the programme, and read back the same.
        let written = NetworkFileWriter.yaml(network)
        #expect(written.components(separatedBy: "programmeFr:").count - 1 == 3)
        #expect(try NetworkLoader.network(yaml: written) == network)
        // The JSON dump uses the file's field names, and reads back.
        let json = try JSONOutput.string(network)
        #expect(json.contains("\"programmeFr\" : \"Programme d'établissement\""))
        #expect(try JSONDecoder().decode(Network.self, from: Data(json.utf8)) == network)
        // Two French names for one programme: neither can be chosen.
        let twice = yaml.replacingOccurrences(
            of: "programme: Settlement Program}", with: "programme: Settlement Program, programmeFr: Programme d'installation}")
        #expect(
            ValidationTests.problems(twice) == [
                "net.yaml:8: programme \"Settlement Program\" is named \"Programme d'installation\" in `programmeFr` here but \"Programme d'établissement\" on line 7; give each programme one name per language"
            ])
    }

    @Test func theJSONDumpNamesTranslationsAsTheFileDoes() throws {
        let network = try NetworkLoader.network(yaml: Self.bilingual)
        let json = try JSONOutput.string(network)
        for key in ["\"nameEn\" : \"Laval Regional Hospital\"", "\"nameFr\" : \"Ville de Laval\"", "\"objectivesEn\" : \"Guide newcomers to health care.\""] {
            #expect(json.contains(key), "\(key)")
        }
        #expect(!json.contains("translatedName") && !json.contains("translatedObjectives"))
        #expect(try JSONDecoder().decode(Network.self, from: Data(json.utf8)) == network)
    }

    @Test func governmentOfCanadaGrantsKeepTheirFrench() throws {
        let csv = """
            ref_number,amendment_number,recipient_legal_name,agreement_value,owner_org_title,agreement_title_en,agreement_title_fr,prog_name_en,prog_name_fr
            R-1,0,Centre d'accueil,1000,"Immigration, Refugees and Citizenship Canada | Immigration, Réfugiés et Citoyenneté Canada",Settlement services,Services d'établissement,Settlement Program,Programme d'établissement
            """
        let network = try CanadaGrantsImporter.read(text: csv).network
        let department = try #require(network.organisations.first { $0.type == .federal })
        #expect(department.name == "Immigration, Refugees and Citizenship Canada")
        #expect(department.translatedName.fr == "Immigration, Réfugiés et Citoyenneté Canada")
        #expect(network.projects[0].name == "Settlement services" && network.projects[0].translatedName.fr == "Services d'établissement")
        #expect(network.programmeNames == ["Settlement Program": Translation(fr: "Programme d'établissement")])
        let french = network.inLanguage(.fr)
        #expect(french.funding[0].programme == "Programme d'établissement")
        #expect(french.organisation(department.id)?.name == "Immigration, Réfugiés et Citoyenneté Canada")
    }
}
