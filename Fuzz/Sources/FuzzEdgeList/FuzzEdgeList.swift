import Foundation
import PartnerMap

/// Any bytes as an edge list, undirected and directed.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzEdgeList(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let data = Data(bytes: start, count: count)
    for directed in [false, true] {
        if case .graph(let plain)? = try? NetworkLoader.load(data: data, format: .edgeList, file: "fuzz.edges", directed: directed) {
            _ = Graph(plain)
        }
    }
    return 0
}

/// SwiftPM links an executable's entry point under this name; hand it to libFuzzer's driver.
@_cdecl("FuzzEdgeList_main")
public func main(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var argc = argc
    var argv = argv
    return llvmFuzzerRunDriver(&argc, &argv) { data, size in fuzzEdgeList(data.map(UnsafeRawPointer.init) ?? UnsafeRawPointer(("" as StaticString).utf8Start), size) }
}

@_silgen_name("LLVMFuzzerRunDriver")
func llvmFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<CInt>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
) -> CInt
