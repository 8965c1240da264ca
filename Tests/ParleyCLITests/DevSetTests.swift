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

    /// Floors per file: event F1, date accuracy, place accuracy (a little under the figures measured on 2026-11-27).
    @Test(arguments: [("gold-id.jsonl", 0.93, 0.90, 0.92), ("gold-id-en.jsonl", 0.92, 0.85, 0.85), ("gold-es-fr-de.jsonl", 0.92, 0.78, 0.82)])
    func eventF1StaysAboveItsFloor(file: String, f1: Double, date: Double, place: Double) throws {
        let score = try Self.score(file)
        #expect(score.articles >= 24)
        #expect(score.f1 >= f1, "\(file): F1 \(score.f1)")
        #expect(score.dateAccuracy >= date, "\(file): date accuracy \(score.dateAccuracy)")
        #expect(score.placeAccuracy >= place, "\(file): place accuracy \(score.placeAccuracy)")
        #expect(score.statusAccuracy >= 0.85, "\(file): status accuracy \(score.statusAccuracy)")
    }
}
