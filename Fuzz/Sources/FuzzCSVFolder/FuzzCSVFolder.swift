import Foundation
import PartnerMap

/// The sections of a CSV folder, in this order, separated in the input by a 0xFF byte (which
/// never occurs in UTF-8 text, so each part is a file as a spreadsheet would write it).
let sections = ["organisations", "partnerships", "projects", "memberships", "funding", "priorities", "sources", "network"]

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCSVFolder(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let bytes = UnsafeRawBufferPointer(start: start, count: count)
    var contents: [String: Data] = [:]
    for (index, part) in bytes.split(separator: 0xFF, omittingEmptySubsequences: false).prefix(sections.count).enumerated() {
        contents[sections[index] + ".csv"] = Data(part)
    }
    if let network = try? NetworkLoader.loadCSVFolder(contents: contents, folder: "fuzz") {
        _ = CollaborationView.graph(of: network)
        _ = FundingView.graph(of: network)
    }
    return 0
}

/// SwiftPM links an executable's entry point under this name; hand it to libFuzzer's driver.
@_cdecl("FuzzCSVFolder_main")
public func main(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var argc = argc
    var argv = argv
    return llvmFuzzerRunDriver(&argc, &argv) { data, size in fuzzCSVFolder(data.map(UnsafeRawPointer.init) ?? UnsafeRawPointer(("" as StaticString).utf8Start), size) }
}

@_silgen_name("LLVMFuzzerRunDriver")
func llvmFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<CInt>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
) -> CInt
