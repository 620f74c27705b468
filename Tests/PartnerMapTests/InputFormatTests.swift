import Foundation
import PartnerMap
import Testing

/// One place recognises every input, by extension when it is telling and by content otherwise:
/// a DOT graph saved as `.txt`, a network file without an extension, GraphML saved as `.xml`.
@Suite struct InputFormatTests {
    static func recognised(_ text: String, named name: String) throws -> InputFormat? {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("format-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent(name)
        try Data(text.utf8).write(to: file)
        return InputFormat.recognise(path: file.path)
    }

    @Test func extensionsThatSayWhatAFileIs() throws {
        #expect(try Self.recognised("graph G { a -- b }\n", named: "g.gv") == .dot)
        #expect(try Self.recognised("organisations: []\n", named: "n.yml") == .yaml)
        #expect(try Self.recognised("{\"organisations\": []}", named: "n.json") == .json)
        #expect(try Self.recognised("<gexf/>", named: "n.gexf") == .gexf)
        #expect(try Self.recognised("a,b\n", named: "ties.csv") == .edgeList)
        #expect(try Self.recognised("PK\u{03}\u{04}", named: "members.xlsx") == .workbook)
        // .xls and .ods too, so that their reader can say how to save them as .xlsx.
        #expect(try Self.recognised("anything", named: "old.xls") == .workbook && Self.recognised("x", named: "calc.ods") == .workbook)
        // A workbook saved without its extension, by its ZIP signature.
        #expect(try Self.recognised("PK\u{03}\u{04}rest", named: "members") == .workbook)
        #expect(InputFormat.workbook.holdsNetwork && !InputFormat.graphML.holdsNetwork)
        let folder = FileManager.default.temporaryDirectory.path
        #expect(InputFormat.recognise(path: folder) == .csvFolder)
        #expect(InputFormat.recognise(path: folder + "/does-not-exist-\(UUID().uuidString).yaml") == nil)
    }

    @Test func contentWhereTheExtensionSaysNothing() throws {
        // Graphviz's own test graphs open with comments before the header.
        #expect(try Self.recognised("/* a comment */\n// another\n# a line\nStrict DiGraph \"G 1\" {\n a -> b\n}\n", named: "graph.txt") == .dot)
        #expect(try Self.recognised("digraph{a->b}", named: "export") == .dot)
        #expect(try Self.recognised("name: Réseau\norganisations:\n  - {id: a, name: A}\n", named: "reseau") == .yaml)
        #expect(try Self.recognised("\u{FEFF}<?xml version=\"1.0\"?>\n<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\"/>", named: "yed.xml") == .graphML)
        #expect(try Self.recognised("{\"name\": \"R\", \"organisations\": []}", named: "network.txt") == .json)
        // An edge list stays an edge list, even with names that look like keywords.
        #expect(try Self.recognised("graph,node\nnode,edge\n", named: "ties.csv") == .edgeList)
        #expect(try Self.recognised("graph digraph\n", named: "ties.txt") == .edgeList)
        // Nothing to go on: no extension and no mark.
        #expect(try Self.recognised("a b\n", named: "ties") == nil)
    }

    @Test func dotWithoutGraphvizSaysWhatToDo() throws {
        do {
            _ = try NetworkLoader.load(data: Data("graph { a -- b }".utf8), format: .dot, file: "g.dot")
            Issue.record("expected a failure")
        } catch {
            #expect(error.description.contains("g.dot: is a DOT file, which is read by Graphviz: load it with `dot: DOTReader.self`"), "\(error.description)")
        }
    }
}
