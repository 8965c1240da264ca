/// One event with who took part and every article that reported it, for `parley show`.
public struct EventDetail: Sendable, Equatable {
    /// A participant with the office and country they held on the event's date.
    public struct Participant: Sendable, Equatable {
        public let name: String
        /// The person's stable key (`joko-widodo`; `article:…` for people first met in an article).
        public let key: String
        public let office: String?
        /// ISO code and English name of the country represented, when known.
        public let countryCode: String?
        public let country: String?
    }

    public let event: EventRow
    public let participants: [Participant]
    /// Oldest publication first (undated articles last).
    public let sources: [EventSource]
    /// When the event was first stored (ISO 8601).
    public let createdAt: String
}
