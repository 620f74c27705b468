/// One funding flow as a funder's question sees it: who gave it, the organisation that
/// finally receives it (money to a project counts for its lead), how much, in what currency,
/// when, where and under which programme. Breakdowns and co-funding read grants this way so
/// that each question attributes money the same way.
struct GrantView {
    let funder: String
    let recipient: String
    let amount: Double
    let currency: String
    /// The award date (`awarded`), else the start of the funded period, else the year alone.
    let date: YearMonth?
    let programme: String?
    let flow: Int

    /// Every flow of `network`, in file order.
    static func all(_ network: Network) -> [GrantView] {
        var lead: [String: String] = [:]
        for project in network.projects { lead[project.id] = project.lead }
        return network.funding.enumerated().map { index, flow in
            GrantView(
                funder: flow.from, recipient: lead[flow.to] ?? flow.to, amount: flow.amount, currency: flow.currency,
                date: flow.awarded ?? flow.start ?? flow.year.map { YearMonth(year: $0) }, programme: flow.programme, flow: index)
        }
    }

    /// The amount in cents, the unit every total is summed in, so a total is exact to the cent
    /// however many grants it adds (a sum of a million amounts in floating point is not).
    var cents: Int64 { Int64((amount * 100).rounded()) }
}
