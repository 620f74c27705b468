import ArgumentParser
import Foundation
import PartnerMap
import PartnerMapGraphviz

/// The options every command that reads a network file shares.
struct LoadingOptions: ParsableArguments {
    @Flag(
        help: .localized(
            """
            Treat warnings (an organisation with no tie, a project without objectives, funding without a year) as problems, \
            and list every problem (without it, a kind of problem found on many rows is said three times, then counted).
            """))
    var strict = false

    @Option(
        name: .customLong("as-of"),
        help: .localized(
            "Keep only what was in place in this year (dated partnerships, seats, projects, funding).", valueName: "year"))
    var asOf: Int?

    @Flag(help: .localized("Keep only the partnerships both sides reported in a partner survey."))
    var confirmed = false

    @Flag(
        name: .customLong("sourced-only"),
        help: .localized(
            "Leave out every entry the file marks illustrative, and what names it: findings on sourced entries alone."))
    var sourcedOnly = false

    @Option(help: .localized("Keep only the organisations of this sector (as the file spells it), and the tables they sit at.", valueName: "sector"))
    var sector: String?

    @Option(
        help: .localized(
            "Keep only the organisations of this type (" + OrganisationType.allCases.map(\.rawValue).joined(separator: ", ") + "), and the tables they sit at.",
            valueName: "type"))
    var type: String?

    @Option(help: .localized("Keep only the organisations of this area (as the file spells it), and the tables they sit at.", valueName: "area"))
    var area: String?

    @Option(help: .localized("Keep only this council or network (its id), the bodies part of it and everyone with a seat on them.", valueName: "id"))
    var council: String?

    @Option(
        help: .localized(
            "Keep only the projects that serve this characteristic of a welcoming community (its id, as `framework` lists them), declared or proposed, their organisations and the tables they sit at.",
            valueName: "id"))
    var characteristic: String?

    func validate() throws {
        if let asOf, !(1000...9999).contains(asOf) { throw UsageProblem.fourDigitYear(option: "--as-of").error }
        if let type, OrganisationType(rawValue: type) == nil {
            throw UsageProblem.unknownChoice(option: "--type", choices: OrganisationType.allCases.map(\.rawValue)).error
        }
    }

    /// The part of the network these options ask for.
    var filter: NetworkFilter {
        NetworkFilter(
            sector: sector, type: type.flatMap(OrganisationType.init(rawValue:)), area: area, council: council,
            asOf: asOf, sourcedOnly: sourcedOnly, confirmedOnly: confirmed, characteristic: characteristic)
    }

    /// Whether the network is narrowed at all.
    var narrows: Bool { !filter.keepsEverything }

    /// The network as `--as-of`, `--confirmed`, `--sourced-only`, `--sector`, `--type`, `--area`
    /// and `--council` ask for it.
    func narrowed(_ network: Network) -> Network { filter.apply(to: network) }
}

/// Loads any input the commands accept, as ``NetworkLoader`` recognises and reads it (DOT
/// through Graphviz's parser). Warnings go to standard error and never stop the command,
/// unless `strict`. `--as-of`, `--confirmed` and `--sourced-only` need a network file.
func loadInput(_ path: String, directed: Bool = false, options: LoadingOptions, language: ReportLanguage) throws(NetworkLoadError) -> NetworkLoader.Input {
    let loaded = try NetworkLoader.read(path: path, directed: directed, strict: options.strict, dot: DOTReader.self)
    printWarnings(loaded.warnings, language: language)
    switch loaded.input {
    case .network(let network):
        try checkFilter(options.filter, of: network, file: path)
        return .network(options.narrowed(network).inLanguage(language.spoken))
    case .graph(let graph):
        if options.narrows { throw NetworkLoadError([Diagnostic(file: path, line: nil, problem: .narrowingNeedsNetwork)]) }
        return .graph(graph)
    }
}

/// Stops with a problem for each value of `--sector`, `--type`, `--area` or `--council` that
/// names nothing in the file, with the values it has: an empty network's findings would be about nothing.
func checkFilter(_ filter: NetworkFilter, of network: Network, file: String) throws(NetworkLoadError) {
    let mismatches = filter.mismatches(in: network)
    guard !mismatches.isEmpty else { return }
    throw NetworkLoadError(
        mismatches.map {
            Diagnostic(
                file: file, line: nil, problem: .filterMatchesNothing(option: $0.option, value: $0.value, known: Array($0.known.prefix(20)), suggestion: $0.suggestion))
        })
}

/// ``loadInput(_:directed:options:language:)``, or every problem printed and exit status 1.
func loadInputOrExit(_ path: String, directed: Bool = false, options: LoadingOptions, language: ReportLanguage) throws -> NetworkLoader.Input {
    do {
        return try loadInput(path, directed: directed, options: options, language: language)
    } catch {
        printError(error, in: language, every: options.strict)
        throw ExitCode(1)
    }
}

/// Loads a network, or prints every problem and exits with status 1. A graph from another tool
/// (GraphML, GEXF, DOT, an edge list) becomes a network: nodes as organisations (with their
/// label, type and sector attributes), ties as partnerships.
/// A network file read, checked and narrowed by the filter options; with `shown`, its names in
/// the output's language where the file gives them (`nameFr`, `nameEn`), for commands whose
/// output people read rather than a network file they edit.
///
/// - Parameter reader: how the file is read (``NetworkLoader/readFunding(path:strict:dot:)`` for
///   `funding`, which needs no project per grant).
func loadNetworkOrExit(
    _ path: String, options: LoadingOptions, language: ReportLanguage, shown: Bool = true,
    reader: (String, Bool, (any DOTParsing.Type)?) throws(NetworkLoadError) -> (network: Network, warnings: [Diagnostic]) = NetworkLoader.readNetwork
) throws -> Network {
    do throws(NetworkLoadError) {
        if options.narrows, let format = InputFormat.recognise(path: path), !format.holdsNetwork {
            throw NetworkLoadError([Diagnostic(file: path, line: nil, problem: .narrowingNeedsNetwork)])
        }
        let (network, warnings) = try reader(path, options.strict, DOTReader.self)
        printWarnings(warnings, language: language)
        try checkFilter(options.filter, of: network, file: path)
        let narrowed = options.narrowed(network)
        return shown ? narrowed.inLanguage(language.spoken) : narrowed
    } catch {
        printError(error, in: language, every: options.strict)
        throw ExitCode(1)
    }
}

/// Warnings shown of each kind before the rest are counted: a national grants file can hold
/// thousands of projects without objectives, and one line says it better than thousands.
let warningsShownPerKind = 10

/// Prints warnings in the reader's language, the first ten of each kind and then how many more
/// there are (`--strict` lists every one, as a problem).
func printWarnings(_ warnings: [Diagnostic], language: ReportLanguage) {
    let kinds = warnings.map { warningKind($0.problem) }
    var total: [String: Int] = [:]
    for kind in kinds { total[kind, default: 0] += 1 }
    var shown: [String: Int] = [:]
    for (warning, kind) in zip(warnings, kinds) {
        shown[kind, default: 0] += 1
        guard shown[kind]! <= warningsShownPerKind else { continue }
        printError(warning.description(in: language))
        if shown[kind] == warningsShownPerKind, total[kind]! > warningsShownPerKind {
            printError(CommandMessage.moreWarnings(total[kind]! - warningsShownPerKind).text(in: language))
        }
    }
}

/// The kind of a problem: its case, whatever it names.
func warningKind(_ problem: Problem) -> String {
    let mirror = Mirror(reflecting: problem)
    return mirror.children.first?.label ?? String(describing: problem)
}
