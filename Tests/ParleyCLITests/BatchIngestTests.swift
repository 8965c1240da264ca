import Foundation
import ParleyStore
import Testing
@testable import ParleyKit

/// The batching writer stores what one-by-one ingest stores, commits whole
/// articles only, and skips stored articles when run again.
@Suite(.serialized) struct BatchIngestTests {
    /// The development set: articles in several languages, many reporting the same meetings.
    static let devset = ParleyProcess.fixture("devset")

    /// Everything an ingest leaves in the events tables, independent of row ids.
    private func facts(_ store: Store) throws -> [String] {
        var filter = EventFilter()
        filter.status = nil
        return try store.events(filter).map { row in
            [row.type, row.status, row.date ?? "-", row.place ?? "-", row.city ?? "-", row.country ?? "-",
             row.participants.joined(separator: "+"), String(row.sources), row.evidence].joined(separator: "|")
        }.sorted()
    }

    private func ingest(_ paths: [String], into path: String, batchSize: Int, workers: Int) throws -> (IngestSummary, Store) {
        let store = try Store(path: path)
        let summary = try Ingestor(store: store, batchSize: batchSize, workers: workers).ingest(paths)
        return (summary, store)
    }

    @Test(arguments: [(1, 1), (7, 2), (1000, 2)])
    func batchesStoreWhatOneByOneStores(batchSize: Int, workers: Int) throws {
        let scratch = Scratch()
        defer { scratch.cleanup() }
        // Reference: each article in its own transaction, in the reader's order.
        let reference = try Store(path: scratch.path("one-by-one.db"))
        let ingestor = try Ingestor(store: reference)
        var expected = IngestSummary()
        try ArticleReader().read([Self.devset]) { result in
            if case .success(let input) = result { try ingestor.ingest(input, into: &expected) }
        }
        let (summary, store) = try ingest([Self.devset], into: scratch.path("batched.db"), batchSize: batchSize, workers: workers)
        #expect(expected.added > 20)
        #expect(summary.added == expected.added)
        #expect(summary.events == expected.events)
        #expect(summary.newEvents == expected.newEvents)
        #expect(try facts(store) == facts(reference))
    }

    @Test func ingestingAgainSkipsEveryStoredArticle() throws {
        let scratch = Scratch()
        defer { scratch.cleanup() }
        let (first, store) = try ingest([Self.devset], into: scratch.db, batchSize: 5, workers: 2)
        let before = try facts(store)
        let (second, again) = try ingest([Self.devset], into: scratch.db, batchSize: 5, workers: 2)
        #expect(second.added == 0)
        #expect(second.duplicates == first.added + first.duplicates)
        #expect(try facts(again) == before)
    }

    @Test func aFailingArticleRollsBackItsBatchOnlyAndARerunCompletesIt() throws {
        let scratch = Scratch()
        defer { scratch.cleanup() }
        var lines: [String] = []
        for index in 0..<8 {
            let text = "Presiden Joko Widodo bertemu Presiden Xi Jinping di Beijing, Rabu (\(index + 1)/3/2023). Artikel nomor \(index)."
            lines.append("{\"title\":\"Artikel \(index)\",\"date\":\"2023-03-\(10 + index)\",\"text\":\"\(text)\"}")
        }
        let input = try scratch.write("batch.jsonl", lines.joined(separator: "\n") + "\n")
        // The sixth article (in the second batch of three) cannot be stored.
        let setup = try Store(path: scratch.db)
        try setup.database.execute("""
            CREATE TRIGGER fail_sixth BEFORE INSERT ON articles WHEN new.title = 'Artikel 5'
            BEGIN SELECT RAISE(ABORT, 'refused by test trigger'); END
            """)
        let store = try Store(path: scratch.db)
        #expect(throws: IngestStopped.self) {
            _ = try Ingestor(store: store, batchSize: 3, workers: 2).ingest([input])
        }
        // The writer commits every 3 articles or sooner when it waits for input, so how much precedes the refused
        // article varies; what holds: a prefix of whole articles before it, each with its event, and nothing after it.
        let stored = try store.database.scalarInt("SELECT count(*) FROM articles") ?? -1
        #expect((0...5).contains(stored))
        #expect(try store.database.scalarInt("SELECT count(*) FROM articles WHERE title >= 'Artikel 5'") == 0)
        #expect(try store.database.scalarInt("SELECT count(*) FROM articles WHERE id NOT IN (SELECT article FROM event_sources)") == 0)
        #expect(try store.database.scalarInt("SELECT count(*) FROM events WHERE id NOT IN (SELECT event FROM event_sources)") == 0)
        try store.database.execute("DROP TRIGGER fail_sixth")
        let summary = try Ingestor(store: store, batchSize: 3, workers: 2).ingest([input])
        #expect(summary.added == 8 - stored)
        #expect(summary.duplicates == stored)
        #expect(try store.database.scalarInt("SELECT count(*) FROM articles") == 8)
    }
}
