/// The prepared statements that storing articles runs for every article and event, held by the store:
/// ``Database/cachedStatement(_:)`` would hash the whole SQL text at each of those calls.
final class IngestStatements {
    /// At most this many articles go into one statement: 256, or the largest power of two whose 9 parameters
    /// each fit SQLite's limit (32,766 by default).
    let maxArticlesPerStatement: Int

    private let database: Database
    /// The stored events of one merge key, in id order, one more than the cache keeps.
    let eventsOfKey: Statement
    let insertEvent: Statement
    let updateEvent: Statement
    let insertParticipant: Statement
    let insertSource: Statement
    /// ``insertArticles(_:)`` by number of rows (powers of two).
    private var insertArticlesByRows: [Int: Statement] = [:]

    init(_ database: Database) throws {
        self.database = database
        var rows = 256
        while rows > 1 && rows * 9 > database.maxParameters { rows /= 2 }
        maxArticlesPerStatement = rows
        eventsOfKey = try database.cachedStatement(
            """
            SELECT id, date, status, place, city, country, confidence FROM events
            WHERE participants_key = ? AND type = ? ORDER BY id LIMIT \(MergeCandidateCache.maxEventsPerKey + 1)
            """)
        insertEvent = try database.cachedStatement(
            """
            INSERT INTO events(type, status, date, date_precision, place, city, country, confidence, participants_key, created_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        updateEvent = try database.cachedStatement(
            """
            UPDATE events SET date = ?, date_precision = ?, status = ?, confidence = max(confidence, ?),
                place = ?, city = ?, country = ? WHERE id = ?
            """)
        insertParticipant = try database.cachedStatement(
            "INSERT OR IGNORE INTO event_participants(event, person, office, country) VALUES (?, ?, ?, ?)")
        insertSource = try database.cachedStatement(
            """
            INSERT OR IGNORE INTO event_sources(event, article, evidence, evidence_start, evidence_end, status, confidence)
            VALUES (?, ?, ?, ?, ?, ?, ?)
            """)
    }

    /// Inserts `rows` articles (a power of two up to ``maxArticlesPerStatement``), each unless an article with its
    /// content hash is stored or comes earlier in the statement, and returns `id, content_hash` of those inserted.
    /// Parameters per row: content hash, url, title, source, language, published, ingested at, origin, text.
    func insertArticles(_ rows: Int) throws -> Statement {
        if let statement = insertArticlesByRows[rows] { return statement }
        let values = Array(repeating: "(?, ?, ?, ?, ?, ?, ?, ?, ?)", count: rows).joined(separator: ", ")
        let statement = try database.makeStatement(
            """
            INSERT INTO articles(content_hash, url, title, source, language, published, ingested_at, origin, text)
            VALUES \(values) ON CONFLICT(content_hash) DO NOTHING RETURNING id, content_hash
            """)
        insertArticlesByRows[rows] = statement
        return statement
    }
}
