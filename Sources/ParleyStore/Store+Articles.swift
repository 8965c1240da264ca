import CSQLite
import ParleyExtract

extension Store {
    /// The content hash of an article text: SHA-256 of the text with line
    /// endings normalised and surrounding white space trimmed.
    public static func contentHash(_ text: String) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        for byte in text.utf8 where byte != 13 { bytes.append(byte) }
        var start = 0
        var end = bytes.count
        while start < end, bytes[start] == 32 || bytes[start] == 10 || bytes[start] == 9 { start += 1 }
        while end > start, bytes[end - 1] == 32 || bytes[end - 1] == 10 || bytes[end - 1] == 9 { end -= 1 }
        return SHA256.hex(bytes[start..<end])
    }

    /// The current time as written in `ingested_at` (ISO 8601), for callers
    /// that stamp a batch of articles at once.
    public static func timestamp() -> String { now() }

    /// The id of the article with this text, if stored.
    public func articleID(forText text: String) throws -> Int? {
        try articleID(forHash: Self.contentHash(text))
    }

    /// The id of the article with this content hash (see ``contentHash(_:)``), if stored.
    public func articleID(forHash hash: String) throws -> Int? {
        try database.scalarInt("SELECT id FROM articles WHERE content_hash = ?", [hash])
    }

    /// Stores an article and its events in one transaction: either all of it
    /// is stored or none. Events that are the same real meeting as a stored
    /// one are attached to it as a further source.
    public func store(_ article: Article, events: [ExtractedEvent]) throws -> IngestOutcome {
        let hash = Self.contentHash(article.input.text)
        return try database.inTransaction {
            try insert(article, events: events, contentHash: hash)
        }
    }

    /// Stores an article and its events inside the caller's open transaction,
    /// so that a batch of articles commits at once. The caller commits or
    /// rolls back; an error leaves the transaction holding part of the article,
    /// so the caller must then roll back (never commit).
    ///
    /// `contentHash` must be ``contentHash(_:)`` of the article's text (computed
    /// off the writing thread); `ingestedAt` is the time stamp written, by default now.
    public func insert(_ article: Article, events: [ExtractedEvent], contentHash hash: String,
                       ingestedAt: String? = nil) throws -> IngestOutcome {
        try insert([ExtractedArticle(article: article, events: events, contentHash: hash)], ingestedAt: ingestedAt)[0]
    }

    /// Stores articles and their events inside the caller's open transaction, as storing each in turn with
    /// ``insert(_:events:contentHash:ingestedAt:)`` would, and says what became of each. The caller commits or
    /// rolls back; after an error it must roll back (never commit).
    ///
    /// The articles go in first, a few multi-row statements for all of them: SQLite has the full-text index
    /// write out the terms it holds at the end of every statement that adds to it (through the insert
    /// trigger), so one statement per article would write one small index segment per article and merge them
    /// over and over. Then come the events of each article in turn, which makes no difference to them: merging
    /// reads only events, and an article's id is known before its events are stored either way.
    public func insert(_ articles: [ExtractedArticle], ingestedAt: String? = nil) throws -> [IngestOutcome] {
        precondition(database.isInTransaction, "Store.insert(_:ingestedAt:) needs an open transaction")
        let statements = try ingestStatements()
        // The merge cache holds only if nothing but this method changed the database since it last ran.
        let dataVersion = try database.dataVersion()
        let state = MergeCandidateCache.State(dataVersion: dataVersion, totalChanges: database.totalChanges, rollbacks: database.rollbacks)
        if mergeCache.state != state || mergeCache.count > MergeCandidateCache.maxEvents { mergeCache.removeAll() }
        // One statement both checks content hashes and inserts: a text stored before, or earlier in the same
        // statement, inserts nothing and returns no id.
        let stamp = ingestedAt ?? currentStamp()
        var inserted: [String: Int] = [:]
        var start = 0
        while start < articles.count {
            var rows = statements.maxArticlesPerStatement
            while rows > articles.count - start { rows /= 2 }
            var values: [any DatabaseValueConvertible] = []
            values.reserveCapacity(rows * 9)
            for item in articles[start..<(start + rows)] {
                let article = item.article
                values += [item.contentHash, article.input.url, article.title, article.input.source, article.language,
                           article.publicationDate?.description, stamp, article.input.origin, article.input.text] as [any DatabaseValueConvertible]
            }
            try statements.insertArticles(rows).forEachRow(values) { row in inserted[row.string(1)] = row.int(0) }
            start += rows
        }
        var outcomes: [IngestOutcome] = []
        outcomes.reserveCapacity(articles.count)
        for item in articles {
            // The first of two equal texts in the batch is the one inserted.
            guard let id = inserted.removeValue(forKey: item.contentHash) else {
                guard let existing = try articleID(forHash: item.contentHash) else {
                    throw DatabaseError(extendedCode: SQLITE_CORRUPT,
                                        message: "inserting an article clashed on content hash \(item.contentHash), yet no article has it")
                }
                outcomes.append(.duplicate(existing: existing))
                continue
            }
            var created = 0
            var merged = 0
            // The events this article is a source of: none before this loop, its id being new.
            var ownEvents: Set<Int> = []
            for event in item.events {
                let (eventID, isNew) = try store(event, article: id, excluding: ownEvents, statements: statements)
                ownEvents.insert(eventID)
                if isNew { created += 1 } else { merged += 1 }
            }
            outcomes.append(.added(id: id, newEvents: created, mergedEvents: merged))
        }
        mergeCache.state = MergeCandidateCache.State(dataVersion: dataVersion, totalChanges: database.totalChanges, rollbacks: database.rollbacks)
        return outcomes
    }
}
