/// A full-text query SQLite's FTS5 could not read.
public struct SearchQueryError: Error, CustomStringConvertible, Sendable {
    public let query: String
    /// SQLite's reason.
    public let reason: String

    public var description: String {
        "search query '\(query)' is not valid FTS5: \(reason) (put phrases and words with hyphens or punctuation in double quotes, e.g. '\"Kim Jong-un\"')"
    }
}

extension Store {
    /// Articles matching an FTS5 query (<https://www.sqlite.org/fts5.html#full_text_query_syntax>),
    /// best first by bm25, at most `limit`.
    public func searchArticles(_ query: String, limit: Int = 20) throws -> [ArticleHit] {
        let statement = try database.cachedStatement(
            """
            SELECT a.id, a.title, a.url, a.source, a.published, a.language, bm25(articles_fts),
                   snippet(articles_fts, 1, '[', ']', '…', 16),
                   (SELECT group_concat(s.event) FROM event_sources s WHERE s.article = a.id)
            FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid
            WHERE articles_fts MATCH ?
            ORDER BY bm25(articles_fts), a.id
            LIMIT ?
            """)
        do {
            return try statement.rows([query, limit]) { row in
                ArticleHit(articleID: row.int(0), title: row.string(1), url: row.optionalString(2), source: row.optionalString(3),
                           published: row.optionalString(4), language: row.string(5), rank: row.double(6), snippet: row.string(7),
                           eventIDs: row.string(8).split(separator: ",").compactMap { Int($0) }.sorted())
            }
        } catch let error as DatabaseError where error.code == 1 {
            // SQLITE_ERROR from MATCH: the query's syntax (e.g. "fts5: syntax error near ...", "no such column: x").
            throw SearchQueryError(query: query, reason: error.message)
        }
    }
}
