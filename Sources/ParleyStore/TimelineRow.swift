/// One event in a person's timeline (`parley export timeline`): the event,
/// who the person was in it, and who else took part.
public struct TimelineRow: Sendable, Equatable {
    public let event: EventRow
    /// The participant(s) the timeline follows (one, unless a name matched several people).
    public let leader: [String]
    /// Their office and country (English name) on the event's date, "" when unknown.
    public let leaderOffice: [String]
    public let leaderCountry: [String]
    /// Everyone else, by name, with their countries.
    public let others: [String]
    public let otherCountries: [String]
}
