import Foundation
import Testing
@testable import ParleyExtract

/// Text in NFD (base letter + combining mark) folds and matches like NFC.
@Suite struct NormalizationTests {
    @Test func decomposedTextFoldsLikeComposed() {
        for name in ["Erdoğan", "José Manuel Albares", "Nguyễn Phú Trọng", "Эрдоган", "Йоко"] {
            let nfd = name.decomposedStringWithCanonicalMapping
            #expect(nfd.unicodeScalars.count >= name.unicodeScalars.count)
            #expect(FoldedText(Array(nfd.utf8)).bytes == Array(TextFolding.fold(name).utf8), "\(name)")
            #expect(FoldedText(Array(name.utf8)).bytes == Array(TextFolding.fold(nfd).utf8), "\(name)")
        }
    }

    @Test func decomposedArticleNamesTheSeedPerson() {
        let extractor = EventExtractor(gazetteer: Gazetteer(reference: ReferenceData.builtin))
        let text = """
            Prabowo terima Erdoğan di Istana Bogor
            BOGOR - Presiden Prabowo Subianto menerima kunjungan Presiden Turki Recep Tayyip Erdoğan di Istana Bogor, Rabu (12/2/2025).
            """
        for form in [text, text.decomposedStringWithCanonicalMapping] {
            let events = extractor.extract(ArticleInput(text: form, origin: "test")).events
            #expect(events.first?.participants.map(\.key) == ["prabowo-subianto", "recep-tayyip-erdogan"], "\(events)")
        }
    }
}
