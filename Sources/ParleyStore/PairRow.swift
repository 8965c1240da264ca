/// Two people who met, and how often: a row of `parley export pairs`.
public struct PairRow: Sendable, Equatable {
    /// The two canonical names, `personA` first in alphabetical order.
    public let personA: String
    public let personB: String
    /// Each one's country (English name) in their latest selected event, "" when unknown.
    public let countryA: String
    public let countryB: String
    /// Selected events of type meeting and call both took part in.
    public let meetings: Int
    public let calls: Int
    /// Earliest and latest date among them (`YYYY-MM-DD`, `YYYY-MM` or `YYYY`), nil when none is dated.
    public let firstDate: String?
    public let lastDate: String?
    /// Where they met ("venue, city, country"), in order of first meeting there.
    public let places: [String]
    /// The events, oldest first.
    public let eventIDs: [Int]
}
