import Testing

@testable import PartnerMap

/// A project's language when its file does not say: French or English by their commonest words,
/// elisions and accents, however the text is typed.
@Suite struct LanguageDetectorTests {
    @Test func frenchAndEnglishAreTold() {
        #expect(LanguageDetector.detect("Cercles d'entraide qui brisent l'isolement des femmes nouvellement arrivées") == .fr)
        #expect(LanguageDetector.detect("Peer support circles that break the isolation of newcomer women") == .en)
        #expect(LanguageDetector.detect("") == .en)
        #expect(LanguageDetector.detect("Core funding") == .en, "no word of either: English, as before")
    }

    @Test func elisionsAndAccentsCountAsFrench() {
        // One elision (l') against nothing English.
        #expect(LanguageDetector.detect("L'ACCUEIL") == .fr)
        #expect(LanguageDetector.detect("L’accueil") == .fr, "typographic apostrophe")
        // Accents typed composed or decomposed count the same.
        #expect(LanguageDetector.detect("Café santé") == .fr)
        #expect(LanguageDetector.detect("Cafe\u{301} sante\u{301}") == .fr)
        // An English sentence with one French name stays English.
        #expect(LanguageDetector.detect("Funding for the Café Rencontre and its volunteers in the city") == .en)
    }
}
