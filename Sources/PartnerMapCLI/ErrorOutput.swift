import Foundation
import PartnerMap

/// Prints a line on standard error, where every problem and warning goes, so that standard
/// output holds only what a command was asked for. A file's names and values are in it, so
/// control characters are shown, never obeyed.
func printError(_ message: String) {
    FileHandle.standardError.write(Data((TerminalText.visible(message) + "\n").utf8))
}

/// Prints a table, a summary or a sentence on standard output, control characters shown.
func printText(_ text: String) {
    print(TerminalText.visible(text))
}

/// Prints a failure in the reader's language: every problem of a file, or why an output could
/// not be written.
///
/// - Parameter every: every problem, instead of three of each kind and a count (`--strict`).
func printError(_ error: any Error, in language: ReportLanguage, every: Bool = false) {
    switch error {
    case let failure as NetworkLoadError: printError(failure.description(in: language, every: every))
    case let failure as OutputFile.Failure: printError(failure.description(in: language))
    case let failure as NetworkMap.Failure: printError(failure.description(in: language))
    default: printError(String(describing: error))
    }
}
