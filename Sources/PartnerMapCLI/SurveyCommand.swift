import ArgumentParser
import PartnerMap

/// `partnermap survey`: the partner survey's two ends. `scores` (the default, so that
/// `partnermap survey NETWORK` reads as before) and `form`.
struct SurveyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "survey",
        abstract: localized("A partner survey: its scores per member and for the network, or its form for KoboToolbox and ODK."),
        discussion: localized(
            """
            The survey's loop: `survey form` writes the questionnaire as an XLSForm from the \
            roster; KoboToolbox, ODK or SurveyCTO collect the answers; `import` reads their \
            export into a network file; `survey` (`survey scores`) and `report` read it.
            """),
        subcommands: [SurveyScoresCommand.self, SurveyFormCommand.self],
        defaultSubcommand: SurveyScoresCommand.self
    )
}

struct SurveyScoresCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "scores",
        abstract: localized("Trust and value scores from a partner survey, per member and for the network."),
        discussion: localized(
            """
            Reads every answer the network file keeps (`responses`, written by `partnermap \
            import` from a survey) and computes what partner-survey tools report: for each \
            member, how many named it and how many it named, the trust and value it received \
            and gave, each of the six indicators received, and its relative connectivity; for \
            the network, the response rate, density, degree centralization, reciprocity among \
            members who both responded, and mean trust and value. Ratings received below 2.5 \
            are marked. Ties named by one side only are listed; those to a member that did not \
            respond cannot be confirmed.

            Trust is the mean of openness, reliability and mission; value the mean of power, \
            resources and involvement; each from 1 (not at all) to 4 (a great deal).

            EXAMPLES:
              partnermap survey Examples/survey/sudbury-2010.yaml
              partnermap survey Examples/survey/sudbury-2010.yaml --sort valueReceived
              partnermap survey Examples/survey/sudbury-2010.yaml --organisation city --lang fr
              partnermap survey Examples/survey/sudbury-2010.yaml --format json
            """)
    )

    @Argument(help: .localized("A network file holding a survey's answers (from partnermap import)."))
    var file: String

    @OptionGroup var loading: LoadingOptions

    @Option(help: .localized("The score the table is sorted by: " + SurveyOutput.sortKeys.joined(separator: ", ") + ".", valueName: "key"))
    var sort = "trustReceived"

    @Option(help: .localized("How partners see one member: its scores and every answer naming it.", valueName: "id"))
    var organisation: String?

    @OptionGroup var lang: LanguageOption

    @Option(help: .localized("table, json or csv."))
    var format: ReportFormat = .table

    func validate() throws {
        guard SurveyOutput.sortKeys.contains(sort) else {
            throw UsageProblem.unknownChoice(option: "--sort", choices: SurveyOutput.sortKeys).error
        }
    }

    func run() throws {
        let network = try loadNetworkOrExit(file, options: loading, language: lang.language)
        guard SurveyScores.hasAnswers(network) else {
            printError(CommandMessage.noSurveyAnswers(file).text(in: lang.language))
            throw ExitCode(1)
        }
        let output = SurveyOutput(SurveyScores(network), network: network, language: lang.language)
        if let organisation {
            guard let text = output.organisation(organisation, width: terminalWidth()) else {
                let suggestion = Suggestion.closest(to: organisation, in: output.scores.invited)
                printError(CommandMessage.notASurveyMember(file, id: organisation, suggestion: suggestion).text(in: lang.language))
                throw ExitCode(1)
            }
            printText(lang.language.typeset(text))
            return
        }
        switch format {
        case .table: printText(lang.language.typeset(output.table(sort: sort, width: terminalWidth())))
        case .json: print(try output.json())
        case .csv: print(output.csv())
        }
    }
}
