/// A grants file as it is published — 360Giving JSON, CSV or workbook, or a Government of
/// Canada grants and contributions CSV — read by every command as the network `import` would
/// write from it, so that `partnermap funding grants.json` needs no import first.
enum GrantsFile {
    /// The grants formats, the only import formats every command reads directly.
    static let formats: Set<ImportFormat> = [.canadaGrants, .threeSixtyGivingCSV, .threeSixtyGivingJSON]

    /// The grants format of a file PartnerMap would otherwise read as `format` (an edge list
    /// for a CSV, a network file for a JSON), told by its first bytes; `nil` for anything else.
    /// A workbook is told after its sheets fail to read as a network (``read(workbook:)``).
    static func recognise(path: String, as format: InputFormat) -> ImportFormat? {
        guard format == .edgeList || format == .json, let found = ImportFormat.detect(path: path), formats.contains(found) else { return nil }
        return found
    }

    /// The network a grants file makes, with what the import says it did dropped (the commands
    /// print their own output).
    static func read(path: String, format: ImportFormat) throws(NetworkLoadError) -> Network {
        switch format {
        case .canadaGrants: return try CanadaGrantsImporter.read(path).network
        case .threeSixtyGivingCSV: return try ThreeSixtyGivingImporter.readCSV(path).network
        default: return try ThreeSixtyGivingImporter.readJSON(path).network
        }
    }

    /// The flows of a grants file straight from funder to recipient, without a project per
    /// grant: what `funding` reads, a fraction of the work of ``read(path:format:)``.
    static func readFlows(path: String, format: ImportFormat) throws(NetworkLoadError) -> Network {
        switch format {
        case .canadaGrants: return try CanadaGrantsImporter.readFlows(path).network
        case .threeSixtyGivingCSV: return try ThreeSixtyGivingImporter.readFlows(path, json: false).network
        default: return try ThreeSixtyGivingImporter.readFlows(path, json: true).network
        }
    }

    /// A workbook of grants (a 360Giving sheet, a Government of Canada sheet) as a network;
    /// `nil` when its sheets are not grants.
    static func read(workbook path: String) -> Network? {
        guard let tables = try? ImportTables.read(path: path), let format = tables.format, formats.contains(format) else { return nil }
        return try? tables.read(as: format, roster: nil, respondents: nil).network
    }
}
