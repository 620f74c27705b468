/// Puts a file's problems in the order that helps fixing them: the problems that cause
/// others first, then the rest by file and line, with the follow-on noise collapsed.
///
/// A misnamed header in `organisations.csv` makes every row lack an `id`, and every
/// partnership then names "an organisation that is not in this file": a thousand lines for one
/// mistake. The coordinator needs the one mistake first and a count of what follows from it.
enum DiagnosticOrder {
    static func arrange(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        // The same problem on many rows of one file (a header that names no field) once, with a count.
        var groups: [GroupKey: (first: Diagnostic, count: Int)] = [:]
        var order: [GroupKey] = []
        for diagnostic in diagnostics {
            let key = GroupKey(
                file: diagnostic.file, problem: diagnostic.problem, severity: diagnostic.severity,
                line: isRowRepeatable(diagnostic.problem) ? nil : diagnostic.line)
            if let group = groups[key] {
                groups[key] = (group.first, group.count + 1)
            } else {
                groups[key] = (diagnostic, 1)
                order.append(key)
            }
        }
        var merged: [Diagnostic] = order.map { key in
            var (first, count) = groups[key]!
            if count > 1 {
                first.problem = .repeated(first.problem, moreRows: count - 1)
                // A problem of every row of a CSV file is its header's problem.
                if first.file.lowercased().hasSuffix(".csv"), case .unknownField = key.problem { first.line = 1 }
            }
            return first
        }
        merged.sort(by: byPlace)
        let causes = merged.filter { isCause($0.problem) }
        guard !causes.isEmpty else { return merged }
        let references = merged.filter { if case .unknownReference = $0.problem { return true } else { return false } }
        let rest = merged.filter { !isCause($0.problem) && !references.contains($0) }
        var arranged = causes + rest
        if references.count > 3 {
            arranged.append(Diagnostic(file: references[0].file, line: nil, problem: .followOnReferences(count: references.count)))
        } else {
            arranged += references
        }
        return arranged
    }

    /// Problems shown of each kind in one file before the rest are counted.
    static let shownPerKind = 3

    /// The problems as they are said: of each kind in one file (an unknown `type`, a grant
    /// without a funder), the first three, then one line counting the others with their
    /// lines. A 360Giving file whose 5,946 grants name no funder is four lines, not 5,946.
    static func summarised(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        guard diagnostics.count > shownPerKind else { return diagnostics }
        struct Kind: Hashable {
            var file: String
            var key: String?
        }
        var counts: [Kind: (count: Int, first: Int?, last: Int?)] = [:]
        let kinds = diagnostics.map { Kind(file: $0.file, key: kindKey($0.problem)) }
        for (diagnostic, kind) in zip(diagnostics, kinds) {
            var entry = counts[kind] ?? (0, nil, nil)
            entry.count += 1
            if entry.count > shownPerKind, let line = diagnostic.line {
                entry.first = entry.first.map { min($0, line) } ?? line
                entry.last = entry.last.map { max($0, line) } ?? line
            }
            counts[kind] = entry
        }
        var shown: [Kind: Int] = [:]
        var out: [Diagnostic] = []
        for (diagnostic, kind) in zip(diagnostics, kinds) {
            guard kind.key != nil else {
                out.append(diagnostic)
                continue
            }
            shown[kind, default: 0] += 1
            guard shown[kind]! <= shownPerKind else { continue }
            out.append(diagnostic)
            if shown[kind] == shownPerKind, let entry = counts[kind], entry.count > shownPerKind {
                out.append(
                    Diagnostic(
                        file: diagnostic.file, line: nil, problem: .moreOfTheSameKind(count: entry.count - shownPerKind, firstLine: entry.first, lastLine: entry.last),
                        severity: diagnostic.severity))
            }
        }
        return out
    }

    /// What makes two problems of one kind: their case, with the field or the grant's fault
    /// they name (an unknown `type` and an unknown `sectors` are two kinds).
    static func kindKey(_ problem: Problem) -> String? {
        switch problem {
        case .repeated(let inner, _): return kindKey(inner)
        case .invalidValue(let field, _, _): return "invalidValue." + field
        case .unknownField(let field, _, _): return "unknownField." + field
        case .missingField(let field, _): return "missingField." + field
        case .unknownReference(let field, _, _, _): return "unknownReference." + field
        case .grant(_, let fault): return "grant." + (Mirror(reflecting: fault).children.first?.label ?? String(describing: fault))
        // Already counts of their own.
        case .followOnReferences, .moreUnreadableDates, .moreOfTheSameKind: return nil
        default: return Mirror(reflecting: problem).children.first?.label ?? String(describing: problem)
        }
    }

    private struct GroupKey: Hashable {
        var file: String
        var problem: Problem
        var severity: Diagnostic.Severity
        var line: Int?
    }

    private static func byPlace(_ a: Diagnostic, _ b: Diagnostic) -> Bool {
        (a.file, a.line ?? 0) < (b.file, b.line ?? 0)
    }

    /// Problems that, written the same on every row, come from one mistake.
    private static func isRowRepeatable(_ problem: Problem) -> Bool {
        switch problem {
        case .unknownField, .missingField: true
        default: false
        }
    }

    /// Problems that make other problems: an unreadable file, bad syntax, a header or section
    /// that names nothing PartnerMap knows, entries without ids.
    private static func isCause(_ problem: Problem) -> Bool {
        switch problem {
        case .noSuchFile, .notRegularFile, .folderNotListable, .narrowingNeedsNetwork, .dotNeedsGraphviz, .otherGraphsLeftOut, .unknownFileType, .edgeListNotNetwork,
            .graphTooLargeForNetwork, .emptyFile,
            .binaryFile, .notUTF8, .tooLarge, .syntax, .nestingTooDeep,
            .aliasExpansionTooLarge, .aliasTextTooLarge, .notAMapping, .notAList, .unknownSection, .missingCSVFile, .csvRowWidth, .unknownField, .repeatedField,
            .quoteInUnquotedField,
            .textAfterClosingQuote, .unclosedQuote, .unnamedColumn, .repeatedColumn, .missingColumn, .notImportFormat,
            .notAWorkbook, .xmlEntityDeclared, .emptyProcessingInstruction, .sectionTwice, .mergedCells, .sheetColumnUnnamed, .sheetColumnsRepeated, .missingSheet:
            true
        case .missingField(let field, _): field == "id"
        case .repeated(let inner, _): isCause(inner)
        default: false
        }
    }
}
