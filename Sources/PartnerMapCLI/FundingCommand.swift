import ArgumentParser
import Foundation
import PartnerMap

struct FundingCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "funding",
        abstract: localized("Who funds whom: totals by year, size, area, kind of recipient, funder or programme, and co-funding."),
        discussion: localized(
            """
            Reads a network file, or a grants file as it is published (360Giving JSON, CSV or \
            workbook, a Government of Canada grants and contributions CSV), and gives, for each \
            group, the total per currency (currencies are never added together), the number of \
            grants, the number of distinct recipients and the median grant. A grant without the \
            field grouped on is counted as "not given", never dropped; totals are exact to the \
            cent. Money to a project counts for the organisation that leads it.

            --by takes year, size, area, recipient-type, funder or programme, several separated \
            by commas, each its own breakdown. Years are those of the award date (or the start \
            of the funded period); --fiscal counts fiscal years from April. Sizes are bands of \
            0, 10,000, 50,000, 100,000, 500,000 and 1,000,000 unless --bands gives others. Areas \
            are provinces, territories or regions; --area-level city groups by city.

            --co-funding adds, per recipient, its number of funders, and for each pair of \
            funders the recipients they share (count, Jaccard index, what each gave them): the \
            funders who could coordinate. --newcomers adds, year by year, the recipients funded \
            for the first time in the file and those funded again.

            EXAMPLES:
              partnermap funding grants.json
              partnermap funding grants.csv --by year,area --fiscal
              partnermap funding network.yaml --by size --funder ircc --format csv
              partnermap funding grants.json --co-funding --format json
              partnermap funding grants.json --by area -o areas.svg
            """)
    )

    @Argument(help: .localized("A network file, or a 360Giving or Government of Canada grants file.", valueName: "file"))
    var file: String

    @Option(help: .localized("What to group by: year, size, area, recipient-type, funder or programme, comma-separated.", valueName: "groups"))
    var by = "year"

    @Option(help: .localized("The lower bounds of the size bands, comma-separated, from 0.", valueName: "amounts"))
    var bands: String?

    @Flag(help: .localized("Count fiscal years from April to March (2019-20) instead of calendar years."))
    var fiscal = false

    @Option(name: .customLong("area-level"), help: .localized("region (province, territory or region) or city.", valueName: "level"))
    var areaLevel: FundingBreakdown.AreaLevel = .region

    @Option(help: .localized("Only this funder's grants (its id).", valueName: "id"))
    var funder: String?

    @Option(help: .localized("Only grants to recipients in this area (as the file writes it).", valueName: "area"))
    var area: String?

    @Option(help: .localized("Only grants of this year, or of these years (2018-2021).", valueName: "year"))
    var year: String?

    @Option(help: .localized("Only this programme's grants.", valueName: "name"))
    var programme: String?

    @Flag(name: .customLong("co-funding"), help: .localized("Also count each recipient's funders and the recipients each pair of funders shares."))
    var coFunding = false

    @Flag(help: .localized("Also count, year by year, recipients funded for the first time and funded again."))
    var newcomers = false

    @Option(help: .localized("Groups and pairs listed in the table (0 for all; years and sizes are never cut).", valueName: "n"))
    var top = 20

    @Flag(help: .localized("Leave out every entry the file marks illustrative."))
    var sourcedOnly = false

    @Flag(help: .localized("Treat warnings as problems."))
    var strict = false

    @OptionGroup var lang: LanguageOption

    @Option(help: .localized("table, json or csv.", valueName: "format"))
    var format: ReportFormat = .table

    @Option(
        name: [.short, .long],
        help: .localized("Write to this file: .svg for the first breakdown as a bar chart, anything else for the --format output.", valueName: "file"))
    var output: String?

    func validate() throws {
        for name in by.split(separator: ",") where FundingBreakdown.Dimension(rawValue: name.trimmingCharacters(in: .whitespaces)) == nil {
            throw UsageProblem.unknownChoice(option: "--by", choices: FundingBreakdown.Dimension.allCases.map(\.rawValue)).error
        }
        if top < 0 { throw UsageProblem.zeroOrMore(option: "--top").error }
        _ = try parsedBands()
        _ = try parsedYears()
    }

    func parsedBands() throws -> [Double] {
        guard let bands else { return FundingBreakdown.defaultBands }
        let values = bands.split(separator: ",").map { Double($0.trimmingCharacters(in: .whitespaces)) }
        guard !values.isEmpty, values.allSatisfy({ $0 != nil && $0! >= 0 && $0!.isFinite }), values.first! == 0,
            zip(values.dropFirst(), values).allSatisfy({ $0! > $1! })
        else { throw UsageProblem.bands.error }
        return values.map { $0! }
    }

    func parsedYears() throws -> ClosedRange<Int>? {
        guard let year else { return nil }
        let parts = year.split(separator: "-", omittingEmptySubsequences: false).map { Int($0) }
        guard (1...2).contains(parts.count), parts.allSatisfy({ $0.map { (1000...9999).contains($0) } ?? false }), parts.last!! >= parts.first!! else {
            throw UsageProblem.fourDigitYears.error
        }
        return parts.first!!...parts.last!!
    }

    func run() throws {
        let language = lang.language
        var loading = try LoadingOptions.parse([])
        loading.strict = strict
        loading.sourcedOnly = sourcedOnly
        let network = try loadNetworkOrExit(file, options: loading, language: language, reader: NetworkLoader.readFunding)
        var options = FundingBreakdown.Options()
        options.by = by.split(separator: ",").compactMap { FundingBreakdown.Dimension(rawValue: $0.trimmingCharacters(in: .whitespaces)) }
        options.bands = try parsedBands()
        options.fiscal = fiscal
        options.areaLevel = areaLevel
        options.funder = funder
        options.area = area
        options.years = try parsedYears()
        options.programme = programme
        if let funder, network.organisation(funder) == nil {
            printError(CommandMessage.unknownFunder(file, id: funder, known: Array(Set(network.funding.map(\.from))).sorted()).text(in: language))
            throw ExitCode(1)
        }
        let result = FundingOutput(
            FundingBreakdown(network, options: options), coFunding: coFunding ? CoFunding(network, filters: options) : nil,
            newcomers: newcomers ? RecipientNewcomers(network, filters: options) : nil, network: network, language: language)
        let text: String
        if let output, URL(fileURLWithPath: output).pathExtension.lowercased() == "svg" {
            text = result.chart(options.by[0], top: top).svg()
        } else {
            switch format {
            case .table: text = language.typeset(result.table(top: top, width: output == nil ? terminalWidth() : nil)) + "\n"
            case .json: text = try result.json() + "\n"
            case .csv: text = result.csv() + "\n"
            }
        }
        try printOrWrite(text, to: output, table: format == .table, inputs: [file], language: language)
    }
}

extension FundingBreakdown.AreaLevel: ExpressibleByArgument {}
