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
            #expect(error.diagnostics.map(\.description) == [
                "g.edges:2: a tie from \"c\" to itself; ties join two different nodes",
                "g.edges:3: weight \"-1\" must be a positive number (a tie strength; 1 when left out)",
                "g.edges:4: expected `source target [weight]`, found 4 values; ids cannot hold spaces or commas",
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
