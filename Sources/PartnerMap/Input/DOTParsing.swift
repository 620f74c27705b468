/// Reads DOT text for ``NetworkLoader``. DOT is read by Graphviz's own parser, which lives in
/// the PartnerMapGraphviz module (its `DOTReader` conforms); the loader asks for one so that
/// this module needs no Graphviz.
public protocol DOTParsing {
    /// The first graph of the text with its attributes as Graphviz applies them, or Graphviz's
    /// message on why it cannot be read.
    static func foreignGraph(dot text: String) -> Result<ForeignGraph, DOTSyntaxError>
}

/// Why DOT text could not be read, in Graphviz's words.
public struct DOTSyntaxError: Error, Sendable, CustomStringConvertible {
    /// What the parser said.
    public var message: String
    /// A failure with the parser's message.
    public init(_ message: String) { self.message = message }
    /// The parser's message.
    public var description: String { message }
}
