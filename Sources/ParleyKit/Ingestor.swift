import Foundation
import Logging
import ParleyExtract
import ParleyStore

/// Reads articles, extracts their events and stores both.
///
/// One thread reads, `workers` threads extract, and the calling thread is the
/// one writer: it stores articles in input order and commits every
/// `batchSize` articles, and whenever the next article is not extracted yet
/// (so the write lock is never held while waiting). A batch holds whole
/// articles with all their events: a crash or an error loses at most the
/// open batch, never part of an article, and ingesting the same input again
/// skips the stored articles by content hash and adds the rest.
public struct Ingestor {
    public let store: Store
    public let extractor: EventExtractor
    /// Articles per transaction (at least 1).
    public var batchSize: Int
    /// Extraction threads (at least 1).
    public var workers: Int
    /// SQLite page cache for the run, in KiB (`PRAGMA cache_size`); nil leaves the connection's.
    public var cacheKiB: Int?
    let logger: Logger

    /// The default batch: large enough that commits cost little next to the
    /// writes, small enough that a crash loses a second or so of work.
    public static let defaultBatchSize = 500
    /// The page cache for bulk loads: 64 MiB keeps the indexes that every
    /// article touches (content hash, merge key, FTS) in memory.
    public static let defaultCacheKiB = 64 * 1024

    /// Uses the reference data held in `store` (built-in seeds and user additions).
    public init(store: Store, batchSize: Int = Ingestor.defaultBatchSize,
                workers: Int = ProcessInfo.processInfo.activeProcessorCount,
                cacheKiB: Int? = Ingestor.defaultCacheKiB,
                logger: Logger = Logger(label: "parley.ingest")) throws {
        self.store = store
        self.extractor = EventExtractor(gazetteer: Gazetteer(reference: try store.referenceData()))
        self.batchSize = max(1, batchSize)
        self.workers = max(1, workers)
        self.cacheKiB = cacheKiB
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
        // Room for the batch being written and as many again being extracted.
        let pipeline = ExtractionPipeline(extractor: extractor, capacity: max(batchSize, 64) * 2)
        pipeline.start(workers: workers) { pipeline in
            try reader.read(paths) { try pipeline.submit($0) }
        }
        defer { pipeline.stop() }

        let clock = ContinuousClock()
        let started = clock.now
        var lastProgress = started
        var summary = IngestSummary()
        var pending = IngestSummary()  // the open batch, added to `summary` when it commits
        var inBatch = 0
        var bytes = 0
        var stamp = ""
        func report(force: Bool) {
            guard let onProgress else { return }
            let now = clock.now
            guard force || now - lastProgress >= .milliseconds(250) else { return }
            lastProgress = now
            let elapsed = now - started
            onProgress(IngestProgress(inputs: summary.added + summary.duplicates + summary.issues.count, bytes: bytes,
                                      elapsed: Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18))
        }
        func commit() throws {
            guard inBatch > 0 else { return }
            try database.commit()
            summary.added += pending.added
            summary.duplicates += pending.duplicates
            summary.events += pending.events
            summary.newEvents += pending.newEvents
            logger.debug("committed batch", metadata: ["articles": "\(inBatch)", "total": "\(summary.added)"])
            pending = IngestSummary()
            inBatch = 0
            report(force: true)
        }
        do {
            while true {
                var next = try pipeline.poll()
                if case .notReady = next {
                    try commit()
                    next = try pipeline.next().map(ExtractionPipeline.Poll.item) ?? .finished
                }
                guard case .item(let item) = next else { break }
                switch item {
                case .issue(let issue):
                    summary.issues.append(issue)
                    onIssue(issue)
                case .article(let article, let events, let hash):
                    if inBatch == 0 {
                        try database.begin(.immediate)
                        stamp = Store.timestamp()
                    }
                    inBatch += 1
                    bytes += article.bytes.count
                    record(try store.insert(article, events: events, contentHash: hash, ingestedAt: stamp),
                           origin: article.input.origin, into: &pending)
                    if inBatch >= batchSize { try commit() }
                }
                report(force: false)
            }
            try commit()
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
