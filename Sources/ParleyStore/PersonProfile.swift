/// A person with every alias and dated role on record, for `parley people`.
public struct PersonProfile: Sendable, Equatable {
    public struct Alias: Sendable, Equatable {
        public let alias: String
        /// ISO 639-1 code, or `*` for any language.
        public let lang: String
        public let source: String
    }

    public struct Role: Sendable, Equatable {
        public let office: String
        public let countryCode: String
        public let country: String
        /// `YYYY-MM-DD`; nil start: since before records, nil end: still held.
        public let start: String?
        public let end: String?
        public let source: String
    }

    public let id: Int
    public let key: String
    public let name: String
    public let source: String
    public let aliases: [Alias]
    /// Oldest first.
    public let roles: [Role]
    /// Events the person took part in (any status), and their first and last date.
    public let events: Int
    public let firstEvent: String?
    public let lastEvent: String?
}
