import ArgumentParser
import Foundation

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
