import Foundation
import Testing

/// `--lang` on the commands that speak, defaulting from the session's locale; tables wrap to
/// `COLUMNS` only on a terminal, so piped output is unchanged.
@Suite struct LanguageCLITests {
    @Test func theLocaleChoosesFrenchAndLangOverridesIt() throws {
        let french = try CLIRunner.run(["gaps", "Graphs/ontario-lips.yaml"], environment: ["LANG": "fr_CA.UTF-8"])
        #expect(french.status == 0)
        #expect(french.stdout.contains("Secteurs absents de la table"))
        #expect(french.stdout.contains("Aucun des membres de l’organisme Kingston LIP Council consignés dans ce fichier ne travaille"))
        let english = try CLIRunner.run(["gaps", "Graphs/ontario-lips.yaml", "--lang", "en"], environment: ["LANG": "fr_CA.UTF-8"])
        #expect(english.stdout.contains("Sectors missing from the table"))
        // LC_ALL wins over LANG, as in every POSIX program.
        let all = try CLIRunner.run(["gaps", "Graphs/ontario-lips.yaml"], environment: ["LANG": "fr_CA.UTF-8", "LC_ALL": "en_CA.UTF-8"])
        #expect(all.stdout.contains("Sectors missing from the table"))
    }

    @Test func everySpeakingCommandTakesLang() throws {
        let cases: [([String], String)] = [
            (["overlap", "Graphs/montreal-inclusif.yaml", "--lang", "fr"], "projets comparés"),
            (["recommend", "Graphs/london-middlesex-lip.yaml", "--lang", "fr"], "n’ont pas encore de lien"),
            (["communities", "Graphs/ontario-lips.yaml", "--lang", "fr"], "modularité"),
            (["summary", "Graphs/ontario-lips.yaml", "--lang", "fr"], "sièges dans des conseils"),
            (["summary", "Graphs/montreal-inclusif.yaml", "--lang", "fr"], "isolés                    1\u{00A0}: clinique-droits"),
            (["summary", "Graphs/montreal-inclusif.yaml", "--lang", "fr"], "années                    de 2018 à 2022"),
            (["centrality", "Graphs/montreal-inclusif.yaml", "--lang", "fr", "--measures", "betweenness"], "Classés par intermédiarité"),
            (["centrality", "Graphs/montreal-inclusif.yaml", "--lang", "fr", "--measures", "betweenness"], "Bureau d'intégration des nouveaux a…           0,401"),
            (
                ["centrality", "Graphs/ontario-lips.yaml", "--lang", "fr"],
                "Qui relie le réseau\u{00A0}: City of North Bay (city-of-north-bay) se trouve sur 10\u{202F}% des plus courts chemins"
            ),
        ]
        for (arguments, expected) in cases {
            let output = try CLIRunner.run(arguments)
            #expect(output.status == 0, "\(arguments): \(output.stderr)")
            #expect(output.stdout.contains(expected), "\(arguments): \(output.stdout.prefix(300))")
        }
        let wrong = try CLIRunner.run(["gaps", "Graphs/ontario-lips.yaml", "--lang", "de"])
        #expect(wrong.status == 64)
        #expect(wrong.stderr.contains("--lang"))
    }

    @Test func pipedOutputIsNotWrapped() throws {
        let output = try CLIRunner.run(["gaps", "Graphs/ontario-lips.yaml"], environment: ["COLUMNS": "60"])
        #expect(output.stdout.split(separator: "\n").contains { $0.count > 60 })
    }
}
