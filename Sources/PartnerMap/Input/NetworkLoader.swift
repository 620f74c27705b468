import Foundation

/// Loads whatever a user points PartnerMap at: a network file (YAML, JSON or a folder of
/// CSV files) or a graph from another tool (an edge list, GraphML, GEXF, DOT). The one entry
/// point the CLI and library users need: ``InputFormat`` recognises the file, this reads it.
///
/// DOT is read by Graphviz's parser: pass `dot: DOTReader.self` from PartnerMapGraphviz.
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

    /// How a path is read: ``InputFormat``, recognised by extension and content.
    public typealias Format = InputFormat

    /// What a path held, and the warnings about it: things that load but deserve a look.
    public struct Loaded: Sendable {
        /// What the file holds: a network or a plain graph.
        public var input: Input
        /// What loads but deserves a look.
        public var warnings: [Diagnostic]
    }

    /// Loads a network or a graph, every problem of the file reported at once.
    public static func load(path: String, directed: Bool = false, dot: (any DOTParsing.Type)? = nil) throws(NetworkLoadError) -> Input {
        try read(path: path, directed: directed, dot: dot).input
    }

    /// Loads a network or a graph with its warnings; with `strict`, warnings are problems.
    /// A graph from another tool is the plain graph the measures read.
    public static func read(
        path: String, directed: Bool = false, strict: Bool = false,
        dot: (any DOTParsing.Type)? = nil
    ) throws(NetworkLoadError) -> Loaded {
        let format = try recognised(path)
        if let grants = GrantsFile.recognise(path: path, as: format) {
            return Loaded(input: .network(try GrantsFile.read(path: path, format: grants)), warnings: [])
        }
        let loaded = try readLenient(path: path, format: format, directed: directed, dot: dot)
        try refuseWarnings(loaded.warnings, if: strict)
        return loaded
    }

    /// Loads a network; a graph from another tool becomes one (nodes as organisations with their
    /// `label`, `type` and `sector` attributes, ties as partnerships), as `import` makes it.
    public static func readNetwork(
        path: String, strict: Bool = false,
        dot: (any DOTParsing.Type)? = nil
    ) throws(NetworkLoadError) -> (network: Network, warnings: [Diagnostic]) {
        let format = try recognised(path)
        if let grants = GrantsFile.recognise(path: path, as: format) { return (try GrantsFile.read(path: path, format: grants), []) }
        let graph: ForeignGraph
        let warnings: [Diagnostic]
        switch format {
        case .yaml, .json, .csvFolder, .workbook, .edgeList:
            let loaded = try readLenient(path: path, format: format, directed: false, dot: dot)
            try refuseWarnings(loaded.warnings, if: strict)
            switch loaded.input {
            case .network(let network): return (network, loaded.warnings)
            case .graph(let plain):
                if let problem = MemoryBudget.networkProblem(nodes: plain.nodes.count, file: path) { throw NetworkLoadError([problem]) }
                (graph, warnings) = (ForeignGraph(plain), loaded.warnings)
            }
        case .graphML, .gexf:
            graph = try readXMLGraph(path, format: format)
            warnings = graph.warnings(file: path)
        case .dot:
            graph = try readDOT(path, dot: dot)
            warnings = graph.warnings(file: path)
        }
        try refuseWarnings(warnings, if: strict)
        if let problem = MemoryBudget.networkProblem(nodes: graph.nodes.count, file: path) { throw NetworkLoadError([problem]) }
        return (ForeignGraphImporter.network(graph, file: path, format: format.displayName), warnings)
    }

    /// Loads a network for its funding alone: a grants file as published is read as flows
    /// from each funder straight to each recipient, without the project per grant every other
    /// command reads (a fraction of the work on a national file); any other input as
    /// ``readNetwork(path:strict:dot:)`` reads it.
    public static func readFunding(
        path: String, strict: Bool = false, dot: (any DOTParsing.Type)? = nil
    ) throws(NetworkLoadError) -> (network: Network, warnings: [Diagnostic]) {
        let format = try recognised(path)
        if let grants = GrantsFile.recognise(path: path, as: format) { return (try GrantsFile.readFlows(path: path, format: grants), []) }
        return try readNetwork(path: path, strict: strict, dot: dot)
    }

    /// The format of a path, or why it has none.
    static func recognised(_ path: String) throws(NetworkLoadError) -> Format {
        guard let format = InputFormat.recognise(path: path) else {
            if !FileManager.default.fileExists(atPath: path) {
                throw NetworkLoadError([Diagnostic(file: path, line: nil, problem: .noSuchFile)])
            }
            throw NetworkLoadError([Diagnostic(file: path, line: nil, problem: .unknownFileType)])
        }
        return format
    }

    private static func refuseWarnings(_ warnings: [Diagnostic], if strict: Bool) throws(NetworkLoadError) {
        if strict, !warnings.isEmpty {
            throw NetworkLoadError(warnings.map { Diagnostic(file: $0.file, line: $0.line, problem: $0.problem) })
        }
    }

    private static func readXMLGraph(_ path: String, format: Format) throws(NetworkLoadError) -> ForeignGraph {
        let text = try result(TextFile.read(path).mapError { NetworkLoadError([$0]) })
        return try result(XMLGraphReader.read(Data(text.utf8), file: path, dialect: format == .gexf ? .gexf : .graphML))
    }

    private static func readDOT(_ path: String, dot: (any DOTParsing.Type)?) throws(NetworkLoadError) -> ForeignGraph {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw NetworkLoadError([Diagnostic(file: path, line: nil, problem: .noSuchFile)])
        }
        return try readDOT(data, file: path, dot: dot)
    }

    /// A DOT file through Graphviz's parser, its weights checked. A file that is not UTF-8 is
    /// read as Latin-1 when it says `charset=latin1` (or `iso-8859-1`), as Graphviz reads it.
    static func readDOT(_ data: Data, file: String, dot: (any DOTParsing.Type)?) throws(NetworkLoadError) -> ForeignGraph {
        guard let dot else { throw NetworkLoadError([Diagnostic(file: file, line: nil, problem: .dotNeedsGraphviz)]) }
        var decoded = TextFile.decode(data, file: file)
        if case .failure(let problem) = decoded, problem.problem == .notUTF8,
            let latin = String(data: data, encoding: .isoLatin1),
            latin.lowercased().contains(/charset\s*=\s*"?(latin-?1|iso-?8859-?1)/)
        {
            decoded = .success(latin)
        }
        let text = try result(decoded.mapError { NetworkLoadError([$0]) })
        let graph: ForeignGraph
        switch dot.foreignGraph(dot: text) {
        case .success(let read): graph = read
        case .failure(let error):
            throw NetworkLoadError([Diagnostic(file: file, line: nil, problem: .syntax(format: "DOT", detail: error.message))])
        }
        let problems = graph.weightProblems(file: file)
        if !problems.isEmpty { throw NetworkLoadError(problems) }
        return graph
    }

    private static func readLenient(path: String, format: Format, directed: Bool, dot: (any DOTParsing.Type)?) throws(NetworkLoadError) -> Loaded {
        let name = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
        switch format {
        case .csvFolder:
            let (document, problems) = CSVFolderReader.read(folder: path)
            let (network, warnings) = try built(document, tableProblems: problems, defaultName: name)
            return Loaded(input: .network(network), warnings: warnings)
        case .workbook:
            let (document, problems, sheetWarnings) = WorkbookNetworkReader.read(path: path)
            do {
                let (network, warnings) = try built(document, tableProblems: problems, defaultName: name)
                return Loaded(input: .network(network), warnings: sheetWarnings + warnings)
            } catch {
                // Not a network's sheets: perhaps a grants workbook, read as import reads it.
                if let grants = GrantsFile.read(workbook: path) { return Loaded(input: .network(grants), warnings: []) }
                throw error
            }
        case .edgeList:
            let text = try result(TextFile.read(path).mapError { NetworkLoadError([$0]) })
            let read = try result(EdgeListReader.readWithWarnings(text, file: path, name: name, directed: directed))
            return Loaded(input: .graph(read.graph), warnings: read.warnings)
        case .graphML, .gexf:
            let graph = try readXMLGraph(path, format: format)
            return Loaded(input: .graph(graph.plainGraph(name: name)), warnings: graph.warnings(file: path))
        case .dot:
            let graph = try readDOT(path, dot: dot)
            return Loaded(input: .graph(graph.plainGraph(name: name)), warnings: graph.warnings(file: path))
        case .yaml, .json:
            let text = try result(TextFile.read(path).mapError { NetworkLoadError([$0]) })
            // Handed over, so a large file's text is let go once read, before the network is built.
            let (network, warnings) = try parse(consume text, file: path, format: format, defaultName: name)
            return Loaded(input: .network(network), warnings: warnings)
        }
    }

    /// Loads a network file or an edge list already in memory, as `load(path:)` would read it
    /// from disk (UTF-8 and binary checks included); `file` names it in messages.
    public static func load(
        data: Data, format: Format, file: String = "<input>", directed: Bool = false,
        dot: (any DOTParsing.Type)? = nil
    ) throws(NetworkLoadError) -> Input {
        let name = URL(fileURLWithPath: file).deletingPathExtension().lastPathComponent
        if format == .dot { return .graph(try readDOT(data, file: file, dot: dot).plainGraph(name: name)) }
        if format == .workbook { return .network(try loadWorkbook(data: data, file: file)) }
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
        case .dot, .workbook:
            preconditionFailure("read above")
        }
    }

    /// Loads a network kept as a workbook already in memory, a sheet per section.
    public static func loadWorkbook(data: Data, file: String = "<workbook>") throws(NetworkLoadError) -> Network {
        let workbook = try result(Workbook.read(data: data, file: file, reading: WorkbookNetworkReader.sectionSheet))
        let (document, problems, _) = WorkbookNetworkReader.read(workbook)
        return try built(document, tableProblems: problems, defaultName: URL(fileURLWithPath: file).deletingPathExtension().lastPathComponent).network
    }

    /// Loads a CSV network from its files already in memory (`organisations.csv` → its bytes).
    public static func loadCSVFolder(contents: [String: Data], folder: String = "<csv>") throws(NetworkLoadError) -> Network {
        let (document, problems) = CSVFolderReader.read(contents: contents, folder: folder)
        return try built(document, tableProblems: problems, defaultName: folder).network
    }

    /// A spreadsheet network (a CSV folder, a workbook) built from its tables: the tables'
    /// problems and its entries' reported together, causes first; `nil` when the tables could
    /// not make a document at all.
    private static func built(_ document: RawDocument?, tableProblems problems: [Diagnostic], defaultName: String) throws(NetworkLoadError)
        -> (network: Network, warnings: [Diagnostic])
    {
        guard let document else { throw NetworkLoadError(problems) }
        let (result, warnings) = NetworkBuilder.buildWithWarnings(consume document, defaultName: defaultName)
        switch result {
        case .success(let network) where problems.isEmpty: return (network, warnings)
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

    /// Reads the YAML network file at `path`, named `file` in messages: how `import` reads back
    /// the file it has just written, from where it wrote it, before it replaces anything.
    public static func network(yamlAt path: String, file: String) throws(NetworkLoadError) -> Network {
        // What the import held to write it (a national file's network, let go once written) is
        // given back first: the C library would keep its pages for reuse, and the file's text and
        // entries, read next, would come from fresh ones on top of them.
        MemoryBudget.giveBackFreedMemory()
        let text = try result(TextFile.read(path, displayName: file).mapError { NetworkLoadError([$0]) })
        return try parse(consume text, file: file, format: .yaml, defaultName: file).network
    }

    /// Reads a network from JSON text already in memory.
    public static func network(json text: String, file: String = "<json>") throws(NetworkLoadError) -> Network {
        try parse(text, file: file, format: .json, defaultName: file).network
    }

    private static func parse(_ text: consuming String, file: String, format: Format, defaultName: String) throws(NetworkLoadError) -> (network: Network, warnings: [Diagnostic]) {
        let syntax: YAMLDocumentReader.Format = format == .json ? .json : .yaml
        // Only a large file leaves enough behind to give back; giving it back locks the allocator
        // while it walks the heap, which a page loading small files on every request would feel.
        let large = text.utf8.count >= YAMLSectionChunks.minimumBytes
        let document = try result(YAMLDocumentReader.read(consume text, file: file, format: syntax))
        let (built, warnings) = NetworkBuilder.buildWithWarnings(consume document, defaultName: defaultName)
        if large { MemoryBudget.giveBackFreedMemory() }
        return (try result(built), warnings)
    }

    private static func result<T>(_ result: Result<T, NetworkLoadError>) throws(NetworkLoadError) -> T {
        switch result {
        case .success(let value): return value
        case .failure(let error): throw error
        }
    }
}

extension InputFormat {
    /// The format's name in messages and in the source an imported graph cites.
    var displayName: String {
        switch self {
        case .yaml: "YAML"
        case .json: "JSON"
        case .csvFolder: "CSV folder"
        case .workbook: "Excel workbook"
        case .edgeList: "edge list"
        case .graphML: "GraphML"
        case .gexf: "GEXF"
        case .dot: "DOT"
        }
    }
}
