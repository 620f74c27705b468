import Foundation

/// A framework a partnership plans and reports against: named characteristics its projects
/// serve, each with the sectors that work on it. Local Immigration Partnerships and Francophone
/// immigration networks hold their plans against the characteristics of a welcoming community;
/// PartnerMap ships that framework, so a network file can say `framework: welcoming-communities`
/// and a project `characteristics: [housing, health-care]`.
public struct Framework: Sendable, Hashable {
    /// One characteristic of the framework.
    public struct Characteristic: Sendable, Hashable, Identifiable {
        /// Its id in files and JSON (`health-care`).
        public var id: String
        /// Its name in English and in French.
        public var name: Translation
        /// What it means, in a sentence, in English and in French.
        public var description: Translation
        /// The sectors whose organisations work on it (`health`), any one of them enough; empty
        /// when no one sector does (fostering social capital is everyone's work).
        public var sectors: [String]

        /// Its name in a language.
        public func name(in language: Language) -> String { name[language] ?? id }
    }

    /// The framework's id in files (`welcoming-communities`).
    public let id: String
    /// Its name in English and in French.
    public let name: Translation
    /// The work it comes from, as a reference a council can look up, in English and in French.
    public let reference: Translation
    /// Its characteristics, in the order the work lists them.
    public let characteristics: [Characteristic]

    /// The characteristic with this id, if the framework has it.
    public func characteristic(_ id: String) -> Characteristic? { characteristics.first { $0.id == id } }

    /// The seventeen characteristics of a welcoming community (Esses, Hamilton,
    /// Bennett-AbuAyyash and Burstein, *Characteristics of a Welcoming Community*, report for
    /// Citizenship and Immigration Canada, Integration Branch; Welcoming Communities
    /// Initiative, London, Ontario, 2010), named and described in PartnerMap's own words
    /// (`Resources/welcoming-communities.tsv`).
    public static let welcomingCommunities = Framework(table: EmbeddedResources.welcomingCommunities)

    /// The frameworks PartnerMap knows, by id.
    public static let known: [Framework] = [welcomingCommunities]

    /// The framework with this id (`welcoming-communities`), if PartnerMap knows it.
    public static func named(_ id: String) -> Framework? { known.first { $0.id == id.lowercased() } }

    /// Reads a shipped table: id, sectors, English name, French name, English description,
    /// French description, tab-separated; the first line is the framework itself, its
    /// descriptions the reference to the work it comes from.
    init(table text: String) {
        let rows = text.split(separator: "\n").filter { !$0.hasPrefix("#") }.compactMap { line -> Characteristic? in
            let columns = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard columns.count == 6 else { return nil }
            return Characteristic(
                id: columns[0], name: Translation(fr: columns[3], en: columns[2]),
                description: Translation(fr: columns[5], en: columns[4]),
                sectors: columns[1].split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty })
        }
        let framework = rows.first
        id = framework?.id ?? ""
        name = framework?.name ?? Translation()
        reference = framework?.description ?? Translation()
        characteristics = Array(rows.dropFirst())
    }
}
