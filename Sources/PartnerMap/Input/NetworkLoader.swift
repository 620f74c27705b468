import Foundation

/// Loads whatever a user points PartnerMap at: a network file (YAML, JSON or a folder of
/// CSV files) or a plain edge list. The one entry point the CLI and library users need.
///
/// ```swift
/// let network = try NetworkLoader.loadNetwork(path: "Graphs/montreal-inclusif.yaml")
/// ```
public enum NetworkLoader {
    /// What a path held.
    public enum Input: Sendable {
        case network(Network)
        case graph(PlainGraph)
    }

    /// How a path is read, decided from its extension (a folder is a CSV network).
    public enum Format: String, Sendable, CaseIterable {
        case yaml, json, csvFolder = "csv-folder", edgeList = "edge-list", graphML = "graphml", gexf

        public static func detect(path: String) -> Format? {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
                return .csvFolder
            }
            // KONECT names its edge lists out.NAME.
            if URL(fileURLWithPath: path).lastPathComponent.hasPrefix("out.") { return .edgeList }
            switch URL(fileURLWithPath: path).pathExtension.lowercased() {
            case "yaml", "yml": return .yaml
            case "json": return .json
            case "txt", "edges", "edgelist", "el", "tsv", "csv", "ncol": return .edgeList
            case "graphml": return .graphML
            case "gexf": return .gexf
            default: return nil
            }
        }
    }

    /// What a path held, and the warnings about it: things that load but deserve a look.
    public struct Loaded: Sendable {
        public var input: Input
        public var warnings: [Diagnostic]
    }

    /// Loads a network or an edge list, every problem of the file reported at once.
    public static func load(path: String, directed: Bool = false) throws(NetworkLoadError) -> Input {
        try read(path: path, directed: directed).input
    }

    /// Loads a network or an edge list with its warnings; with `strict`, warnings are problems.
    public static func read(path: String, directed: Bool = false, strict: Bool = false) throws(NetworkLoadError) -> Loaded {
        let loaded = try readLenient(path: path, directed: directed)
        if strict, !loaded.warnings.isEmpty {
            throw NetworkLoadError(loaded.warnings.map { Diagnostic(file: $0.file, line: $0.line, problem: $0.problem) })
        }
        return loaded
    }

    private static func readLenient(path: String, directed: Bool) throws(NetworkLoadError) -> Loaded {
        guard let format = Format.detect(path: path) else {
            if !FileManager.default.fileExists(atPath: path) {
                throw NetworkLoadError([Diagnostic(file: path, line: nil, problem: .noSuchFile)])
            }
            throw NetworkLoadError([Diagnostic(file: path, line: nil, problem: .unknownFileType)])
        }
        let name = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
        switch format {
        case .csvFolder:
            let (document, problems) = CSVFolderReader.read(folder: path)
            guard let document else { throw NetworkLoadError(problems) }
            let (result, warnings) = NetworkBuilder.buildWithWarnings(consume document, defaultName: name)
            switch result {
            case .success(let network) where problems.isEmpty: return Loaded(input: .network(network), warnings: warnings)
            case .success: throw NetworkLoadError(DiagnosticOrder.arrange(problems))
            case .failure(let error): throw NetworkLoadError(DiagnosticOrder.arrange(problems + error.diagnostics))
            }
        case .edgeList:
            let text = try result(TextFile.read(path).mapError { NetworkLoadError([$0]) })
            let read = try result(EdgeListReader.readWithWarnings(text, file: path, name: name, directed: directed))
            return Loaded(input: .graph(read.graph), warnings: read.warnings)
        case .graphML, .gexf:
            let text = try result(TextFile.read(path).mapError { NetworkLoadError([$0]) })
            let graph = try result(XMLGraphReader.read(Data(text.utf8), file: path, dialect: format == .gexf ? .gexf : .graphML))
            return Loaded(input: .graph(graph.plainGraph(name: name)), warnings: graph.warnings(file: path))
        case .yaml, .json:
            let text = try result(TextFile.read(path).mapError { NetworkLoadError([$0]) })
            let (network, warnings) = try parse(text, file: path, format: format, defaultName: name)
            return Loaded(input: .network(network), warnings: warnings)
        }
    }

    /// Loads a network file or an edge list already in memory, as `load(path:)` would read it
    /// from disk (UTF-8 and binary checks included); `file` names it in messages.
    public static func load(data: Data, format: Format, file: String = "<input>", directed: Bool = false) throws(NetworkLoadError) -> Input {
        let name = URL(fileURLWithPath: file).deletingPathExtension().lastPathComponent
        let text = try result(TextFile.decode(data, file: file).mapError { NetworkLoadError([$0]) })
        switch format {
        case .edgeList:
            return .graph(try result(EdgeListReader.read(text, file: file, name: name, directed: directed)))
        case .graphML, .gexf:
            return .graph(try result(XMLGraphReader.read(Data(text.utf8), file: file, dialect: format == .gexf ? .gexf : .graphML)).plainGraph(name: name))
        case .yaml, .json:
            return .network(try parse(text, file: file, format: format, defaultName: name).network)
        case .csvFolder:
            return .network(try loadCSVFolder(contents: [file: data], folder: "."))
        }
    }

    /// Loads a CSV network from its files already in memory (`organisations.csv` → its bytes).
    public static func loadCSVFolder(contents: [String: Data], folder: String = "<csv>") throws(NetworkLoadError) -> Network {
        let (document, problems) = CSVFolderReader.read(contents: contents, folder: folder)
        guard let document else { throw NetworkLoadError(problems) }
        switch NetworkBuilder.build(consume document, defaultName: folder) {
        case .success(let network) where problems.isEmpty: return network
        case .success: throw NetworkLoadError(DiagnosticOrder.arrange(problems))
        case .failure(let error): throw NetworkLoadError(DiagnosticOrder.arrange(problems + error.diagnostics))
        }
    }

    /// Loads a network file; an edge list is refused because it has no organisations.
    public static func loadNetwork(path: String) throws(NetworkLoadError) -> Network {
        switch try load(path: path) {
        case .network(let network): return network
        case .graph:
            throw NetworkLoadError([Diagnostic(file: path, line: nil, problem: .edgeListNotNetwork)])
        }
    }

    /// Reads a lexicon file to add to the built-in ``DomainLexicon``.
    public static func loadLexicon(path: String) throws(NetworkLoadError) -> DomainLexicon {
        let text = try result(TextFile.read(path).mapError { NetworkLoadError([$0]) })
        return try DomainLexicon(parsing: text, file: path)
    }

    /// Reads a network from YAML text already in memory.
    public static func network(yaml text: String, file: String = "<yaml>") throws(NetworkLoadError) -> Network {
        try parse(text, file: file, format: .yaml, defaultName: file).network
    }

    /// Reads a network from JSON text already in memory.
    public static func network(json text: String, file: String = "<json>") throws(NetworkLoadError) -> Network {
        try parse(text, file: file, format: .json, defaultName: file).network
    }

    private static func parse(_ text: String, file: String, format: Format, defaultName: String) throws(NetworkLoadError) -> (network: Network, warnings: [Diagnostic]) {
        let syntax: YAMLDocumentReader.Format = format == .json ? .json : .yaml
        let document = try result(YAMLDocumentReader.read(text, file: file, format: syntax))
        let (built, warnings) = NetworkBuilder.buildWithWarnings(consume document, defaultName: defaultName)
        return (try result(built), warnings)
    }

    private static func result<T>(_ result: Result<T, NetworkLoadError>) throws(NetworkLoadError) -> T {
        switch result {
        case .success(let value): return value
        case .failure(let error): throw error
        }
    }
}
