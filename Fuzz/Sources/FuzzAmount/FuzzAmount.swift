import Foundation
import PartnerMap

/// Any text as an amount, a date and a fiscal year. An amount that is read is finite, and
/// reading the plain form of its value gives the value back.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzAmount(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let text = String(decoding: UnsafeRawBufferPointer(start: start, count: count), as: UTF8.self)
    if case .success(let reading) = AmountText.read(text) {
        precondition(reading.value.isFinite, "\(text) read as \(reading.value)")
        if abs(reading.value) < 1e15, reading.value == reading.value.rounded() {
            guard case .success(let again) = AmountText.read(AmountText.plain(reading.value)) else {
                preconditionFailure("\(AmountText.plain(reading.value)) (from \(text)) does not read back")
            }
            precondition(again.value == reading.value)
        }
    }
    _ = YearMonth(parsing: text)
    _ = YearMonth.fiscalYear(parsing: text)
    return 0
}

/// SwiftPM links an executable's entry point under this name; hand it to libFuzzer's driver.
@_cdecl("FuzzAmount_main")
public func main(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var argc = argc
    var argv = argv
    return llvmFuzzerRunDriver(&argc, &argv) { data, size in fuzzAmount(data.map(UnsafeRawPointer.init) ?? UnsafeRawPointer(("" as StaticString).utf8Start), size) }
}

@_silgen_name("LLVMFuzzerRunDriver")
func llvmFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<CInt>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
) -> CInt
