import Foundation
import PartnerMapGraphviz

/// Any UTF-8 text as a DOT file, through PartnerMap's reader on cgraph.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzDOT(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    guard let text = String(validating: UnsafeRawBufferPointer(start: start, count: count), as: UTF8.self) else { return 0 }
    _ = try? DOTReader.plainGraph(text, name: "fuzz")
    return 0
}

/// SwiftPM links an executable's entry point under this name; hand it to libFuzzer's driver.
@_cdecl("FuzzDOT_main")
public func main(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var argc = argc
    var argv = argv
    return llvmFuzzerRunDriver(&argc, &argv) { data, size in fuzzDOT(data.map(UnsafeRawPointer.init) ?? UnsafeRawPointer(("" as StaticString).utf8Start), size) }
}

@_silgen_name("LLVMFuzzerRunDriver")
func llvmFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<CInt>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
) -> CInt
