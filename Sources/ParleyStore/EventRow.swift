/// One stored event as reports show it.
public struct EventRow: Sendable, Equatable {
    public let id: Int
    public let type: String
    public let status: String
    /// `YYYY-MM-DD`, `YYYY-MM` or `YYYY`, or nil.
    public let date: String?
    public let datePrecision: String?
    public let place: String?
    public let city: String?
    public let country: String?
    /// Canonical names, sorted.
    public let participants: [String]
    /// Each participant's country (English name) on the event's date, "" when unknown.
    public let participantCountries: [String]
    public let confidence: Double
    /// How many articles report the event.
    public let sources: Int
    /// The best evidence sentence.
    public let evidence: String
}
