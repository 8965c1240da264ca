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
        precondition(database.isInTransaction, "Store.insert(_:events:contentHash:) needs an open transaction")
        if let existing = try articleID(forHash: hash) {
            return .duplicate(existing: existing)
        }
        let stamp = ingestedAt ?? Self.now()
        try database.execute(
            """
            INSERT INTO articles(content_hash, url, title, source, language, published, ingested_at, origin, text)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """,
            [hash, article.input.url, article.title, article.input.source, article.language,
             article.publicationDate?.description, stamp, article.input.origin, article.input.text])
        let articleID = Int(database.lastInsertedRowID)
        var created = 0
        var merged = 0
        for event in events {
            if try store(event, article: articleID) { created += 1 } else { merged += 1 }
        }
        return .added(id: articleID, newEvents: created, mergedEvents: merged)
    }
}
