import Foundation
import Testing
@testable import ParleyKit

/// Extraction quality on the annotated development set (Tests/Fixtures/devset, scored as
/// ../shared/EVAL-FORMAT.md says): floors a change must not fall below. The figures the
/// floors guard are in the README; `parley eval --verbose` lists every miss.
@Suite struct DevSetTests {
    static func score(_ file: String) throws -> Evaluation.Score {
        try Evaluation().run(GoldArticle.load(ParleyProcess.fixture("devset/" + file))).overall
    }

    @Test(arguments: [("gold-id.jsonl", 0.89), ("gold-id-en.jsonl", 0.87), ("gold-es-fr-de.jsonl", 0.80)])
    func eventF1StaysAboveItsFloor(file: String, floor: Double) throws {
        let score = try Self.score(file)
        #expect(score.articles >= 24)
        #expect(score.f1 >= floor, "\(file): F1 \(score.f1)")
        #expect(score.dateAccuracy >= 0.68, "\(file): date accuracy \(score.dateAccuracy)")
        #expect(score.placeAccuracy >= 0.80, "\(file): place accuracy \(score.placeAccuracy)")
        #expect(score.statusAccuracy >= 0.80, "\(file): status accuracy \(score.statusAccuracy)")
    }
}
