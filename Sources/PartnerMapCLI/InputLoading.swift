import ArgumentParser
import Foundation
import PartnerMap
import PartnerMapGraphviz

/// The options every command that reads a network file shares.
struct LoadingOptions: ParsableArguments {
    @Flag(help: "Treat warnings (an organisation with no tie, a project without objectives, funding without a year) as problems.")
    var strict = false

    @Option(name: .customLong("as-of"), help: ArgumentHelp(
        "Keep only what was in place in this year (dated partnerships, seats, projects, funding).", valueName: "year"))
    var asOf: Int?

    @Flag(help: "Keep only the partnerships both sides reported in a partner survey.")
    var confirmed = false

    @Flag(name: .customLong("sourced-only"), help: ArgumentHelp(
        "Leave out every entry the file marks illustrative, and what names it: findings on sourced entries alone."))
    var sourcedOnly = false

    func validate() throws {
        if let asOf, !(1000...9999).contains(asOf) { throw ValidationError("--as-of takes a four-digit year, such as 2022") }
    }

    /// The network as `--as-of`, `--confirmed` and `--sourced-only` ask for it.
    func narrowed(_ network: Network) -> Network {
        var network = network
        if sourcedOnly { network = network.sourcedOnly() }
        if let year = asOf { network = network.asOf(year: year) }
        if confirmed { network = network.confirmedOnly() }
        return network
    }
}

/// Loads any input the commands accept: network files and edge lists through
/// ``NetworkLoader``, DOT files (`.dot`, `.gv`) through Graphviz's own parser. Warnings go to
/// standard error and never stop the command, unless `strict`.
func loadInput(_ path: String, directed: Bool = false, options: LoadingOptions, language: ReportLanguage) throws(NetworkLoadError) -> NetworkLoader.Input {
    let fileExtension = URL(fileURLWithPath: path).pathExtension.lowercased()
    guard fileExtension == "dot" || fileExtension == "gv" else {
        // (DOT files carry no dates; --as-of is refused for them below.)
        let loaded = try NetworkLoader.read(path: path, directed: directed, strict: options.strict)
        for warning in loaded.warnings { printError(warning.description(in: language)) }
        guard options.asOf != nil || options.confirmed || options.sourcedOnly else { return loaded.input }
        switch loaded.input {
        case .network(let network):
            return .network(options.narrowed(network))
        case .graph:
            throw NetworkLoadError([Diagnostic(file: path, line: nil, problem: .narrowingNeedsNetwork)])
        }
    }
    if options.asOf != nil {
        throw NetworkLoadError([Diagnostic(file: path, line: nil, problem: .asOfNeedsDates)])
    }
    let name = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
    return .graph(try loadDOT(path, options: options, language: language).plainGraph(name: name))
}

/// A DOT file as a graph from another tool, its warnings printed (problems with `--strict`).
func loadDOT(_ path: String, options: LoadingOptions, language: ReportLanguage) throws(NetworkLoadError) -> ForeignGraph {
    guard let data = FileManager.default.contents(atPath: path) else {
        throw NetworkLoadError([Diagnostic(file: path, line: nil, problem: .noSuchFile)])
    }
    let graph = try readDOT(data, path: path)
    let warnings = graph.warnings(file: path)
    if options.strict, !warnings.isEmpty {
        throw NetworkLoadError(warnings.map { Diagnostic(file: $0.file, line: $0.line, problem: $0.problem) })
    }
    for warning in warnings { printError(warning.description(in: language)) }
    return graph
}

/// A DOT file through Graphviz's parser, its weights checked. A file that is not UTF-8 is read
/// as Latin-1 when it says `charset=latin1` (or `iso-8859-1`), as Graphviz reads it.
func readDOT(_ data: Data, path: String) throws(NetworkLoadError) -> ForeignGraph {
    var text = String(data: data, encoding: .utf8)
    if text == nil, let latin = String(data: data, encoding: .isoLatin1),
       latin.lowercased().contains(/charset\s*=\s*"?(latin-?1|iso-?8859-?1)/) {
        text = latin
    }
    guard let text else {
        throw NetworkLoadError([Diagnostic(file: path, line: nil, problem: .notUTF8)])
    }
    let graph: ForeignGraph
    do {
        graph = try DOTReader.foreignGraph(text)
    } catch {
        throw NetworkLoadError([Diagnostic(file: path, line: nil, problem: .syntax(format: "DOT", detail: error.description))])
    }
    let problems = graph.weightProblems(file: path)
    if !problems.isEmpty { throw NetworkLoadError(problems) }
    return graph
}

/// ``loadInput(_:directed:options:)``, or every problem printed and exit status 1.
func loadInputOrExit(_ path: String, directed: Bool = false, options: LoadingOptions, language: ReportLanguage) throws -> NetworkLoader.Input {
    do {
        return try loadInput(path, directed: directed, options: options, language: language)
    } catch {
        printError(error, in: language)
        throw ExitCode(1)
    }
}

/// Loads a network file, or prints every problem and exits with status 1. A graph from another
/// tool (GraphML, GEXF, DOT, an edge list) becomes a network: nodes as organisations, ties as
/// partnerships.
func loadNetworkOrExit(_ path: String, options: LoadingOptions, language: ReportLanguage) throws -> Network {
    // A graph from another tool is drawn and analysed as a network: nodes as organisations
    // (with their type and sector attributes), edges as partnerships.
    let fileExtension = URL(fileURLWithPath: path).pathExtension.lowercased()
    if fileExtension == "graphml" || fileExtension == "gexf" {
        do {
            return options.narrowed(try ForeignGraphImporter.read(path, dialect: fileExtension == "gexf" ? .gexf : .graphML).network)
        } catch {
            printError(error, in: language)
            throw ExitCode(1)
        }
    }
    // DOT keeps its labels and attributes; an edge list is its nodes and ties. Either becomes a
    // network as GraphML does: nodes as organisations, ties as partnerships.
    if fileExtension == "dot" || fileExtension == "gv" {
        do throws(NetworkLoadError) {
            return options.narrowed(ForeignGraphImporter.network(try loadDOT(path, options: options, language: language), file: path, format: "DOT"))
        } catch {
            printError(error, in: language)
            throw ExitCode(1)
        }
    }
    switch try loadInputOrExit(path, options: options, language: language) {
    case .network(let network): return network
    case .graph(let plain):
        return options.narrowed(ForeignGraphImporter.network(ForeignGraph(plain), file: path, format: "edge list"))
    }
}

/// Prints a failure in the reader's language: every problem of a file, or why an output could
/// not be written.
func printError(_ error: any Error, in language: ReportLanguage) {
    switch error {
    case let failure as NetworkLoadError: printError(failure.description(in: language))
    case let failure as OutputFile.Failure: printError(failure.description(in: language))
    case let failure as NetworkMap.Failure: printError(failure.description(in: language))
    default: printError(String(describing: error))
    }
}
