/// What storing one article did.
public enum IngestOutcome: Sendable, Equatable {
    /// The same text was stored before (as article `existing`).
    case duplicate(existing: Int)
    /// Stored as article `id`; `newEvents` events created, `mergedEvents` attached to events already known.
    case added(id: Int, newEvents: Int, mergedEvents: Int)
}
