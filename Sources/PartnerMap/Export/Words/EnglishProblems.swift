/// The English messages about input problems. See ``ProblemCatalogue``.
struct EnglishProblems: ProblemCatalogue {
    func diagnostic(file: String, line: Int?, warning: Bool, message: String) -> String {
        let label = warning ? "warning: " : ""
        if let line { return "\(file):\(line): \(label)\(message)" }
        return "\(file): \(label)\(message)"
    }

    func note(_ note: ImportNote) -> [String] {
        switch note {
        case .readGraph(let nodes, let edges, let file, let format, let directed):
            return ["read \(nodes) nodes and \(edges) edges from \(file) (\(format), \(directed ? "directed" : "undirected"))"]
        case .repeatedEdgesMerged(let count):
            return [
                count == 1
                    ? "1 repeated edge between the same two nodes kept as one partnership with the last weight given"
                    : "\(count) repeated edges between the same two nodes kept as one partnership with the last weight given"
            ]
        case .loopsLeftOut(let count):
            return ["\(count) edge\(count == 1 ? "" : "s") of a node to itself left out: a partnership joins two organisations"]
        case .directionDropped:
            return ["partnerships are undirected: the direction of each edge was not kept"]
        case .weightsRescaled(let low, let high):
            return ["edge weights ran from \(AmountText.plain(low)) to \(AmountText.plain(high)); rescaled to tie strengths 1–5 (1 + 4 × (w − min) / (max − min))"]
        case .organisationsAndPartnerships(let organisations, let partnerships):
            return ["\(organisations) organisations, \(partnerships) partnerships"]
        case .mergedByIdentifier(let count):
            return ["merged \(count) mentions of an organisation by its identifier"]
        case .mergedByName(let count):
            return ["merged \(count) mentions of a recipient by its name (no identifier); check them"]
        case .organisationsAndProjects(let organisations, let projects):
            return ["\(organisations) organisations, \(projects) funded projects"]
        case .readAgreements(let rows, let file, let agreements):
            return ["read \(rows) rows of \(file): \(agreements) agreements"]
        case .keptLatestAmendment(let dropped):
            return ["kept the latest amendment of each agreement; \(dropped) earlier amendment rows restate it and were not added"]
        case .readGrants(let rows, let file):
            return ["read \(rows) grants from \(file)"]
        case .readSurvey(let organisations, let roster, let responses, let file):
            return ["read \(organisations) organisations from \(roster) and \(responses) responses from \(file)"]
        case .responded(let count, let total):
            return ["\(count) of \(total) organisations responded (\(percent(count, total)))"]
        case .partnershipsConfirmed(let count, let both):
            return ["\(count) partnerships, \(both) confirmed by both sides (\(percent(both, count)))"]
        case .matchedByID(let count):
            return ["matched \(count) organisations by id"]
        case .matchedByRegistration(let count):
            return ["matched \(count) organisations by registration number"]
        case .matchedByName(let names):
            return ["matched \(names.count) organisations by name only; check them:"] + names.map { "  " + $0 }
        case .addingTo(let file):
            return ["adding to \(file)"]
        case .written(let file):
            return ["written \(file)"]
        }
    }

    private func percent(_ part: Int, _ whole: Int) -> String {
        whole == 0 ? "–" : ReportLanguage.en.percent(Double(part) / Double(whole))
    }

    func command(_ message: CommandMessage) -> String {
        switch message {
        case .nothingWritten: "nothing was written."
        case .formWritten(let file, let members):
            "written \(file): the partner survey's form, \(members) organisations to choose from; upload it to KoboToolbox, ODK Central or SurveyCTO"
        case .importedDoesNotValidate: "the imported network does not validate; nothing was written."
        case .isAFolder(let file):
            "\(file): is a folder; import reads files (a survey's responses.csv, a grants file, a GraphML or GEXF file); a folder of network CSV files is read directly by every command"
        case .cannotTellFormat(let file, let formats): "\(file): cannot tell what this file is; give --from " + formats.joined(separator: "|")
        case .surveyNeedsRoster(let file): "\(file): a survey needs its roster; add --roster roster.csv (id,name,type,sectors)"
        case .formDataNeedsTables(let file):
            "\(file): a survey form's answers come as the tool's whole export, with its ratings sheet: KoboToolbox's XLS export (.xlsx) or ODK Central's CSV download (.zip)"
        case .kumuNeedsConnections(let file): "\(file): a Kumu Elements sheet needs its Connections sheet (From, To, Type) as a second file"
        case .filesWithProblems(let failed, let total):
            total == 1 ? "1 file has problems; nothing was loaded." : "\(failed) of \(total) files have problems."
        case .validNetwork(let file, let organisations, let projects, let partnerships, let memberships, let flows):
            "ok  \(file): \(organisations) organisations, \(projects) projects, \(partnerships) partnerships, \(memberships) memberships, \(flows) funding flows"
        case .validEdgeList(let file, let nodes, let ties): "ok  \(file): edge list, \(nodes) nodes, \(ties) ties"
        case .noSurveyAnswers(let file):
            "\(file): holds no survey answers (`responses`); import a survey with partnermap import responses.csv --roster roster.csv -o network.yaml"
        case .serving(let address): "Open \(address) in your browser (Ctrl-C stops the workspace)"
        case .serveHostUnsafe(let host):
            "warning: listening on \(host), not 127.0.0.1: any machine that reaches this address can try the token, and nothing is encrypted; use it only on a network you trust"
        case .cannotServe(let host, let port, let reason):
            "cannot listen on \(host) port \(port) (\(reason)); give another port with --port, or 0 for a free one"
        case .unknownFunder(let file, let id, let known):
            "\(file): no organisation has the id `\(id)`; the funders are " + (known.prefix(10).joined(separator: ", ")) + (known.count > 10 ? " and \(known.count - 10) more" : "")
        case .progress(let step):
            switch step {
            case .reading(let file): "reading \(file)"
            case .drawingMap: "drawing the map"
            case .drawingFundingMap: "drawing the funding map"
            case .measuringCentrality: "measuring centrality"
            case .comparingProjects: "comparing projects"
            case .lookingForGaps: "looking for gaps"
            case .suggestingPartnerships: "suggesting partnerships"
            case .writingPage: "writing the page"
            case .written(let file): "written \(file)"
            }
        case .notASurveyMember(let file, let id, let suggestion):
            "\(file): \(id) is not a member of the survey" + didYouMean(suggestion)
        case .sizeNeedsSurvey(let file, let size): "\(file): --size \(size) needs a survey's answers (`responses`), which this file does not hold"
        case .cannotWrite(let path, let reason): "\(path): cannot be written (\(reason))"
        case .outputIsInput(let path, let input):
            "\(path): is the file this command reads (\(input)); writing it would destroy your data: give another name, for example report.html"
        case .outputIsFolder(let path): "\(path): is a folder; give a file name inside it, for example \(path.hasSuffix("/") ? path : path + "/")map.svg"
        case .moreWarnings(let count):
            "… and \(count) more warning\(count == 1 ? "" : "s") like these (`--strict` lists each of them as a problem)"
        case .mapUnknownOrganisation(let id, let suggestion):
            "no organisation has the id \(quoted(id))" + (suggestion.map { " (did you mean `\($0)`?)" } ?? "")
        case .mapNoFunding: "the network records no funding, so there is no funding map to draw"
        case .mapTooFewProjects: "the network has fewer than two projects, so there is no overlap map to draw"
        case .noFundingToExport(let file):
            "\(file): the network records no funding flow, so `--view funding` has nothing to export; nothing was written"
        case .fundingLeftOut(let flows, let format):
            "note: this \(format) file holds the partnerships; \(flows == 1 ? "the funding flow is" : "the \(flows) funding flows are") exported with `--view funding`"
        }
    }

    func message(_ problem: Problem) -> String {
        switch problem {
        case .noSuchFile:
            return "cannot be read (no such file)"
        case .notRegularFile:
            return "cannot be read (permission denied or not a regular file)"
        case .folderNotListable:
            return "cannot be read (the folder cannot be listed)"
        case .narrowingNeedsNetwork:
            return
                "cannot be read (--as-of, --confirmed, --sourced-only, --sector, --type, --area and --council need a network file (YAML, JSON or a CSV folder); a graph from another tool (edge list, GraphML, GEXF, DOT) records no dates, survey answers, sources, sectors or councils)"
        case .filterMatchesNothing(let option, let value, let known, let suggestion):
            return "\(option) \(value) names nothing in this file"
                + (suggestion.map { " (did you mean `\($0)`?)" } ?? (known.isEmpty ? "; the file records none" : "; the file has: " + known.joined(separator: ", ")))
        case .dotNeedsGraphviz:
            return "is a DOT file, which is read by Graphviz: load it with `dot: DOTReader.self` from the PartnerMapGraphviz module"
        case .unknownFileType:
            return "cannot be read (unknown file type; name network files .yaml or .json, edge lists .edges or .txt, or give a folder of CSV files)"
        case .graphTooLargeForNetwork(let nodes, let needed, let available):
            return
                "this graph of \(ReportLanguage.en.number(Double(nodes))) nodes needs about \(ReportLanguage.en.number(Double(needed))) MB as a network of organisations, and this process may use \(ReportLanguage.en.number(Double(available))) MB; summary, centrality and communities read it as a graph, in far less, or run this command on a machine with more memory"
        case .edgeListNotNetwork:
            return "cannot be read (this is an edge list, and this command needs a network file with organisations (YAML, JSON or a CSV folder))"
        case .emptyFile:
            return "the file is empty; a network file needs at least an `organisations` section"
        case .binaryFile:
            return "this looks like a binary file (a spreadsheet or an image?), not text; export it as CSV, YAML or JSON"
        case .notUTF8:
            return "the text is not UTF-8; save the file as UTF-8 (in a spreadsheet: \"CSV UTF-8\")"
        case .tooLarge(let bytes, let limit):
            return "the file is \(bytes) bytes, more than the \(limit) bytes PartnerMap reads"
        case .syntax(let format, let detail):
            return "not valid \(format): \(detail)"
        case .nestingTooDeep(let limit):
            return "lists and mappings are nested more than \(limit) levels deep; a network file needs no more than 3"
        case .aliasExpansionTooLarge(let limit):
            return "YAML aliases (*name) expand to more than \(limit) entries; write the entries out or use fewer aliases"
        case .aliasTextTooLarge(let megabytes):
            return "YAML aliases (*name) repeat more than \(megabytes) MB of text; write the entries out or use fewer aliases"
        case .notAMapping(let place):
            let what =
                switch place {
                case .topOfFile: "the top of a network file"
                case .entry(let section): "each entry of `\(section)`"
                }
            return "\(what) must be a mapping of `field: value` lines"
        case .notAList(let section):
            return "`\(section)` must be a list of entries, each starting with `- `"
        case .repeatedField(let names):
            return "not valid YAML: the field \(names.map { "`\($0)`" }.joined(separator: ", ")) appears twice in one entry"
        case .unknownSection(let name, let suggestion):
            return "unknown section `\(name)`" + didYouMean(suggestion)
                + "; sections are name, sources, expectedSectors, priorities, organisations, projects, partnerships, memberships, funding"
        case .unknownField(let name, let entity, let suggestion):
            return "unknown field `\(name)` in \(self.entity(entity))" + didYouMean(suggestion) + "; put free text in `notes`"
        case .missingField(let name, let entity):
            return "\(self.entity(entity)) has no `\(name)`; add it"
        case .wrongShape(let field, let expected):
            return "`\(field)` must be \(expectation(expected))"
        case .invalidValue(let field, let value, let expected):
            return "`\(field)` is \(quoted(value)); expected \(expectation(expected))"
        case .invalidID(let id):
            return "id \(quoted(id)) may only hold letters, digits, `.`, `_` and `-` (no spaces or accents); for example \(quoted(suggestedID(id)))"
        case .controlCharacter(let field, let value):
            return "`\(field)` holds a control character no one can see or type (\(quoted(value))); delete it and type the text again"
        case .duplicateID(let id, let firstLine):
            let first = firstLine.map { " (first used on line \($0))" } ?? ""
            return "id \(quoted(id)) is used twice\(first); ids must be unique across organisations and projects"
        case .programmeNamedTwice(let programme, let field, let name, let first, let firstLine):
            return "programme \(quoted(programme)) is named \(quoted(name)) in `\(field)` here but \(quoted(first)) on line \(firstLine); give each programme one name per language"
        case .unknownReference(let field, let id, let expected, let suggestion):
            return "`\(field)` names \(quoted(id)), which is not \(expectation(expected))" + didYouMean(suggestion)
        case .selfPartnership(let id):
            return "a partnership of \(quoted(id)) with itself; a partnership joins two different organisations"
        case .partnershipSize(let count):
            return "a partnership joins exactly two organisations, this one lists \(count); write one partnership per pair"
        case .weightOutOfRange(let weight):
            return "weight \(formatNumber(weight)) is outside 1 (weak) to 5 (strong)"
        case .negativeAmount(let amount):
            return "amount \(formatNumber(amount)) is negative; record money going the other way as a flow from the other side"
        case .invalidCurrency(let code):
            return "currency \(quoted(code)) is not a three-letter code such as CAD, USD or EUR"
        case .ambiguousNumber(let field, let text, let thousands, let decimal):
            let mark = text.contains(",") ? "comma" : "dot"
            return
                "`\(field)` \(quoted(text)) reads two ways: \(AmountText.plain(thousands)) (a \(mark) between thousands) or \(AmountText.plain(decimal)) (a decimal \(mark)); write \(AmountText.plain(thousands)) or \(AmountText.plain(decimal))"
        case .malformedNumber(let field, let text, let fault):
            return "`\(field)` \(quoted(text)) is not a number PartnerMap reads: \(numberFault(fault)); write digits with an optional decimal mark, for example 125000 or 125000.50"
        case .currencyContradiction(let amount, let named, let given):
            return "the amount \(quoted(amount)) is in \(named) but the entry's currency is \(given); make them agree, or leave one of them out"
        case .endBeforeStart(let start, let end):
            return "ends (\(end)) before it starts (\(start))"
        case .bodyNotCouncil(let body, let type):
            return "\(quoted(body)) is of type \(type.rawValue); only organisations of type council or network have members"
        case .selfMembership(let id):
            return "\(quoted(id)) is listed as a member of itself"
        case .selfRating(let id):
            return "\(quoted(id)) rates itself; a survey answer names a partner other than the one answering"
        case .repeatedAnswer(let rater, let rated, let firstLine):
            return "\(quoted(rater)) already rated \(quoted(rated)) on line \(firstLine); keep one answer per partner"
        case .selfFunding(let id):
            return "\(quoted(id)) is listed as funding itself"
        case .missingCSVFile(let expected):
            return "the folder has no \(expected); a CSV network needs at least organisations.csv"
        case .repeatedPartnership(let a, let b, let firstLine):
            return
                "the partnership of \(quoted(a)) and \(quoted(b)) is already on line \(firstLine); write one partnership per pair (both types in `type`, the tie's strength in `weight`)"
        case .repeatedMembership(let organisation, let body, let firstLine):
            return "\(quoted(organisation))'s seat on \(quoted(body)) is already on line \(firstLine); remove one of the two rows"
        case .repeatedFunding(let from, let to, let firstLine):
            return
                "this funding row from \(quoted(from)) to \(quoted(to)) repeats line \(firstLine) exactly; remove it, or if it is a second grant give it its own year, period or programme"
        case .organisationWithoutTies(let id):
            return "\(quoted(id)) is in no partnership, seat, shared project or funding flow; add its ties, or leave it if it is truly alone"
        case .projectWithoutObjectives(let id):
            return "project \(quoted(id)) has no `objectives` nor `themes`, so overlap can only compare its name; add what it aims at"
        case .fundingWithoutYear(let from, let to):
            return "funding from \(quoted(from)) to \(quoted(to)) has no `year` nor `start`/`end`; add when the money was given"
        case .repeated(let inner, let moreRows):
            return message(inner) + " (the same on \(moreRows) more row\(moreRows == 1 ? "" : "s"))"
        case .followOnReferences(let count):
            return "and \(count) more references to ids this file does not define, which follow from the problems above; fix those first"

        case .notAWorkbook(let fault):
            switch fault {
            case .notZip: return "not an Excel workbook (.xlsx): the file is not the ZIP container a workbook is; save it again from the spreadsheet as \"Excel Workbook (.xlsx)\""
            case .oldExcel: return "this is an Excel 97-2003 workbook (.xls), which PartnerMap does not read; save it as \"Excel Workbook (.xlsx)\" or as CSV UTF-8"
            case .openDocument: return "this is an OpenDocument spreadsheet (.ods); save it as \"Excel 2007-365 (.xlsx)\" or as CSV UTF-8"
            case .missingPart(let part): return "not a complete Excel workbook: it has no \(part); save it again from the spreadsheet as .xlsx"
            case .brokenZip: return "the file is damaged: its ZIP container is cut short or altered; download or save it again"
            case .damaged(let part): return "the workbook is damaged: its part \(part) cannot be read; open it in Excel or LibreOffice and save it again as .xlsx"
            case .partTooLarge(let part): return "the workbook's part \(part) expands to more than 1 GB; split the workbook, or save its sheets as CSV"
            case .documentType(let part):
                return
                    "the workbook's part \(part) declares a document type (<!DOCTYPE), which no spreadsheet writes and PartnerMap does not read; open the workbook in Excel or LibreOffice and save it again as .xlsx"
            case .partShared(let part):
                return "the workbook is damaged: two of its sheets point at the same part \(part); open it in Excel or LibreOffice and save it again as .xlsx"
            }
        case .excelError(let cell, let value):
            return "cell \(cell) shows the Excel error \(value); correct the formula or type the value"
        case .formulaWithoutValue(let cell):
            return "cell \(cell) holds a formula saved without its result; open the workbook in Excel or LibreOffice and save it again"
        case .excelDateOutOfRange(let cell, let serial):
            return "cell \(cell) is formatted as a date but its number \(serial) is no date; type the date as 2024-04-01"
        case .mergedCells(let range, let inHeader):
            return inHeader
                ? "cells \(range) of the header row are merged; unmerge them and give each column its own name"
                : "cells \(range) are merged, so only the first holds the value; unmerge them and fill each cell"
        case .sheetColumnUnnamed(let column):
            return "column \(column) holds values but its header cell is empty; name the column or delete it"
        case .sheetColumnsRepeated(let name, let first, let second):
            return "columns \(first) and \(second) of the header row both name `\(name)`; keep one"
        case .sheetLeftOut(let name, let suggestion):
            return "the sheet \(quoted(name)) is not a section of a network and is left out" + didYouMean(suggestion)
                + "; sections are organisations, projects, partnerships, memberships, funding, priorities, sources, network"
        case .sectionTwice(let section, let first):
            return "this holds the section \(section) again, already read from \(first); keep one of the two and merge its rows into it"
        case .missingSheet(let expected, let sheets):
            return "the workbook has no sheet named \(expected) (its sheets: \(sheets.map(quoted).joined(separator: ", ")))"

        case .answerWithoutSubmission(let parent, let main):
            return
                "this answer belongs to submission \(quoted(parent)), which \(quoted(main)) does not hold; export the submissions and their ratings together, from the same download"

        case .csvRowWidth(let fields, let header):
            return "this row has \(fields) fields but the header has \(header); check for a missing quote or an extra comma"
        case .quoteInUnquotedField:
            return "not valid CSV: a quote inside an unquoted field; put the whole field in quotes and double the inner quote (\"\")"
        case .textAfterClosingQuote:
            return "not valid CSV: text after the closing quote of a field; double a quote inside a quoted field (\"\")"
        case .unclosedQuote:
            return "not valid CSV: a quoted field opened here is never closed; add the closing \""
        case .unnamedColumn(let column):
            return "not valid CSV: column \(column) of the header row has no name"
        case .repeatedColumn(let name, let first, let second):
            return "not valid CSV: columns \(first) and \(second) of the header row both name `\(name)`; keep one"

        case .edgeListColumns(let found):
            return "expected `source target [weight]`, found \(found) values; put an id holding spaces or commas in double quotes, or separate the columns with tabs"
        case .emptyEdgeList:
            return "the edge list has no nodes; write one `source target` pair per line"
        case .tieToItself(let id):
            return "a tie from \(quoted(id)) to itself; ties join two different nodes"
        case .invalidWeight(let text, let between):
            if between.count == 2 {
                return "the tie \(quoted(between[0])) – \(quoted(between[1])) has weight \(quoted(text)); a weight is a positive number (a tie strength; 1 when left out)"
            }
            return "weight \(quoted(text)) must be a positive number (a tie strength; 1 when left out)"
        case .lexiconColumns(let found):
            return "expected `concept<TAB>English terms<TAB>French terms`, found \(found) columns"
        case .elementAfterDocument(let name):
            return "not valid XML: `<\(name)>` comes after the end of the document"
        case .emptyProcessingInstruction(let format):
            return "this \(format) file holds a processing instruction without content (<?name?>), which PartnerMap cannot read; delete it or export the graph again"
        case .xmlEntityDeclared(let format):
            return
                "this \(format) file declares an XML entity (<!ENTITY), which no graph tool writes and PartnerMap does not expand; export the graph again from the tool that made it"
        case .respelledIDs(let count, let examples):
            return
                "\(count) id\(count == 1 ? " was" : "s were") written with separate accents (\(examples.map(quoted).joined(separator: ", "))); each read as one node whichever way it is typed, in composed form (Unicode NFC)"
        case .loopsLeftOut(let count, let first):
            return "\(count) tie\(count == 1 ? "" : "s") of a node to itself (\(quoted(first))\(count > 1 ? ", …" : "")) left out: measures count ties between two nodes"
        case .otherGraphsLeftOut(let count):
            return "the file holds \(count + 1) graphs; only the first is read (put each graph in a file of its own to read the others)"
        case .undeclaredNodes(let count, let examples):
            return
                "ties name \(count) node\(count == 1 ? "" : "s") the file does not declare (\(examples.map(quoted).joined(separator: ", "))\(count > examples.count ? ", …" : "")): added as nodes"
        case .repeatedTies(let count):
            return "\(count) repeated tie\(count == 1 ? "" : "s") between the same two nodes kept as one, with the last weight given"

        case .missingColumn(let column, let table):
            switch table {
            case .roster: return "the roster has no `\(column)` column; its header must be id,name,type,sectors"
            case .responses:
                return "the responses have no `\(column)` column; the header must be respondent,partner,frequency,openness,reliability,mission,power,resources,involvement"
            case .respondents: return "the respondents file has no `\(column)` column; its header must be id,outcome,contributes"
            case .threeSixtyGivingCSV, .threeSixtyGivingJSON: return "no `\(column)` column; is this a 360Giving CSV?"
            case .canadaGrants: return "no `\(column)` column; is this the grants and contributions CSV?"
            case .kumuBlueprint: return "no `\(column)` column; is this a Kumu sheet?"
            }
        case .rowWithout(let fields, let row):
            let what =
                switch row {
                case .row: "a row"
                case .rosterRow: "a roster row"
                case .response: "a response"
                case .respondentsRow: "a respondents row"
                case .node: "a node"
                case .edge: "an edge"
                case .element: "an element"
                case .connection: "a connection"
                case .grant: "a grant"
                }
            if row == .element { return "an element has no label" }
            if row == .grant { return "a grant has no identifier" }
            return "\(what) has no " + fields.map { "`\($0)`" }.joined(separator: " or ")
        case .alreadyOnLine(let record, let first):
            switch record {
            case .id(let id): return "id \(quoted(id)) is already on line \(first)"
            case .grant(let id): return "grant \(quoted(id)) is already on line \(first)"
            case .agreement(let ref): return "agreement \(quoted(ref)) is already on line \(first)"
            case .amendment(let ref, let number): return "agreement \(quoted(ref)) amendment \(number) is already on line \(first); each amendment once"
            case .element(let label, let item): return "the element \(quoted(label)) is already on \(item ? "item" : "line") \(first)"
            case .respondent(let id): return "\(quoted(id)) is already on line \(first)"
            }
        case .notInRoster(let id, let role, let suggestion):
            switch role {
            case .respondent: return "respondent \(quoted(id)) is not in the roster" + didYouMean(suggestion)
            case .partner: return "partner \(quoted(id)) is not in the roster" + didYouMean(suggestion) + "; add it to the roster or correct the id"
            case .respondentsID: return "\(quoted(id)) is not in the roster" + didYouMean(suggestion)
            }
        case .notImportFormat(let table):
            switch table {
            case .kumuBlueprint: return "not a Kumu blueprint: expected an object with an `elements` list"
            default: return "not 360Giving JSON: expected an object with a `grants` list"
            }
        case .grantNotAnObject(let index):
            return "grant \(index) is not an object"
        case .grant(let record, let fault):
            let name =
                switch record {
                case .agreement(let ref): "agreement \(quoted(ref))"
                case .grant(let id): "grant \(quoted(id))"
                default: "the grant"
                }
            switch fault {
            case .noAmount: return "\(name) has no amount awarded"
            case .unreadableAmount(let text): return "\(name): the amount \(quoted(text)) is not an amount PartnerMap reads"
            case .noFunder: return "\(name) names no funding organisation"
            case .noRecipient: return "\(name) names no recipient organisation"
            case .noCurrency: return "\(name) has no three-letter currency (360Giving requires one)"
            case .unreadableDate(let text, let dayFirst):
                return "\(name): the date \(quoted(text)) is not a date PartnerMap reads; write it as 2014-03-17"
                    + (dayFirst ? " or 17/03/2014 (day first, as the 360Giving standard does)" : "")
            case .endsBeforeStart(let start, let end): return "\(name) ends (\(end)) before it starts (\(start))"
            case .noField(let field): return "\(name) has no `\(field)`"
            case .noDepartment: return "\(name) has no department in `owner_org_title`"
            }
        case .moreOfTheSameKind(let count, let firstLine, let lastLine):
            let lines = firstLine.flatMap { first in lastLine.map { first == $0 ? " (line \(first))" : " (lines \(first) to \($0))" } } ?? ""
            return "… and \(ReportLanguage.en.number(Double(count))) more problem\(count == 1 ? "" : "s") like the three above\(lines); `--strict` lists every one"
        case .moreUnreadableDates(let count, let shown):
            return "… and \(count - shown) more grants with a date PartnerMap cannot read (\(count) in all); the first \(shown) are above"
        }
    }

    private func didYouMean(_ suggestion: String?) -> String {
        suggestion.map { " (did you mean `\($0)`?)" } ?? ""
    }

    private func entity(_ entity: Problem.Entity) -> String {
        switch entity {
        case .network: "the network"
        case .source: "a source"
        case .priority: "a priority"
        case .organisation: "an organisation"
        case .project: "a project"
        case .partnership: "a partnership"
        case .membership: "a membership"
        case .funding: "a funding flow"
        case .surveyAnswer: "a survey answer"
        case .networkCSV: "network.csv"
        }
    }

    private func expectation(_ expected: Problem.Expectation) -> String {
        switch expected {
        case .singleValue: "a single value, not a list"
        case .plainList: "a list of plain values"
        case .plainNumber: "a plain number, without a currency"
        case .date: "a date written YYYY, YYYY-MM or YYYY-MM-DD, on the calendar"
        case .yearOrFiscalYear: "a four-digit year or a fiscal year such as 2024-25"
        case .year: "a four-digit year"
        case .boolean: "true or false"
        case .oneOf(let names): "one of " + names.joined(separator: ", ")
        case .anyOf(let names): "any of " + names.joined(separator: ", ")
        case .indicator: "1 (not at all), 2, 3 or 4 (a great deal)"
        case .outcome: "1 (not at all successful) to 5 (very successful)"
        case .frequency: "yearly, quarterly, monthly, weekly or daily"
        case .level: "awareness, cooperation, coordination or integration"
        case .yearOrPeriod: "a fiscal year or start and end, not both"
        case .wholeNumber: "a whole number"
        case .amount: "an amount such as 125000.00"
        case .organisationNotProject: "an organisation (it is a project)"
        case .organisationInFile: "an organisation in this file"
        case .organisationOrProject: "an organisation or project in this file"
        case .rosterMember: "an organisation on the roster (under `organisations`)"
        case .listedSource: "a source listed under `sources`"
        case .kumuElement: "an element"
        case .characteristic: "a characteristic of a welcoming community (" + Framework.welcomingCommunities.characteristics.map(\.id).joined(separator: ", ") + ")"
        }
    }

    private func numberFault(_ fault: Problem.NumberFault) -> String {
        switch fault {
        case .empty: "it is empty"
        case .currencyTwice: "it names its currency twice; keep one symbol or code"
        case .noDigits: "it has no digits"
        case .notStartingWithDigit: "it must start with a digit"
        case .notANumber: "it is not a number"
        case .tooLarge: "it is too large"
        case .strayCharacter(let character): "it holds \(quoted(character)), which is not a digit, a separator or a currency"
        case .separatorNotBetweenDigits: "a separator is not between two digits"
        case .mixedSeparators: "its separators mix; use one between thousands and the other before the decimals"
        case .spacedThousandsDecimal: "with spaces between thousands, only the decimal mark may be a comma or a dot"
        case .groupNotThreeDigits: "between thousand separators every group has three digits"
        }
    }
}
