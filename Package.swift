// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "PartnerMap",
    platforms: [.macOS(.v14)],
    products: [
        .library(name: "PartnerMap", targets: ["PartnerMap"]),
        .library(name: "PartnerMapGraphviz", targets: ["PartnerMapGraphviz"]),
        .executable(name: "partnermap", targets: ["PartnerMapCLI"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
    ],
    targets: [
        .systemLibrary(
            name: "CGraphviz",
            pkgConfig: "libgvc",
            providers: [.apt(["libgraphviz-dev"])]
        ),
        // zlib's inflate for reading ZIP entries (workbooks, ZIPs of CSV files) with bounds.
        .systemLibrary(
            name: "CZlibInflate",
            pkgConfig: "zlib",
            providers: [.apt(["zlib1g-dev"])]
        ),
        .target(
            name: "PartnerMap",
            dependencies: [
                "CZlibInflate",
                .product(name: "Yams", package: "Yams"),
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ],
            // Compiled in (Resources/EmbeddedResources.swift) so that an installed binary stands alone.
            exclude: [
                "Resources/lexicon.tsv", "Resources/labels.tsv", "Resources/report.mustache", "Resources/report.css", "Resources/change-report.mustache",
                "Resources/welcoming-communities.tsv", "Resources/welcoming-communities-words.tsv",
            ]
        ),
        .target(
            name: "PartnerMapGraphviz",
            dependencies: ["PartnerMap", "CGraphviz"]
        ),
        // The workspace page (`partnermap serve`): a local HTTP server over the same analyses. Its
        // own target, so that the library does not depend on an HTTP server.
        .target(
            name: "PartnerMapServer",
            dependencies: [
                "PartnerMap",
                "PartnerMapGraphviz",
                .product(name: "Hummingbird", package: "hummingbird"),
            ],
            // Compiled in (Page/WorkspaceAssets.swift, by script/embed-resources.py): the page works offline.
            exclude: ["Page/workspace.html", "Page/workspace.js", "Page/workspace.css"]
        ),
        .executableTarget(
            name: "PartnerMapCLI",
            dependencies: [
                "PartnerMap",
                "PartnerMapGraphviz",
                "PartnerMapServer",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "LibraryUsage",
            dependencies: ["PartnerMap"],
            path: "Examples/LibraryUsage"
        ),
        .testTarget(
            name: "PartnerMapTests",
            dependencies: ["PartnerMap", .product(name: "ZIPFoundation", package: "ZIPFoundation")],
            exclude: ["Fixtures"]
        ),
        // The public API only: imports the libraries without @testable.
        .testTarget(name: "PartnerMapAPITests", dependencies: ["PartnerMap", "PartnerMapGraphviz"]),
        .testTarget(name: "PartnerMapGraphvizTests", dependencies: ["PartnerMapGraphviz"], exclude: ["Fixtures"]),
        .testTarget(
            name: "PartnerMapServerTests",
            dependencies: ["PartnerMapServer"]
        ),
        .testTarget(
            name: "PartnerMapCLITests",
            dependencies: ["PartnerMapCLI", "LibraryUsage"],
            exclude: ["Fixtures"]
        ),
    ]
)
