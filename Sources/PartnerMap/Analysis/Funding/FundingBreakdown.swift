import Foundation

/// What a program officer asks of a year of grants: how much went where, in what sizes, to
/// what kinds of recipient, from which funder and programme, year by year — the questions
/// GrantNav and 360Giving's Insights answer at a glance.
///
/// Each breakdown groups the grants by one ``Dimension``; each group gives, per currency
/// (amounts in different currencies are never added), the total, the number of grants, the
/// number of distinct recipients and the median grant. Totals are summed in whole cents, so a
/// group's total equals the sum of its grants to the cent, as `pandas` `groupby().sum()` gives
/// it once rounded. A grant without the field grouped on is counted under a `nil` key ("not
/// given"), never dropped. Recipients are the final ones: money to a project counts for its
/// lead organisation.
public struct FundingBreakdown: Sendable {
    /// What grants can be grouped by.
    public enum Dimension: String, Sendable, CaseIterable {
        /// The year of the award date (`awarded`, else the start of the period, else `year`),
        /// or the fiscal year from April (`Options/fiscal`).
        case year
        /// The size band the amount falls in (`Options/bands`).
        case size
        /// The recipient's province, territory or region (or city, `Options/areaLevel`).
        case area
        /// The kind of recipient the grants file gives (`recipientType`).
        case recipientType = "recipient-type"
        /// The funder's id.
        case funder
        /// The programme, as the file names it.
        case programme
    }

    /// Which part of a place `--by area` groups by.
    public enum AreaLevel: String, Sendable, CaseIterable {
        /// The recipient's `region` (a province or territory), else the grant's beneficiary
        /// area, else the recipient's `area`.
        case region
        /// The recipient's `city`, else its `area`.
        case city
    }

    /// How to group, and which grants to count.
    public struct Options: Sendable {
        /// The breakdowns to make, each on its own.
        public var by: [Dimension] = [.year]
        /// The lower bounds of the size bands, ascending from 0: a grant of exactly a bound
        /// falls in the band that starts there.
        public var bands: [Double] = FundingBreakdown.defaultBands
        /// Years as fiscal years from April to March (`2019-20`), as Canadian governments count them.
        public var fiscal = false
        /// What `area` means.
        public var areaLevel: AreaLevel = .region
        /// Only this funder's grants.
        public var funder: String?
        /// Only grants in this area (at ``areaLevel``), compared without regard to case.
        public var area: String?
        /// Only grants in these years (calendar, or fiscal years by the year they start in).
        public var years: ClosedRange<Int>?
        /// Only this programme's grants, compared without regard to case.
        public var programme: String?

        /// The default: by year, every grant.
        public init() {}
    }

    /// One group of one breakdown, in one currency.
    public struct Group: Sendable, Hashable {
        /// The dimension grouped on.
        public var by: Dimension
        /// The group's key as the file writes it (`2019`, `2019-20`, `10000-50000`, `QC`, a
        /// funder's id); `nil` for grants that do not give it.
        public var key: String?
        /// The currency of every grant in the group.
        public var currency: String
        /// The sum of the group's grants, in cents.
        public var totalCents: Int64
        /// How many grants.
        public var grants: Int
        /// How many distinct recipients.
        public var recipients: Int
        /// The median grant (the mean of the two middle ones for an even count).
        public var median: Double

        /// The sum of the group's grants.
        public var total: Double { Double(totalCents) / 100 }
    }

    /// 0–10k, 10k–50k, 50k–100k, 100k–500k, 500k–1M, 1M and more.
    public static let defaultBands: [Double] = [0, 10_000, 50_000, 100_000, 500_000, 1_000_000]

    /// The options the breakdown was made with.
    public let options: Options
    /// Every group of every breakdown, the breakdowns in the order asked for; within one, years
    /// and size bands in their order (each currency under its key), other keys by currency
    /// then total (largest first); "not given" last.
    public let groups: [Group]
    /// How many grants the filters kept, and how many the file has.
    public let grantsCounted: Int
    public let grantsInFile: Int

    /// The breakdowns of `network`'s funding.
    public init(_ network: Network, options: Options = Options()) {
        self.options = options
        grantsInFile = network.funding.count
        let places = RecipientPlaces(network)
        let kept = Self.grants(network, options: options, places: places)
        grantsCounted = kept.count
        groups = options.by.flatMap { dimension in
            Self.groups(kept, by: dimension, options: options, network: network, places: places)
        }
    }

    /// The groups of one breakdown.
    public func groups(by dimension: Dimension) -> [Group] { groups.filter { $0.by == dimension } }

    /// The grants the options' filters keep.
    static func grants(_ network: Network, options: Options, places: RecipientPlaces? = nil) -> [GrantView] {
        let places = places ?? RecipientPlaces(network)
        return GrantView.all(network).filter { keeps($0, options: options, places: places) }
    }

    private static func keeps(_ grant: GrantView, options: Options, places: RecipientPlaces) -> Bool {
        if let funder = options.funder, grant.funder != funder { return false }
        if let programme = options.programme, grant.programme?.lowercased() != programme.lowercased() { return false }
        if let years = options.years {
            guard let year = yearStart(grant.date, fiscal: options.fiscal), years.contains(year) else { return false }
        }
        if let area = options.area {
            guard let key = places.area(of: grant, level: options.areaLevel), key.lowercased() == area.lowercased() else { return false }
        }
        return true
    }

    /// The year a grant is counted in: its calendar year, or the year its fiscal year starts.
    static func yearStart(_ date: YearMonth?, fiscal: Bool) -> Int? {
        guard let date else { return nil }
        guard fiscal else { return date.year }
        guard let month = date.month else { return nil }
        return month >= 4 ? date.year : date.year - 1
    }

    /// `2019`, or the fiscal year `2019-20`.
    static func yearKey(_ start: Int, fiscal: Bool) -> String {
        fiscal ? "\(start)-" + String(format: "%02d", (start + 1) % 100) : String(start)
    }

    /// A band's key: `10000-50000`, `1000000+`.
    static func bandKey(_ index: Int, bands: [Double]) -> String {
        let low = AmountText.plain(bands[index])
        return index + 1 < bands.count ? low + "-" + AmountText.plain(bands[index + 1]) : low + "+"
    }

    private static func groups(_ grants: [GrantView], by dimension: Dimension, options: Options, network: Network, places: RecipientPlaces) -> [Group] {
        // Each grant's key, then the groups in one pass.
        struct Accumulator {
            var cents: Int64 = 0
            var amounts: [Double] = []
            var recipients: Set<String> = []
        }
        var accumulators: [GroupKey: Accumulator] = [:]
        var bandOrder: [String: Int] = [:]
        for grant in grants {
            let key: String?
            switch dimension {
            case .year: key = yearStart(grant.date, fiscal: options.fiscal).map { yearKey($0, fiscal: options.fiscal) }
            case .size:
                let index = options.bands.lastIndex { $0 <= grant.amount } ?? 0
                key = bandKey(index, bands: options.bands)
                bandOrder[key!] = index
            case .area: key = places.area(of: grant, level: options.areaLevel)
            case .recipientType: key = places.recipientType(of: grant.recipient)
            case .funder: key = grant.funder
            case .programme: key = grant.programme
            }
            let groupKey = GroupKey(key: key, currency: grant.currency)
            accumulators[groupKey, default: Accumulator()].cents += grant.cents
            accumulators[groupKey]!.amounts.append(grant.amount)
            accumulators[groupKey]!.recipients.insert(grant.recipient)
        }
        let made = accumulators.map { key, value in
            Group(
                by: dimension, key: key.key, currency: key.currency, totalCents: value.cents, grants: value.amounts.count,
                recipients: value.recipients.count, median: median(value.amounts))
        }
        // Years and size bands in their order, each currency under its key; other keys by
        // currency, then total (largest first), "not given" last in each currency.
        return made.sorted { a, b in
            switch dimension {
            case .year, .size:
                if (a.key == nil) != (b.key == nil) { return b.key == nil }
                if a.key != b.key {
                    return dimension == .year ? (a.key ?? "") < (b.key ?? "") : (bandOrder[a.key ?? ""] ?? 0) < (bandOrder[b.key ?? ""] ?? 0)
                }
                return a.currency < b.currency
            default:
                if a.currency != b.currency { return a.currency < b.currency }
                if (a.key == nil) != (b.key == nil) { return b.key == nil }
                if a.totalCents != b.totalCents { return a.totalCents > b.totalCents }
                return (a.key ?? "") < (b.key ?? "")
            }
        }
    }

    private struct GroupKey: Hashable {
        let key: String?
        let currency: String
    }

    /// The median of `values` (the mean of the two middle ones for an even count), as pandas gives it.
    static func median(_ values: [Double]) -> Double {
        guard !values.isEmpty else { return 0 }
        let sorted = values.sorted()
        let middle = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
    }
}

/// Where each recipient is and what kind it is, looked up once for every grant.
struct RecipientPlaces {
    private let network: Network
    private let organisations: [String: Int]

    init(_ network: Network) {
        self.network = network
        var index: [String: Int] = [:]
        for (position, organisation) in network.organisations.enumerated() where index[organisation.id] == nil { index[organisation.id] = position }
        organisations = index
    }

    private func organisation(_ id: String) -> Organisation? { organisations[id].map { network.organisations[$0] } }

    /// The grant's area at `level`.
    func area(of grant: GrantView, level: FundingBreakdown.AreaLevel) -> String? {
        let recipient = organisation(grant.recipient)
        switch level {
        case .region: return recipient?.place.region ?? network.funding[grant.flow].area ?? recipient?.area
        case .city: return recipient?.place.city ?? recipient?.area
        }
    }

    /// The recipient's kind, as the grants file gives it.
    func recipientType(of recipient: String) -> String? { organisation(recipient)?.recipientType }
}
