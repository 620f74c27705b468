import Foundation

@testable import PartnerMap

/// Any bytes as a YAML network file read in pieces (every entry start a cut, as a large file is
/// cut every megabyte): either given up, or exactly what reading the file whole gives. A
/// difference is a crash, so libFuzzer keeps the input.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzYAMLPieces(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    guard case .success(var text) = TextFile.decode(Data(bytes: start, count: count), file: "fuzz.yaml") else { return 0 }
    let whole = YAMLDocumentReader.read(text, file: "fuzz.yaml", format: .yaml)
    guard let pieces = YAMLSectionChunks.read(&text, file: "fuzz.yaml", minimumBytes: 0, pieceBytes: 1) else { return 0 }
    guard case .success(let document) = whole else { fatalError("read in pieces, but the whole file does not read: \(whole)") }
    let (fromPieces, piecesWarnings) = NetworkBuilder.buildWithWarnings(pieces, defaultName: "fuzz")
    let (fromWhole, wholeWarnings) = NetworkBuilder.buildWithWarnings(document, defaultName: "fuzz")
    switch (fromPieces, fromWhole) {
    case (.success(let a), .success(let b)) where a == b && piecesWarnings == wholeWarnings: break
    case (.failure(let a), .failure(let b)) where a.diagnostics == b.diagnostics: break
    default: fatalError("pieces and whole differ:\n\(fromPieces)\n\(piecesWarnings)\n---\n\(fromWhole)\n\(wholeWarnings)")
    }
    return 0
}

/// SwiftPM links an executable's entry point under this name; hand it to libFuzzer's driver.
@_cdecl("FuzzYAMLPieces_main")
public func main(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var argc = argc
    var argv = argv
    return llvmFuzzerRunDriver(&argc, &argv) { data, size in fuzzYAMLPieces(data.map(UnsafeRawPointer.init) ?? UnsafeRawPointer(("" as StaticString).utf8Start), size) }
}

@_silgen_name("LLVMFuzzerRunDriver")
func llvmFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<CInt>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
) -> CInt
