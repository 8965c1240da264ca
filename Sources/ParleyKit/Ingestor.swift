import Foundation
import Logging
import ParleyExtract
import ParleyStore

/// Reads articles, extracts their events and stores both.
///
/// One thread reads, `workers` threads extract, and the calling thread is the
/// one writer: it stores articles in input order, `batchSize` at a time in one
/// transaction, and writes a smaller batch whenever the next article is not
/// extracted yet (so the write lock is never held while waiting). A batch holds
/// whole articles with all their events: a crash or an error loses at most the
/// batch being written, never part of an article, and ingesting the same input
/// again skips the stored articles by content hash and adds the rest.
public struct Ingestor {
    public let store: Store
    public let extractor: EventExtractor
    /// Articles per transaction (at least 1).
    public var batchSize: Int
    /// Extraction threads (at least 1).
    public var workers: Int
    /// SQLite page cache for the run, in KiB (`PRAGMA cache_size`); nil leaves the connection's.
    public var cacheKiB: Int?
    /// Size the write-ahead log may reach before a commit copies it into the database, in KiB, for the run
    /// (`PRAGMA wal_autocheckpoint`, set back afterwards); nil leaves the connection's.
    public var checkpointKiB: Int?
    let logger: Logger

    /// The default batch: large enough that commits cost little next to the
    /// writes, small enough that a crash loses a second or so of work.
    public static let defaultBatchSize = 500
    /// The page cache for bulk loads: 64 MiB keeps the indexes that every
    /// article touches (content hash, merge key, FTS) in memory.
    public static let defaultCacheKiB = 64 * 1024
    /// The log size between checkpoints for bulk loads: SQLite's default (about 4 MB) checkpoints at nearly every
    /// commit, copying the pages that every batch rewrites (indexes, full-text segments) again each time;
    /// 64 MiB copies them once every several batches, and still bounds the log.
    public static let defaultCheckpointKiB = 64 * 1024

    /// Uses the reference data held in `store` (built-in seeds and user additions).
    public init(store: Store, batchSize: Int = Ingestor.defaultBatchSize,
                workers: Int = ProcessInfo.processInfo.activeProcessorCount,
                cacheKiB: Int? = Ingestor.defaultCacheKiB, checkpointKiB: Int? = Ingestor.defaultCheckpointKiB,
                logger: Logger = Logger(label: "parley.ingest")) throws {
        self.store = store
        self.extractor = EventExtractor(gazetteer: Gazetteer(reference: try store.referenceData()))
        self.batchSize = max(1, batchSize)
        self.workers = max(1, workers)
        self.cacheKiB = cacheKiB
        self.checkpointKiB = checkpointKiB
        self.logger = logger
    }

    /// Ingests every article under `paths`; problems with single files are
    /// collected in the summary (and passed to `onIssue` as they come).
    /// `onProgress` is called after each commit and about every quarter second.
    /// A database error throws ``IngestStopped``, which tells what the committed batches hold.
    public func ingest(_ paths: [String], reader: ArticleReader = ArticleReader(),
                       onIssue: (InputIssue) -> Void = { _ in },
                       onProgress: ((IngestProgress) -> Void)? = nil) throws -> IngestSummary {
        let database = store.database
        if let cacheKiB { try database.setCacheSize(kibibytes: cacheKiB) }
        let checkpointPages = try checkpointKiB.map { kibibytes in
            let previous = try database.autoCheckpointPages()
            try database.setAutoCheckpoint(kibibytes: kibibytes)
            return previous
        }
        defer { if let checkpointPages { try? database.setAutoCheckpoint(pages: checkpointPages) } }
        // The writer holds the batch it is taking; the pipeline has room for as many again being extracted.
        let pipeline = ExtractionPipeline(extractor: extractor, capacity: max(batchSize, 64))
        pipeline.start(workers: workers) { pipeline in
            try reader.read(paths) { try pipeline.submit($0) }
        }
        defer { pipeline.stop() }

        let clock = ContinuousClock()
        let started = clock.now
        var lastProgress = started
        var summary = IngestSummary()
        var batch: [ExtractedArticle] = []
        batch.reserveCapacity(min(batchSize, 4096))
        var bytes = 0
        func report(force: Bool) {
            guard let onProgress else { return }
            let now = clock.now
            guard force || now - lastProgress >= .milliseconds(250) else { return }
            lastProgress = now
            let elapsed = now - started
            onProgress(IngestProgress(inputs: summary.added + summary.duplicates + summary.issues.count, bytes: bytes,
                                      elapsed: Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18))
        }
        // Writes the articles taken since the last batch in one transaction (all of them, or none on an error).
        func write() throws {
            guard !batch.isEmpty else { return }
            try database.begin(.immediate)
            let outcomes = try store.insert(batch, ingestedAt: Store.timestamp())
            try database.commit()
            for (item, outcome) in zip(batch, outcomes) {
                record(outcome, origin: item.article.input.origin, into: &summary)
            }
            logger.debug("committed batch", metadata: ["articles": "\(batch.count)", "total": "\(summary.added)"])
            batch.removeAll(keepingCapacity: true)
            report(force: true)
        }
        do {
            while true {
                var next = try pipeline.poll()
                if case .notReady = next {
                    try write()
                    next = try pipeline.next().map(ExtractionPipeline.Poll.item) ?? .finished
                }
                guard case .item(let item) = next else { break }
                switch item {
                case .issue(let issue):
                    summary.issues.append(issue)
                    onIssue(issue)
                case .article(let extracted):
                    bytes += extracted.article.bytes.count
                    batch.append(extracted)
                    if batch.count >= batchSize { try write() }
                }
                report(force: false)
            }
            try write()
        } catch {
            try? database.rollback()
            throw IngestStopped(underlying: error, committed: summary)
        }
        return summary
    }

    /// Ingests one article in its own transaction.
    public func ingest(_ input: ArticleInput, into summary: inout IngestSummary) throws {
        if try store.articleID(forText: input.text) != nil {
            summary.duplicates += 1
            return
        }
        let (article, events) = extractor.extract(input)
        record(try store.store(article, events: events), origin: input.origin, into: &summary)
    }

    private func record(_ outcome: IngestOutcome, origin: String, into summary: inout IngestSummary) {
        switch outcome {
        case .duplicate:
            summary.duplicates += 1
        case .added(_, let newEvents, let merged):
            summary.added += 1
            summary.events += newEvents + merged
            summary.newEvents += newEvents
            logger.trace("stored article", metadata: ["origin": "\(origin)", "events": "\(newEvents + merged)"])
        }
    }
}
