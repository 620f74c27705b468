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
        case .noSuchFile, .notRegularFile, .folderNotListable, .narrowingNeedsNetwork, .dotNeedsGraphviz, .otherGraphsLeftOut, .unknownFileType, .edgeListNotNetwork, .emptyFile,
            .binaryFile, .notUTF8, .tooLarge, .syntax, .nestingTooDeep,
            .aliasExpansionTooLarge, .notAMapping, .notAList, .unknownSection, .missingCSVFile, .csvRowWidth, .unknownField, .repeatedField, .quoteInUnquotedField,
            .textAfterClosingQuote, .unclosedQuote, .unnamedColumn, .repeatedColumn, .missingColumn, .notImportFormat,
            .notAWorkbook, .mergedCells, .sheetColumnUnnamed, .sheetColumnsRepeated, .missingSheet:
            true
        case .missingField(let field, _): field == "id"
        case .repeated(let inner, _): isCause(inner)
        default: false
        }
    }
}
