/// A styled graph ready to be written as DOT: nodes, edges and nested clusters, each with
/// attributes. Attribute names are fixed by PartnerMap's code (``DOTAttribute``); user
/// strings only ever appear as quoted values, so a name in a network file can never add or
/// change a Graphviz attribute.
public struct DOTGraph: Sendable, Hashable {
    public var name: String
    public var directed: Bool
    public var graphAttributes: [DOTAttribute: DOTValue] = [:]
    public var nodeDefaults: [DOTAttribute: DOTValue] = [:]
    public var edgeDefaults: [DOTAttribute: DOTValue] = [:]
    public var nodes: [Node] = []
    public var edges: [Edge] = []
    public var clusters: [Cluster] = []

    public init(name: String, directed: Bool) {
        self.name = name
        self.directed = directed
    }

    public struct Node: Sendable, Hashable {
        /// The DOT node name: a network id (letters, digits, `.`, `_`, `-`) or a generated one.
        public var id: String
        public var attributes: [DOTAttribute: DOTValue]
        public init(id: String, attributes: [DOTAttribute: DOTValue] = [:]) {
            self.id = id
            self.attributes = attributes
        }
    }

    public struct Edge: Sendable, Hashable {
        public var from: String
        public var to: String
        public var attributes: [DOTAttribute: DOTValue]
        public init(from: String, to: String, attributes: [DOTAttribute: DOTValue] = [:]) {
            self.from = from
            self.to = to
            self.attributes = attributes
        }
    }

    /// A box around nodes (`subgraph cluster_…`); clusters nest.
    public struct Cluster: Sendable, Hashable {
        /// Lowercase and unique in the graph; written as `cluster_<key>`.
        public var key: String
        public var attributes: [DOTAttribute: DOTValue]
        /// Node ids drawn inside this cluster (and not inside a sub-cluster).
        public var nodes: [String]
        public var clusters: [Cluster]
        public init(key: String, attributes: [DOTAttribute: DOTValue] = [:], nodes: [String] = [], clusters: [Cluster] = []) {
            self.key = key
            self.attributes = attributes
            self.nodes = nodes
            self.clusters = clusters
        }
    }
}

/// The Graphviz attributes PartnerMap sets. Only these names can appear in its DOT output.
public enum DOTAttribute: String, Sendable, Hashable, CaseIterable, Comparable {
    case bgcolor, center, charset, color, colorscheme, comment, dir, fillcolor, fixedsize, fontcolor, fontname, fontsize
    case height, id, label, labelloc, labeljust, layout, margin, nodesep, outputorder, overlap, pack, packmode
    case pad, penwidth, peripheries, rankdir, ranksep, ratio, shape, size, splines, start, style, tooltip, width
    case arrowhead, arrowsize, constraint, minlen, weight, xlabel, concentrate, newrank, compound
    case k = "K"
    case repulsiveforce, sep, esep, smoothing, beautify, quadtree, maxiter, mode, model

    public static func < (lhs: DOTAttribute, rhs: DOTAttribute) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// An attribute value: text from anywhere (always quoted and escaped), or a number or keyword
/// chosen by PartnerMap.
public enum DOTValue: Sendable, Hashable {
    /// Any text, user strings included: written quoted, every special character escaped.
    case text(String)
    /// A label, where a line break is wanted: like `text`, with newlines as centred breaks.
    case label(String)
    case number(Double)
    /// A keyword or colour PartnerMap chose (`box`, `#1f77b4`, `filled,dashed`).
    case keyword(StaticKeyword)
    /// Fixed output of PartnerMap's own code, such as a colour computed from a palette.
    case safe(SafeText)

    /// A keyword literal from PartnerMap's source code.
    public struct StaticKeyword: Sendable, Hashable, ExpressibleByStringLiteral {
        public let value: String
        public init(stringLiteral value: String) { self.value = value }
    }

    /// Text built by PartnerMap from its own vocabulary (palette colours, numbers), checked to
    /// hold only characters that are harmless in a quoted DOT string.
    public struct SafeText: Sendable, Hashable {
        public let value: String
        public init?(_ value: String) {
            guard value.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "#.,:;-_ ".contains($0)) }) else { return nil }
            self.value = value
        }
    }
}
