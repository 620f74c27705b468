import Foundation

/// A network file after its syntax has been read and before its meaning has been checked:
/// sections of records, each field with the line it was written on.
///
/// YAML, JSON and CSV folders all become a `RawDocument`, so validation and model building
/// (``NetworkBuilder``) are written once for every format.
struct RawDocument {
    /// Top-level fields that are not sections (`name`, `expectedSectors`).
    var header: RawRecord
    /// Section name to its entries, in file order.
    var sections: [String: RawSection] = [:]
    /// The file each section came from (CSV folders have one file per section).
    var sectionFiles: [String: String] = [:]
    /// The file the header came from.
    var headerFile: String

    static let sectionNames = [
        "sources", "priorities", "organisations", "projects", "partnerships", "memberships", "funding", "responses",
    ]
    static let headerFields = ["name", "nameFr", "nameEn", "expectedSectors", "framework"]

    /// The section a CSV file or a workbook's sheet holds, by its name in English or French
    /// (`organismes`, `partenariats`, `sièges` …), compared without regard to case; `network`
    /// for the network's own fields; `nil` for any other name.
    static func section(named name: String) -> String? {
        let folded = name.trimmedWhitespace.lowercased()
        if folded == "network" || sectionNames.contains(folded) { return folded }
        return frenchSectionNames[folded]
    }

    static let frenchSectionNames = [
        "organismes": "organisations", "organizations": "organisations", "projets": "projects", "partenariats": "partnerships",
        "sièges": "memberships", "sieges": "memberships", "financement": "funding", "financements": "funding",
        "priorités": "priorities", "priorites": "priorities", "réseau": "network", "reseau": "network", "réponses": "responses",
    ]
    /// Every field any entry may have, as the reader spells it; CSV headers are matched to these
    /// without regard to case, spaces, `_` or `-` (`ID`, `Target groups` read).
    static let fieldNames = [
        "id", "name", "title", "publisher", "date", "place", "url", "location", "year", "themes", "sources",
        "type", "sectors", "area", "illustrative", "notes", "organisations", "objectives", "targetGroups",
        "language", "start", "end", "weight", "since", "organisation", "body", "role", "from", "to", "amount",
        "currency", "programme", "field", "value", "until", "registration", "responded", "reported", "trust", "serviceLanguage",
        "membersComplete", "expectedSectors", "partOf", "rater", "rated", "frequency", "openness", "reliability",
        "mission", "power", "resources", "involvement", "level", "contributions", "outcome", "contributes", "article",
        "nameFr", "nameEn", "objectivesFr", "objectivesEn", "programmeFr", "programmeEn",
        "region", "city", "postalCode", "district", "recipientType", "awarded", "framework", "characteristics",
    ]

    /// The field a spreadsheet header names, or the header as written when it names none. A
    /// French header (`identifiant`, `nom`, `secteurs`, `organismes`, `montant`, `début` …) names
    /// the same field as its English one, accents and apostrophes aside.
    static func fieldName(forHeader header: String) -> String {
        let key = normalisedHeader(header)
        if let field = fieldNames.first(where: { normalisedHeader($0) == key }) { return field }
        return frenchFieldNames[normalisedHeader(header.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil))] ?? header
    }

    private static func normalisedHeader(_ text: String) -> String {
        String(text.lowercased().filter { $0 != " " && $0 != "_" && $0 != "-" && $0 != "'" && $0 != "’" })
    }

    /// Fields by their French header, folded (no accents, spaces, hyphens or apostrophes).
    static let frenchFieldNames: [String: String] = [
        "identifiant": "id", "nom": "name", "titre": "title", "editeur": "publisher", "lieu": "place", "emplacement": "location",
        "annee": "year", "secteurs": "sectors", "territoire": "area", "illustratif": "illustrative", "organismes": "organisations",
        "objectifs": "objectives", "publicscibles": "targetGroups", "groupescibles": "targetGroups", "langue": "language",
        "debut": "start", "fin": "end", "poids": "weight", "force": "weight", "depuis": "since", "organisme": "organisation",
        "instance": "body", "de": "from", "a": "to", "montant": "amount", "devise": "currency", "champ": "field", "valeur": "value",
        "jusqua": "until", "enregistrement": "registration", "numerodenregistrement": "registration", "arepondu": "responded",
        "declare": "reported", "confiance": "trust", "languedeservice": "serviceLanguage", "membrescomplets": "membersComplete",
        "secteursattendus": "expectedSectors", "faitpartiede": "partOf", "evaluateur": "rater", "evalue": "rated",
        "frequence": "frequency", "ouverture": "openness", "fiabilite": "reliability", "pouvoir": "power", "ressources": "resources",
        "implication": "involvement", "engagement": "involvement", "niveau": "level", "apports": "contributions", "resultat": "outcome",
        "apporte": "contributes", "nomfr": "nameFr", "nomen": "nameEn", "nomenfrancais": "nameFr", "nomenanglais": "nameEn",
        "objectifsfr": "objectivesFr", "objectifsen": "objectivesEn", "objectifsenfrancais": "objectivesFr",
        "objectifsenanglais": "objectivesEn", "programmefr": "programmeFr", "programmeen": "programmeEn",
        "programmeenfrancais": "programmeFr", "programmeenanglais": "programmeEn", "region": "region", "province": "region",
        "ville": "city", "cadre": "framework", "caracteristiques": "characteristics", "municipalite": "city", "codepostal": "postalCode", "circonscription": "district",
        "typedebeneficiaire": "recipientType", "typebeneficiaire": "recipientType", "octroye": "awarded", "dateoctroi": "awarded",
        "datedoctroi": "awarded",
    ]

    func file(of section: String) -> String { sectionFiles[section] ?? headerFile }
}

/// One entry of a section: an organisation, a project, a partnership ...
struct RawRecord {
    var line: Int
    var fields: [(key: String, value: RawValue)] = []

    subscript(key: String) -> RawValue? {
        index(of: key).map { fields[$0].value }
    }

    /// Position of the field named `key` (its first, if written twice).
    func index(of key: String) -> Int? {
        // Lengths first: most names asked for are not the one looked at, and a length is free.
        let length = key.utf8.count
        return fields.firstIndex { $0.key.utf8.count == length && $0.key == key }
    }
}

/// A field's value as written, with its line.
struct RawValue {
    enum Kind {
        case scalar(String)
        case list([String])
        case null
        /// A mapping or a list of lists: never valid in a network file.
        case nested
    }

    var kind: Kind
    var line: Int
}

/// A section's entries: records already built (a small YAML or JSON file), or the rows of a CSV
/// file or the packed entries of a large YAML file, made into records one at a time as they are
/// read so that a large file is not held twice.
struct RawSection: RandomAccessCollection {
    private enum Storage {
        case records([RawRecord])
        case table(CSVTable)
        case packed(PackedRecords)
    }

    private let storage: Storage

    init(_ records: [RawRecord]) { storage = .records(records) }
    init(_ table: CSVTable) { storage = .table(table) }
    init(_ packed: PackedRecords) { storage = .packed(packed) }

    var startIndex: Int { 0 }
    var endIndex: Int {
        switch storage {
        case .records(let records): records.count
        case .table(let table): table.rows.count
        case .packed(let packed): packed.count
        }
    }

    subscript(position: Int) -> RawRecord {
        switch storage {
        case .records(let records): records[position]
        case .table(let table): table.record(at: position)
        case .packed(let packed): packed.record(at: position)
        }
    }
}

/// The lines an entry was written on: its own and, when its fields are on lines of their own
/// (YAML), each field's. Small, since a section keeps one per entry: entries written alike (every
/// block entry of a YAML section has its fields one per line, in the same order) share one
/// ``EntryLayout``, and a CSV row, all on one line, has none.
struct EntryLines {
    let line: Int
    /// The fields' lines as offsets from the entry's; `nil` when every field is on its line.
    private let layout: EntryLayout?

    /// The lines of `record`, its layout shared through `layouts` with the entries written alike.
    init(_ record: RawRecord, layouts: EntryLayouts) {
        line = record.line
        guard record.fields.contains(where: { $0.value.line != record.line }) else {
            layout = nil
            return
        }
        layout = layouts.shared(keys: record.fields.map(\.key), offsets: record.fields.map { $0.value.line - record.line })
    }

    /// The line `key` was written on; the entry's own for a field it does not have. A field
    /// written twice answers with the line of its last writing, as the entry's checks read it.
    func line(of key: String) -> Int {
        guard let layout, let index = layout.keys.lastIndex(of: key) else { return line }
        return line + layout.offsets[index]
    }
}

/// The field names of an entry in order and how many lines below the entry each was written.
final class EntryLayout: Sendable {
    let keys: [String]
    let offsets: [Int]

    init(keys: [String], offsets: [Int]) {
        self.keys = keys
        self.offsets = offsets
    }
}

/// The layouts of one section's entries, each kept once however many entries are written alike
/// (a million funding entries share a handful). Read from every core while a section is read.
final class EntryLayouts: @unchecked Sendable {
    private struct Key: Hashable {
        let keys: [String]
        let offsets: [Int]
    }

    private var known: [Key: EntryLayout] = [:]
    private let lock = NSLock()

    func shared(keys: [String], offsets: [Int]) -> EntryLayout {
        let key = Key(keys: keys, offsets: offsets)
        lock.lock()
        defer { lock.unlock() }
        if let layout = known[key] { return layout }
        let layout = EntryLayout(keys: keys, offsets: offsets)
        known[key] = layout
        return layout
    }
}

/// Where an entry was written: its file and lines.
struct EntryPlace {
    let file: String
    let lines: EntryLines

    var line: Int { lines.line }
    func line(of key: String) -> Int { lines.line(of: key) }
}
