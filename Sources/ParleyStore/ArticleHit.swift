/// An article found by `parley search`.
public struct ArticleHit: Sendable, Equatable {
    public let articleID: Int
    public let title: String
    public let url: String?
    public let source: String?
    public let published: String?
    public let language: String
    /// FTS5 bm25 score: lower is a better match.
    public let rank: Double
    /// The best-matching stretch of the text, matches between `[` and `]`.
    public let snippet: String
    /// Events the article reported.
    public let eventIDs: [Int]
}
