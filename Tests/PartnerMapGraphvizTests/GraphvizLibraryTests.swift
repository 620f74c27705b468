import Testing

@testable import PartnerMapGraphviz

@Suite struct GraphvizLibraryTests {
    @Test func linksAGraphvizLibrary() {
        let version = GraphvizLibrary.version
        let parts = version.split(separator: ".")
        #expect(parts.count >= 2, "\(version)")
        #expect(Int(parts[0]) ?? 0 >= 2, "\(version)")
    }
}
