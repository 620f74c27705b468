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
    ///
    /// From a stream over the buffer, not `InputStream(data:)`, which copies the buffer first: a
    /// gigabyte for the sheet of a national grants workbook.
    static func reading(_ data: Data, delegate: XMLParserDelegate) -> XMLParser {
        reading(stream: BufferStream(data), delegate: delegate)
    }

    /// The same for bytes handed out by a stream (a workbook's sheet, expanded as it is read).
    static func reading(stream: InputStream, delegate: XMLParserDelegate) -> XMLParser {
        let parser = XMLParser(stream: stream)
        parser.shouldResolveExternalEntities = false
        parser.delegate = delegate
        return parser
    }
}

/// The expanded bytes of a ZIP entry as a stream (``ZipEntryInflater``), for the XML parser:
/// a sheet of a gigabyte is parsed without being held.
final class InflatingStream: InputStream {
    private let inflater: ZipEntryInflater
    private var atEnd = false

    init(_ inflater: ZipEntryInflater) {
        self.inflater = inflater
        super.init(data: Data())
    }

    /// Whether every byte was handed out, found whole (its size and CRC-32 as the archive records).
    var isComplete: Bool { inflater.isComplete }

    override func open() {}
    override func close() {}
    override var hasBytesAvailable: Bool { !atEnd }
    override var streamStatus: Stream.Status { atEnd ? .atEnd : .open }

    override func read(_ buffer: UnsafeMutablePointer<UInt8>, maxLength: Int) -> Int {
        guard !atEnd else { return 0 }
        guard let count = inflater.read(into: buffer, maxLength: maxLength) else {
            atEnd = true
            return -1
        }
        if count == 0 { atEnd = true }
        return count
    }
}

/// A stream that hands out the bytes of a buffer already in memory, without copying it.
private final class BufferStream: InputStream {
    private let data: Data
    private var position = 0

    init(_ data: Data) {
        self.data = data
        super.init(data: Data())
    }

    override func open() {}
    override func close() {}
    override var hasBytesAvailable: Bool { position < data.count }
    override var streamStatus: Stream.Status { position < data.count ? .open : .atEnd }

    override func read(_ buffer: UnsafeMutablePointer<UInt8>, maxLength: Int) -> Int {
        let count = min(maxLength, data.count - position)
        guard count > 0 else { return 0 }
        let start = data.startIndex + position
        data.copyBytes(to: buffer, from: start..<start + count)
        position += count
        return count
    }
}

/// What an XML document declares before its root element, read from its bytes before any parser
/// sees them.
///
/// An internal entity is expanded by libxml2 wherever it is referenced: a 3 KB workbook whose
/// one entity of 1 MB is used 200,000 times took minutes and gigabytes. No spreadsheet writes a
/// document type and no GraphML or GEXF writer declares an entity, so PartnerMap refuses them
/// instead of capping what they expand to.
enum XMLProlog {
    /// Whether the document has a `<!DOCTYPE` before its root element.
    static func declaresDocumentType(_ data: Data) -> Bool { firstDeclaration(in: data, among: ["<!DOCTYPE"]) }

    /// Whether the document declares an entity (`<!ENTITY`) before its root element.
    static func declaresEntity(_ data: Data) -> Bool { firstDeclaration(in: data, among: ["<!ENTITY"]) }

    /// The line of the first processing instruction without content (`<?pi?>`), if any.
    ///
    /// Foundation's XML parser on Linux passes libxml2's empty content to `strlen` and crashes
    /// (found by fuzzing GraphML); no graph tool or spreadsheet writes one, so it is refused
    /// before parsing. The XML declaration (`<?xml …?>`) always has content.
    static func emptyProcessingInstruction(in data: Data) -> Int? {
        data.withUnsafeBytes { raw -> Int? in
            let bytes = raw.bindMemory(to: UInt8.self)
            var line = 1
            var index = 0
            func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D }
            while index + 1 < bytes.count {
                if bytes[index] == 0x0A { line += 1 }
                guard bytes[index] == UInt8(ascii: "<"), bytes[index + 1] == UInt8(ascii: "?") else {
                    index += 1
                    continue
                }
                let start = line
                var cursor = index + 2
                // The target's name, then blanks, then content up to `?>`.
                while cursor < bytes.count, !isSpace(bytes[cursor]), bytes[cursor] != UInt8(ascii: "?") { cursor += 1 }
                while cursor < bytes.count, isSpace(bytes[cursor]) { cursor += 1 }
                if cursor + 1 < bytes.count, bytes[cursor] == UInt8(ascii: "?"), bytes[cursor + 1] == UInt8(ascii: ">") { return start }
                index += 2
            }
            return nil
        }
    }

    /// Whether a `<` followed by `next` starts an element: a letter, `_`, `:` or any byte above
    /// ASCII, which no declaration, comment or processing instruction begins with.
    static func opensElement(_ next: UInt8) -> Bool {
        next >= 0x80 || next == UInt8(ascii: "_") || next == UInt8(ascii: ":") || (next | 0x20) >= UInt8(ascii: "a") && (next | 0x20) <= UInt8(ascii: "z")
    }

    /// Whether one of `markers` (matched without regard to case) comes before the root
    /// element's start: the first `<` followed by a letter, `_` or `:` (or any byte above
    /// ASCII), which no declaration, comment or processing instruction begins with.
    private static func firstDeclaration(in data: Data, among markers: [String]) -> Bool {
        let wanted = markers.map { Array($0.lowercased().utf8) }
        return data.withUnsafeBytes { raw -> Bool in
            let bytes = raw.bindMemory(to: UInt8.self)
            var index = 0
            while index < bytes.count {
                guard bytes[index] == UInt8(ascii: "<") else {
                    index += 1
                    continue
                }
                guard index + 1 < bytes.count else { return false }
                let next = bytes[index + 1]
                if opensElement(next) {
                    return false
                }
                for marker in wanted where index + marker.count <= bytes.count {
                    var matches = true
                    for offset in 0..<marker.count {
                        let byte = bytes[index + offset]
                        let lower = byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte | 0x20 : byte
                        if lower != marker[offset] {
                            matches = false
                            break
                        }
                    }
                    if matches { return true }
                }
                index += 1
            }
            return false
        }
    }
}
