import Foundation
import PartnerMap

/// Any bytes through every importer: as a survey (roster and responses separated by a 0xFF
/// byte), as Canadian grants, as 360Giving CSV and JSON. What imports must write a network
/// file that loads again, unless the input holds a control character no one types (NUL,
/// escape), which `import` refuses as the input's problem.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzImport(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let bytes = UnsafeRawBufferPointer(start: start, count: count)
    let parts = bytes.split(separator: 0xFF, maxSplits: 1, omittingEmptySubsequences: false).map { String(decoding: $0, as: UTF8.self) }
    let text = String(decoding: bytes, as: UTF8.self)
    var results: [ImportResult] = []
    if parts.count == 2, let survey = try? PartnerSurveyImporter.read(rosterText: parts[0], responsesText: parts[1]) { results.append(survey) }
    if let grants = try? CanadaGrantsImporter.read(text: text) { results.append(grants) }
    if let csv = try? ThreeSixtyGivingImporter.readCSV(text: text) { results.append(csv) }
    if let json = try? ThreeSixtyGivingImporter.readJSON(text: text) { results.append(json) }
    for result in results {
        let yaml = NetworkFileWriter.yaml(result.network)
        do {
            _ = try NetworkLoader.network(yaml: yaml, file: "imported.yaml")
        } catch {
            let onlyControlCharacters = error.diagnostics.allSatisfy { if case .controlCharacter = $0.problem { true } else { false } }
            if !onlyControlCharacters { preconditionFailure("an import wrote a file that does not load: \(error)\n\(yaml)") }
        }
    }
    return 0
}

/// SwiftPM links an executable's entry point under this name; hand it to libFuzzer's driver.
@_cdecl("FuzzImport_main")
public func main(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var argc = argc
    var argv = argv
    return llvmFuzzerRunDriver(&argc, &argv) { data, size in fuzzImport(data.map(UnsafeRawPointer.init) ?? UnsafeRawPointer(("" as StaticString).utf8Start), size) }
}

@_silgen_name("LLVMFuzzerRunDriver")
func llvmFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<CInt>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
) -> CInt
