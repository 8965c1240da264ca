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
    @Test(arguments: [("gold-id.jsonl", 0.93, 0.95, 0.95), ("gold-id-en.jsonl", 0.92, 0.92, 0.86), ("gold-es-fr-de.jsonl", 0.93, 0.88, 0.88)])
    func eventF1StaysAboveItsFloor(file: String, f1: Double, date: Double, place: Double) throws {
        let score = try Self.score(file)
        #expect(score.articles >= 24)
        #expect(score.f1 >= f1, "\(file): F1 \(score.f1)")
        #expect(score.dateAccuracy >= date, "\(file): date accuracy \(score.dateAccuracy)")
        #expect(score.placeAccuracy >= place, "\(file): place accuracy \(score.placeAccuracy)")
        #expect(score.statusAccuracy >= 0.90, "\(file): status accuracy \(score.statusAccuracy)")
    }

    /// The whole development set (114 articles): the targets, F1 ≥ 0.90 overall and ≥ 0.85 in each
    /// language, dates right on ≥ 95% of matched events and places on ≥ 90%.
    @Test func wholeDevelopmentSetMeetsTheTargets() throws {
        let gold = try ["gold-id.jsonl", "gold-id-en.jsonl", "gold-es-fr-de.jsonl"].flatMap { try GoldArticle.load(ParleyProcess.fixture("devset/" + $0)) }
        let report = try Evaluation().run(gold)
        #expect(report.overall.articles == 114)
        #expect(report.overall.f1 >= 0.90, "F1 \(report.overall.f1)")
        #expect(report.overall.dateAccuracy >= 0.95, "date accuracy \(report.overall.dateAccuracy)")
        #expect(report.overall.placeAccuracy >= 0.90, "place accuracy \(report.overall.placeAccuracy)")
        #expect(Set(report.byLanguage.keys) == ["id", "en", "es", "fr", "de"])
        for (language, score) in report.byLanguage {
            #expect(score.f1 >= 0.85, "\(language): F1 \(score.f1)")
        }
    }
}
