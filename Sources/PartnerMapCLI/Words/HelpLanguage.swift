import ArgumentParser
import Foundation
import PartnerMap

/// The language of `--help`, the usage line and the command-line parser's messages: `--lang`
/// when the command line gives it (before or after the subcommand, `--lang fr` or
/// `--lang=fr`), else the session's locale as ``LanguageOption`` reads it. It is decided from
/// the arguments themselves, before they are parsed, because help and parse errors are
/// written when parsing fails or stops.
enum HelpLanguage {
    static let current: ReportLanguage = from(
        arguments: Array(CommandLine.arguments.dropFirst()), environment: ProcessInfo.processInfo.environment)

    /// The language these arguments and this environment ask for; arguments after `--` are
    /// files, not options.
    static func from(arguments: [String], environment: [String: String]) -> ReportLanguage {
        var index = 0
        while index < arguments.count, arguments[index] != "--" {
            let argument = arguments[index]
            if argument == "--lang", index + 1 < arguments.count, let language = ReportLanguage(rawValue: arguments[index + 1]) {
                return language
            }
            if argument.hasPrefix("--lang="), let language = ReportLanguage(rawValue: String(argument.dropFirst("--lang=".count))) {
                return language
            }
            index += 1
        }
        return LanguageOption.fromEnvironment(environment)
    }
}

/// The text of a command's help in the help language: English as written at the call site,
/// or its French from ``FrenchHelp`` (English is the key, as in gettext, so the help reads in
/// place where each option is declared).
func localized(_ english: String) -> String {
    HelpLanguage.current == .fr ? FrenchHelp.translate(english) : english
}

extension ArgumentHelp {
    /// An option's or argument's help in the help language, with its value's name
    /// (`<file>`) translated where it is shown.
    static func localized(_ english: String, valueName: String? = nil) -> ArgumentHelp {
        ArgumentHelp(PartnerMapCLI.localized(english), valueName: valueName)
    }
}
