import CGraphviz

/// Facts about the Graphviz library PartnerMap renders through, for `--version` output and
/// bug reports.
public enum GraphvizLibrary {
    /// The version of libgvc linked into this program, for example "2.42.2".
    public static var version: String {
        guard let context = gvContext() else { return "unknown" }
        defer { gvFreeContext(context) }
        guard let text = gvcVersion(context) else { return "unknown" }
        return String(cString: text)
    }
}
