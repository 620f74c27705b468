// swift-tools-version: 6.0
// libFuzzer harnesses for every reader of PartnerMap. A package of its own, so that the main
// package's build never sees executables without a `main`. Built and run by `make fuzz`:
//   swift build --package-path Fuzz -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library
import PackageDescription

let harnesses = ["FuzzYAML", "FuzzYAMLPieces", "FuzzJSON", "FuzzCSVFolder", "FuzzEdgeList", "FuzzDOT", "FuzzAmount", "FuzzImport", "FuzzXMLGraph", "FuzzWorkbook", "FuzzEditor"]

let package = Package(
    name: "PartnerMapFuzz",
    dependencies: [
        .package(name: "PartnerMap", path: ".."),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
    ],
    targets: harnesses.map { name in
        .executableTarget(
            name: name,
            dependencies: [
                .product(name: "PartnerMap", package: "PartnerMap"),
                .product(name: "PartnerMapGraphviz", package: "PartnerMap"),
            ] + (name == "FuzzWorkbook" ? [.product(name: "ZIPFoundation", package: "ZIPFoundation")] : [])
        )
    }
)
