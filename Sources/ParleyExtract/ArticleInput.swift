/// An article as read from a file, before analysis: its text and whatever
/// metadata the file or the command line gave.
public struct ArticleInput: Sendable {
    /// The article's text, UTF-8, as published (title and header lines first for plain files).
    public var text: String
    public var title: String?
    public var url: String?
    public var source: String?
    /// The publication date given by metadata or `--date`; overrides the text's own.
    public var date: Day?
    /// ISO 639-1 language given by metadata or `--lang`; otherwise detected.
    public var language: String?
    /// Where it came from: a path, with `:LINE` for JSONL records.
    public var origin: String

    public init(text: String, title: String? = nil, url: String? = nil, source: String? = nil,
                date: Day? = nil, language: String? = nil, origin: String) {
        self.text = text
        self.title = title
        self.url = url
        self.source = source
        self.date = date
        self.language = language
        self.origin = origin
    }
}
