/// One copy of each text many grants repeat — a funder's name, a programme, an area —
/// however many grants give it: a national file names a few hundred funders and
/// programmes a million times, and each copy read from a row is held apart.
///
/// Texts are the same only when their bytes are: a name written with a composed `é` and one
/// written with `e` and a combining accent (equal as Swift compares strings) each keep the
/// bytes the file gave them.
struct SharedTexts {
    private var texts: Set<ExactText> = []

    /// The copy kept of `text`: the first met with the same bytes. A text of up to 15 bytes is
    /// held inside the string itself, with nothing to share, and comes back as it is.
    mutating func shared(_ text: String) -> String {
        guard text.utf8.count > 15 else { return text }
        return texts.insert(ExactText(text)).memberAfterInsert.text
    }

    mutating func shared(_ text: String?) -> String? { text.map { shared($0) } }

    /// A text compared and hashed by its UTF-8 bytes.
    private struct ExactText: Hashable {
        let text: String

        init(_ text: String) {
            var text = text
            // Native and contiguous, so that its bytes can be hashed in place.
            text.makeContiguousUTF8()
            self.text = text
        }

        static func == (left: ExactText, right: ExactText) -> Bool {
            var left = left.text
            var right = right.text
            return left.withUTF8 { leftBytes in right.withUTF8 { leftBytes.elementsEqual($0) } }
        }

        func hash(into hasher: inout Hasher) {
            var text = text
            text.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
        }
    }
}

extension Grant {
    /// The grant with the texts grants repeat (its funder, programme, area) shared through
    /// `texts`; the texts that are the grant's own (its key, title, description and
    /// recipient) are left as they are.
    func sharing(_ texts: inout SharedTexts) -> Grant {
        var grant = self
        grant.funderID = texts.shared(funderID)
        grant.funderName = texts.shared(funderName)
        grant.frenchFunderName = texts.shared(frenchFunderName)
        grant.programme = texts.shared(programme)
        grant.frenchProgramme = texts.shared(frenchProgramme)
        grant.area = texts.shared(area)
        return grant
    }
}
