/// Which events a query or report selects.
public struct EventFilter: Sendable, Equatable {
    /// Both must have taken part: people (names or aliases, any case or accents)
    /// or role phrases ("president of Indonesia") resolved on each event's date.
    public var between: (String, String)?
    /// This person (or the holder of this role on the event's date) must have taken part.
    public var leader: String?
    /// A participant represented this country (any of its names, or its code).
    public var country: String?
    /// The event took place here: a venue, city or country, by any of its names.
    public var place: String?
    /// Earliest and latest date, `YYYY-MM-DD` (or a prefix of one).
    public var from: String?
    public var to: String?
    /// nil for any status.
    public var status: String? = "occurred"

    public init() {}

    public static func == (lhs: EventFilter, rhs: EventFilter) -> Bool {
        lhs.between?.0 == rhs.between?.0 && lhs.between?.1 == rhs.between?.1 && lhs.leader == rhs.leader
            && lhs.country == rhs.country && lhs.place == rhs.place && lhs.from == rhs.from && lhs.to == rhs.to
            && lhs.status == rhs.status
    }
}
