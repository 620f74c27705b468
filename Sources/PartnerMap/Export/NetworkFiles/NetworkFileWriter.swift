/// Writes a ``Network`` as a network file in YAML, the format users write by hand: what
/// `partnermap import` produces, ready to read, correct and load again.
///
/// Sections and fields come in a fixed order and every text is a double-quoted YAML string
/// (JSON's escaping), so the same network always gives the same bytes and no name can become
/// YAML structure. Fields at their default (no sources, not illustrative, weight 1) are left out.
public enum NetworkFileWriter {
    /// The network as a YAML network file, with `header` as comment lines on top (each one
    /// line: a line break or other control character in it is written as its escape, so no
    /// text, such as a file's name, can leave the comment and become YAML).
    public static func yaml(_ network: Network, header: [String] = []) -> String {
        var out = ""
        write(network, header: header, to: &out)
        return out
    }

    /// The same, written to `out` as it goes: a national grants file's network is hundreds of
    /// megabytes of YAML, which `import` writes to its file without holding it.
    public static func write<Output: TextOutputStream>(_ network: Network, header: [String] = [], to out: inout Output) {
        write(network, header: header, to: &out, block: 2_048)
    }

    /// The same, a long section's entries made into text `block` at a time (tests compare a
    /// block of one entry, and none, with the blocks written).
    static func write<Output: TextOutputStream>(_ network: Network, header: [String], to out: inout Output, block: Int) {
        for line in header { out.write("# " + Escaping.yamlComment(line) + "\n") }
        out.write("name: " + quote(network.name) + "\n")
        if let french = network.translatedName.fr { out.write("nameFr: " + quote(french) + "\n") }
        if let english = network.translatedName.en { out.write("nameEn: " + quote(english) + "\n") }
        if !network.sources.isEmpty {
            out.write("sources:\n")
            for source in network.sources {
                entry(
                    &out,
                    [
                        ("id", quote(source.id)), ("title", quote(source.title)), ("publisher", source.publisher.map(quote)),
                        ("date", source.date.map(quote)), ("place", source.place.map(quote)), ("url", source.url.map(quote)),
                        ("location", source.location.map(quote)), ("year", source.year.map(String.init)),
                    ])
            }
        }
        if !network.expectedSectors.isEmpty { out.write("expectedSectors: " + list(network.expectedSectors) + "\n") }
        if let framework = network.framework { out.write("framework: " + quote(framework) + "\n") }
        if !network.priorities.isEmpty {
            out.write("priorities:\n")
            for priority in network.priorities {
                entry(
                    &out,
                    [
                        ("id", quote(priority.id)), ("name", quote(priority.name)), ("nameFr", priority.translatedName.fr.map(quote)),
                        ("nameEn", priority.translatedName.en.map(quote)), ("themes", nonEmpty(priority.themes)),
                        ("sources", nonEmpty(priority.sources)),
                    ])
            }
        }
        out.write("organisations:\n")
        entries(network.organisations, block: block, to: &out) { fields(of: $0) }
        if !network.projects.isEmpty {
            out.write("projects:\n")
            entries(network.projects, block: block, to: &out) { fields(of: $0) }
        }
        if !network.partnerships.isEmpty {
            out.write("partnerships:\n")
            entries(network.partnerships, block: block, to: &out) { fields(of: $0) }
        }
        if !network.memberships.isEmpty {
            out.write("memberships:\n")
            entries(network.memberships, block: block, to: &out) { fields(of: $0) }
        }
        if !network.funding.isEmpty {
            out.write("funding:\n")
            let programmeNames = network.programmeNames
            entries(network.funding, block: block, to: &out) { fields(of: $0, programmeNames: programmeNames) }
        }
        if !network.responses.isEmpty {
            // Every answer as given: who rated whom, and the six indicators.
            out.write("responses:\n")
            for answer in network.responses {
                entry(
                    &out,
                    [
                        ("rater", quote(answer.rater)), ("rated", answer.rated.map(quote)), ("frequency", answer.frequency?.rawValue),
                        ("openness", answer.openness.map(plainNumber)), ("reliability", answer.reliability.map(plainNumber)),
                        ("mission", answer.mission.map(plainNumber)), ("power", answer.power.map(plainNumber)),
                        ("resources", answer.resources.map(plainNumber)), ("involvement", answer.involvement.map(plainNumber)),
                        ("level", answer.level?.rawValue), ("contributions", nonEmpty(answer.contributions)),
                    ])
            }
        }
    }

    /// A section's entries in order, each as ``entry(_:_:)-swift.type.method`` writes it.
    ///
    /// A national grants file's sections hold a million entries: they are made into text on
    /// every core, a round of blocks at a time (so no more than a round's text is held), and
    /// written in their order, the same bytes as one after the other.
    private static func entries<Item: Sendable, Output: TextOutputStream>(
        _ items: [Item], block: Int, to out: inout Output, _ fields: @escaping @Sendable (Item) -> [(name: String, value: FieldText?)]
    ) {
        guard items.count > block else {
            for item in items { entry(&out, fields(item)) }
            return
        }
        let blocksPerRound = 16
        var start = 0
        while start < items.count {
            let round = start..<min(items.count, start + block * blocksPerRound)
            let texts = DeterministicParallel.map(partitions: (round.count + block - 1) / block) { index, _ -> String in
                var bytes: [UInt8] = []
                bytes.reserveCapacity(min(block, 2_048) * 256)
                for item in items[(round.lowerBound + index * block)..<min(round.upperBound, round.lowerBound + (index + 1) * block)] {
                    entry(&bytes, fields(item))
                }
                return String(decoding: bytes, as: UTF8.self)
            }
            for text in texts { out.write(text) }
            start = round.upperBound
        }
    }

    /// One list item in block style, from an entry's typed fields.
    private static func entry<Output: TextOutputStream>(_ out: inout Output, _ fields: [(name: String, value: FieldText?)]) {
        entry(&out, fields.map { ($0.name, $0.value?.yaml) })
    }

    /// The same, as bytes.
    private static func entry(_ bytes: inout [UInt8], _ fields: [(name: String, value: FieldText?)]) {
        var first = true
        for (key, value) in fields {
            guard let value else { continue }
            bytes.append(contentsOf: (first ? "  - " : "    ").utf8)
            bytes.append(contentsOf: key.utf8)
            bytes.append(contentsOf: ": ".utf8)
            value.appendYAML(to: &bytes)
            bytes.append(0x0A)
            first = false
        }
    }

    /// One list item in block style: `  - key: value` then `    key: value`.
    private static func entry<Output: TextOutputStream>(_ out: inout Output, _ fields: [(String, String?)]) {
        var first = true
        for (key, value) in fields {
            guard let value else { continue }
            out.write(first ? "  - " : "    ")
            out.write(key)
            out.write(": ")
            out.write(value)
            out.write("\n")
            first = false
        }
    }

    /// A double-quoted YAML scalar (``Escaping/yamlScalar(_:)``).
    static func quote(_ text: String) -> String { Escaping.yamlScalar(text) }

    private static func list(_ items: [String]) -> String { "[" + items.map(quote).joined(separator: ", ") + "]" }
    private static func nonEmpty(_ items: [String]) -> String? { items.isEmpty ? nil : list(items) }
    /// A number as the amount grammar reads it back, as the entries' fields write it.
    private static func plainNumber(_ value: Double) -> String { number(value).yaml }
}
