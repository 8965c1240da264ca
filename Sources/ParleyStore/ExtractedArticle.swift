import ParleyExtract

/// An article read and extracted, ready to be stored: its events and the content hash of its text.
public struct ExtractedArticle: Sendable {
    public let article: Article
    public let events: [ExtractedEvent]
    /// ``Store/contentHash(_:)`` of the article's text (computed off the writing thread).
    public let contentHash: String

    public init(article: Article, events: [ExtractedEvent], contentHash: String) {
        self.article = article
        self.events = events
        self.contentHash = contentHash
    }
}
