import Foundation
import Testing

@testable import PartnerMap
@testable import PartnerMapGraphviz

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// DOT that Graphviz reads back exactly, hostile names that stay text, and rendered files.
@Suite(.serialized) struct MapRenderingTests {
    static let graphs = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Graphs").path

    /// What Graphviz's label processing makes of an escaped label: `\\` is a backslash, `\n` a line break.
    static func unescapeLabel(_ text: String) -> String {
        var result = ""
        var escape = false
        for character in text {
            if escape {
                result.append(character == "n" ? "\n" : character)
                escape = false
            } else if character == "\\" {
                escape = true
            } else if character != "\u{200B}" {
                result.append(character)
            }
        }
        return result
    }

    static let hostileNames = [
        "Le \"Centre\" d'accueil", "C:\\new\\folder", "back\\", "[shape=box] bracket", "line one\nline two",
        "<script>alert(1)</script>", "<b>bold</b> & <i>html</i>", "Intégration à Montréal — œuvre", "node", "edge", "graph",
        "digraph", "subgraph", "strict", "a\"]; evil [shape=box", "label=\"x\"", String(repeating: "long ", count: 5000),
    ]

    static func hostileNetwork() throws -> Network {
        var organisations = ""
        for (index, name) in hostileNames.enumerated() {
            let escaped = name.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"").replacingOccurrences(of: "\n", with: "\\n")
            organisations += "  - {id: org-\(index), name: \"\(escaped)\", type: nonprofit, sectors: [\"\(escaped)\"]}\n"
        }
        organisations += "  - {id: node, name: Council \"keyword\", type: council}\n"
        var partnerships = ""
        for index in 1..<hostileNames.count { partnerships += "  - {organisations: [org-0, org-\(index)], type: \"x\\\"];\"}\n" }
        return try NetworkLoader.network(
            yaml: "name: \"Hostile <names> & \\\"quotes\\\"\"\norganisations:\n" + organisations
                + "partnerships:\n" + partnerships + "memberships:\n  - {organisation: org-1, body: node}\n  - {organisation: org-2, body: node}\n")
    }

    @Test func exportedDOTReadsBackWithTheSameNodesEdgesLabelsAndClusters() throws {
        let network = try Self.hostileNetwork()
        let dot = try NetworkMap.dot(network, view: .partnerships)
        let text = DOTWriter.write(dot)
        let parsed = try DOTReader.parse(text)
        #expect(Set(parsed.nodes.map(\.name)) == Set(dot.nodes.map(\.id)))
        #expect(parsed.edges.count == dot.edges.count)
        for node in dot.nodes {
            guard case .label(let expected)? = node.attributes[.label] else { continue }
            let parsedNode = try #require(parsed.nodes.first { $0.name == node.id })
            #expect(Self.unescapeLabel(parsedNode.attributes["label"] ?? "") == expected, "\(node.id)")
            // No user string added an attribute PartnerMap does not write.
            #expect(Set(parsedNode.attributes.keys).isSubset(of: Set(DOTAttribute.allCases.map(\.rawValue))), "\(parsedNode.attributes.keys)")
        }
        for (index, name) in Self.hostileNames.enumerated() {
            let parsedNode = try #require(parsed.nodes.first { $0.name == "org-\(index)" })
            let wrapped = NetworkMap.wrap(name)
            #expect(Self.unescapeLabel(parsedNode.attributes["label"] ?? "") == wrapped)
            #expect(parsedNode.attributes["shape"] == "ellipse")
        }
        let clusterNames = parsed.subgraphs.map(\.name)
        #expect(clusterNames.contains("cluster_body_node"))
        #expect(clusterNames.contains("cluster_legend"))
        let council = try #require(parsed.subgraphs.first { $0.name == "cluster_body_node" })
        #expect(Set(council.nodes) == ["node", "org-1", "org-2"])
        #expect(Self.unescapeLabel(council.attributes["label"] ?? "") == "Council \"keyword\"")
    }

    @Test func longStringsAreSplitAndStillReadBack() throws {
        let long = String(repeating: "é\"\\x", count: 9000)
        var graph = DOTGraph(name: "g", directed: false)
        graph.nodes = [DOTGraph.Node(id: "a", attributes: [.label: .label(long), .tooltip: .label(long)])]
        let text = DOTWriter.write(graph)
        #expect(text.contains("\" + \""))
        let parsed = try DOTReader.parse(text)
        #expect(Self.unescapeLabel(parsed.nodes[0].attributes["label"] ?? "") == long)
    }

    @Test func sameInputSameDOTBytes() throws {
        let network = try NetworkLoader.loadNetwork(path: Self.graphs + "/ontario-lips.yaml")
        for view in [NetworkMap.View.partnerships, .funding, .overlap, .ego("wci")] {
            let first = DOTWriter.write(try NetworkMap.dot(network, view: view))
            let second = DOTWriter.write(try NetworkMap.dot(try NetworkLoader.loadNetwork(path: Self.graphs + "/ontario-lips.yaml"), view: view))
            #expect(first == second)
        }
    }

    @Test func svgIsWellFormedHoldsEveryLabelAndRepeats() throws {
        let network = try Self.hostileNetwork()
        let text = DOTWriter.write(try NetworkMap.dot(network, view: .partnerships))
        let renderer = try GraphvizRenderer.shared()
        let svg = try renderer.render(dot: text, format: .svg)
        let parser = XMLParser(data: svg)
        #expect(parser.parse(), "\(parser.parserError.map { "\($0)" } ?? "")")
        let document = String(decoding: svg, as: UTF8.self)
        #expect(!document.contains("<script>"))
        #expect(document.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        for line in ["Intégration à Montréal — œuvre", "[shape=box] bracket", "C:\\new\\folder"] {
            #expect(document.contains(line), "\(line)")
        }
        #expect(try renderer.render(dot: text, format: .svg) == svg)
    }

    @Test func graphvizEscapesInANameStayText() throws {
        // Graphviz expands \G, \N and \E to the graph's, node's and edge's names in labels and
        // tooltips; a name holding them must show them as written, on the map and in its tooltip.
        let network = try NetworkLoader.network(
            yaml: """
                name: Secret network name
                organisations:
                  - {id: a, name: "Shows \\\\G and \\\\N and \\\\E", type: nonprofit}
                  - {id: b, name: "Ends in a backslash \\\\", type: nonprofit}
                partnerships:
                  - {organisations: [a, b]}
                """)
        #expect(network.organisations[0].name == "Shows \\G and \\N and \\E")
        let svg = String(decoding: try GraphvizRenderer.shared().render(dot: DOTWriter.write(try NetworkMap.dot(network, view: .partnerships)), format: .svg), as: UTF8.self)
        #expect(!svg.contains("Shows Secret") && !svg.contains("and a and"))
        #expect(svg.contains(">Shows \\G and \\N and \\E</text>"), "\(svg)")
        #expect(svg.contains("xlink:title=\"Shows \\G and \\N and \\E"), "\(svg)")
        #expect(svg.contains("Ends in a backslash \\"))
    }

    /// Text as Graphviz's SVG writer escapes it.
    static func svgText(_ text: String) -> String {
        var out = ""
        for character in text {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            case "-": out += "&#45;"
            default: out.append(character)
            }
        }
        return out
    }

    @Test(arguments: ["montreal-inclusif", "london-middlesex-lip", "ontario-lips", "allies-learning-exchange"])
    func svgHoldsEveryLabel(_ name: String) throws {
        let network = try NetworkLoader.loadNetwork(path: Self.graphs + "/\(name).yaml")
        let graph = try NetworkMap.dot(network, view: .partnerships)
        let svg = String(decoding: try GraphvizRenderer.shared().render(dot: DOTWriter.write(graph), format: .svg), as: UTF8.self)
        #expect(XMLParser(data: Data(svg.utf8)).parse())
        var checked = 0
        for node in graph.nodes {
            guard case .label(let label)? = node.attributes[.label], !label.isEmpty else { continue }
            for line in label.split(separator: "\n") {
                #expect(svg.contains(">" + Self.svgText(String(line)) + "</text>"), "\(name): \(line)")
                checked += 1
            }
        }
        #expect(checked >= network.organisations.count)
    }

    @Test func pngAndPDFStartWithTheirMagicBytes() throws {
        let network = try NetworkLoader.loadNetwork(path: Self.graphs + "/montreal-inclusif.yaml")
        let text = DOTWriter.write(try NetworkMap.dot(network, view: .funding))
        let renderer = try GraphvizRenderer.shared()
        #expect(try renderer.render(dot: text, format: .png).starts(with: [0x89, 0x50, 0x4E, 0x47]))
        #expect(try renderer.render(dot: text, format: .pdf).starts(with: Array("%PDF".utf8)))
        let plain = String(decoding: try renderer.render(dot: text, format: .plain), as: UTF8.self)
        #expect(plain.hasPrefix("graph "))
    }

    @Test(arguments: GraphvizRenderer.Engine.allCases)
    func everyEngineLaysOut(_ engine: GraphvizRenderer.Engine) throws {
        let network = try NetworkLoader.loadNetwork(path: Self.graphs + "/allies-learning-exchange.yaml")
        let text = DOTWriter.write(try NetworkMap.dot(network, view: .funding))
        let svg = try GraphvizRenderer.shared().render(dot: text, engine: engine, format: .svg)
        #expect(String(decoding: svg, as: UTF8.self).contains("Maytree"))
    }

    @Test func syntaxErrorsCarryGraphvizsMessage() throws {
        do {
            _ = try GraphvizRenderer.shared().render(dot: "graph { a -- ; }", format: .svg)
            Issue.record("expected a syntax error")
        } catch {
            guard case .syntax(let message) = error else {
                Issue.record("\(error)")
                return
            }
            #expect(message.contains("syntax error"), "\(message)")
        }
        // The renderer is still usable after an error.
        #expect(try GraphvizRenderer.shared().render(dot: "graph { a -- b }", format: .svg).count > 100)
    }

    @Test func unknownEgoIsAnError() throws {
        let network = try NetworkLoader.loadNetwork(path: Self.graphs + "/montreal-inclusif.yaml")
        #expect(throws: NetworkMap.Failure.self) { try NetworkMap.dot(network, view: .ego("binamm")) }
    }
}
