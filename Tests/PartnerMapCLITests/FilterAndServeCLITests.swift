import Foundation
import PartnerMap
import Testing

/// The filters every command takes, `import` of a network kept as a CSV folder (so that the
/// workspace can edit it), and `serve`'s refusals before it listens.
@Suite struct FilterAndServeCLITests {
    @Test func aSectorNarrowsEveryCommandAndAMisspeltOneSaysWhatTheFileHas() throws {
        let health = try CLIRunner.run(["summary", "Graphs/ontario-lips.yaml", "--sector", "health", "--format", "json"])
        #expect(health.status == 0)
        let network = try NetworkLoader.readNetwork(path: CLIRunner.packageRoot + "/Graphs/ontario-lips.yaml").network
        #expect(health.stdout == (try JSONOutput.string(NetworkSummary(NetworkFilter(sector: "health").apply(to: network)))) + "\n")
        let misspelt = try CLIRunner.run(["gaps", "Graphs/ontario-lips.yaml", "--sector", "helth"])
        #expect(misspelt.status == 1 && misspelt.stdout.isEmpty)
        #expect(misspelt.stderr.contains("Graphs/ontario-lips.yaml: --sector helth names nothing in this file (did you mean `health`?)"))
        let french = try CLIRunner.run(["gaps", "Graphs/ontario-lips.yaml", "--council", "nobody", "--lang", "fr"])
        #expect(french.status == 1 && french.stderr.contains("--council nobody ne désigne rien dans ce fichier"))
        let type = try CLIRunner.run(["gaps", "Graphs/ontario-lips.yaml", "--type", "charity"])
        #expect(type.status != 0 && type.stderr.contains("--type takes one of municipal, provincial"))
        let graph = try CLIRunner.run(["gaps", "Tests/PartnerMapTests/Fixtures/centrality/davis.edges", "--sector", "health"])
        #expect(graph.status == 1 && graph.stderr.contains("need a network file"))
    }

    @Test func aNetworkKeptAsACSVFolderImportsToYAMLTheWorkspaceEdits() throws {
        let folder = try CLIRunner.scratchFolder("import-folder")
        let output = folder + "/london.yaml"
        let run = try CLIRunner.run(["import", "Graphs/london-middlesex-lip", "-o", output])
        #expect(run.status == 0, "\(run.stderr)")
        let fromFolder = try NetworkLoader.readNetwork(path: CLIRunner.packageRoot + "/Graphs/london-middlesex-lip").network
        let fromYAML = try NetworkLoader.readNetwork(path: output).network
        #expect(fromYAML.organisations == fromFolder.organisations && fromYAML.memberships == fromFolder.memberships)
        #expect(fromYAML.partnerships == fromFolder.partnerships && fromYAML.sources == fromFolder.sources)
    }

    @Test func serveRefusesBeforeListening() throws {
        let missing = try CLIRunner.run(["serve", "no-such-network.yaml"])
        #expect(missing.status == 1 && missing.stderr.contains("no-such-network.yaml: cannot be read (no such file)"))
        let broken = try CLIRunner.scratchFolder("serve-broken") + "/broken.yaml"
        try "name: x\norganisations:\n  - id: a\n    name: A\n    type: charity\n".write(toFile: broken, atomically: true, encoding: .utf8)
        let invalid = try CLIRunner.run(["serve", broken])
        #expect(invalid.status == 1 && invalid.stderr.contains("broken.yaml:5:"))
        let port = try CLIRunner.run(["serve", "Graphs/montreal-inclusif.yaml", "--port", "70000"])
        #expect(port.status != 0 && port.stderr.contains("--port takes 0 (a free port) to 65535"))
        let help = try CLIRunner.run(["serve", "--help"])
        #expect(help.stdout.contains("Listen on this address instead of 127.0.0.1. Unsafe"))
    }
}
