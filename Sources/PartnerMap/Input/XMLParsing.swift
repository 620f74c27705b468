import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

extension XMLParser {
    /// A parser for a file's bytes that never resolves an external entity, fed in chunks.
    ///
    /// Chunks, not the whole buffer: given more than 10 MB at once, libxml2 (under Foundation's
    /// parser on Linux) stops with "huge input lookup" (its error 1), so a 15 MB GraphML file
    /// from networkx or a workbook sheet of 80,000 rows was refused as broken XML.
    static func reading(_ data: Data, delegate: XMLParserDelegate) -> XMLParser {
        let parser = XMLParser(stream: InputStream(data: data))
        parser.shouldResolveExternalEntities = false
        parser.delegate = delegate
        return parser
    }
}
