import CGraphviz
import Foundation

/// Lays out and renders DOT text in process through libgvc: no `dot` command is run.
///
/// Graphviz's C library is not thread-safe, so one renderer serves the whole process behind a
/// lock. Its plugins (core renderers, the dot and neato layout families, cairo for PNG and PDF)
/// are loaded from the libraries beside libgvc and registered with `gvContextPlugins`, so
/// rendering does not depend on the machine's Graphviz configuration: a plain `gvContext()`
/// needs the `config6a` file that only `dot -c` writes, and fails without it ("Layout type:
/// "dot" not recognized"); `GVBINDIR` is not read.
public final class GraphvizRenderer: @unchecked Sendable {
    public enum Engine: String, Sendable, CaseIterable {
        case dot, neato, fdp, sfdp, circo, twopi
    }

    public enum Format: String, Sendable, CaseIterable {
        case svg, png, pdf, dot, plain

        /// The name of the Graphviz device: cairo for PNG and PDF, the core renderer otherwise.
        var device: String {
            switch self {
            case .svg: "svg"
            case .png: "png:cairo"
            case .pdf: "pdf:cairo"
            case .dot: "dot"
            case .plain: "plain"
            }
        }
    }

    /// The renderer of this process, created on first use.
    public static func shared() throws(GraphvizError) -> GraphvizRenderer {
        let result = sharedRenderer
        switch result {
        case .success(let renderer): return renderer
        case .failure(let error): throw error
        }
    }

    private static let sharedRenderer: Result<GraphvizRenderer, GraphvizError> = {
        do throws(GraphvizError) { return .success(try GraphvizRenderer()) } catch { return .failure(error) }
    }()

    fileprivate let lock = NSLock()
    private let context: OpaquePointer
    private let symbols: UnsafeMutablePointer<lt_symlist_t>
    private let names: [UnsafeMutablePointer<CChar>]
    /// Whether the cairo plugin (PNG, PDF) was found.
    public let canRenderRasterAndPDF: Bool

    private init() throws(GraphvizError) {
        let (folder, searched) = Self.pluginFolder()
        guard let folder else { throw .pluginsNotFound(searched: searched) }
        var entries: [(String, UnsafeMutableRawPointer)] = []
        var required = true
        for plugin in ["core", "dot_layout", "neato_layout", "pango"] {
            if plugin == "pango" { required = false }
            let path = folder + "/libgvplugin_\(plugin).so.6"
            let fallback = folder + "/libgvplugin_\(plugin).so"
            guard let handle = dlopen(path, RTLD_NOW | RTLD_GLOBAL) ?? dlopen(fallback, RTLD_NOW | RTLD_GLOBAL) else {
                if required { throw .pluginsNotFound(searched: [path]) }
                continue
            }
            let symbol = "gvplugin_\(plugin)_LTX_library"
            guard let address = dlsym(handle, symbol) else {
                if required { throw .pluginsNotFound(searched: [path]) }
                continue
            }
            entries.append((symbol, address))
        }
        canRenderRasterAndPDF = entries.contains { $0.0.contains("pango") }
        let list = UnsafeMutablePointer<lt_symlist_t>.allocate(capacity: entries.count + 1)
        var names: [UnsafeMutablePointer<CChar>] = []
        for (index, entry) in entries.enumerated() {
            let name = strdup(entry.0)!
            names.append(name)
            list[index] = lt_symlist_t(name: UnsafePointer(name), address: entry.1)
        }
        list[entries.count] = lt_symlist_t(name: nil, address: nil)
        guard let context = gvContextPlugins(list, 0) else {
            list.deallocate()
            for name in names { free(name) }
            throw .contextFailed
        }
        self.context = context
        self.symbols = list
        self.names = names
        // Graphviz's messages are captured for errors instead of going to standard error.
        _ = agseterrf(captureGraphvizMessage)
    }

    deinit {
        gvFreeContext(context)
        symbols.deallocate()
        for name in names { free(name) }
    }

    /// The folder of the plugin libraries: `graphviz/` beside the libgvc this program uses.
    static func pluginFolder() -> (String?, [String]) {
        var candidates: [String] = []
        // Where the dynamic linker found libgvc for this process.
        if let maps = try? String(contentsOfFile: "/proc/self/maps", encoding: .utf8),
            let line = maps.split(separator: "\n").first(where: { $0.contains("/libgvc.so") }),
            let start = line.firstIndex(of: "/")
        {
            let library = URL(fileURLWithPath: String(line[start...])).resolvingSymlinksInPath()
            candidates.append(library.deletingLastPathComponent().appendingPathComponent("graphviz").path)
        }
        candidates += [
            "/usr/lib/x86_64-linux-gnu/graphviz", "/usr/lib/aarch64-linux-gnu/graphviz", "/usr/lib64/graphviz",
            "/usr/lib/graphviz", "/usr/local/lib/graphviz", "/opt/homebrew/lib/graphviz",
        ]
        let found = candidates.first { folder in
            FileManager.default.fileExists(atPath: folder + "/libgvplugin_core.so.6") || FileManager.default.fileExists(atPath: folder + "/libgvplugin_core.so")
        }
        return (found, candidates)
    }

    /// Lays out `dot` with `engine` (or the graph's own `layout` attribute, or dot) and
    /// renders it. Every Graphviz object is freed before returning.
    public func render(dot text: String, engine: Engine? = nil, format: Format) throws(GraphvizError) -> Data {
        if (format == .png || format == .pdf) && !canRenderRasterAndPDF { throw .unsupportedFormat(format.rawValue) }
        return try withGraph(text) { graph throws(GraphvizError) in
            var layout = engine?.rawValue ?? "dot"
            if engine == nil, let attribute = agget(UnsafeMutableRawPointer(graph), GraphvizMessages.interned("layout")), attribute.pointee != 0 {
                layout = String(cString: attribute)
            }
            guard gvLayout(context, graph, layout) == 0 else {
                throw .layoutFailed(engine: layout, message: GraphvizMessages.text(orDefault: "unknown error"))
            }
            defer { gvFreeLayout(context, graph) }
            var buffer: UnsafeMutablePointer<CChar>?
            var length: UInt32 = 0
            guard gvRenderData(context, graph, format.device, &buffer, &length) == 0, let buffer else {
                throw .renderFailed(format: format.rawValue, message: GraphvizMessages.text(orDefault: "unknown error"))
            }
            defer { gvFreeRenderData(buffer) }
            return Data(bytes: buffer, count: Int(length))
        }
    }
}

extension GraphvizRenderer {
    /// Parses DOT text under the lock and hands the graph to `body`; the graph is closed after.
    func withGraph<T>(_ text: String, _ body: (UnsafeMutablePointer<Agraph_t>) throws(GraphvizError) -> T) throws(GraphvizError) -> T {
        try withGraph(text, countingOthers: false) { graph, _ throws(GraphvizError) in try body(graph) }
    }

    /// The same, and with `countingOthers` the number of graphs the text holds after the first
    /// (read to the end and closed; only the first is handed on).
    func withGraph<T>(
        _ text: String, countingOthers: Bool,
        _ body: (UnsafeMutablePointer<Agraph_t>, Int) throws(GraphvizError) -> T
    ) throws(GraphvizError) -> T {
        lock.lock()
        defer { lock.unlock() }
        GraphvizMessages.reset()
        _ = agreseterrors()
        var others: Int32 = 0
        guard let graph = text.withCString({ countingOthers ? partnermap_read_dot_counting($0, &others) : partnermap_read_dot($0) }) else {
            throw .syntax(GraphvizMessages.text(orDefault: "unreadable DOT"))
        }
        defer { agclose(graph) }
        return try body(graph, Int(others))
    }
}

/// Messages Graphviz reported during the current call (the renderer's lock serialises calls).
enum GraphvizMessages {
    nonisolated(unsafe) private static var collected: [String] = []
    nonisolated(unsafe) private static var names: [String: UnsafeMutablePointer<CChar>] = [:]

    static func reset() { collected.removeAll() }

    static func append(_ message: String) { collected.append(message) }

    static func text(orDefault fallback: String) -> String {
        let joined = collected.joined().trimmingCharacters(in: .whitespacesAndNewlines)
        return joined.isEmpty ? fallback : joined.replacingOccurrences(of: "\n", with: "; ")
    }

    static func interned(_ text: String) -> UnsafeMutablePointer<CChar> {
        if let existing = names[text] { return existing }
        let copy = strdup(text)!
        names[text] = copy
        return copy
    }
}

private let captureGraphvizMessage: @convention(c) (UnsafeMutablePointer<CChar>?) -> Int32 = { message in
    if let message { GraphvizMessages.append(String(cString: message)) }
    return 0
}
