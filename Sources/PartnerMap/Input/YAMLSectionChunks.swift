import Foundation

/// Reads the long sections of a large YAML network file on all cores.
///
/// libyaml reads one byte after another: the 630 MB file `import` writes for a million grants
/// took 12 s on one core before anything was checked. A section's entries (`  - id: …` lines
/// under `projects:`) are read the same whether they come one after another or on their own,
/// so a long section is cut at entry starts into pieces read at once, each keeping its lines,
/// and the rest of the file (the header and the sections' keys, with the cut entries' lines left
/// blank so that every line keeps its number) is read as before.
///
/// It never guesses. Whenever reading in pieces could differ from reading the file whole, it
/// gives up (`nil`) and the file is read whole, which yields the same document or the problems
/// with their lines: a piece that does not read on its own (a cut inside a quoted text running
/// over several lines leaves the piece before it unfinished), an anchor or an alias, an entry
/// that is not a mapping, line breaks other than LF and CRLF (libyaml counts more kinds than
/// this cutter does), or a section key that the rest of the file does not read where it was
/// cut. Entries cannot continue on a line indented less than their dash, and a line indented
/// like the dash that starts with `- ` can only be the next entry or part of a quoted or
/// bracketed text, so these cuts lose nothing.
enum YAMLSectionChunks {
    /// Files smaller than this are read whole: a single core reads them in well under a second.
    static let minimumBytes = 8 << 20
    /// About how many bytes of entries each piece holds.
    static let pieceBytes = 1 << 20

    /// The document, read in pieces; `nil` when the file must be read whole.
    static func read(
        _ text: inout String, file: String, minimumBytes: Int = minimumBytes, pieceBytes: Int = pieceBytes
    ) -> RawDocument? {
        text.withUTF8 { bytes -> RawDocument? in
            guard bytes.count >= minimumBytes, hasOnlyLFLineBreaks(bytes) else { return nil }
            let cuts = sections(in: bytes, pieceBytes: pieceBytes)
            guard !cuts.isEmpty else { return nil }
            guard var document = readRest(of: bytes, without: cuts, file: file) else { return nil }
            let pieces = cuts.flatMap(\.pieces)
            let source = SharedBytes(base: bytes)
            var read = DeterministicParallel.map(partitions: pieces.count) { index, _ -> PackedRecords? in
                let piece = pieces[index]
                return entries(in: UnsafeBufferPointer(rebasing: source.base[piece.range]), firstLine: piece.line)
            }
            var start = 0
            for cut in cuts {
                let parts = start..<start + cut.pieces.count
                start += cut.pieces.count
                var records = PackedRecords()
                records.reserveCapacity(
                    records: read[parts].reduce(0) { $0 + ($1?.count ?? 0) }, bytes: read[parts].reduce(0) { $0 + ($1?.byteCount ?? 0) })
                for part in parts {
                    guard let packed = read[part] else { return nil }
                    records.append(contentsOf: packed)
                    read[part] = nil  // each piece let go once copied: the section is not held twice
                }
                document.sections[cut.name] = RawSection(records)
            }
            return document
        }
    }

    /// A section whose entries are read in pieces: its key's line and where its entries lie.
    struct Section: Equatable {
        var name: String
        /// The line of `name:`.
        var keyLine: Int
        /// From the first entry's dash line to the start of the first line after the entries.
        var range: Range<Int>
        /// The number of line breaks in `range`.
        var lineBreaks: Int
        var pieces: [Piece]
    }

    /// Entries read together, and the line the first one starts on.
    struct Piece: Equatable {
        var range: Range<Int>
        var line: Int
    }

    /// `false` when the text holds a carriage return not followed by a line feed, or one of the
    /// Unicode line breaks libyaml counts as a new line (NEL, LS, PS).
    static func hasOnlyLFLineBreaks(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let count = bytes.count
        func each(_ byte: UInt8, _ isBreak: (Int) -> Bool) -> Bool {
            var position = 0
            while let index = firstIndex(of: byte, in: bytes, from: position) {
                if isBreak(index) { return false }
                position = index + 1
            }
            return true
        }
        return each(0x0D) { $0 + 1 >= count || bytes[$0 + 1] != 0x0A }
            && each(0xC2) { $0 + 1 < count && bytes[$0 + 1] == 0x85 }
            && each(0xE2) { $0 + 2 < count && bytes[$0 + 1] == 0x80 && (bytes[$0 + 2] == 0xA8 || bytes[$0 + 2] == 0xA9) }
    }

    /// The sections worth reading in pieces (at least `pieceBytes` of entries), each cut at
    /// entry starts into pieces of about `pieceBytes`.
    ///
    /// A section is a line `name:` at the left margin, `name` one of the network file's
    /// sections, followed by entries: lines starting `- ` indented by at least one space, all
    /// at the first one's indentation, and ending at the first line (not blank, not a comment)
    /// indented less.
    static func sections(in bytes: UnsafeBufferPointer<UInt8>, pieceBytes: Int) -> [Section] {
        let count = bytes.count
        var found: [Section] = []
        var key: (name: String, line: Int)?
        /// The section whose entries are being read.
        struct Open {
            var name: String
            var keyLine: Int
            var indent: Int
            var start: Int
            var firstLine: Int
            var pieces: [Piece] = []
            var pieceStart: Int
            var pieceLine: Int
        }
        var open: Open?
        var position = 0
        var line = 1

        func close(at end: Int, line endLine: Int) {
            guard var section = open else { return }
            open = nil
            guard end - section.start >= pieceBytes else { return }
            section.pieces.append(Piece(range: section.pieceStart..<end, line: section.pieceLine))
            found.append(
                Section(name: section.name, keyLine: section.keyLine, range: section.start..<end, lineBreaks: endLine - section.firstLine, pieces: section.pieces))
        }

        while position < count {
            let lineEnd = firstIndex(of: 0x0A, in: bytes, from: position) ?? count
            var first = position
            while first < lineEnd, bytes[first] == 0x20 { first += 1 }
            let indent = first - position
            let blank = first == lineEnd || bytes[first] == 0x23 || (bytes[first] == 0x0D && first + 1 == lineEnd)
            let dash = !blank && bytes[first] == 0x2D && (first + 1 == lineEnd || bytes[first + 1] == 0x20 || bytes[first + 1] == 0x0D)
            if !blank {
                if let current = open {
                    if indent < current.indent {
                        close(at: position, line: line)
                    } else if indent == current.indent, dash, position - current.pieceStart >= pieceBytes {
                        open!.pieces.append(Piece(range: current.pieceStart..<position, line: current.pieceLine))
                        open!.pieceStart = position
                        open!.pieceLine = line
                    }
                }
                if open == nil {
                    if indent == 0 {
                        key = sectionKey(UnsafeBufferPointer(rebasing: bytes[position..<lineEnd])).map { ($0, line) }
                    } else {
                        if let (name, keyLine) = key, dash {
                            open = Open(name: name, keyLine: keyLine, indent: indent, start: position, firstLine: line, pieceStart: position, pieceLine: line)
                        }
                        key = nil
                    }
                }
            }
            guard lineEnd < count else { break }
            position = lineEnd + 1
            line += 1
        }
        close(at: count, line: line)
        return found
    }

    /// The index of the first `byte` at or after `start` (memchr: a 630 MB file is scanned several times).
    private static func firstIndex(of byte: UInt8, in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        guard let base = bytes.baseAddress, start < bytes.count, let found = memchr(base + start, Int32(byte), bytes.count - start) else { return nil }
        return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
    }

    /// The section a line `name:` at the left margin opens (nothing after the colon but spaces
    /// or a comment), or `nil`.
    private static func sectionKey(_ line: UnsafeBufferPointer<UInt8>) -> String? {
        guard let colon = line.firstIndex(of: 0x3A) else { return nil }
        let rest = line[(colon + 1)...].drop { $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }
        guard rest.isEmpty || rest.first == 0x23 else { return nil }
        let name = String(decoding: line[..<colon], as: UTF8.self)
        return RawDocument.sectionNames.contains(name) ? name : nil
    }

    /// The file without the cut sections' entries (their lines kept, blank), read whole; `nil`
    /// unless it reads and each cut section's key is where it was found, with nothing after it.
    private static func readRest(of bytes: UnsafeBufferPointer<UInt8>, without cuts: [Section], file: String) -> RawDocument? {
        var rest: [UInt8] = []
        rest.reserveCapacity(bytes.count - cuts.reduce(0) { $0 + $1.range.count - $1.lineBreaks })
        var position = 0
        for cut in cuts {
            rest += bytes[position..<cut.range.lowerBound]
            rest += repeatElement(0x0A, count: cut.lineBreaks)
            position = cut.range.upperBound
        }
        rest += bytes[position...]
        return rest.withUnsafeBufferPointer { rest -> RawDocument? in
            guard case .success(let tree) = YAMLEventReader.read(bytes: rest), let root = tree.root, tree.kind(root) == .mapping else { return nil }
            let entries = tree.children(root)
            for cut in cuts {
                let keyed = stride(from: entries.startIndex, to: entries.endIndex, by: 2).first { tree.string(entries[$0]) == cut.name }
                guard let keyed, tree.line(entries[keyed]) == cut.keyLine, tree.isNull(entries[keyed + 1]) else { return nil }
            }
            guard case .success(let document) = YAMLDocumentReader.build(root, in: tree, file: file) else { return nil }
            return document
        }
    }

    /// A piece's entries, packed, or `nil` when the piece does not read on its own as a list of
    /// mappings without anchors: read without libyaml when it is in the writer's shape
    /// (``CanonicalEntryReader``), by libyaml otherwise.
    private static func entries(in piece: UnsafeBufferPointer<UInt8>, firstLine: Int) -> PackedRecords? {
        CanonicalEntryReader.entries(in: piece, firstLine: firstLine) ?? parsedEntries(in: piece, firstLine: firstLine)
    }

    /// The same, read by libyaml.
    static func parsedEntries(in piece: UnsafeBufferPointer<UInt8>, firstLine: Int) -> PackedRecords? {
        // The piece's list sits one level below the file's top mapping.
        let read = YAMLEventReader.read(bytes: piece, firstLine: firstLine, depthLimit: YAMLEventReader.depthLimit - 1, anchorsAllowed: false)
        guard case .success(let tree) = read, let root = tree.root, tree.kind(root) == .sequence else { return nil }
        var records = PackedRecords()
        let items = tree.children(root)
        records.reserveCapacity(records: items.count, bytes: piece.count)
        for item in items {
            guard tree.kind(item) == .mapping else { return nil }
            records.append(YAMLDocumentReader.record(item, in: tree))
        }
        return records
    }
}
