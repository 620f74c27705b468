import ArgumentParser
import PartnerMap

struct OverlapCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "overlap",
        abstract: localized("Find projects that serve the same objective, in French and in English."),
        discussion: localized(
            """
            Compares every pair of projects on their names, objectives and themes (TF-IDF over \
            words, lexicon concepts and character 4-grams; French and English texts meet through \
            the domain lexicon) and on their context: shared themes, target group, area, period \
            and funder. Each pair above the threshold is a duplicate (same objective, same area \
            and period: coordinate or merge) or a twin (same objective elsewhere or at another \
            time: learn from each other), with the words, concepts and context that matched.

            EXAMPLES:
              partnermap overlap Graphs/montreal-inclusif.yaml
              partnermap overlap Graphs/allies-learning-exchange.yaml --format json
              partnermap overlap projects/ --threshold 0 --format csv
            """)
    )

    @Argument(help: .localized("A network file (.yaml, .json) or a CSV folder with projects."))
    var file: String

    @OptionGroup var loading: LoadingOptions

    @Option(help: .localized("Lowest score reported, 0 to 1 (default \(OverlapFinder.defaultThreshold), from the evaluation set); 0 lists every pair with any similarity."))
    var threshold: Double = OverlapFinder.defaultThreshold

    @Option(help: .localized("Pairs shown (0 for all)."))
    var top = 20

    @Option(help: .localized("table, json or csv."))
    var format: ReportFormat = .table

    @OptionGroup var lang: LanguageOption

    @Flag(help: .localized("Print the time spent loading and computing on standard error."))
    var timings = false

    @Flag(help: .localized("Score by plain word TF-IDF cosine only (no concepts, 4-grams or context), to compare with other tools."))
    var wordsOnly = false

    @Option(help: .localized("A lexicon file (concept<TAB>English terms<TAB>French terms) added to the built-in one."))
    var lexicon: String?

    func validate() throws {
        guard (0...1).contains(threshold) else { throw UsageProblem.between(option: "--threshold", low: "0", high: "1").error }
        guard top >= 0 else { throw UsageProblem.zeroOrMore(option: "--top").error }
    }

    func run() throws {
        var timer = PhaseTimer(enabled: timings)
        let network: Network
        var options = wordsOnly ? OverlapFinder.Options.wordsOnly(threshold: threshold) : OverlapFinder.Options(threshold: threshold)
        network = try loadNetworkOrExit(file, options: loading, language: lang.language)
        do {
            if let lexicon {
                options.index.lexicon = options.index.lexicon.merged(with: try NetworkLoader.loadLexicon(path: lexicon))
            }
        } catch {
            printError(error, in: lang.language)
            throw ExitCode(1)
        }
        timer.mark("load")
        let finder = OverlapFinder(network, options: options)
        timer.mark("overlap")
        let output = OverlapOutput(finder: finder, network: network, threshold: threshold, language: lang.language)
        switch format {
        case .table: printText(lang.language.typeset(output.table(top: top, width: terminalWidth())))
        case .json: print(try output.json(top: top))
        case .csv: print(output.csv(top: top))
        }
        timer.mark("output")
        timer.report()
    }
}
