import Foundation
import Testing

@testable import PartnerMap

/// Spreadsheets in, survey forms out, through the commands a coordinator types: a network
/// workbook analysed, workbooks imported as their CSV files are, the survey form written,
/// converted by pyxform as KoboToolbox and ODK convert it, and its answers imported back.
@Suite struct WorkbookCLITests {
    static let workbooks = "Tests/PartnerMapTests/Fixtures/workbooks/"
    static let imports = "Tests/PartnerMapTests/Fixtures/import/"

    static func imported(_ arguments: [String], environment: [String: String] = [:]) throws -> (Network, CLIRunner.Output) {
        let out = try ImportCLITests.folder()
        defer { try? FileManager.default.removeItem(atPath: out) }
        let run = try CLIRunner.run(["import"] + arguments + ["-o", out + "/network.yaml"], environment: environment)
        #expect(run.status == 0, "\(run.stderr)")
        let text = try String(contentsOfFile: out + "/network.yaml", encoding: .utf8)
        return (try NetworkLoader.network(yaml: text, file: "network.yaml"), run)
    }

    @Test func everyCommandReadsANetworkWorkbookAsItsCSVFolder() throws {
        for command in [["summary"], ["gaps"], ["centrality", "--top", "5"], ["communities"]] {
            let folder = try CLIRunner.run(command + ["Graphs/london-middlesex-lip"])
            let workbook = try CLIRunner.run(command + [Self.workbooks + "london-middlesex-lip.xlsx"])
            #expect(workbook.status == 0 && folder.status == 0, "\(command): \(workbook.stderr)")
            #expect(workbook.stdout == folder.stdout, "\(command)")
        }
        let validate = try CLIRunner.run(["validate", Self.workbooks + "london-middlesex-lip.xlsx"])
        #expect(validate.stdout.hasPrefix("ok  \(Self.workbooks)london-middlesex-lip.xlsx: 19 organisations, 3 projects, 3 partnerships, 19 memberships, 3 funding flows"))
    }

    @Test func aBrokenWorkbookIsRefusedInFrenchWithItsSheetAndRow() throws {
        let file = Self.workbooks + "merged-header.xlsx"
        let run = try CLIRunner.run(["validate", file], environment: ["LANG": "fr_CA.UTF-8"])
        #expect(run.status == 1)
        #expect(
            run.stderr == """
                \(file)[organisations], ligne 1\u{00A0}: les cellules B1:C1 de la ligne d’en-tête sont fusionnées\u{202F}; annulez la fusion et donnez un nom à chaque colonne
                \(file)[organisations], ligne 2\u{00A0}: la colonne C contient des valeurs, mais sa cellule d’en-tête est vide\u{202F}; nommez la colonne ou supprimez-la
                le fichier a des problèmes\u{202F}; rien n’a été chargé.

                """)
    }

    @Test func aThreeSixtyGivingWorkbookImportsAsItsCSV() throws {
        let (csv, _) = try Self.imported([Self.imports + "360giving.csv"])
        let (workbook, run) = try Self.imported([Self.workbooks + "360giving.xlsx"])
        // Amounts typed as numbers and dates typed as dates (shown dd/mm/yyyy) give the same grants.
        #expect(workbook.organisations == csv.organisations)
        #expect(workbook.projects == csv.projects)
        #expect(workbook.funding == csv.funding)
        #expect(workbook.funding.map(\.amount) == [25_000, 30_000, 12_500.5])
        #expect(run.stdout.hasPrefix("read 3 grants from \(Self.workbooks)360giving.xlsx[grants]\n"))
    }

    @Test func canadasGrantsSavedAsAWorkbookImportAsTheCSV() throws {
        let (csv, _) = try Self.imported([Self.imports + "canada-grants.csv"])
        let (workbook, run) = try Self.imported([Self.workbooks + "canada-grants.xlsx"])
        // Values typed as numbers, dates as dates, a description over two lines in one cell.
        #expect(workbook.organisations == csv.organisations && workbook.projects == csv.projects && workbook.funding == csv.funding)
        #expect(run.stdout.contains("2 earlier amendment rows restate it and were not added"))
    }

    @Test func aSurveyWorkbookAndTheFormsExportsImportAsTheCSVFiles() throws {
        let (csv, _) = try Self.imported([Self.imports + "responses.csv", "--roster", Self.imports + "roster.csv"])
        // Roster and responses as two sheets, French names and headers, no --roster needed.
        let (workbook, run) = try Self.imported([Self.workbooks + "survey.xlsx", "--lang", "fr"])
        #expect(workbook.organisations == csv.organisations && workbook.partnerships == csv.partnerships && workbook.responses == csv.responses)
        #expect(run.stdout.contains("lu 5 organismes dans \(Self.workbooks)survey.xlsx[Liste des membres] et 5 réponses dans \(Self.workbooks)survey.xlsx[Réponses]"))
        // The form's answers as KoboToolbox and ODK Central export them: the same ties, plus the
        // optional answers the CSV fixture leaves out.
        for export in ["kobo-export.xlsx", "odk-export.zip"] {
            let (form, _) = try Self.imported([Self.workbooks + export, "--roster", Self.imports + "roster.csv"])
            #expect(form.partnerships == csv.partnerships, "\(export)")
            #expect(form.organisations.map(\.responded) == [true, true, true, true, false], "\(export)")
            #expect(form.organisations[0].outcome == 4 && form.organisations[0].contributes == ["in-kind", "expertise"], "\(export)")
            var answers = form.responses
            #expect(answers[0].level == .coordination && answers[0].contributions == ["data", "referrals"], "\(export)")
            answers[0].level = nil
            answers[0].contributions = []
            #expect(answers == csv.responses, "\(export)")
        }
        // Without its roster the export cannot name anyone.
        let missing = try CLIRunner.run(["import", Self.workbooks + "kobo-export.xlsx", "-o", "/tmp/never.yaml"])
        #expect(missing.status == 1 && missing.stderr.contains("a survey needs its roster; add --roster roster.csv"))
        #expect(!FileManager.default.fileExists(atPath: "/tmp/never.yaml"))
    }

    @Test func anAnswerWithoutItsSubmissionIsRefused() throws {
        let out = try ImportCLITests.folder()
        defer { try? FileManager.default.removeItem(atPath: out) }
        let tables = try ImportTables.read(path: CLIRunner.packageRoot + "/" + Self.workbooks + "kobo-export.xlsx")
        let sheets = tables.tables.map { table -> WorkbookWriter.Sheet in
            var rows = [table.columns]
            for row in table.rows.rows where !(table.name == "Sondage auprès des partenaires" && row["respondent"] == "clinique") {
                rows.append(table.columns.map { row.cell(CSVRows.key($0)) ?? "" })
            }
            return WorkbookWriter.Sheet(name: table.name, rows: rows)
        }
        try WorkbookWriter.data(sheets).write(to: URL(fileURLWithPath: out + "/cut.xlsx"))
        let run = try CLIRunner.run(["import", out + "/cut.xlsx", "--roster", Self.imports + "roster.csv", "-o", out + "/n.yaml"])
        #expect(run.status == 1)
        #expect(
            run.stderr == """
                \(out)/cut.xlsx[ratings]:5: this answer belongs to submission "3", which "Sondage auprès des partenaires" does not hold; export the submissions and their ratings together, from the same download
                nothing was written.

                """)
    }

    @Test func theSurveyFormListsTheRosterInBothLanguages() throws {
        let out = try ImportCLITests.folder()
        defer { try? FileManager.default.removeItem(atPath: out) }
        let run = try CLIRunner.run(["survey", "form", "--roster", Self.imports + "roster.csv", "-o", out + "/form.xlsx"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout == "written \(out)/form.xlsx: the partner survey's form, 5 organisations to choose from; upload it to KoboToolbox, ODK Central or SurveyCTO\n")
        let form = try Workbook.read(path: out + "/form.xlsx").get()
        #expect(form.sheets.map(\.name) == ["survey", "choices", "settings"])
        let survey = try #require(form.sheet(named: "survey"))
        #expect(survey.rows[0].cells.prefix(6) == ["type", "name", "label::Français (fr)", "label::English (en)", "hint::Français (fr)", "hint::English (en)"])
        let names = survey.rows.dropFirst().map { $0.cells.count > 1 ? $0.cells[1] : "" }
        // The names import reads back, in the repeat the export ties to its submission.
        #expect(
            names == [
                "respondent", "partners", "ratings", "partner", "partner_name", "partner_heading", "frequency", "openness",
                "reliability", "mission", "power", "resources", "involvement", "level", "contributions", "", "outcome", "contributes",
            ])
        let choices = try #require(form.sheet(named: "choices"))
        let members = choices.rows.filter { $0.cells[0] == "members" }.map { Array($0.cells[1...2]) }
        #expect(members.first == ["binam", "Bureau d'intégration des nouveaux arrivants à Montréal"] && members.count == 5)
        #expect(choices.rows.filter { $0.cells[0] == "frequency" }.map { $0.cells[1] } == ["yearly", "quarterly", "monthly", "weekly", "daily"])
        // French only: one label column; the same bytes in another time zone.
        let french = try CLIRunner.run(["survey", "form", "--roster", Self.workbooks + "survey.xlsx", "--lang", "fr", "-o", out + "/fr.xlsx"])
        #expect(french.stdout.hasPrefix("écrit\u{00A0}: \(out)/fr.xlsx, le formulaire du sondage, avec 5 organismes au choix"))
        let frenchForm = try Workbook.read(path: out + "/fr.xlsx").get()
        #expect(frenchForm.sheets[0].rows[0].cells.filter { $0.hasPrefix("label") } == ["label::Français (fr)"])
        // French as a francophone writes it: a no-break space before `?` and `:`.
        let frenchLabels = frenchForm.sheets[0].rows.compactMap { $0.cells.count > 2 ? $0.cells[2] : nil }
        #expect(frenchLabels.contains("À quelle fréquence avez-vous travaillé ensemble\u{202F}?"), "\(frenchLabels)")
        #expect(frenchLabels.contains { $0.hasPrefix("Ouverture\u{00A0}: dans quelle mesure") })
        _ = try CLIRunner.run(["survey", "form", "--roster", Self.imports + "roster.csv", "-o", out + "/tokyo.xlsx"], environment: ["TZ": "Asia/Tokyo"])
        #expect(try Data(contentsOf: URL(fileURLWithPath: out + "/tokyo.xlsx")) == Data(contentsOf: URL(fileURLWithPath: out + "/form.xlsx")))
        // The scores stay the default subcommand.
        let scores = try CLIRunner.run(["survey", "Examples/survey/waves/lakeside-2011.yaml"])
        let explicit = try CLIRunner.run(["survey", "scores", "Examples/survey/waves/lakeside-2011.yaml"])
        #expect(scores.status == 0 && scores.stdout == explicit.stdout && scores.stdout.contains("trust"))
    }

    @Test func aRosterWithAnIDTheToolsCannotListIsRefused() throws {
        let out = try ImportCLITests.folder()
        defer { try? FileManager.default.removeItem(atPath: out) }
        try "id,name\nbinam,BINAM\nclub devoirs,Club des devoirs\nbinam,Again\n".write(toFile: out + "/roster.csv", atomically: true, encoding: .utf8)
        let run = try CLIRunner.run(["survey", "form", "--roster", out + "/roster.csv", "-o", out + "/form.xlsx"])
        #expect(run.status == 1)
        #expect(run.stderr.contains("\(out)/roster.csv:3: id \"club devoirs\" may only hold letters, digits"))
        #expect(run.stderr.contains("\(out)/roster.csv:4: "))
        #expect(!FileManager.default.fileExists(atPath: out + "/form.xlsx"))
    }

    static let hasPyXForm: Bool = {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", "import pyxform"]
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return false }
        process.waitUntilExit()
        return process.terminationStatus == 0
    }()

    @Test(.enabled(if: hasPyXForm, "pyxform is not installed (python3 -m pip install pyxform); make test installs it"))
    func pyxformConvertsTheFormAsKoboToolboxAndODKDo() throws {
        let out = try ImportCLITests.folder()
        defer { try? FileManager.default.removeItem(atPath: out) }
        for languages in ["both", "fr", "en"] {
            let form = out + "/form-\(languages).xlsx"
            let run = try CLIRunner.run(["survey", "form", "--roster", Self.imports + "roster.csv", "--lang", languages, "-o", form])
            #expect(run.status == 0, "\(run.stderr)")
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            process.arguments = ["python3", "-W", "ignore", "-m", "pyxform.xls2xform", "--json", form, out + "/form.xml"]
            // xls2xform --json writes its verdict on standard error.
            let pipe = Pipe()
            process.standardError = pipe
            process.standardOutput = FileHandle.nullDevice
            try process.run()
            let verdict = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            #expect(verdict.contains("\"code\": 100") && verdict.contains("\"warnings\": []"), "\(languages): \(verdict)")
            let xform = try String(contentsOfFile: out + "/form.xml", encoding: .utf8)
            // One repeat per partner chosen, and the fields import reads back inside it.
            #expect(xform.contains("<repeat nodeset=\"/data/ratings\" jr:count=\" /data/ratings_count \">"), "\(languages)")
            #expect(xform.contains("calculate=\"count-selected( /data/partners )\""))
            for field in SurveyFormDataImporter.answerFields.dropFirst() {
                #expect(xform.contains("<bind nodeset=\"/data/ratings/\(field)\""), "\(languages): \(field)")
            }
            #expect(xform.contains("<bind nodeset=\"/data/respondent\" type=\"string\" required=\"true()\"/>"))
            if languages == "both" {
                #expect(xform.contains("<translation lang=\"Français (fr)\" default=\"true()\">") && xform.contains("<translation lang=\"English (en)\">"))
            }
        }
    }
}
