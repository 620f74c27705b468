/// Colours, shapes and sizes shared by every map, chosen for legibility: pastel fills
/// (ColorBrewer Set3) under black text, one shape per organisation type.
public enum MapStyle {
    /// Fill colours for sectors and groups, in order of use.
    public static let palette = [
        "#8dd3c7", "#ffffb3", "#bebada", "#fb8072", "#80b1d3", "#fdb462",
        "#b3de69", "#fccde5", "#bc80bd", "#ccebc5", "#ffed6f", "#d9d9d9",
    ]
    /// Text and ties the file marks illustrative (not from a source): purple, as the report's tag.
    public static let illustrativeText: DOTValue.StaticKeyword = "#6a3d9a"
    /// The colour of ties the file marks illustrative.
    public static let illustrativeTie: DOTValue.StaticKeyword = "#a584c9"

    /// Strong colours for borders and edges (Okabe–Ito), readable on white.
    public static let strong = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#999999", "#000000"]
    /// The font every map uses.
    public static let fontName: DOTValue.StaticKeyword = "Helvetica"
    /// Above this many nodes a map switches to sfdp, drops edge curves and labels only the
    /// most central nodes.
    public static let largeGraph = 300
    /// Funder–recipient relations a funding map draws at most: the largest, when there are more.
    public static let largestFundingMap = 2_000

    /// The fill colour of the sector at this index of the palette.
    public static func fill(_ index: Int) -> DOTValue { .safe(DOTValue.SafeText(palette[index % palette.count])!) }
    /// The stronger shade of the same colour, for borders.
    public static func strongColour(_ index: Int) -> DOTValue { .safe(DOTValue.SafeText(strong[index % strong.count])!) }

    /// The node shape of an organisation type.
    public static func shape(for type: OrganisationType) -> DOTValue.StaticKeyword {
        switch type {
        case .municipal: "box"
        case .provincial: "box3d"
        case .federal: "house"
        case .nonprofit: "ellipse"
        case .funder: "diamond"
        case .university: "hexagon"
        case .employer: "octagon"
        case .schoolBoard: "trapezium"
        case .health: "parallelogram"
        case .council, .network: "doubleoctagon"
        case .other: "egg"
        }
    }

    /// Graph attributes for a readable map at any size: dot or neato for small graphs, sfdp
    /// with overlap removal and straight edges above ``largeGraph`` nodes (curved splines take
    /// minutes at 2,000 nodes), a fixed `start` seed so force-directed layouts repeat.
    public static func layout(nodes: Int, directed: Bool, preferred: DOTValue.StaticKeyword) -> [DOTAttribute: DOTValue] {
        var attributes: [DOTAttribute: DOTValue] = [
            .fontname: .keyword(fontName), .fontsize: .number(12), .start: .number(1), .pad: .number(0.3),
            .outputorder: .keyword("edgesfirst"), .charset: .keyword("UTF-8"),
        ]
        if nodes > largeGraph {
            attributes[.layout] = .keyword("sfdp")
            attributes[.overlap] = .keyword("prism")
            attributes[.splines] = .keyword("false")
            attributes[.k] = .number(0.6)
        } else {
            attributes[.layout] = .keyword(preferred)
            attributes[.overlap] = .keyword("false")
            attributes[.splines] = .keyword("true")
            attributes[.sep] = .keyword("+6")
        }
        return attributes
    }

    /// Edge width from a tie strength or a share, between 0.6 and 5 points.
    public static func width(_ value: Double, max: Double) -> DOTValue {
        guard max > 0 else { return .number(1) }
        return .number(0.6 + 4.4 * (value / max).squareRoot())
    }
}
