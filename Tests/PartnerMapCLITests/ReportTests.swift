import Foundation
import Testing

/// The report opened in headless Chromium: the DOM it builds, in English and French, and
/// hostile names that must stay text.
@Suite(.serialized) struct ReportTests {
    static let chromium = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"].first {
        FileManager.default.isExecutableFile(atPath: $0)
    }

    /// The DOM after the page's scripts ran, as Chromium serialises it.
    static func dom(_ path: String) throws -> String {
        let browser = try #require(chromium, "install Debian's chromium package (.ci/run does)")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: browser)
        process.arguments = ["--headless", "--no-sandbox", "--disable-gpu", "--dump-dom", "file://" + path]
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }

    static func folder() throws -> String {
        let path = NSTemporaryDirectory() + "partnermap-report-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    @Test func englishReportHasTheMapTablesAndSections() throws {
        let out = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: out) }
        let run = try CLIRunner.run(["report", "Graphs/montreal-inclusif.yaml", "-o", out + "/r.html"])
        #expect(run.status == 0, "\(run.stderr)")
        // No progress when standard error is not a terminal; only the example's one warning.
        #expect(run.stderr.split(separator: "\n").allSatisfy { $0.contains(": warning: ") })
        let dom = try Self.dom(out + "/r.html")
        #expect(dom.contains("<svg"))
        #expect(dom.contains("id=\"node-binam\""))
        #expect(dom.components(separatedBy: "<table").count - 1 >= 4)
        for heading in [
            "What the network holds", "The partnership map", "Who holds the network together", "Projects that serve the same objective",
            "Gaps", "Funding", "Suggested partnerships", "Sources",
        ] {
            #expect(dom.contains("<h2>\(heading)</h2>"), "\(heading)")
        }
        #expect(dom.contains("Autonomie financière des femmes immigrantes"))
        #expect(dom.contains("$715,000") && !dom.contains("CAD"))
        // The method paragraph, and councils kept apart from brokers.
        #expect(dom.contains("<strong>How to read this report.</strong> The partnership map and the measures use the collaboration view"))
        #expect(dom.contains("Councils and networks are tables, not brokers"))
        #expect(!dom.contains("(0 seats)"))
        // Montréal's network is in three pieces: closeness compares only within one.
        #expect(dom.contains("The network is in 3 separate pieces: closeness counts only who can be reached"))
        #expect(dom.contains("No project addresses the priority"))
        // The page's script ran: the data block parsed and the search box is wired.
        #expect(dom.contains("id=\"pm-search\""))
    }

    @Test func frenchReportIsInFrench() throws {
        let out = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: out) }
        let run = try CLIRunner.run(["report", "Graphs/montreal-inclusif.yaml", "--lang", "fr", "-o", out + "/r.html"])
        #expect(run.status == 0, "\(run.stderr)")
        let dom = try Self.dom(out + "/r.html")
        #expect(dom.contains("<html lang=\"fr\">"))
        for heading in [
            "Ce que contient le réseau", "La carte des partenariats", "Qui relie le réseau",
            "Projets qui poursuivent le même objectif", "Lacunes", "Financement", "Partenariats suggérés", "Sources",
        ] {
            #expect(dom.contains("<h2>\(heading)</h2>"), "\(heading)")
        }
        #expect(dom.contains("Aucun projet ne répond à la priorité"))
        // Québec money: the sign after the amount, never the code.
        #expect(dom.contains("715\u{202F}000&nbsp;$") && !dom.contains("CAD"))
        #expect(dom.contains("<strong>Pour bien lire ce rapport.</strong>"))
        #expect(dom.contains("l’un en français, l’autre en anglais") && dom.contains("plutôt que fusionner"))
        // French typography in every sentence of the page (the style sheet and the maps aside).
        let body = try #require(dom.range(of: "<main>")).upperBound
        let text = dom[body...].replacing(/<svg[\s\S]*?<\/svg>/, with: "").replacing(/<script[\s\S]*?<\/script>/, with: "")
            .replacing(/<[^>]+>/, with: "")
        #expect(!text.contains(" :") && !text.contains(" ;"), "\(text.split(separator: "\n").filter { $0.contains(" :") || $0.contains(" ;") }.prefix(3))")
        #expect(!dom.contains("What to do"))
        #expect(!dom.contains("Next step"))
    }

    @Test func hostileNamesStayText() throws {
        let out = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: out) }
        try """
        name: "<script>alert('name')</script> network"
        sources:
          - {id: s, title: "<img src=x onerror=alert(1)>"}
        organisations:
          - {id: a, name: "<script>alert('a')</script>", type: nonprofit, sectors: ["<b>sector</b>"]}
          - {id: b, name: "B & <i>Co</i> \\"quoted\\"", type: nonprofit}
          - {id: c, name: "</script><script>alert('c')</script>", type: nonprofit}
        partnerships:
          - {organisations: [a, b]}
          - {organisations: [b, c]}
        projects:
          - {id: p, name: "<style>body{display:none}</style>", organisations: [a]}
        """.write(toFile: out + "/evil.yaml", atomically: true, encoding: .utf8)
        let run = try CLIRunner.run(["report", out + "/evil.yaml", "-o", out + "/r.html"])
        #expect(run.status == 0, "\(run.stderr)")
        let html = try String(contentsOfFile: out + "/r.html", encoding: .utf8)
        // Exactly the page's two script elements, and no style element but the page's own.
        #expect(html.components(separatedBy: "<script").count - 1 == 2)
        #expect(html.components(separatedBy: "<style").count - 1 == 1)
        #expect(!html.contains("<img"))
        let dom = try Self.dom(out + "/r.html")
        #expect(dom.contains("&lt;script&gt;alert('a')&lt;/script&gt;") || dom.contains("&lt;script&gt;alert(&#39;a&#39;)&lt;/script&gt;"))
        #expect(dom.components(separatedBy: "<script").count - 1 == 2)
        #expect(dom.contains("&lt;img src=x onerror=alert(1)&gt;"))
    }

    /// The maps fit their panes and zoom (the script shows the controls), the funding map is in
    /// the funding section, illustrative entries are tagged, and the page says the date of its
    /// data and the command that made it.
    @Test func mapsZoomFundingMapIllustrativeDateAndCommand() throws {
        let out = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: out) }
        let run = try CLIRunner.run(["report", "Graphs/montreal-inclusif.yaml", "-o", out + "/r.html"])
        #expect(run.status == 0, "\(run.stderr)")
        let dom = try Self.dom(out + "/r.html")
        #expect(dom.contains("<span class=\"zoom\" data-map=\"pm-map\"><button"), "the script did not show the zoom controls")
        #expect(dom.contains("<span class=\"zoom\" data-map=\"pm-funding-map\"><button"))
        let funding = try #require(dom.range(of: "<section id=\"funding\">"))
        #expect(dom[funding.lowerBound...].contains("<div class=\"map\" id=\"pm-funding-map\"><svg"))
        #expect(dom.contains("<tr><td>Emploi Diversité Montréal <span class=\"tag illustrative\">illustrative</span></td>"))
        // The City is in the sources; its figures rest on made-up ties and grants, and say so.
        #expect(dom.contains("<tr><td>City of Montréal <span class=\"tag illustrative\">illustrative ties</span></td>"))
        #expect(dom.contains("<tr><td>City of Montréal <span class=\"tag illustrative\">illustrative grants</span></td>"))
        #expect(dom.contains("32 entries are marked illustrative in the file"))
        // Findings resting on illustrative entries are tagged too: the one-funder finding rests on made-up grants.
        #expect(
            dom.contains(
                "Every grant in this file comes from City of Montréal (6 recipients): the file cannot show whether any recipient depends on it alone. <span class=\"tag illustrative\">illustrative</span></p>"
            ))
        #expect(dom.contains("<p>Partnership network report · Data of 2018–2022</p>"))
        // Where it was written and -q are left out, so the same input gives the same bytes.
        #expect(dom.contains("Made by the command <code>partnermap report Graphs/montreal-inclusif.yaml</code>"))
    }

    /// A report stays sendable: past 200 overlapping pairs, the strongest are listed and the rest counted.
    @Test func manyOverlappingPairsAreSummarised() throws {
        let out = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: out) }
        let projects = (0..<25).map {
            "  - {id: p\($0), name: Job club for newcomer women \($0), organisations: [a], objectives: Job search workshops and mentoring for newcomer women in district \($0), area: Montréal, start: 2020, end: 2021}"
        }
        try (["organisations:", "  - {id: a, name: A}", "projects:"] + projects).joined(separator: "\n")
            .write(toFile: out + "/many.yaml", atomically: true, encoding: .utf8)
        let run = try CLIRunner.run(["report", out + "/many.yaml", "-o", out + "/r.html"])
        #expect(run.status == 0, "\(run.stderr)")
        let html = try String(contentsOfFile: out + "/r.html", encoding: .utf8)
        #expect(html.contains("The 200 strongest of 300 pairs are listed"))
        let section = try #require(html.range(of: "<section id=\"overlap\">"))
        let rows = html[section.lowerBound...].prefix { _ in true }.components(separatedBy: "<span class=\"tag duplicate\">").count - 1
        #expect(rows == 200)
    }

    /// One funder's national grants file: the flows table lists the 300 largest and says so.
    @Test func manyFlowsAreSummarised() throws {
        let out = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: out) }
        let organisations = (0..<320).map { "  - {id: o\($0), name: Organisation \($0)}" }
        let flows = (0..<320).map { "  - {from: fund, to: o\($0), amount: \(1000 + $0), year: 2014}" }
        try (["organisations:", "  - {id: fund, name: Fund, type: funder}"] + organisations + ["funding:"] + flows).joined(separator: "\n")
            .write(toFile: out + "/grants.yaml", atomically: true, encoding: .utf8)
        let run = try CLIRunner.run(["report", out + "/grants.yaml", "-o", out + "/r.html"])
        #expect(run.status == 0, "\(run.stderr)")
        let html = try String(contentsOfFile: out + "/r.html", encoding: .utf8)
        #expect(html.contains("The 300 largest of 320 funding flows are listed"))
        #expect(html.contains("data-value=\"1319.0\"") && !html.contains("data-value=\"1019.0\""))
        // One funder's file: one finding, not 320 dependencies.
        #expect(html.contains("Every grant in this file comes from Fund (320 recipients)"))
    }

    /// Printed, each map gets a landscape page of its own; the rest of the report is portrait.
    @Test func mapsPrintOnLandscapePagesOfTheirOwn() throws {
        let browser = try #require(Self.chromium)
        let out = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: out) }
        #expect(try CLIRunner.run(["report", "Graphs/ontario-lips.yaml", "-o", out + "/r.html"]).status == 0)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: browser)
        process.arguments = ["--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer", "--print-to-pdf=" + out + "/r.pdf", "file://" + out + "/r.html"]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        let pdf = String(decoding: try Data(contentsOf: URL(fileURLWithPath: out + "/r.pdf")), as: UTF8.self)
        let boxes = pdf.matches(of: /\/MediaBox\s*\[\s*0 0 (\d+) (\d+)\s*\]/).map { (Int($0.1)!, Int($0.2)!) }
        #expect(boxes.count > 4)
        #expect(boxes.filter { $0.0 > $0.1 }.count == 2, "\(boxes)")
    }

    @Test func sameInputSameBytes() throws {
        let out = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: out) }
        _ = try CLIRunner.run(["report", "Graphs/ontario-lips.yaml", "-o", out + "/1.html"])
        _ = try CLIRunner.run(["report", "Graphs/ontario-lips.yaml", "-o", out + "/2.html"])
        #expect(try Data(contentsOf: URL(fileURLWithPath: out + "/1.html")) == Data(contentsOf: URL(fileURLWithPath: out + "/2.html")))
    }
}

/// The report lists each priority with the projects that cover it and why.
@Suite struct ReportPrioritiesTests {
    @Test func prioritiesSectionSaysWhatCoversEachAndWhy() throws {
        let out = NSTemporaryDirectory() + "partnermap-priorities-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: out) }
        let run = try CLIRunner.run(["report", "Graphs/montreal-inclusif.yaml", "-o", out + "/r.html"])
        #expect(run.status == 0)
        let page = try String(contentsOfFile: out + "/r.html", encoding: .utf8)
        #expect(page.contains("<section id=\"priorities\">") && page.contains("<a href=\"#priorities\">"))
        #expect(
            page.contains(
                "<tr><td>Reduce discrimination</td><td>Dialogue de quartier contre la discrimination <span class=\"tag illustrative\">illustrative</span><br></td><td>shared themes: discrimination, inclusion; same subject: discrimination, inclusion<br></td></tr>"
            ))
        #expect(page.contains("<tr><td>Help to safeguard and enforce respect for the rights of newcomers</td><td><span class=\"tag lost\">no project</span></td>"))
        let french = try CLIRunner.run(["report", "Graphs/montreal-inclusif.yaml", "--lang", "fr", "-o", out + "/f.html"])
        #expect(french.status == 0)
        #expect(try String(contentsOfFile: out + "/f.html", encoding: .utf8).contains("<h2>Priorités et projets qui y répondent</h2>"))
    }
}
