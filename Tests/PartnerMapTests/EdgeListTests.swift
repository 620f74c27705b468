import Foundation
import Testing

@testable import PartnerMap

@Suite struct EdgeListTests {
    @Test func readsWhitespaceCommasCommentsAndIsolates() throws {
        let text = """
            # a small network
            a b
            b,c,2.5
            c\td   # trailing comment
            e
            b a 4
            """
        let graph = try EdgeListReader.read(text, file: "g.edges", name: "g").get()
        #expect(graph.nodes == ["a", "b", "c", "d", "e"])
        #expect(graph.edges == [PlainEdge(0, 1, weight: 4), PlainEdge(1, 2, weight: 2.5), PlainEdge(2, 3)])
    }

    @Test func badLinesAreAllReported() {
        let text = "a b\nc c\nd e -1\nf g h i\nx y nan\n"
        switch EdgeListReader.read(text, file: "g.edges", name: "g") {
        case .success: Issue.record("expected failure")
        case .failure(let error):
            #expect(
                error.diagnostics.map(\.description) == [
                    "g.edges:2: a tie from \"c\" to itself; ties join two different nodes",
                    "g.edges:3: weight \"-1\" must be a positive number (a tie strength; 1 when left out)",
                    "g.edges:4: expected `source target [weight]`, found 4 values; put an id holding spaces or commas in double quotes, or separate the columns with tabs",
                    "g.edges:5: weight \"nan\" must be a positive number (a tie strength; 1 when left out)",
                ])
        }
    }

    @Test func lineEndingsAndDirectedDuplicates() throws {
        let graph = try EdgeListReader.read("a b 2\r\nb a 3\rc,a\n", file: "g", name: "g", directed: true).get()
        #expect(graph.nodes == ["a", "b", "c"])
        #expect(graph.edges == [PlainEdge(0, 1, weight: 2), PlainEdge(1, 0, weight: 3), PlainEdge(2, 0)])
    }

    @Test func emptyEdgeListIsRefused() {
        #expect(throws: NetworkLoadError.self) { try EdgeListReader.read("# nothing\n", file: "g.edges", name: "g").get() }
    }
}

/// Edge lists as spreadsheets and other tools write them: nothing read as a tie that is not one.
@Suite struct SpreadsheetEdgeListTests {
    static func graph(_ text: String, file: String = "g.csv") throws -> PlainGraph {
        try EdgeListReader.read(text, file: file, name: "g").get()
    }

    @Test func aHeaderRowIsNotATie() throws {
        for header in ["source,target", "Source,Target,Weight", "from to", "FROM;TO", "node1\tnode2"] {
            let separator = header.contains("\t") ? "\t" : (header.contains(";") ? ";" : (header.contains(",") ? "," : " "))
            let graph = try Self.graph(header + "\n" + ["a", "b"].joined(separator: separator) + "\n")
            #expect(graph.nodes == ["a", "b"], "\(header)")
            #expect(graph.edges.count == 1)
        }
        // A tie between organisations really called "from" and "to" on a later line stays a tie.
        let named = try Self.graph("a b\nfrom to\n")
        #expect(named.nodes == ["a", "b", "from", "to"])
    }

    @Test func quotedIDsHoldSeparatorsQuotesAndLineBreaks() throws {
        let graph = try Self.graph("\"Smith, Jones & Co\",\"The \"\"Hub\"\"\",2\n\"Two\nlines\";b\n")
        #expect(graph.nodes == ["Smith, Jones & Co", "The \"Hub\"", "Two\nlines", "b"])
        #expect(graph.edges.map(\.weight) == [2, 1])
    }

    @Test func tabSeparatedIDsHoldSpaces() throws {
        let graph = try Self.graph("Organisation A\tOrganisation B\t3\nOrganisation B\tC\n", file: "g.tsv")
        #expect(graph.nodes == ["Organisation A", "Organisation B", "C"])
        #expect(graph.edges.first?.weight == 3)
    }

    @Test func konectFilesWithTheirCommentsAndTimestamps() throws {
        let graph = try Self.graph("% sym unweighted\n% 3 3 3\n1 2 1 1234567\n2 3 1 1234568\n", file: "out.test")
        #expect(graph.nodes == ["1", "2", "3"] && graph.edges.count == 2)
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("konect-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: file, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: file) }
        try Data("% sym unweighted\n1 2\n".utf8).write(to: file.appendingPathComponent("out.karate"))
        #expect(InputFormat.recognise(path: file.appendingPathComponent("out.karate").path) == .edgeList)
    }

    @Test func utf16WithItsByteOrderMarkIsRead() throws {
        var data = Data([0xFF, 0xFE])
        data.append("source\ttarget\nécole\tB\n".data(using: .utf16LittleEndian)!)
        guard case .graph(let graph) = try NetworkLoader.load(data: data, format: .edgeList, file: "g.tsv") else {
            Issue.record("not read as a graph")
            return
        }
        #expect(graph.nodes == ["école", "B"])
    }
}

/// "école" typed with one character or with "e" and a combining accent is one node, in NFC,
/// and the reader says it met the second spelling.
@Suite struct UnicodeSpellingTests {
    @Test func twoSpellingsAreOneNodeAndSaidSo() throws {
        let composed = "\u{E9}cole"
        let decomposed = "e\u{301}cole"
        let read = try EdgeListReader.readWithWarnings("\(composed) a\n\(decomposed) b\n", file: "g.edges", name: "g").get()
        #expect(read.graph.nodes.count == 3)
        #expect(read.graph.nodes[0].utf8.elementsEqual(composed.utf8))
        #expect(read.graph.edges.count == 2)
        #expect(
            read.warnings.map(\.description) == [
                "g.edges: warning: 1 id was written with separate accents (\"\(composed)\"); each read as one node whichever way it is typed, in composed form (Unicode NFC)"
            ])
        let graph = ForeignGraph(nodes: [.init(id: decomposed, attributes: [:], line: 1)], edges: [.init(source: composed, target: "x", attributes: [:], line: 2)])
        #expect(graph.plainGraph(name: "g").nodes.map { Array($0.utf8) } == [Array(composed.utf8), Array("x".utf8)])
    }
}
