/// How evenly money is spread across the organisations that receive it.
///
/// Recipients are the final ones: money to a project counts for its lead organisation, and an
/// organisation that passes funding on (an intermediary such as a municipal office granting a
/// programme) is not a recipient. Currencies are not converted.
public struct FundingConcentration: Sendable {
    /// Recipient organisation ids and their totals, largest first.
    public let recipients: [(id: String, amount: Double)]
    /// Gini coefficient of the totals: 0 when all receive the same, towards 1 when one takes all.
    public let gini: Double
    /// Herfindahl–Hirschman index: Σ share², 1/n when even, 1 when one recipient takes all.
    public let herfindahl: Double
    /// Share of the largest recipient.
    public let topShare: Double

    /// The concentration of a network's funding.
    public init(_ network: Network) {
        let totals = Self.receivedByOrganisation(network)
        let funders = Set(network.funding.map(\.from))
        let final = totals.filter { !funders.contains($0.key) && $0.value > 0 }
        recipients = final.map { (id: $0.key, amount: $0.value) }.sorted { $0.amount != $1.amount ? $0.amount > $1.amount : $0.id < $1.id }
        let amounts = recipients.map(\.amount)
        let sum = amounts.reduce(0, +)
        guard sum > 0 else {
            gini = 0
            herfindahl = 0
            topShare = 0
            return
        }
        herfindahl = amounts.reduce(0) { $0 + ($1 / sum) * ($1 / sum) }
        topShare = amounts[0] / sum
        // Gini from the ascending order: Σ (2i − n − 1) x_i / (n Σ x).
        let ascending = amounts.sorted()
        let n = Double(ascending.count)
        var weighted = 0.0
        for (i, x) in ascending.enumerated() { weighted += (2 * Double(i + 1) - n - 1) * x }
        gini = weighted / (n * sum)
    }

    /// Money received by each organisation, project funding counted for the project's lead.
    static func receivedByOrganisation(_ network: Network) -> [String: Double] {
        var lead: [String: String] = [:]
        for project in network.projects { lead[project.id] = project.lead }
        var totals: [String: Double] = [:]
        for flow in network.funding {
            let recipient = lead[flow.to] ?? flow.to
            totals[recipient, default: 0] += flow.amount
        }
        return totals
    }

    /// For each organisation, the share of its funding that comes from its main funder.
    static func mainFunderShares(_ network: Network) -> [(organisation: String, funder: String, share: Double, total: Double)] {
        var lead: [String: String] = [:]
        for project in network.projects { lead[project.id] = project.lead }
        var byFunder: [String: [String: Double]] = [:]
        for flow in network.funding {
            let recipient = lead[flow.to] ?? flow.to
            byFunder[recipient, default: [:]][flow.from, default: 0] += flow.amount
        }
        return byFunder.compactMap { organisation, funders in
            let total = funders.values.reduce(0, +)
            guard total > 0, let main = funders.max(by: { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key }) else { return nil }
            return (organisation, main.key, main.value / total, total)
        }.sorted { $0.organisation < $1.organisation }
    }
}
