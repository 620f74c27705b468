import Foundation

/// The formats `partnermap import` reads, told apart by their content: a CSV file by its
/// header row, a JSON file by its keys.
public enum ImportFormat: String, Sendable, CaseIterable {
    case survey
    /// A survey form's data as KoboToolbox (a workbook) or ODK Central (a ZIP of CSV files)
    /// exports it: the submissions and their repeat of answers about partners.
    case surveyFormData = "survey-form-data"
    case canadaGrants = "canada-grants"
    case threeSixtyGivingCSV = "360giving-csv"
    case threeSixtyGivingJSON = "360giving-json"
    case graphML = "graphml"
    case gexf
    case kumuJSON = "kumu-json"
    /// Kumu's Elements sheet, read with its Connections sheet.
    case kumuElements = "kumu-elements"
    case kumuConnections = "kumu-connections"

    /// The format of a file, from its first bytes; `nil` when none fits (a folder, a file that
    /// cannot be read, or one whose content fits no format). Never traps: Foundation's
    /// `readData(ofLength:)` does on a folder.
    public static func detect(path: String) -> ImportFormat? {
        if ImportTables.holdsTables(path: path) { return (try? ImportTables.read(path: path))?.format }
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), !isFolder.boolValue,
            let handle = FileHandle(forReadingAtPath: path)
        else { return nil }
        defer { try? handle.close() }
        guard let bytes = try? handle.read(upToCount: 65536) else { return nil }
        let head = String(decoding: bytes, as: UTF8.self)
        let trimmed = head.drop { $0.isWhitespace || $0 == "\u{FEFF}" }
        if trimmed.hasPrefix("<") {
            if head.contains("<graphml") { return .graphML }
            if head.contains("<gexf") { return .gexf }
            return nil
        }
        if trimmed.first == "{" || trimmed.first == "[" {
            if head.contains("\"grants\"") { return .threeSixtyGivingJSON }
            if head.contains("\"elements\"") { return .kumuJSON }
            return nil
        }
        let header = Set(
            trimmed.prefix { !$0.isNewline }.split { $0 == "," || $0 == ";" || $0 == "\t" }
                .map { CSVRows.key(String($0).trimmingCharacters(in: CharacterSet(charactersIn: "\" "))) })
        if header.isSuperset(of: ["refnumber", "agreementvalue"]) { return .canadaGrants }
        if header.contains("amountawarded") || header.contains("recipientorgname") { return .threeSixtyGivingCSV }
        if header.isSuperset(of: ["respondent", "partner"]) { return .survey }
        if header.isSuperset(of: ["from", "to"]) { return .kumuConnections }
        if header.contains("label") { return .kumuElements }
        return nil
    }
}
