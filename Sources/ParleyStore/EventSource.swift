/// One article that reported an event: what it is and what it said.
public struct EventSource: Sendable, Equatable {
    public let articleID: Int
    public let title: String
    public let url: String?
    /// The outlet, when known.
    public let source: String?
    /// Publication date `YYYY-MM-DD`, when known.
    public let published: String?
    /// ISO 639-1 code.
    public let language: String
    /// The file (and line) the article was read from.
    public let origin: String
    /// The sentence that reports the event.
    public let evidence: String
    /// The status this article gave the event (`planned` for an announcement).
    public let status: String
    public let confidence: Double
}
