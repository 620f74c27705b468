import Foundation
import Testing
import ZIPFoundation

@testable import PartnerMap

/// Every input the fuzzers were seeded with, and every input that ever crashed a reader
/// (`Fuzz/Regressions/HARNESS-NAME`), goes through the same reader here: loaded or refused with
/// diagnostics, never a crash.
@Suite struct FuzzRegressionTests {
    static let fuzz = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Fuzz").path

    /// (harness, file path) for every seed and every kept crash.
    static var inputs: [String] {
        var paths: [String] = []
        let manager = FileManager.default
        for harness in ["FuzzYAML", "FuzzYAMLPieces", "FuzzJSON", "FuzzCSVFolder", "FuzzEdgeList", "FuzzAmount", "FuzzImport", "FuzzXMLGraph", "FuzzWorkbook", "FuzzEditor"] {
            let folder = fuzz + "/Corpus/" + harness
            for name in ((try? manager.contentsOfDirectory(atPath: folder)) ?? []).sorted() { paths.append("Corpus/\(harness)/\(name)") }
        }
        let regressions = fuzz + "/Regressions"
        for name in ((try? manager.contentsOfDirectory(atPath: regressions)) ?? []).sorted() where !name.hasPrefix("FuzzDOT") {
            paths.append("Regressions/" + name)
        }
        return paths
    }

    @Test func thereAreSeedsForEveryHarness() {
        for harness in [
            "FuzzYAML", "FuzzYAMLPieces", "FuzzJSON", "FuzzCSVFolder", "FuzzEdgeList", "FuzzAmount", "FuzzDOT", "FuzzImport", "FuzzXMLGraph", "FuzzWorkbook", "FuzzEditor",
        ] {
            let seeds = (try? FileManager.default.contentsOfDirectory(atPath: Self.fuzz + "/Corpus/" + harness)) ?? []
            #expect(!seeds.isEmpty, "\(harness) has no seed")
        }
    }

    @Test(arguments: inputs)
    func readerSurvives(_ input: String) throws {
        let data = try Data(contentsOf: URL(fileURLWithPath: Self.fuzz + "/" + input))
        let harness = input.split(separator: "/")[1].split(separator: "-")[0]
        switch harness {
        case "FuzzYAML": Self.network(try? NetworkLoader.load(data: data, format: .yaml, file: "fuzz.yaml"))
        case "FuzzYAMLPieces":
            // Read in pieces, the file gives what it gives read whole.
            guard case .success(var text) = TextFile.decode(data, file: "fuzz.yaml"),
                let pieces = YAMLSectionChunks.read(&text, file: "fuzz.yaml", minimumBytes: 0, pieceBytes: 1)
            else { return }
            let document = try YAMLDocumentReader.read(text, file: "fuzz.yaml", format: .yaml).get()
            let (fromPieces, piecesWarnings) = NetworkBuilder.buildWithWarnings(pieces, defaultName: "fuzz")
            let (fromWhole, wholeWarnings) = NetworkBuilder.buildWithWarnings(document, defaultName: "fuzz")
            #expect((try? fromPieces.get()) == (try? fromWhole.get()))
            #expect(fromPieces.failureDiagnostics == fromWhole.failureDiagnostics)
            #expect(piecesWarnings == wholeWarnings)
        case "FuzzJSON": Self.network(try? NetworkLoader.load(data: data, format: .json, file: "fuzz.json"))
        case "FuzzEditor":
            // The first byte picks the syntax (and, in the harness, the edit); every section's
            // first entry, sent back as it is, leaves the bytes as they were, and its removal, when
            // the result loads, removes one entry.
            guard let first = data.first else { return }
            let syntax: NetworkFileEditor.Syntax = first & 1 == 0 ? .yaml : .json
            let text = String(decoding: data.dropFirst(), as: UTF8.self)
            let load = { (text: String) in syntax == .yaml ? try? NetworkLoader.network(yaml: text) : try? NetworkLoader.network(json: text) }
            guard let network = load(text) else { return }
            for section in NetworkSection.allCases where section.count(in: network) > 0 {
                var fields: [String: EditValue] = [:]
                for field in NetworkFileWriter.fields(of: section, at: 0, in: network) { fields[field.name] = field.value?.editValue }
                if let same = try? NetworkFileEditor.apply(EntryEdit(action: .change, section: section, position: 0, fields: fields), to: text, syntax: syntax, network: network) {
                    #expect(same.text == text)
                }
                if let removed = try? NetworkFileEditor.apply(EntryEdit(action: .remove, section: section, position: 0), to: text, syntax: syntax, network: network),
                    let after = load(removed.text)
                {
                    #expect(section.count(in: after) == section.count(in: network) - 1)
                }
            }
        case "FuzzCSVFolder":
            let sections = ["organisations", "partnerships", "projects", "memberships", "funding", "priorities", "sources", "network"]
            var contents: [String: Data] = [:]
            for (index, part) in data.split(separator: 0xFF, omittingEmptySubsequences: false).prefix(sections.count).enumerated() {
                contents[sections[index] + ".csv"] = Data(part)
            }
            if let network = try? NetworkLoader.loadCSVFolder(contents: contents, folder: "fuzz") { Self.network(.network(network)) }
        case "FuzzEdgeList":
            for directed in [false, true] {
                if case .graph(let plain)? = try? NetworkLoader.load(data: data, format: .edgeList, directed: directed) { _ = Graph(plain) }
            }
        case "FuzzAmount":
            let text = String(decoding: data, as: UTF8.self)
            if case .success(let reading) = AmountText.read(text) { #expect(reading.value.isFinite) }
            _ = YearMonth(parsing: text)
            _ = YearMonth.fiscalYear(parsing: text)
        case "FuzzXMLGraph":
            for dialect in [XMLGraphReader.Dialect.graphML, .gexf] {
                if case .success(let graph) = XMLGraphReader.read(data, file: "fuzz.xml", dialect: dialect) { _ = Graph(graph.plainGraph(name: "fuzz")) }
            }
        case "FuzzImport":
            let parts = data.split(separator: 0xFF, maxSplits: 1, omittingEmptySubsequences: false).map { String(decoding: $0, as: UTF8.self) }
            let text = String(decoding: data, as: UTF8.self)
            var results: [ImportResult] = []
            if parts.count == 2, let survey = try? PartnerSurveyImporter.read(rosterText: parts[0], responsesText: parts[1]) { results.append(survey) }
            if let grants = try? CanadaGrantsImporter.read(text: text) { results.append(grants) }
            if let csv = try? ThreeSixtyGivingImporter.readCSV(text: text) { results.append(csv) }
            if let json = try? ThreeSixtyGivingImporter.readJSON(text: text) { results.append(json) }
            #expect(!results.isEmpty || input.hasPrefix("Regressions/"), "the seed \(input) imports as nothing")
            for result in results {
                #expect(throws: Never.self) { try NetworkLoader.network(yaml: NetworkFileWriter.yaml(result.network)) }
            }
        case "FuzzWorkbook":
            // As the harness packs them: a ZIP as it is, a raw deflate stream (0xFE first) as the
            // sheet's part, or the parts themselves.
            let workbook =
                data.starts(with: [0x50, 0x4B])
                ? data
                : data.first == 0xFE
                    ? HandMadeZip.workbook(
                        sheets: [("organisations", "worksheets/sheet1.xml")],
                        parts: [.deflated("xl/worksheets/sheet1.xml", stream: data.dropFirst(), claiming: Data(count: 4096))])
                    : try Self.packed(parts: data)
            if case .success(let read) = Workbook.read(data: workbook, file: "fuzz.xlsx") { _ = try? ImportTables.read(workbook: read).format }
            if let network = try? NetworkLoader.loadWorkbook(data: workbook, file: "fuzz.xlsx") { Self.network(.network(network)) }
        default:
            Issue.record("no harness named \(harness)")
        }
    }

    /// FuzzWorkbook's input that is not a ZIP: a sheet's XML, the shared strings, the styles and
    /// the workbook part, NUL-separated, packed into a workbook as the harness packs them.
    static func packed(parts data: Data) throws -> Data {
        let parts = data.split(separator: 0, maxSplits: 3, omittingEmptySubsequences: false).map { Data($0) }
        let relationships = Data(
            """
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
            <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>\
            <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>\
            <Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="/xl/styles.xml"/>\
            </Relationships>
            """.utf8)
        let workbook = Data(
            """
            <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><workbookPr date1904="0"/><sheets><sheet name="organisations" sheetId="1" r:id="rId1"/></sheets></workbook>
            """.utf8)
        var entries: [(String, Data)] = [
            ("xl/workbook.xml", parts.count > 3 ? parts[3] : workbook), ("xl/_rels/workbook.xml.rels", relationships),
            ("xl/worksheets/sheet1.xml", parts[0]),
        ]
        if parts.count > 1 { entries.append(("xl/sharedStrings.xml", parts[1])) }
        if parts.count > 2 { entries.append(("xl/styles.xml", parts[2])) }
        let archive = try Archive(data: Data(), accessMode: .create)
        for (path, bytes) in entries {
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(bytes.count), compressionMethod: .none) { position, size in
                bytes.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        return archive.data ?? Data()
    }

    static func network(_ input: NetworkLoader.Input?) {
        guard case .network(let network)? = input else { return }
        _ = CollaborationView.graph(of: network)
        _ = FundingView.graph(of: network)
    }
}

extension Result where Failure == NetworkLoadError {
    /// The problems of a failed load; none for a network.
    fileprivate var failureDiagnostics: [Diagnostic] {
        guard case .failure(let error) = self else { return [] }
        return error.diagnostics
    }
}
