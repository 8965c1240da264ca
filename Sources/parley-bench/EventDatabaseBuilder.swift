import Foundation
import ParleyExtract
import ParleyKit
import ParleyStore

/// Builds a Parley database holding exactly `events` events, fast enough for a
/// million, by skipping text extraction but nothing else of the writer.
///
/// Day after day from `first`, it draws that day's meetings (``MeetingSampler``:
/// leaders weighted by the size of their country, one pair frequent) and has
/// each reported by one to six of the corpus's outlets (more for the meetings
/// of larger countries). Each outlet publishes its reports of the day in
/// roundups (``RoundupWriter``) whose events are made directly, as the
/// extractor makes them from those sentences. A second thread writes the text,
/// analyzes it (`Gazetteer.analyze`) and hashes it, as the extraction threads
/// of `parley ingest` do; this one is the writer and makes the ingest writer's
/// own calls: `Store.insert(_:events:contentHash:ingestedAt:)` in transactions
/// of `batchSize` articles, with a page cache of `cacheKiB`. So articles and
/// their FTS rows, people, the merging of reports into events, participants
/// and sources are Parley's own. The same seed gives the same database, but
/// for time stamps.
struct EventDatabaseBuilder {
    /// What one build wrote and how long it took.
    struct Summary {
        let events: Int
        let articles: Int
        let duplicates: Int
        let meetings: Int
        /// Sentences reporting a meeting of the day.
        let reports: Int
        /// Sentences mentioning a meeting of an earlier day in passing.
        let mentions: Int
        let textBytes: Int
        /// The day whose articles brought the last event.
        let lastDay: Day
        let seconds: Double
        let fileBytes: Int
    }

    /// One day's articles, analyzed and hashed, ready for the writer.
    private struct DayArticles: Sendable {
        let day: Day
        let meetings: Int
        let articles: [(article: Article, events: [ExtractedEvent], contentHash: String)]
    }

    let catalog: CorpusCatalog
    let templates: CorpusTemplates
    let first: Day
    let last: Day
    let seed: UInt64
    /// Events the database ends with.
    var events = 1_000_000
    /// Share of the meetings held by the frequent pair (see ``MeetingSampler``).
    var frequentShare = 0.003
    /// Meetings an outlet reports in one roundup: about 2 KB of text, near the corpus's articles (2–3 KB).
    var reportsPerRoundup = 8...20
    /// Articles per transaction: ten times `parley ingest`'s default, as for a bulk load (`--batch-size`);
    /// the rows written are the same whatever the batch, only fewer commits rewrite the same index pages.
    var batchSize = 10 * Ingestor.defaultBatchSize
    /// The writer's page cache, in KiB (`Ingestor.cacheKiB`): large enough for the indexes of a million events.
    var cacheKiB = 512 * 1024

    /// The weight of the leaders of each country: the square root of the population of its cities
    /// in the seeds, relative to the largest, so that the leaders of large countries meet more often.
    var countryWeights: [String: Double] {
        let sizes = Dictionary(catalog.terms.map { ($0.country, Double(catalog.cityPopulation[$0.country] ?? 0).squareRoot()) },
                               uniquingKeysWith: { a, _ in a })
        let largest = max(1, sizes.values.max() ?? 1)
        return sizes.mapValues { max($0, 1) / largest }
    }

    /// Meetings drawn per day on average: the events spread over the period, and 2% more for those that merge
    /// into another (the frequent pair's, mostly).
    var meetingsPerDay: Int {
        Int((Double(events) * 1.02 / Double(last.ordinal - first.ordinal + 1)).rounded(.up))
    }

    /// Creates the database at `path` (replacing any) and fills it; `log` hears about progress.
    func build(at path: String, log: (String) -> Void) throws -> Summary {
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
        let clock = ContinuousClock()
        let start = clock.now
        let store = try Store(path: path)
        let extractor = try Ingestor(store: store).extractor
        let database = store.database
        try database.setCacheSize(kibibytes: cacheKiB)
        let template = try templateEvent(extractor)
        let queue = HandOffQueue<DayArticles>(capacity: 4)
        let stopped = DispatchSemaphore(value: 0)
        Thread { [self] in
            produce(into: queue, gazetteer: extractor.gazetteer, template: template)
            stopped.signal()
        }.start()
        defer {
            queue.cancel()
            stopped.wait()
        }

        var created = 0
        var articles = 0
        var duplicates = 0
        var meetings = 0
        var reports = 0
        var mentions = 0
        var textBytes = 0
        var lastDay = first
        var inBatch = 0
        var stamp = ""
        var lastLog = start
        do {
            while created < events, let day = queue.take() {
                for item in day.articles where created < events {
                    if inBatch == 0 {
                        try database.begin(.immediate)
                        stamp = Store.timestamp()
                    }
                    // The last article may report more events than are missing: it reports only those.
                    let stored = Array(item.events.prefix(events - created))
                    switch try store.insert(item.article, events: stored, contentHash: item.contentHash, ingestedAt: stamp) {
                    case .duplicate:
                        duplicates += 1
                    case .added(_, let newEvents, _):
                        created += newEvents
                        articles += 1
                        reports += stored.count { $0.primary }
                        mentions += stored.count { !$0.primary }
                        textBytes += item.article.bytes.count
                    }
                    inBatch += 1
                    if inBatch >= batchSize {
                        try database.commit()
                        inBatch = 0
                        if clock.now - lastLog >= .seconds(15) {
                            lastLog = clock.now
                            log("\(created) events, \(articles) articles (\(day.day)), \(Int((clock.now - start).seconds)) s")
                        }
                    }
                }
                meetings += day.meetings
                lastDay = day.day
            }
            if inBatch > 0 { try database.commit() }
        } catch {
            try? database.rollback()
            throw error
        }
        guard created == events else { throw BenchError("the articles ran out at \(created) events") }
        let seconds = (clock.now - start).seconds
        let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? NSNumber)?.intValue ?? 0
        return Summary(events: created, articles: articles, duplicates: duplicates, meetings: meetings, reports: reports,
                       mentions: mentions, textBytes: textBytes, lastDay: lastDay, seconds: seconds, fileBytes: size)
    }

    /// Makes the articles day after day (going round the period again if it ends first) until `queue` is cancelled.
    private func produce(into queue: HandOffQueue<DayArticles>, gazetteer: Gazetteer, template: ExtractedEvent) {
        let weights = countryWeights
        let sampler = MeetingSampler(catalog: catalog, from: first, to: last, frequentShare: frequentShare, countryWeights: weights)
        var writer = RoundupWriter(catalog: catalog, templates: templates, gazetteer: gazetteer, template: template,
                                   reportsPerRoundup: reportsPerRoundup)
        let outlets = templates["*", "outlet"]
        var random = SplitMix64(seed: seed)
        var ordinal = first.ordinal
        while true {
            let day = Day(ordinal: ordinal)
            let count = Int.random(in: (meetingsPerDay - meetingsPerDay / 4)...(meetingsPerDay + meetingsPerDay / 4), using: &random)
            var meetings: [Meeting] = []
            var reported = Array(repeating: [Meeting](), count: outlets.count)
            for _ in 0..<count {
                let meeting = sampler.meeting(on: day, using: &random)
                meetings.append(meeting)
                // Larger countries' meetings reach more outlets: up to six for the largest pair, one for small ones.
                let reach = 1 + Int((5 * ((weights[meeting.a.country] ?? 0) * (weights[meeting.b.country] ?? 0)).squareRoot()).rounded())
                for outlet in outlets.indices.shuffled(using: &random).prefix(Int.random(in: 1...reach, using: &random)) {
                    reported[outlet].append(meeting)
                }
            }
            var articles: [(article: Article, events: [ExtractedEvent], contentHash: String)] = []
            for (outlet, meetings) in reported.enumerated() where !meetings.isEmpty {
                for roundup in writer.roundups(by: outlets[outlet], on: day, of: meetings, using: &random) {
                    articles.append((gazetteer.analyze(roundup.input), roundup.events, Store.contentHash(roundup.input.text)))
                }
            }
            writer.remember(meetings)
            guard queue.put(DayArticles(day: day, meetings: count, articles: articles)) else { return }
            ordinal = ordinal == last.ordinal ? first.ordinal : ordinal + 1
        }
    }

    /// An event as the extractor returns it, whose every field ``RoundupWriter`` sets: `ExtractedEvent`
    /// has no public initialiser, so the builder starts from one real extraction.
    private func templateEvent(_ extractor: EventExtractor) throws -> ExtractedEvent {
        let text = "Jakarta\n\nPresident Joko Widodo met President Xi Jinping in Beijing on 13 September 2023."
        let input = ArticleInput(text: text, date: Day(year: 2023, month: 9, day: 14), language: "en", origin: "template")
        guard let event = extractor.extract(input).events.first else {
            throw BenchError("the extractor finds no event in the template sentence: \(text)")
        }
        return event
    }
}
