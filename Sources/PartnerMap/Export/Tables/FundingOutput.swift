import Foundation

/// What `partnermap funding` prints: each breakdown as a table (or JSON, or CSV), then, when
/// asked, co-funding and first-time recipients.
///
/// JSON keys are stable: `grants {counted, inFile}`, `groups[{by, key, currency, total, grants,
/// recipients, median}]` (`key` null for "not given"), with co-funding `recipients[{id,
/// funders}]`, `distribution[{funders, recipients}]` and `pairs[{funders: [a, b], shared,
/// jaccard, amounts[{currency, first, second}]}]`, with newcomers `newcomers[{year, new,
/// again}]`.
public struct FundingOutput: Sendable {
    public let breakdown: FundingBreakdown
    public let coFunding: CoFunding?
    public let newcomers: RecipientNewcomers?
    /// The network as its readers see it (names in the output's language).
    public let network: Network
    public let language: ReportLanguage

    public init(_ breakdown: FundingBreakdown, coFunding: CoFunding? = nil, newcomers: RecipientNewcomers? = nil, network: Network, language: ReportLanguage) {
        self.breakdown = breakdown
        self.coFunding = coFunding
        self.newcomers = newcomers
        self.network = network
        self.language = language
    }

    private var words: any FundingWords { language.fundingWords }
    private var options: FundingBreakdown.Options { breakdown.options }

    /// Whether several currencies meet, so that each amount says which dollar it is.
    private var mixed: Bool { Set(breakdown.groups.map(\.currency)).count > 1 }

    /// A group's key in words: a band as a range of amounts, a province by its name, a kind of
    /// recipient in words, a funder by its name; "not given" for none.
    public func label(_ group: FundingBreakdown.Group) -> String {
        guard let key = group.key else { return words.notGiven }
        switch group.by {
        case .year, .programme: return key
        case .size:
            guard let index = Self.bandIndex(key, bands: options.bands) else { return key }
            let high = index + 1 < options.bands.count ? compact(options.bands[index + 1]) : nil
            return words.band(from: compact(options.bands[index]), to: high)
        case .area, .recipientType: return language.vocabulary.label(key)
        case .funder: return network.organisation(key)?.name ?? key
        }
    }

    static func bandIndex(_ key: String, bands: [Double]) -> Int? {
        bands.indices.first { FundingBreakdown.bandKey($0, bands: bands) == key }
    }

    /// `10k`, `1.5M` (`10 k`, `1,5 M` in French): a band's bound, without a currency, since
    /// bands apply to every currency.
    private func compact(_ value: Double) -> String {
        let (scaled, suffix): (Double, String) = value >= 1_000_000 ? (value / 1_000_000, "M") : value >= 1_000 ? (value / 1_000, "k") : (value, "")
        let figure = language.plain(scaled)
        return suffix.isEmpty ? figure : figure + (language == .fr ? "\u{00A0}" : "") + suffix
    }

    // MARK: Table

    /// The tables a program officer reads, each breakdown cut to `top` groups (0 for all; years
    /// and size bands are never cut).
    public func table(top: Int = 20, width: Int? = nil) -> String {
        var parts = [words.counted(breakdown.grantsCounted, of: breakdown.grantsInFile)]
        for dimension in options.by {
            var groups = breakdown.groups(by: dimension)
            var cut = 0
            if top > 0, dimension != .year, dimension != .size, groups.count > top {
                cut = groups.count - top
                groups = Array(groups.prefix(top))
            }
            var table = TextTable(
                [words.column(dimension, areaLevel: options.areaLevel), words.total, words.grants, words.recipients, words.median],
                alignments: [.left, .right, .right, .right, .right])
            for group in groups {
                table.append([
                    label(group), language.amount(group.total, group.currency, mixed: mixed), language.number(Double(group.grants)),
                    language.number(Double(group.recipients)), language.amount(group.median, group.currency, mixed: mixed),
                ])
            }
            var section = words.heading(dimension, fiscal: options.fiscal, areaLevel: options.areaLevel) + "\n" + table.render(width: width)
            if cut > 0 { section += "\n" + words.more(cut) }
            parts.append(section)
        }
        if let coFunding { parts.append(coFundingTable(coFunding, top: top, width: width)) }
        if let newcomers { parts.append(newcomersTable(newcomers, width: width)) }
        return parts.joined(separator: "\n\n")
    }

    private func coFundingTable(_ coFunding: CoFunding, top: Int, width: Int?) -> String {
        var lines = [words.coFundingHeading, words.distribution(coFunding.distribution.sorted { $0.key < $1.key }.map { ($0.key, $0.value) })]
        guard !coFunding.pairs.isEmpty else { return (lines + [words.noCoFunding]).joined(separator: "\n") }
        var table = TextTable([words.funders, words.shared, words.jaccard, words.amounts], alignments: [.left, .right, .right, .left])
        let shown = top > 0 ? Array(coFunding.pairs.prefix(top)) : coFunding.pairs
        let mixed = Set(coFunding.pairs.flatMap { $0.amounts.map(\.currency) }).count > 1
        for pair in shown {
            let names = pair.funders.map { network.organisation($0)?.name ?? $0 }
            let amounts = pair.amounts.map {
                language.amount(Double($0.firstCents) / 100, $0.currency, mixed: mixed) + " / " + language.amount(Double($0.secondCents) / 100, $0.currency, mixed: mixed)
            }
            table.append([names.joined(separator: " + "), language.number(Double(pair.shared)), language.decimal(pair.jaccard), amounts.joined(separator: "; ")])
        }
        lines.append(table.render(width: width))
        if shown.count < coFunding.pairs.count { lines.append(words.more(coFunding.pairs.count - shown.count)) }
        return lines.joined(separator: "\n")
    }

    private func newcomersTable(_ newcomers: RecipientNewcomers, width: Int?) -> String {
        var table = TextTable([words.year, words.new, words.again], alignments: [.left, .right, .right])
        for year in newcomers.years { table.append([year.key, language.number(Double(year.new)), language.number(Double(year.again))]) }
        var section = words.newcomersHeading + "\n" + table.render(width: width)
        if newcomers.undated > 0 { section += "\n" + words.undated(newcomers.undated) }
        return section
    }

    // MARK: Chart

    /// One breakdown as a bar chart of totals, in the currency most of its grants are in (the
    /// title says which when there are several); at most `top` bars for keys other than years
    /// and size bands.
    public func chart(_ dimension: FundingBreakdown.Dimension, top: Int = 20) -> BarChart {
        let groups = breakdown.groups(by: dimension)
        var grantsByCurrency: [String: Int] = [:]
        for group in groups { grantsByCurrency[group.currency, default: 0] += group.grants }
        let currency = grantsByCurrency.max { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key }?.key ?? "CAD"
        var shown = groups.filter { $0.currency == currency }
        if top > 0, dimension != .year, dimension != .size { shown = Array(shown.prefix(top)) }
        let mixed = grantsByCurrency.count > 1
        var title = words.heading(dimension, fiscal: options.fiscal, areaLevel: options.areaLevel)
        if mixed { title += " (\(currency))" }
        let language = self.language
        return BarChart(
            title: language.typeset(title),
            bars: shown.map { BarChart.Bar(label: label($0), value: $0.total, valueText: language.shortAmount($0.total, currency, mixed: mixed)) },
            tickText: { language.shortAmount($0, currency, mixed: mixed) })
    }

    /// The largest recipients in the main currency as a bar chart, each by its name.
    public func recipientsChart(top: Int = 10) -> BarChart {
        var cents: [String: [String: Int64]] = [:]
        var grants: [String: Int] = [:]
        for grant in FundingBreakdown.grants(network, options: options) {
            cents[grant.currency, default: [:]][grant.recipient, default: 0] += grant.cents
            grants[grant.currency, default: 0] += 1
        }
        let currency = grants.max { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key }?.key ?? "CAD"
        let mixed = grants.count > 1
        let largest = (cents[currency] ?? [:]).sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.prefix(top)
        let language = self.language
        var title = words.topRecipientsHeading
        if mixed { title += " (\(currency))" }
        return BarChart(
            title: language.typeset(title),
            bars: largest.map {
                BarChart.Bar(
                    label: network.organisation($0.key)?.name ?? $0.key, value: Double($0.value) / 100,
                    valueText: language.shortAmount(Double($0.value) / 100, currency, mixed: mixed))
            },
            tickText: { language.shortAmount($0, currency, mixed: mixed) })
    }

    // MARK: JSON and CSV

    /// Every group, and co-funding and newcomers when asked for, with exact values.
    public func json() throws -> String {
        var document: [String: JSONValue] = [
            "grants": .object(["counted": .number(Double(breakdown.grantsCounted)), "inFile": .number(Double(breakdown.grantsInFile))]),
            "groups": .array(
                breakdown.groups.map { group in
                    .object([
                        "by": .string(group.by.rawValue), "key": group.key.map(JSONValue.string) ?? .null, "currency": .string(group.currency),
                        "total": .number(group.total), "grants": .number(Double(group.grants)), "recipients": .number(Double(group.recipients)),
                        "median": .number(group.median),
                    ])
                }),
        ]
        if let coFunding {
            document["recipients"] = .array(coFunding.recipients.map { .object(["id": .string($0.id), "funders": .number(Double($0.funders.count))]) })
            document["distribution"] = .array(
                coFunding.distribution.sorted { $0.key < $1.key }.map { .object(["funders": .number(Double($0.key)), "recipients": .number(Double($0.value))]) })
            document["pairs"] = .array(
                coFunding.pairs.map { pair in
                    .object([
                        "funders": .array(pair.funders.map(JSONValue.string)), "shared": .number(Double(pair.shared)), "jaccard": .number(pair.jaccard),
                        "amounts": .array(
                            pair.amounts.map {
                                .object([
                                    "currency": .string($0.currency), "first": .number(Double($0.firstCents) / 100), "second": .number(Double($0.secondCents) / 100),
                                ])
                            }),
                    ])
                })
        }
        if let newcomers {
            document["newcomers"] = .array(
                newcomers.years.map { .object(["year": .string($0.key), "new": .number(Double($0.new)), "again": .number(Double($0.again))]) })
        }
        return try JSONOutput.string(JSONValue.object(document))
    }

    /// The groups as CSV (`by,key,currency,total,grants,recipients,median`; an empty key is
    /// "not given"); with co-funding, its pairs instead, one row per currency
    /// (`funder_a,funder_b,shared,jaccard,currency,amount_a,amount_b`).
    public func csv() -> String {
        if let coFunding {
            var lines = ["funder_a,funder_b,shared,jaccard,currency,amount_a,amount_b"]
            for pair in coFunding.pairs {
                for amounts in pair.amounts {
                    lines.append(
                        [
                            pair.funders[0], pair.funders[1], String(pair.shared), "\(pair.jaccard)", amounts.currency, Self.cents(amounts.firstCents),
                            Self.cents(amounts.secondCents),
                        ].map(Escaping.csvField).joined(separator: ","))
                }
            }
            return lines.joined(separator: "\n")
        }
        var lines = ["by,key,currency,total,grants,recipients,median"]
        for group in breakdown.groups {
            lines.append(
                [
                    group.by.rawValue, group.key ?? "", group.currency, Self.cents(group.totalCents), String(group.grants), String(group.recipients),
                    "\(group.median)",
                ].map(Escaping.csvField).joined(separator: ","))
        }
        return lines.joined(separator: "\n")
    }

    /// Cents as an exact decimal amount: `1234.50`.
    static func cents(_ cents: Int64) -> String {
        let sign = cents < 0 ? "-" : ""
        let magnitude = cents.magnitude
        return sign + String(magnitude / 100) + "." + String(format: "%02d", Int(magnitude % 100))
    }
}
