import Foundation
import Testing

#if canImport(FoundationXML)
    import FoundationXML
#endif

@Suite struct MapCLITests {
    static func folder() throws -> String {
        let path = NSTemporaryDirectory() + "partnermap-maps-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    @Test func rendersEveryViewAndFormat() throws {
        let out = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: out) }
        for (view, name) in [("partnerships", "p"), ("funding", "f"), ("overlap", "o"), ("ego:binam", "e")] {
            let output = try CLIRunner.run(["render", "Graphs/montreal-inclusif.yaml", "--view", view, "-o", "\(out)/\(name).svg"])
            #expect(output.status == 0, "\(view): \(output.stderr)")
            let data = try Data(contentsOf: URL(fileURLWithPath: "\(out)/\(name).svg"))
            #expect(XMLParser(data: data).parse(), "\(view)")
        }
        _ = try CLIRunner.run(["render", "Graphs/montreal-inclusif.yaml", "-o", "\(out)/m.png"])
        _ = try CLIRunner.run(["render", "Graphs/montreal-inclusif.yaml", "--format", "pdf", "-o", "\(out)/m.out"])
        #expect(try Data(contentsOf: URL(fileURLWithPath: "\(out)/m.png")).starts(with: [0x89, 0x50, 0x4E, 0x47]))
        #expect(try Data(contentsOf: URL(fileURLWithPath: "\(out)/m.out")).starts(with: Array("%PDF".utf8)))
    }

    @Test func rendersWithoutGraphvizConfiguration() throws {
        // An empty GVBINDIR: a plain gvContext() would fail with `Layout type: "dot" not recognized`.
        let out = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: out) }
        let empty = out + "/empty"
        try FileManager.default.createDirectory(atPath: empty, withIntermediateDirectories: true)
        let output = try CLIRunner.run(["render", "Graphs/ontario-lips.yaml", "-o", "\(out)/a.svg"], environment: ["GVBINDIR": empty])
        #expect(output.status == 0, "\(output.stderr)")
        #expect(output.stderr.isEmpty)
        #expect(String(decoding: try Data(contentsOf: URL(fileURLWithPath: "\(out)/a.svg")), as: UTF8.self).contains("Welcoming Communities"))
    }

    @Test func sameSVGBytesAcrossRuns() throws {
        let out = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: out) }
        for view in ["partnerships", "funding", "overlap"] {
            _ = try CLIRunner.run(["render", "Graphs/ontario-lips.yaml", "--view", view, "-o", "\(out)/1.svg"])
            _ = try CLIRunner.run(["render", "Graphs/ontario-lips.yaml", "--view", view, "-o", "\(out)/2.svg"])
            #expect(try Data(contentsOf: URL(fileURLWithPath: "\(out)/1.svg")) == Data(contentsOf: URL(fileURLWithPath: "\(out)/2.svg")), "\(view)")
        }
    }

    @Test func failureLeavesNoFile() throws {
        let out = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: out) }
        let output = try CLIRunner.run(["render", "Graphs/montreal-inclusif.yaml", "--view", "ego:binamm", "-o", "\(out)/x.svg"])
        #expect(output.status == 1)
        #expect(output.stderr.hasSuffix("\nno organisation has the id \"binamm\" (did you mean `binam`?)\n"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: out).isEmpty)
        let missingFolder = try CLIRunner.run(["render", "Graphs/montreal-inclusif.yaml", "-o", "\(out)/no/such/x.svg"])
        #expect(missingFolder.status == 1)
        #expect(missingFolder.stderr.contains("does not exist"))
        let badView = try CLIRunner.run(["render", "Graphs/montreal-inclusif.yaml", "--view", "roads", "-o", "\(out)/x.svg"])
        #expect(badView.status == 64)
    }

    @Test func exportFormatsAreWellFormed() throws {
        let dot = try CLIRunner.run(["export", "Graphs/london-middlesex-lip.yaml", "--format", "dot"])
        #expect(dot.status == 0)
        #expect(dot.stdout.hasPrefix("graph \"London & Middlesex Local Immigration Partnership\" {"))
        #expect(dot.stdout.contains("subgraph \"cluster_body_lmlip_council\""))
        for format in ["graphml", "gexf"] {
            let output = try CLIRunner.run(["export", "Graphs/london-middlesex-lip.yaml", "--format", format])
            #expect(output.status == 0)
            #expect(XMLParser(data: Data(output.stdout.utf8)).parse(), "\(format)")
            #expect(output.stdout.contains("betweenness"))
            #expect(output.stdout.contains("London &amp; Middlesex"))
        }
        let json = try CLIRunner.run(["export", "Graphs/london-middlesex-lip.yaml", "--format", "json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect((object["network"] as? [String: Any])?["name"] as? String == "London & Middlesex Local Immigration Partnership")
        #expect((object["analyses"] as? [String: Any])?["gaps"] != nil)
    }

    @Test func dotFilesAreInput() throws {
        let out = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: out) }
        try "graph g { a -- b [weight=2]; b -- c; c -- a; c -- d; e }".write(toFile: out + "/g.gv", atomically: true, encoding: .utf8)
        let output = try CLIRunner.run(["centrality", out + "/g.gv", "--measures", "degree,strength", "--format", "csv"])
        #expect(output.status == 0, "\(output.stderr)")
        #expect(output.stdout == "id,name,degree,strength\na,a,2.0,3.0\nb,b,2.0,3.0\nc,c,3.0,3.0\nd,d,1.0,1.0\ne,e,0.0,0.0\n")
        try "graph g { a -- }".write(toFile: out + "/bad.dot", atomically: true, encoding: .utf8)
        let bad = try CLIRunner.run(["summary", out + "/bad.dot"])
        #expect(bad.status == 1)
        #expect(bad.stderr.hasPrefix(out + "/bad.dot: not valid DOT: Graphviz could not read the DOT text:"), "\(bad.stderr)")
    }
}
