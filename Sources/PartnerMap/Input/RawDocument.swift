/// A network file after its syntax has been read and before its meaning has been checked:
/// sections of records, each field with the line it was written on.
///
/// YAML, JSON and CSV folders all become a `RawDocument`, so validation and model building
/// (``NetworkBuilder``) are written once for every format.
struct RawDocument {
    /// Top-level fields that are not sections (`name`, `expectedSectors`).
    var header: RawRecord
    /// Section name to its entries, in file order.
    var sections: [String: [RawRecord]] = [:]
    /// The file each section came from (CSV folders have one file per section).
    var sectionFiles: [String: String] = [:]
    /// The file the header came from.
    var headerFile: String

    static let sectionNames = [
        "sources", "priorities", "organisations", "projects", "partnerships", "memberships", "funding",
    ]
    static let headerFields = ["name", "expectedSectors"]

    func file(of section: String) -> String { sectionFiles[section] ?? headerFile }
}

/// One entry of a section: an organisation, a project, a partnership ...
struct RawRecord {
    var line: Int
    var fields: [(key: String, value: RawValue)] = []

    subscript(key: String) -> RawValue? {
        fields.first { $0.key == key }?.value
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
