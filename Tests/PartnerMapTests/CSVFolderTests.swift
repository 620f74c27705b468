import Foundation
import Testing

@testable import PartnerMap

/// The spreadsheet route: a folder of CSV files, with quotes, commas and line breaks in cells.
@Suite struct CSVFolderTests {
    static let organisations = """
        id,name,type,sectors
        a,"Centre ""Accueil"", Montréal",nonprofit,settlement;women
        b,"Two-line
        name",council,
        c,Plain,nonprofit,health

        """

    func load(_ files: [String: String]) throws -> Network {
        let folder = try TemporaryFolder()
        for (name, text) in files { try folder.write(name, text) }
        return try NetworkLoader.loadNetwork(path: folder.path)
    }

    func problems(_ files: [String: String]) throws -> [String] {
        let folder = try TemporaryFolder()
        for (name, text) in files { try folder.write(name, text) }
        do {
            _ = try NetworkLoader.loadNetwork(path: folder.path)
            return []
        } catch {
            return error.diagnostics.map { $0.description.replacingOccurrences(of: folder.path + "/", with: "") }
        }
    }

    @Test func quotesCommasAndNewlinesInCells() throws {
        let network = try load(["organisations.csv": Self.organisations])
        #expect(network.organisations.map(\.name) == ["Centre \"Accueil\", Montréal", "Two-line\nname", "Plain"])
        #expect(network.organisations[0].sectors == ["settlement", "women"])
        #expect(network.name.hasPrefix("partnermap-tests-"))
    }

    @Test func rowLinesCountLineBreaksInsideCells() throws {
        // Row of `c` starts on line 5 because `b`'s name spans lines 3-4.
        let found = try problems(["organisations.csv": Self.organisations.replacingOccurrences(of: "c,Plain,nonprofit", with: "c d,Plain,nonprofit")])
        #expect(found == ["organisations.csv:5: id \"c d\" may only hold letters, digits, `.`, `_` and `-` (no spaces or accents); for example \"c-d\""])
    }

    @Test func referencesAcrossFilesNameTheRightFile() throws {
        let found = try problems([
            "organisations.csv": Self.organisations,
            "partnerships.csv": "organisations,weight\na;c,3\na;zz,2\nc;a,9\n",
            "memberships.csv": "organisation,body,role\na,b,co-chair\nb,c,member\n",
        ])
        #expect(
            found == [
                "memberships.csv:3: \"c\" is of type nonprofit; only organisations of type council or network have members",
                "partnerships.csv:3: `organisations` names \"zz\", which is not an organisation in this file",
                "partnerships.csv:4: weight 9 is outside 1 (weak) to 5 (strong)",
                "partnerships.csv:4: the partnership of \"a\" and \"c\" is already on line 2; write one partnership per pair (both types in `type`, the tie's strength in `weight`)",
            ])
    }

    @Test func semicolonSeparatedExportsAreRead() throws {
        let network = try load([
            "organisations.csv": "id;name;type\na;Organisme A;OBNL\nb;Organisme B;nonprofit\n",
            "funding.csv": "from;to;amount;currency\na;b;\"125 000,50\";CAD\n",
        ])
        #expect(network.funding.first?.amount == 125_000.5)
    }

    @Test func unclosedQuoteIsReportedWhereItOpens() throws {
        let found = try problems(["organisations.csv": "id,name\na,\"Open\nb,B\n"])
        #expect(found == ["organisations.csv:2: not valid CSV: a quoted field opened here is never closed; add the closing \""])
    }

    @Test func strayQuoteIsReported() throws {
        let found = try problems(["organisations.csv": "id,name\na,Le \"Centre\"\n"])
        #expect(found.first?.hasPrefix("organisations.csv:2: not valid CSV: a quote inside an unquoted field") == true, "\(found)")
    }

    @Test func extraCellsAreReported() throws {
        let found = try problems(["organisations.csv": "id,name\na,A,surplus\n"])
        #expect(found == ["organisations.csv:2: this row has 3 fields but the header has 2; check for a missing quote or an extra comma"])
    }

    @Test func unknownColumnAndFileAreReported() throws {
        let found = try problems([
            "organisations.csv": "id,name,sectr\na,A,health\n",
            "partnership.csv": "organisations\na;b\n",
        ])
        #expect(
            found == [
                "organisations.csv:2: unknown field `sectr` in an organisation (did you mean `sectors`?); put free text in `notes`",
                "partnership.csv: unknown section `partnership.csv` (did you mean `partnerships.csv`?); sections are name, sources, expectedSectors, priorities, organisations, projects, partnerships, memberships, funding",
            ])
    }

    /// A wide export: known columns past the 64th are read as known, and unknown ones there are
    /// still reported (the reader keeps which fields it looked up in 64 bits and searches beyond).
    @Test func wideSheetsCheckEveryColumn() throws {
        let extras = (1...70).map { "extra\($0)" }
        let header = ["id", "name"] + extras + ["notes", "sectors"]
        let row = ["a", "A"] + extras.map { _ in "" } + ["see file", "health"]
        let found = try problems(["organisations.csv": header.joined(separator: ",") + "\n" + row.joined(separator: ",") + "\n"])
        #expect(found == extras.map { "organisations.csv:2: unknown field `\($0)` in an organisation; put free text in `notes`" })
    }

    /// Sections are read in chunks on all cores: across several chunks the entries keep their
    /// order and the problems come in the order of their lines.
    @Test func largeSectionsReadInChunksKeepTheirOrder() throws {
        let organisations = "id,name\n" + (0..<300).map { "o\($0),Org \($0)\n" }.joined()
        var rows: [String] = []
        outer: for i in 0..<300 {
            for j in (i + 1)..<300 {
                rows.append("o\(i);o\(j),2")
                if rows.count == 2 * NetworkBuilder.entriesPerChunk + 100 { break outer }
            }
        }
        let good = try load(["organisations.csv": organisations, "partnerships.csv": "organisations,weight\n" + rows.joined(separator: "\n") + "\n"])
        #expect(good.partnerships.count == rows.count)
        #expect(good.partnerships.map { $0.organisations.joined(separator: ";") + ",2" } == rows)

        var bad = rows
        bad[3] = "o0;o1000,2"
        bad[NetworkBuilder.entriesPerChunk + 5] = String(rows[NetworkBuilder.entriesPerChunk + 5].dropLast()) + "9"
        bad[2 * NetworkBuilder.entriesPerChunk + 50] = String(rows[2 * NetworkBuilder.entriesPerChunk + 50].dropLast()) + "heavy"
        let found = try problems(["organisations.csv": organisations, "partnerships.csv": "organisations,weight\n" + bad.joined(separator: "\n") + "\n"])
        #expect(found.count == 3, "\(found)")
        let lines = found.map { String($0.split(separator: ":")[1]) }
        #expect(lines == ["5", "\(NetworkBuilder.entriesPerChunk + 7)", "\(2 * NetworkBuilder.entriesPerChunk + 52)"])
    }

    @Test func listsSplitOnSemicolonsAndTrim() throws {
        let network = try load([
            "organisations.csv": "id,name,sectors,sources\na,A,\" santé ; éducation;;emploi \",\nb,B,youth;,\n",
            "network.csv": "name\nN\n",
        ])
        #expect(network.organisations[0].sectors == ["santé", "éducation", "emploi"])
        #expect(network.organisations[1].sectors == ["youth"])
    }

    @Test func folderWithoutOrganisationsIsRefused() throws {
        let found = try problems(["projects.csv": "id,name\n"])
        #expect(found.count == 1 && found[0].hasSuffix("the folder has no organisations.csv; a CSV network needs at least organisations.csv"))
    }

    @Test func emptyOptionalFileIsEmptySection() throws {
        let network = try load(["organisations.csv": "id,name\na,A\n", "funding.csv": ""])
        #expect(network.funding.isEmpty)
    }

    @Test func spreadsheetBinaryIsRefused() throws {
        let folder = try TemporaryFolder()
        try folder.write("organisations.csv", Data([0x50, 0x4B, 0x03, 0x04, 0x00, 0x00]))
        #expect(throws: NetworkLoadError.self) { try NetworkLoader.loadNetwork(path: folder.path) }
    }
}
