/// What an ingest run did.
public struct IngestSummary: Sendable, Equatable {
    public var added = 0
    public var duplicates = 0
    /// Events found in the added articles (new ones and ones merged into stored events).
    public var events = 0
    public var newEvents = 0
    public var issues: [InputIssue] = []

    public init() {}

    /// The one-line summary `parley ingest` prints.
    public var line: String {
        "\(added) article\(added == 1 ? "" : "s") added, \(duplicates) duplicate\(duplicates == 1 ? "" : "s") skipped, "
            + "\(events) event\(events == 1 ? "" : "s") found (\(newEvents) new), \(issues.count) error\(issues.count == 1 ? "" : "s")"
    }
}
