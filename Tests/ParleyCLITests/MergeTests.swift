import Foundation
import Testing
@testable import ParleyKit

/// One real meeting is one event, whatever the order its reports arrive in.
@Suite(.serialized) struct MergeTests {
    /// Five reports of the Vostochny meeting (Indonesian, English, Spanish; 12 to 14 September 2023,
    /// the first announcing it as planned), ingested one by one.
    static let vostochny = ["1-id-planned.txt", "2-id-occurred.txt", "3-en-occurred.txt", "4-en-next-day.txt", "5-es-occurred.txt"]

    static let orders: [[Int]] = [[0, 1, 2, 3, 4], [4, 3, 2, 1, 0], [2, 0, 4, 1, 3], [3, 4, 0, 2, 1], [1, 3, 0, 4, 2]]

    @Test(arguments: orders)
    func fiveReportsInAnyOrderAreOneEvent(order: [Int]) throws {
        let scratch = Scratch()
        defer { scratch.cleanup() }
        for index in order {
            let ingest = try ParleyProcess.run(["ingest", "--db", scratch.db, ParleyProcess.fixture("vostochny/" + Self.vostochny[index])])
            #expect(ingest.status == 0, "\(ingest.stderr)")
        }
        let rows = try exportedEvents(scratch.db)
        #expect(rows.count == 1, "\(order): \(rows)")
        guard let row = rows.first else { return }
        #expect(row["status"] == "occurred")
        #expect(row["date"] == "2023-09-13")
        #expect(row["place"] == "Vostochny Cosmodrome")
        #expect(row["country"] == "Russia")
        #expect(row["participants"] == "Kim Jong Un; Vladimir Putin")
        #expect(row["sources"] == "5")
    }

    @Test func thePlanAloneIsAPlannedEventWithoutADate() throws {
        let scratch = Scratch()
        defer { scratch.cleanup() }
        try ParleyProcess.run(["ingest", "--db", scratch.db, ParleyProcess.fixture("vostochny/1-id-planned.txt")])
        let rows = try exportedEvents(scratch.db)
        #expect(rows.count == 1)
        #expect(rows.first?["status"] == "planned")
        #expect(rows.first?["date"] == "")
    }

    @Test func twoMeetingsOfOnePairStayTwo() throws {
        let scratch = Scratch()
        defer { scratch.cleanup() }
        let chengdu = ParleyProcess.packageRoot.appendingPathComponent("seeds/articles/id-2023-07-27-jokowi-xi-chengdu.txt").path
        let ingest = try ParleyProcess.run(["ingest", "--db", scratch.db, ParleyProcess.fixture("merge/jokowi-xi-bali-2022.txt"), chengdu])
        #expect(ingest.status == 0, "\(ingest.stderr)")
        let rows = try exportedEvents(scratch.db).sorted { ($0["date"] ?? "") < ($1["date"] ?? "") }
        #expect(rows.map { $0["date"] ?? "" } == ["2022-11-16", "2023-07-27"])
        #expect(rows.map { $0["city"] ?? "" } == ["", "Chengdu"])
        #expect(rows.first?["place"] == "Nusa Dua")
        // The Chengdu article recalls the Bali meeting: it is one more source of it, not a third event.
        #expect(rows.first?["sources"] == "2")
        #expect(rows.allSatisfy { $0["participants"] == "Joko Widodo; Xi Jinping" })
    }

    private func exportedEvents(_ db: String) throws -> [[String: String]] {
        let export = try ParleyProcess.run(["export", "events", "--db", db, "--status", "any"])
        #expect(export.status == 0, "\(export.stderr)")
        let rows = CSVParser.parse(export.stdout)
        guard let header = rows.first else { return [] }
        return rows.dropFirst().map { Dictionary(uniqueKeysWithValues: zip(header, $0)) }
    }
}
