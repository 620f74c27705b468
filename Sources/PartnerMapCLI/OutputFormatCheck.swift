import ArgumentParser
import Foundation
import PartnerMap

/// The format a command writes, from `--format` or the output file's extension, refused when
/// the two disagree: `render --format png -o map.svg` would put PNG bytes in a file every
/// program then opens as SVG.
///
/// `extensions` maps the file extensions a command knows to its formats; an extension it does
/// not know (`.out`) is accepted with an explicit `--format`. `-` is standard output, which has
/// no extension: the format must then be given.
func outputFormat<Format: RawRepresentable>(
    explicit: Format?, output: String, extensions: [String: Format]
) throws -> Format where Format.RawValue == String {
    let fileExtension = output == "-" ? "" : URL(fileURLWithPath: output).pathExtension.lowercased()
    let implied = extensions[fileExtension]
    switch (explicit, implied) {
    case (let explicit?, let implied?) where explicit != implied:
        let stem = URL(fileURLWithPath: output).deletingPathExtension().lastPathComponent
        throw UsageProblem.extensionDisagrees(output: output, fileExtension: fileExtension, format: explicit.rawValue, stem: stem).error
    case (let explicit?, _): return explicit
    case (nil, let implied?): return implied
    case (nil, nil):
        if output == "-" { throw UsageProblem.standardOutputNeedsFormat.error }
        throw UsageProblem.cannotTellFormat(output: output).error
    }
}

/// Prints a command's text, or writes it whole to `output` (nothing on failure, which is said in
/// the output's language and stops with status 1). A table printed to a terminal keeps only what
/// the terminal can show (``TerminalText/visible(_:)``).
func printOrWrite(_ text: String, to output: String?, table: Bool, inputs: [String], language: ReportLanguage) throws {
    guard let output, output != "-" else {
        FileHandle.standardOutput.write(Data((table ? TerminalText.visible(text) : text).utf8))
        return
    }
    do {
        try OutputFile.write(Data(text.utf8), to: output, inputs: inputs)
    } catch {
        printError(error, in: language)
        throw ExitCode(1)
    }
}
