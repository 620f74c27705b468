import ArgumentParser
import Foundation
import PartnerMap

/// `--lang en|fr`: the language of findings, tables, maps and reports. Without it, the
/// language of the user's session (`LC_ALL`, `LC_MESSAGES`, then `LANG`: `fr_CA.UTF-8` means
/// French); English otherwise. JSON keys and CSV headers stay the same in both languages.
struct LanguageOption: ParsableArguments {
    @Option(
        name: .customLong("lang"),
        help: .localized(
            "Language of the sentences and labels: en or fr (default: from LANG, else en).", valueName: "en|fr"))
    var choice: ReportLanguage?

    var language: ReportLanguage { choice ?? Self.fromEnvironment(ProcessInfo.processInfo.environment) }

    /// The first of LC_ALL, LC_MESSAGES and LANG that is set and not empty decides, as POSIX
    /// locales do.
    static func fromEnvironment(_ environment: [String: String]) -> ReportLanguage {
        for key in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            guard let value = environment[key], !value.isEmpty else { continue }
            return value.lowercased().hasPrefix("fr") ? .fr : .en
        }
        return .en
    }
}

extension ReportLanguage: ExpressibleByArgument {}

/// The terminal's width when standard output is a terminal, so tables and sentences wrap to
/// fit it; `nil` when output goes to a file or a pipe, so scripts get unbroken lines.
/// `COLUMNS` overrides the measured width.
func terminalWidth() -> Int? {
    guard isatty(STDOUT_FILENO) != 0 else { return nil }
    if let columns = ProcessInfo.processInfo.environment["COLUMNS"].flatMap(Int.init), columns > 20 { return columns }
    var size = winsize()
    guard ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 20 else { return nil }
    return Int(size.ws_col)
}
