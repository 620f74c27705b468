import Foundation

/// The checks a workbook part passes before Foundation's XML parser sees it, made on its bytes a
/// chunk at a time as they are inflated, so that a sheet of a gigabyte is never held to check it.
///
/// The same checks, with the same outcome, as on a part held whole: the bytes are well-formed
/// UTF-8 (the parser on Linux crashes on some that are not), no document type is declared before
/// the root element (``XMLProlog/declaresDocumentType(_:)``, read on the bytes up to the root
/// element), and no processing instruction is empty (``XMLProlog/emptyProcessingInstruction(in:)``,
/// the parser crashes on one), whichever chunks a character, a declaration or an instruction
/// falls across.
struct StreamedPartCheck {
    /// The end of a character cut by the end of the last chunk, read in front of the next.
    private var pendingUTF8: [UInt8] = []
    private var notUTF8 = false
    /// The bytes up to the root element, until it is found.
    private var prolog: [UInt8] = []
    private var prologSearched = 0
    private var rootFound = false
    /// The processing instructions being read, as the states of ``EmptyInstructionMatcher``.
    private var instruction = EmptyInstructionMatcher()

    /// What the bytes, all of them read, turned out to be.
    enum Outcome: Equatable {
        case sound
        case notUTF8
        case documentType
        case emptyProcessingInstruction
    }

    /// Reads the next chunk of the part.
    mutating func add(_ chunk: UnsafeBufferPointer<UInt8>) {
        guard !chunk.isEmpty else { return }
        if !notUTF8 {
            var start = 0
            if !pendingUTF8.isEmpty {
                // Finish the cut character with the chunk's first bytes.
                let taken = Array(chunk.prefix(4 - pendingUTF8.count))
                let joined = pendingUTF8 + taken
                guard let whole = joined.withUnsafeBufferPointer(TextFile.completeUTF8Prefix) else {
                    notUTF8 = true
                    return
                }
                if whole == 0 {
                    // Still cut: the chunk was shorter than the character's end.
                    pendingUTF8 = joined
                    start = chunk.count
                } else {
                    start = whole - pendingUTF8.count
                    pendingUTF8 = []
                }
            }
            if start < chunk.count {
                let rest = UnsafeBufferPointer(rebasing: chunk[start...])
                if let whole = TextFile.completeUTF8Prefix(rest) {
                    pendingUTF8 = Array(rest[whole...])
                } else {
                    notUTF8 = true
                }
            }
        }
        if !rootFound {
            prolog.append(contentsOf: chunk)
            // The root element starts at the first `<` that opens an element.
            var index = max(0, prologSearched - 1)
            while index + 1 < prolog.count {
                if prolog[index] == UInt8(ascii: "<"), XMLProlog.opensElement(prolog[index + 1]) {
                    rootFound = true
                    break
                }
                index += 1
            }
            prologSearched = prolog.count
        }
        instruction.read(chunk)
    }

    /// What the part is, once every chunk has been added.
    func finish() -> Outcome {
        if notUTF8 || !pendingUTF8.isEmpty { return .notUTF8 }
        if XMLProlog.declaresDocumentType(Data(prolog)) { return .documentType }
        if instruction.found { return .emptyProcessingInstruction }
        return .sound
    }
}

/// Finds an empty processing instruction (`<?pi?>`, `<? ?>`) as
/// ``XMLProlog/emptyProcessingInstruction(in:)`` does, a byte at a time, keeping what it has seen
/// from one chunk to the next: `<?`, a target without blanks or `?`, blanks, then `?>`.
///
/// Every `<?` starts a try of its own, and tries overlap (`<?a<?>` is one: its target is `a<`),
/// so the matcher keeps the set of steps some try has reached.
struct EmptyInstructionMatcher {
    private var afterLess = false
    private var inTarget = false
    private var inBlanks = false
    private var afterQuestion = false
    private(set) var found = false

    mutating func read(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard !found else { return }
        for byte in bytes {
            let blank = byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
            let question = byte == UInt8(ascii: "?")
            if afterQuestion, byte == UInt8(ascii: ">") {
                found = true
                return
            }
            let target = (afterLess && question) || (inTarget && !blank && !question)
            let blanks = (inTarget || inBlanks) && blank
            afterQuestion = (inTarget || inBlanks) && question
            (inTarget, inBlanks) = (target, blanks)
            afterLess = byte == UInt8(ascii: "<")
        }
    }
}
