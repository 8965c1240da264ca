/// Which events a query or report selects.
public struct EventFilter: Sendable, Equatable {
    /// Both people must have taken part (names or aliases, any case or accents).
    public var between: (String, String)?
    /// This person must have taken part.
    public var leader: String?
    /// A participant represented this country (any of its names, or its code).
    public var country: String?
    /// Earliest and latest date, `YYYY-MM-DD` (or a prefix of one).
    public var from: String?
    public var to: String?
    /// nil for any status.
    public var status: String? = "occurred"

    public init() {}

    public static func == (lhs: EventFilter, rhs: EventFilter) -> Bool {
        lhs.between?.0 == rhs.between?.0 && lhs.between?.1 == rhs.between?.1 && lhs.leader == rhs.leader
            && lhs.country == rhs.country && lhs.from == rhs.from && lhs.to == rhs.to && lhs.status == rhs.status
    }
}
