import Logging
import ParleyExtract
import ParleyStore

/// Reads articles, extracts their events and stores both, one article per
/// transaction: an article is stored with all its events or not at all.
public struct Ingestor {
    public let store: Store
    public let extractor: EventExtractor
    let logger: Logger

    /// Uses the reference data held in `store` (built-in seeds and user additions).
    public init(store: Store, logger: Logger = Logger(label: "parley.ingest")) throws {
        self.store = store
        self.extractor = EventExtractor(gazetteer: Gazetteer(reference: try store.referenceData()))
        self.logger = logger
    }

    /// Ingests every article under `paths`; problems with single files are
    /// collected in the summary, database errors are thrown.
    public func ingest(_ paths: [String], reader: ArticleReader = ArticleReader(),
                       onIssue: (InputIssue) -> Void = { _ in }) throws -> IngestSummary {
        var summary = IngestSummary()
        try reader.read(paths) { result in
            switch result {
            case .failure(let issue):
                summary.issues.append(issue)
                onIssue(issue)
            case .success(let input):
                try ingest(input, into: &summary)
            }
        }
        return summary
    }

    /// Ingests one article.
    public func ingest(_ input: ArticleInput, into summary: inout IngestSummary) throws {
        if try store.articleID(forText: input.text) != nil {
            summary.duplicates += 1
            return
        }
        let (article, events) = extractor.extract(input)
        switch try store.store(article, events: events) {
        case .duplicate:
            summary.duplicates += 1
        case .added(_, let newEvents, let merged):
            summary.added += 1
            summary.events += newEvents + merged
            summary.newEvents += newEvents
            logger.debug("stored article", metadata: ["origin": "\(input.origin)", "events": "\(events.count)"])
        }
    }
}
