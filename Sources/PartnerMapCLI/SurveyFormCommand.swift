import ArgumentParser
import Foundation
import PartnerMap

struct SurveyFormCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "form",
        abstract: localized("Write the partner survey as an XLSForm for KoboToolbox, ODK or SurveyCTO."),
        discussion: localized(
            """
            The form lists the roster's organisations: the respondent picks its own, then each \
            one it worked with in the past twelve months, and answers, for each, how often they \
            worked together, the six indicators from 1 to 4 (openness, reliability, mission: \
            trust; power, resources, involvement: value), and optionally the relationship's \
            level and what the partner brings; then, once, how successful the partnership has \
            been and what its own organisation contributes.

            Upload the file to KoboToolbox (Deploy), ODK Central (New form) or SurveyCTO. When \
            the answers are in, download them (KoboToolbox: XLS export; ODK Central: CSV \
            download, a .zip) and give that file to `partnermap import` with the same roster.

            EXAMPLES:
              partnermap survey form --roster roster.csv -o partner-survey.xlsx
              partnermap survey form --roster members.xlsx --lang fr --title "Table de concertation, 2027" -o sondage.xlsx
              partnermap import kobo-export.xlsx --roster roster.csv -o network.yaml
            """)
    )

    @Option(help: .localized("The organisations invited: a CSV file or a workbook with id and name columns (identifiant, nom)."))
    var roster: String

    @Option(name: .shortAndLong, help: .localized("The form to write (.xlsx)."))
    var output: String

    @Option(name: .customLong("lang"), help: .localized("Language of the form's labels: fr, en or both.", valueName: "fr|en|both"))
    var languages: SurveyForm.Languages = .both

    @Option(help: .localized("The form's title (default: Sondage auprès des partenaires, or Partner survey in English)."))
    var title: String?

    func validate() throws {
        guard URL(fileURLWithPath: output).pathExtension.lowercased() == "xlsx" else {
            throw UsageProblem.formNeedsXLSX(output: output).error
        }
    }

    func run() throws {
        let language: ReportLanguage =
            switch languages {
            case .fr: .fr
            case .en: .en
            case .both: LanguageOption.fromEnvironment(ProcessInfo.processInfo.environment)
            }
        let members: [SurveyForm.Member]
        do {
            members = try SurveyForm.members(roster: roster)
        } catch {
            printError(error, in: language)
            printError(CommandMessage.nothingWritten.text(in: language))
            throw ExitCode(1)
        }
        do {
            let data = try WorkbookWriter.data(SurveyForm.sheets(members: members, languages: languages, title: title))
            try OutputFile.write(data, to: output, inputs: [roster])
        } catch let error as OutputFile.Failure {
            printError(error, in: language)
            throw ExitCode(1)
        }
        printText(CommandMessage.formWritten(output, members: members.count).text(in: language))
    }
}

extension SurveyForm.Languages: ExpressibleByArgument {}
