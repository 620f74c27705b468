/// A styled graph ready to be written as DOT: nodes, edges and nested clusters, each with
/// attributes. Attribute names are fixed by PartnerMap's code (``DOTAttribute``); user
/// strings only ever appear as quoted values, so a name in a network file can never add or
/// change a Graphviz attribute.
public struct DOTGraph: Sendable, Hashable {
    /// The graph's name, written quoted.
    public var name: String
    /// `digraph` when true, `graph` otherwise.
    public var directed: Bool
    /// Attributes of the whole graph (`graph [...]`).
    public var graphAttributes: [DOTAttribute: DOTValue] = [:]
    /// Attributes every node starts with (`node [...]`).
    public var nodeDefaults: [DOTAttribute: DOTValue] = [:]
    /// Attributes every edge starts with (`edge [...]`).
    public var edgeDefaults: [DOTAttribute: DOTValue] = [:]
    /// Nodes outside any cluster, and the attributes of every node.
    public var nodes: [Node] = []
    /// The edges, in the order written.
    public var edges: [Edge] = []
    /// The boxes drawn around groups of nodes.
    public var clusters: [Cluster] = []

    /// An empty graph.
    public init(name: String, directed: Bool) {
        self.name = name
        self.directed = directed
    }

    /// A node and its attributes.
    public struct Node: Sendable, Hashable {
        /// The DOT node name: a network id (letters, digits, `.`, `_`, `-`) or a generated one.
        public var id: String
        /// Its attributes, over the node defaults.
        public var attributes: [DOTAttribute: DOTValue]
        /// A node; each parameter is the property of the same name.
        public init(id: String, attributes: [DOTAttribute: DOTValue] = [:]) {
            self.id = id
            self.attributes = attributes
        }
    }

    /// An edge and its attributes.
    public struct Edge: Sendable, Hashable {
        /// The node it leaves.
        public var from: String
        /// The node it reaches.
        public var to: String
        /// Its attributes, over the edge defaults.
        public var attributes: [DOTAttribute: DOTValue]
        /// An edge; each parameter is the property of the same name.
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
        /// Its attributes (label, colour, style).
        public var attributes: [DOTAttribute: DOTValue]
        /// Node ids drawn inside this cluster (and not inside a sub-cluster).
        public var nodes: [String]
        /// Clusters drawn inside this one.
        public var clusters: [Cluster]
        /// A cluster; each parameter is the property of the same name.
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

    /// By name, the order DOT output writes attributes in.
    public static func < (lhs: DOTAttribute, rhs: DOTAttribute) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// An attribute value: text from anywhere (always quoted and escaped), or a number or keyword
/// chosen by PartnerMap.
public enum DOTValue: Sendable, Hashable {
    /// Any text, user strings included: written quoted, every special character escaped.
    case text(String)
    /// A label, where a line break is wanted: like `text`, with newlines as centred breaks.
    case label(String)
    /// A number, written as DOT reads it.
    case number(Double)
    /// A keyword or colour PartnerMap chose (`box`, `#1f77b4`, `filled,dashed`).
    case keyword(StaticKeyword)
    /// Fixed output of PartnerMap's own code, such as a colour computed from a palette.
    case safe(SafeText)

    /// A keyword literal from PartnerMap's source code.
    public struct StaticKeyword: Sendable, Hashable, ExpressibleByStringLiteral {
        /// The keyword as written.
        public let value: String
        /// A keyword from a string literal in PartnerMap's code.
        public init(stringLiteral value: String) { self.value = value }
    }

    /// Text built by PartnerMap from its own vocabulary (palette colours, numbers), checked to
    /// hold only characters that are harmless in a quoted DOT string.
    public struct SafeText: Sendable, Hashable {
        /// The text as written.
        public let value: String
        /// The text, or `nil` when it holds a character outside letters, digits and `#.,:;-_ `.
        public init?(_ value: String) {
            guard value.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "#.,:;-_ ".contains($0)) }) else { return nil }
            self.value = value
        }
    }
}
