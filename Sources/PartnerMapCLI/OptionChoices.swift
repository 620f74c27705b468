import ArgumentParser
import PartnerMap

// The values options take, shared by several commands: `--format`, `--view`, `--groups`.

/// `--format` of the commands whose output is a table or JSON (`summary`).
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case table, json
}

/// `--view`: the collaboration graph or the funding graph.
enum ViewChoice: String, ExpressibleByArgument, CaseIterable {
    case collaboration, funding
}

/// `--format` of the commands that also write CSV.
enum ReportFormat: String, ExpressibleByArgument, CaseIterable {
    case table, json, csv
}

/// `--groups`: what brokerage roles count as a group.
enum GroupChoice: String, ExpressibleByArgument, CaseIterable {
    case sector, type, council
    var basis: NodeGroups.Basis { NodeGroups.Basis(rawValue: rawValue)! }
}
