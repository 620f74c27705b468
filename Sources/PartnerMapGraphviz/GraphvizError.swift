/// What went wrong in Graphviz, in its own words where it gave any.
public enum GraphvizError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The Graphviz plugin libraries (core, dot and neato layouts, cairo renderers) were not found.
    case pluginsNotFound(searched: [String])
    case contextFailed
    /// The DOT text could not be read; Graphviz's message.
    case syntax(String)
    case layoutFailed(engine: String, message: String)
    case renderFailed(format: String, message: String)
    case unsupportedFormat(String)

    public var description: String {
        switch self {
        case .pluginsNotFound(let searched):
            return "Graphviz's plugin libraries were not found (looked in \(searched.joined(separator: ", "))); install them with `apt-get install libgraphviz-dev graphviz`"
        case .contextFailed:
            return "Graphviz could not start"
        case .syntax(let message):
            return "Graphviz could not read the DOT text: \(message)"
        case .layoutFailed(let engine, let message):
            return "Graphviz's \(engine) layout failed: \(message)"
        case .renderFailed(let format, let message):
            return "Graphviz could not write \(format): \(message)"
        case .unsupportedFormat(let format):
            return "Graphviz here cannot write \(format)"
        }
    }
}
