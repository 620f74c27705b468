import Foundation
import Testing

@testable import PartnerMap

/// Small files made to stop the tool or turn its output against the user: each ends in a
/// result or a clear error, and what a file says stays text. Every input is generated here.
@Suite struct HostileInputTests {
    static let organisations = [["id", "name", "type"], ["a", "Alpha", "nonprofit"], ["b", "Beta", "nonprofit"]]

    func workbookProblem(_ data: Data) -> Problem? {
        switch Workbook.read(data: data, file: "w.xlsx") {
        case .success: return nil
        case .failure(let error): return error.diagnostics.first?.problem
        }
    }

    @Test func aDeflateStreamCutInsideAStoredBlockIsADamagedPartNotALoop() {
        // Not the last block, stored, 1,000 bytes announced, 10 given: ZIPFoundation's inflate
        // loop waited for the rest forever.
        var stream = Data([0x00, 0xE8, 0x03, 0x17, 0xFC])
        stream += Data(repeating: 0x41, count: 10)
        let sheet = HandMadeZip.Entry.deflated("xl/worksheets/sheet1.xml", stream: stream, claiming: Data(repeating: 0x41, count: 1000))
        let data = HandMadeZip.workbook(sheets: [("organisations", "worksheets/sheet1.xml")], parts: [sheet])
        #expect(workbookProblem(data) == .notAWorkbook(.damaged("xl/worksheets/sheet1.xml")))
        // A stream whose last block is complete but whose expanded size or CRC is not the one
        // recorded is damaged too; the same stream, whole and honest, reads.
        let xml = Data(HandMadeZip.sheetXML(Self.organisations).utf8)
        let lying = HandMadeZip.Entry.deflated("xl/worksheets/sheet1.xml", stream: HandMadeZip.storedBlocks(xml), claiming: xml + Data([0x20]))
        #expect(workbookProblem(HandMadeZip.workbook(sheets: [("organisations", "worksheets/sheet1.xml")], parts: [lying])) == .notAWorkbook(.damaged("xl/worksheets/sheet1.xml")))
        let honest = HandMadeZip.Entry.deflated("xl/worksheets/sheet1.xml", stream: HandMadeZip.storedBlocks(xml), claiming: xml)
        let read = try? Workbook.read(data: HandMadeZip.workbook(sheets: [("organisations", "worksheets/sheet1.xml")], parts: [honest]), file: "w.xlsx").get()
        #expect(read?.sheets.first?.rows.map(\.cells) == Self.organisations)
    }

    @Test func aWorkbookPartWithADocumentTypeIsRefusedBeforeItsEntitiesExpand() {
        // One entity of 100 KB referenced 2,000 times: 200 MB once expanded.
        let doctype = "<!DOCTYPE worksheet [<!ENTITY big \"" + String(repeating: "x", count: 100_000) + "\">]>"
        let rows = [["id", "name", "type"], ["a", String(repeating: "&big;", count: 2000), "nonprofit"]]
        let sheet = HandMadeZip.Entry.plain("xl/worksheets/sheet1.xml", HandMadeZip.sheetXML(rows, doctype: doctype))
        let data = HandMadeZip.workbook(sheets: [("organisations", "worksheets/sheet1.xml")], parts: [sheet])
        #expect(workbookProblem(data) == .notAWorkbook(.documentType("xl/worksheets/sheet1.xml")))
        #expect(
            Diagnostic(file: "w.xlsx", line: nil, problem: .notAWorkbook(.documentType("xl/worksheets/sheet1.xml"))).description
                == "w.xlsx: the workbook's part xl/worksheets/sheet1.xml declares a document type (<!DOCTYPE), which no spreadsheet writes and PartnerMap does not read; open the workbook in Excel or LibreOffice and save it again as .xlsx"
        )
    }

    @Test func sheetsThatAllPointAtOnePartAreADamagedWorkbook() {
        let sheet = HandMadeZip.Entry.plain("xl/worksheets/sheet1.xml", HandMadeZip.sheetXML(Self.organisations))
        let sheets = (0..<2000).map { (name: "s\($0)", part: "worksheets/sheet1.xml") }
        #expect(workbookProblem(HandMadeZip.workbook(sheets: sheets, parts: [sheet])) == .notAWorkbook(.partShared("xl/worksheets/sheet1.xml")))
    }

    @Test func aNetworkWorkbookNeverOpensTheSheetsItDoesNotRead() throws {
        // The notes sheet's part is damaged beyond reading; a network workbook never opens it.
        let organisations = HandMadeZip.Entry.plain("xl/worksheets/sheet1.xml", HandMadeZip.sheetXML(Self.organisations))
        let notes = HandMadeZip.Entry.deflated("xl/worksheets/sheet2.xml", stream: Data([0x00, 0xE8, 0x03, 0x17, 0xFC, 0x41]), claiming: Data(count: 1000))
        let partnerships = HandMadeZip.Entry.plain("xl/worksheets/sheet3.xml", HandMadeZip.sheetXML([["organisations"], ["a;b"]]))
        let data = HandMadeZip.workbook(
            sheets: [("organisations", "worksheets/sheet1.xml"), ("Notes", "worksheets/sheet2.xml"), ("partnerships", "worksheets/sheet3.xml")],
            parts: [organisations, notes, partnerships])
        let network = try NetworkLoader.loadWorkbook(data: data, file: "w.xlsx")
        #expect(network.organisations.map(\.id) == ["a", "b"] && network.partnerships.count == 1)
        // Read as tables for an import, every sheet is read, and the damaged one is said.
        #expect(workbookProblem(data) == .notAWorkbook(.damaged("xl/worksheets/sheet2.xml")))
    }

    @Test func twoSheetsForOneSectionAreRefusedNotOneSilentlyDropped() {
        let first = HandMadeZip.Entry.plain("xl/worksheets/sheet1.xml", HandMadeZip.sheetXML(Self.organisations))
        let second = HandMadeZip.Entry.plain("xl/worksheets/sheet2.xml", HandMadeZip.sheetXML([["id", "name", "type"], ["c", "Gamma", "nonprofit"]]))
        let data = HandMadeZip.workbook(sheets: [("organisations", "worksheets/sheet1.xml"), ("organismes", "worksheets/sheet2.xml")], parts: [first, second])
        #expect(throws: NetworkLoadError.self) { try NetworkLoader.loadWorkbook(data: data, file: "w.xlsx") }
        do {
            _ = try NetworkLoader.loadWorkbook(data: data, file: "w.xlsx")
        } catch {
            #expect(
                error.diagnostics.map(\.description).contains(
                    "w.xlsx[organismes]: this holds the section organisations again, already read from w.xlsx[organisations]; keep one of the two and merge its rows into it"))
            #expect(error.description(in: .fr).contains("la section organismes, déjà lue dans w.xlsx[organisations]"), "\(error.description(in: .fr))")
        }
    }

    @Test func aGraphMLFileDeclaringAnEntityIsRefused() {
        let text = """
            <?xml version="1.0"?>
            <!DOCTYPE graphml [<!ENTITY big "\(String(repeating: "x", count: 10_000))">]>
            <graphml><graph edgedefault="undirected"><node id="a"><data key="label">\(String(repeating: "&big;", count: 1000))</data></node></graph></graphml>
            """
        let result = XMLGraphReader.read(Data(text.utf8), file: "g.graphml", dialect: .graphML)
        guard case .failure(let error) = result else {
            Issue.record("an entity declaration was expanded")
            return
        }
        #expect(
            error.diagnostics.map(\.description) == [
                "g.graphml: this GraphML file declares an XML entity (<!ENTITY), which no graph tool writes and PartnerMap does not expand; export the graph again from the tool that made it"
            ])
        // A document type without entities (old GraphML files name their DTD) still reads.
        let plain =
            "<?xml version=\"1.0\"?>\n<!DOCTYPE graphml SYSTEM \"graphml.dtd\">\n<graphml><graph edgedefault=\"undirected\"><node id=\"a\"/><node id=\"b\"/><edge source=\"a\" target=\"b\"/></graph></graphml>"
        #expect((try? XMLGraphReader.read(Data(plain.utf8), file: "g.graphml", dialect: .graphML).get())?.edges.count == 1)
    }

    @Test func aProcessingInstructionWithoutContentIsRefusedNotACrash() {
        // Foundation's parser passed libxml2's empty content to strlen and crashed (found by
        // FuzzXMLGraph, kept in Fuzz/Regressions).
        let text = "<?xml version=\"1.0\"?>\n<graphml>\n<?pi?><graph edgedefault=\"undirected\"><node id=\"a\"/></graph></graphml>\n"
        guard case .failure(let error) = XMLGraphReader.read(Data(text.utf8), file: "g.graphml", dialect: .graphML) else {
            Issue.record("read")
            return
        }
        #expect(
            error.diagnostics.map(\.description) == [
                "g.graphml:3: this GraphML file holds a processing instruction without content (<?name?>), which PartnerMap cannot read; delete it or export the graph again"
            ])
        #expect(XMLProlog.emptyProcessingInstruction(in: Data("<?xml version=\"1.0\"?><a><?x ?></a>".utf8)) == 1)
        #expect(XMLProlog.emptyProcessingInstruction(in: Data("<?xml version=\"1.0\"?><a><?x data?></a>".utf8)) == nil)
        let sheet = HandMadeZip.Entry.plain("xl/worksheets/sheet1.xml", "<?xml version=\"1.0\"?><?mso-application?>" + HandMadeZip.sheetXML(Self.organisations))
        #expect(
            workbookProblem(HandMadeZip.workbook(sheets: [("organisations", "worksheets/sheet1.xml")], parts: [sheet]))
                == .notAWorkbook(.damaged("xl/worksheets/sheet1.xml")))
    }

    @Test func aUTF16GraphMLFileWithItsByteOrderMarkReads() throws {
        let text =
            "<?xml version=\"1.0\" encoding=\"UTF-16\"?>\n<graphml><graph edgedefault=\"undirected\"><node id=\"é\"/><node id=\"b\"/><edge source=\"é\" target=\"b\"/></graph></graphml>\n"
        for (bom, encoding) in [([UInt8(0xFF), 0xFE], String.Encoding.utf16LittleEndian), ([0xFE, 0xFF], .utf16BigEndian)] {
            let data = Data(bom) + text.data(using: encoding)!
            let graph = try XMLGraphReader.read(data, file: "g.graphml", dialect: .graphML).get()
            #expect(graph.nodes.map(\.id) == ["é", "b"] && graph.edges.count == 1)
        }
    }

    @Test func aliasesThatRepeatMegabytesOfTextAreRefused() {
        // An anchor of 100 KB used 20,000 times: few nodes, 2 GB of text for every output.
        var yaml = "name: N\nnotes: &big \"" + String(repeating: "x", count: 100_000) + "\"\norganisations:\n"
        for index in 0..<20_000 { yaml += "  - {id: o\(index), name: *big, type: nonprofit}\n" }
        do {
            _ = try NetworkLoader.network(yaml: yaml, file: "n.yaml")
            Issue.record("the aliases were expanded")
        } catch {
            #expect(
                error.diagnostics.map(\.description) == [
                    "n.yaml:339: YAML aliases (*name) repeat more than 32 MB of text; write the entries out or use fewer aliases"
                ])
        }
        // A few aliases of short texts, as people write them, still read.
        let fine = "name: N\norganisations:\n  - {id: a, name: A, type: nonprofit, sectors: &s [health, settlement]}\n  - {id: b, name: B, type: nonprofit, sectors: *s}\n"
        #expect((try? NetworkLoader.network(yaml: fine))?.organisations.last?.sectors == ["health", "settlement"])
    }

    @Test func aProblemOnEveryRowIsSaidThreeTimesThenCounted() throws {
        // 2,000 organisations with a type PartnerMap does not know, in a CSV folder and a workbook.
        var rows = [["id", "name", "type"]]
        for index in 1...2000 { rows.append(["o\(index)", "Org \(index)", "weird\(index % 2)"]) }
        let folder = try TemporaryFolder()
        try folder.write("net/organisations.csv", rows.map { $0.joined(separator: ",") }.joined(separator: "\n") + "\n")
        let workbook = HandMadeZip.workbook(
            sheets: [("organisations", "worksheets/sheet1.xml")], parts: [.plain("xl/worksheets/sheet1.xml", HandMadeZip.sheetXML(rows))])
        let csvError = #expect(throws: NetworkLoadError.self) { try NetworkLoader.readNetwork(path: folder.path + "/net") }
        let workbookError = #expect(throws: NetworkLoadError.self) { try NetworkLoader.loadWorkbook(data: workbook, file: "w.xlsx") }
        for (error, file) in [(csvError, folder.path + "/net/organisations.csv"), (workbookError, "w.xlsx[organisations]")] {
            let lines = error?.description.split(separator: "\n").map(String.init) ?? []
            #expect(error?.diagnostics.count == 2000)
            #expect(lines.count == 4, "\(lines)")
            #expect(
                lines.first
                    == "\(file):2: `type` is \"weird1\"; expected one of municipal, provincial, federal, nonprofit, funder, university, employer, school-board, health, council, network, other"
            )
            #expect(lines.last == "\(file): … and 1,997 more problems like the three above (lines 5 to 2001); `--strict` lists every one")
            #expect(error?.description(in: .en, every: true).split(separator: "\n").count == 2000)
            // In French: the count as French writes it, lines as they are numbered.
            let french = error?.description(in: .fr).split(separator: "\n").last.map(String.init) ?? ""
            #expect(!french.contains("1 997") && !french.contains(" ;"), "no-break spaces: \(french)")
            #expect(
                french.replacingOccurrences(of: "\u{202F}", with: " ").replacingOccurrences(of: "\u{A0}", with: " ")
                    == "\(file) : … et 1 997 autres problèmes comme les trois ci-dessus (lignes 5 à 2001) ; `--strict` les énumère tous")
        }
    }

    @Test func manyDisconnectedGroupsAreListedUpToALimitThenCounted() throws {
        // 10,050 pairs: the first is the main network, 10,000 more are listed, 49 counted.
        let text = (0..<10_050).map { "a\($0) b\($0)" }.joined(separator: "\n")
        let graph = try EdgeListReader.read(text, file: "pairs.txt", name: "pairs", directed: false).get()
        let network = ForeignGraphImporter.network(ForeignGraph(graph), file: "pairs.txt", format: "edge list")
        let gaps = GapFinder(network).gaps.filter { $0.kind == .disconnectedComponent }
        #expect(gaps.count == DisconnectedComponentCheck.listed + 1)
        #expect(gaps.prefix(DisconnectedComponentCheck.listed).allSatisfy { $0.subjects.count == 2 })
        #expect(gaps.last?.subjects == [] && gaps.last?.groupsNotListed == 49 && gaps.last?.organisationsNotListed == 98)
        let sentences = FindingSentences(language: .en, network: network)
        #expect(
            sentences.message(gaps.last!)
                == "49 more groups (98 organisations) have no path to the main network either; the 10,000 largest are listed above, these are not listed one by one.")
        let json = try StructureOutput.json(gaps, sentences: sentences)
        #expect(json.contains("\"groupsNotListed\" : 49") && json.contains("\"organisationsNotListed\" : 98"))
    }

    @Test func controlCharactersInANetworkFileAreRefusedWithTheirField() {
        let yaml = "name: Net\norganisations:\n  - {id: a, name: \"Alpha\\0Beta\", type: nonprofit}\n  - {id: b, name: \"\\e]0;pwned\\a\", type: nonprofit}\n"
        do {
            _ = try NetworkLoader.network(yaml: yaml, file: "n.yaml")
            Issue.record("NUL and ESC were read as text")
        } catch {
            #expect(
                error.diagnostics.map(\.description) == [
                    "n.yaml:3: `name` holds a control character no one can see or type (\"Alpha\\u{0}Beta\"); delete it and type the text again",
                    "n.yaml:4: `name` holds a control character no one can see or type (\"\\u{1b}]0;pwned\\u{7}\"); delete it and type the text again",
                ])
        }
    }

    @Test func theYAMLHeaderCommentKeepsEveryTextOnItsLine() throws {
        let network = try NetworkLoader.network(yaml: "name: N\norganisations:\n  - {id: a, name: A, type: nonprofit}\n")
        let yaml = NetworkFileWriter.yaml(network, header: ["Written from x.csv\nexpectedSectors: [INJECTED]\r\u{2028}#"])
        #expect(yaml.hasPrefix("# Written from x.csv\\nexpectedSectors: [INJECTED]\\r\\u2028#\nname: "))
        #expect(try NetworkLoader.network(yaml: yaml).expectedSectors.isEmpty)
    }

    @Test func dotEscapingIsLinearAndKeepsBackslashesInsideTheString() {
        // 4 MB took 104 s when each piece's length was counted again for every character.
        let name = String(repeating: "Centre \\G \"d'accueil\" ", count: 200_000)
        for kind in [Escaping.DOTText.plain, .label, .tooltip] {
            let quoted = Escaping.dot(name, kind: kind, maxPiece: 8000)
            let pieces = quoted.components(separatedBy: "\" + \"")
            #expect(pieces.count > 500)
            // No piece is longer than the limit, and none ends in an odd run of backslashes
            // (which would escape its closing quote).
            for piece in pieces {
                #expect(piece.unicodeScalars.count <= 8002)
                let trailing = piece.reversed().prefix { $0 == "\\" }.count
                #expect(trailing % 2 == 0)
            }
        }
        #expect(Escaping.dot("a\\\"]; x [shape=box", kind: .plain, maxPiece: 8000) == "\"a\\\\\\\"]; x [shape=box\"")
        #expect(Escaping.dot("\\G", kind: .tooltip, maxPiece: 8000) == "\"\\\\\\\\G\"")
    }
}

/// The UTF-8 check that reads a large CSV (and a workbook's parts) as bytes decides as Swift's
/// own decoder does.
@Suite struct UTF8CheckTests {
    @Test func agreesWithTheStandardLibrary() {
        var generator = SystemRandomNumberGenerator()
        let pieces: [[UInt8]] = [
            Array("plain ascii, ".utf8), Array("é à ç ".utf8), Array("😀".utf8), [0xC0, 0x80], [0xE0, 0x80, 0x80], [0xED, 0xA0, 0x80],
            [0xF4, 0x90, 0x80, 0x80], [0xF0, 0x9F], [0x80], [0xFF], [0xC3], [0xE2, 0x82, 0xAC], [0xF0, 0x90, 0x80, 0x80], [0xEF, 0xBF, 0xBF],
        ]
        for _ in 0..<2000 {
            var bytes: [UInt8] = []
            for _ in 0..<Int.random(in: 0...6, using: &generator) { bytes += pieces.randomElement(using: &generator)! }
            let valid = String(validating: bytes, as: UTF8.self) != nil
            #expect(TextFile.isUTF8(bytes) == valid, "\(bytes)")
            // A workbook's part, checked in place: the same answer from a slice of a larger buffer.
            #expect(TextFile.isUTF8(Data([0x41] + bytes + [0x42]).dropFirst().dropLast()) == valid, "\(bytes)")
        }
        for piece in pieces { #expect(TextFile.isUTF8(piece) == (String(validating: piece, as: UTF8.self) != nil), "\(piece)") }
    }
}

/// Ids and name keys made from ASCII names by their bytes are the ones Foundation's folding made.
@Suite struct ImportKeyTests {
    static func foundationID(_ text: String) -> String {
        let folded = text.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
        var id = ""
        for scalar in folded.unicodeScalars {
            if scalar.isASCII, CharacterSet.alphanumerics.contains(scalar) || "._-".unicodeScalars.contains(scalar) {
                id.unicodeScalars.append(scalar)
            } else if scalar == " " || scalar == "'", !id.hasSuffix("-") {
                id += "-"
            }
        }
        let trimmed = id.trimmingCharacters(in: CharacterSet(charactersIn: "-"))
        return trimmed.isEmpty ? "org-1" : trimmed
    }

    static func foundationKey(_ name: String) -> String {
        let folded = name.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
        let suffixes: Set<String> = ["inc", "ltd", "ltee", "corp", "corporation", "limited", "the", "la", "le", "les", "l", "of", "de", "du", "des"]
        return folded.split { !$0.isLetter && !$0.isNumber }.map(String.init).filter { !suffixes.contains($0) }.joined(separator: " ")
    }

    @Test func asciiNamesGiveTheSameIdsAndKeys() {
        var generator = SystemRandomNumberGenerator()
        let alphabet = Array("abcXYZ019 '-_.&,/()\tInc Ltd The of".unicodeScalars)
        for _ in 0..<3000 {
            var name = ""
            for _ in 0..<Int.random(in: 0...24, using: &generator) { name.unicodeScalars.append(alphabet.randomElement(using: &generator)!) }
            #expect(suggestedID(name) == Self.foundationID(name), "\(name)")
            #expect(NameKey.of(name) == Self.foundationKey(name), "\(name)")
        }
        #expect(suggestedID("Centre d'Accueil Saint-Michel") == "centre-d-accueil-saint-michel")
        #expect(NameKey.of("The Dulverton Trust Ltd") == "dulverton trust")
    }
}
