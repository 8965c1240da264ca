/// What a database holds, for `parley stats`.
public struct DatabaseStats: Sendable, Equatable {
    /// A value and how many rows have it.
    public struct Count: Sendable, Equatable {
        public let value: String
        public let count: Int
    }

    public var articles = 0
    /// Articles per language code, most first.
    public var languages: [Count] = []
    /// Earliest and latest publication date of articles.
    public var firstPublished: String?
    public var lastPublished: String?
    public var events = 0
    /// Events per status and per type, most first.
    public var statuses: [Count] = []
    public var types: [Count] = []
    /// Earliest and latest event date, and how many events have none.
    public var firstEvent: String?
    public var lastEvent: String?
    public var undatedEvents = 0
    /// People on record, and those who took part in at least one event.
    public var people = 0
    public var peopleInEvents = 0
    /// Article–event links (each article that reported each event).
    public var sources = 0
    /// How many events have each number of sources (`value` is the number of sources), fewest sources first.
    public var sourcesPerEvent: [Count] = []

    public init() {}
}
