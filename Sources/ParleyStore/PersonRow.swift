/// Who is who: a person with their latest role, for `parley export people`.
public struct PersonRow: Sendable, Equatable {
    public let key: String
    public let name: String
    /// Where the person came from: `seed` (built in), `user` (`parley seed`) or `article` (first met in an article).
    public let source: String
    /// The current role, else the one that ended last.
    public let office: String?
    public let countryCode: String?
    public let country: String?
    public let roleStart: String?
    public let roleEnd: String?
    /// Roles and aliases on record.
    public let roles: Int
    public let aliases: Int
    /// Selected events the person took part in, and their first and last date.
    public let meetings: Int
    public let firstMeeting: String?
    public let lastMeeting: String?
}
