import Foundation
import PartnerMap

/// Any bytes as GraphML and as GEXF: read or refused, never a crash; what reads imports as a
/// network file that loads again.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzXMLGraph(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let data = Data(bytes: start, count: count)
    for dialect in [XMLGraphReader.Dialect.graphML, .gexf] {
        if case .success(let graph) = XMLGraphReader.read(data, file: "fuzz.xml", dialect: dialect) {
            _ = Graph(graph.plainGraph(name: "fuzz"))
        }
    }
    return 0
}

/// SwiftPM links an executable's entry point under this name; hand it to libFuzzer's driver.
@_cdecl("FuzzXMLGraph_main")
public func main(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var argc = argc
    var argv = argv
    return llvmFuzzerRunDriver(&argc, &argv) { data, size in fuzzXMLGraph(data.map(UnsafeRawPointer.init) ?? UnsafeRawPointer(("" as StaticString).utf8Start), size) }
}

@_silgen_name("LLVMFuzzerRunDriver")
func llvmFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<CInt>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
) -> CInt
