// Using PartnerMap as a library: everything the `partnermap` command does is a few lines.
//
//   swift run LibraryUsage Graphs/ontario-lips.yaml
import Foundation
import PartnerMap

let path = CommandLine.arguments.dropFirst().first ?? "Graphs/montreal-inclusif.yaml"

// 1. Load and validate a network file (YAML, JSON, a folder of CSV files or an Excel workbook
//    with a sheet per section).
let network: Network
do {
    network = try NetworkLoader.loadNetwork(path: path)
} catch {
    // Every problem, one `file:line: what is wrong` per line.
    FileHandle.standardError.write(Data((error.description + "\n").utf8))
    exit(1)
}

// 2. Summarise it.
let summary = NetworkSummary(network)
print("\(network.name): \(summary.organisations) organisations, \(summary.projects) projects, density \(NumberFormat.decimal(summary.density))")

// 3. Build the collaboration view and walk it: here, who has the most ties.
let graph = CollaborationView.graph(of: network)
let mostConnected = (0..<graph.nodeCount).max { (graph.degree(of: $0), $1) < (graph.degree(of: $1), $0) }
if let node = mostConnected {
    print("most connected: \(graph.nodeIDs[node]) (\(graph.degree(of: node)) ties)")
}

// 4. Follow the money.
for funder in summary.funders {
    print("\(funder.name) gives \(NumberFormat.amount(funder.total)) \(funder.currency) in \(funder.flows) flow\(funder.flows == 1 ? "" : "s")")
}

// 5. What is missing: the gaps `partnermap gaps` lists, counted by kind.
let gaps = GapFinder(network).gaps
for kind in Gap.Kind.allCases {
    let count = gaps.filter { $0.kind == kind }.count
    if count > 0 { print("gaps: \(count) \(kind.rawValue)") }
}
