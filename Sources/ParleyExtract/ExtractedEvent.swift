/// A meeting or call found in one article: plain values, no database.
public struct ExtractedEvent: Sendable, Equatable {
    public enum EventType: String, Sendable, CaseIterable { case meeting, call }
    public enum Status: String, Sendable, CaseIterable { case occurred, planned, cancelled }

    /// A participant: a known person of the gazetteer (by key) or a person the
    /// article introduced with a role.
    public struct Participant: Sendable, Hashable {
        /// The gazetteer key, nil for a person first met in this article.
        public let key: String?
        /// Canonical English name (or the name as the article wrote it).
        public let name: String
        /// Office held on the event's date, if known.
        public let office: String?
        /// Country (ISO code) represented on the event's date, if known.
        public let country: String?

        public init(key: String?, name: String, office: String?, country: String?) {
            self.key = key
            self.name = name
            self.office = office
            self.country = country
        }
    }

    public var type: EventType
    public var status: Status
    public var date: PartialDate?
    /// Venue or city name in English.
    public var place: String?
    public var city: String?
    /// Country of the place, English name.
    public var country: String?
    /// Participants, sorted by name.
    public var participants: [Participant]
    /// The sentence that reports the event.
    public var evidence: String
    /// Offsets of `evidence` in the article text, in Unicode scalars (code points).
    public var evidenceRange: Range<Int>
    /// How sure the extractor is, in [0, 1]; see ``EventExtractor`` for what moves it.
    public var confidence: Double
    /// Whether the article is about this event (false for meetings mentioned in passing).
    public var primary: Bool
}
