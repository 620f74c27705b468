/// Who funds the same organisations: per recipient how many funders it has (one funder is a
/// dependency; several, a shared bet), and per pair of funders the recipients they share — the
/// funders who could coordinate with each other.
///
/// Recipients are the final ones (money to a project counts for its lead organisation). Two
/// funders share a recipient when both gave it at least one grant in the file; the pair's
/// Jaccard index is shared ÷ the recipients of either.
public struct CoFunding: Sendable {
    /// A recipient and its funders.
    public struct Recipient: Sendable, Hashable {
        public var id: String
        /// Its distinct funders, sorted by id.
        public var funders: [String]
    }

    /// Two funders and what they share.
    public struct Pair: Sendable, Hashable {
        /// The two funders' ids, in id order.
        public var funders: [String]
        /// How many recipients both funded.
        public var shared: Int
        /// Shared ÷ the recipients of either, 0 to 1.
        public var jaccard: Double
        /// What each of the two gave the shared recipients, per currency, in cents.
        public var amounts: [Amounts]
        /// The shared recipients, by id.
        public var recipients: [String]

        /// The two funders' money to their shared recipients in one currency.
        public struct Amounts: Sendable, Hashable {
            public var currency: String
            public var firstCents: Int64
            public var secondCents: Int64
        }
    }

    /// Every recipient, most funders first, then by id.
    public let recipients: [Recipient]
    /// How many recipients have 1, 2, 3… funders: `distribution[k]` recipients have k funders.
    public let distribution: [Int: Int]
    /// Every pair of funders that share at least one recipient, most shared first, then by ids.
    public let pairs: [Pair]

    /// The co-funding of `network`'s grants that `filters` keep (a funder, an area, years, a
    /// programme, as ``FundingBreakdown`` filters them; every grant by default).
    public init(_ network: Network, filters: FundingBreakdown.Options = .init()) {
        self.init(grants: FundingBreakdown.grants(network, options: filters))
    }

    init(grants: [GrantView]) {
        var fundersOf: [String: Set<String>] = [:]
        var recipientsOf: [String: Set<String>] = [:]
        var given: [String: [String: Int64]] = [:]
        for grant in grants {
            fundersOf[grant.recipient, default: []].insert(grant.funder)
            recipientsOf[grant.funder, default: []].insert(grant.recipient)
            given[grant.funder + "\u{0}" + grant.recipient, default: [:]][grant.currency, default: 0] += grant.cents
        }
        recipients = fundersOf.map { Recipient(id: $0.key, funders: $0.value.sorted()) }
            .sorted { $0.funders.count != $1.funders.count ? $0.funders.count > $1.funders.count : $0.id < $1.id }
        var counts: [Int: Int] = [:]
        for recipient in recipients { counts[recipient.funders.count, default: 0] += 1 }
        distribution = counts
        // Pairs from each recipient's funders: k funders make k(k−1)/2 pairs.
        var shared: [String: [String]] = [:]
        for recipient in recipients where recipient.funders.count > 1 {
            let funders = recipient.funders
            for i in 0..<funders.count {
                for j in (i + 1)..<funders.count { shared[funders[i] + "\u{0}" + funders[j], default: []].append(recipient.id) }
            }
        }
        pairs = shared.map { key, ids in
            let parts = key.split(separator: "\u{0}", omittingEmptySubsequences: false).map(String.init)
            let (a, b) = (parts[0], parts[1])
            let union = (recipientsOf[a]?.count ?? 0) + (recipientsOf[b]?.count ?? 0) - ids.count
            var byCurrency: [String: Pair.Amounts] = [:]
            for id in ids {
                for (currency, cents) in given[a + "\u{0}" + id] ?? [:] {
                    byCurrency[currency, default: .init(currency: currency, firstCents: 0, secondCents: 0)].firstCents += cents
                }
                for (currency, cents) in given[b + "\u{0}" + id] ?? [:] {
                    byCurrency[currency, default: .init(currency: currency, firstCents: 0, secondCents: 0)].secondCents += cents
                }
            }
            return Pair(
                funders: [a, b], shared: ids.count, jaccard: union > 0 ? Double(ids.count) / Double(union) : 0,
                amounts: byCurrency.values.sorted { $0.currency < $1.currency }, recipients: ids.sorted())
        }.sorted { $0.shared != $1.shared ? $0.shared > $1.shared : $0.funders.lexicographicallyPrecedes($1.funders) }
    }
}

/// Recipients funded for the first time in the file, and those funded again, year by year.
public struct RecipientNewcomers: Sendable {
    /// One year's recipients.
    public struct Year: Sendable, Hashable {
        /// The year (or the fiscal year, `2019-20`).
        public var key: String
        /// Recipients with no grant in an earlier year of the file.
        public var new: Int
        /// Recipients funded in an earlier year too.
        public var again: Int
    }

    /// Every year with a dated grant, in order.
    public let years: [Year]
    /// Grants without a date, left out of the count.
    public let undated: Int

    /// The years of `network`'s grants that `filters` keep, calendar or fiscal as they say.
    public init(_ network: Network, filters: FundingBreakdown.Options = .init()) {
        self.init(grants: FundingBreakdown.grants(network, options: filters), fiscal: filters.fiscal)
    }

    init(grants: [GrantView], fiscal: Bool) {
        var byYear: [Int: Set<String>] = [:]
        var undated = 0
        for grant in grants {
            guard let year = FundingBreakdown.yearStart(grant.date, fiscal: fiscal) else {
                undated += 1
                continue
            }
            byYear[year, default: []].insert(grant.recipient)
        }
        var seen: Set<String> = []
        var years: [Year] = []
        for year in byYear.keys.sorted() {
            let recipients = byYear[year]!
            let new = recipients.subtracting(seen).count
            years.append(Year(key: FundingBreakdown.yearKey(year, fiscal: fiscal), new: new, again: recipients.count - new))
            seen.formUnion(recipients)
        }
        self.years = years
        self.undated = undated
    }
}
