import ParleyExtract

/// The stored events that a report may merge into, by merge key (participants and type), as this
/// connection last read or wrote them: merging a report looks here instead of querying `events`, and only
/// the first report of a key reads the database.
///
/// The cache only holds while nothing else changed the database: before each batch of articles (inside its
/// transaction, so that no other writer can commit until it ends), ``Store/insert(_:ingestedAt:)`` compares the
/// ``State`` recorded after the previous batch and drops every entry when another connection committed, this
/// connection changed rows outside ``Store/insert(_:ingestedAt:)`` or rolled a transaction back. A key with more than
/// ``maxEventsPerKey`` events is not kept: its reports read their few candidates through the date-bounded
/// query of ``Store/mergeCandidates(key:type:date:article:)``.
final class MergeCandidateCache {
    /// A stored event as merging reads it: the columns of ``Store/mergeCandidates(key:type:date:article:)``, with the
    /// date as it reads back from its text (nil for one that does not parse, as when read from the database).
    struct Event {
        let id: Int
        var date: PartialDate?
        var status: String
        var place: String?
        var city: String?
        var country: String?
        var confidence: Double
    }

    /// A merge key: `participants_key` and `type` of `events`.
    struct Key: Hashable {
        let participants: String
        let type: String
    }

    /// What is known of one merge key.
    enum Entry {
        /// Every stored event of the key, in id order.
        case events([Event])
        /// More than ``maxEventsPerKey`` events: read from the database for each report.
        case tooMany
    }

    /// What the database looked like to this connection when the entries were last brought up to date.
    struct State: Equatable {
        /// `PRAGMA data_version`: changes when another connection commits.
        let dataVersion: Int
        /// Rows changed through this connection (``Database/totalChanges``).
        let totalChanges: Int
        /// Transactions this connection rolled back (``Database/rollbacks``).
        let rollbacks: Int
    }

    /// Above this many events a key is read from the database each time, so that a frequent pair costs a few index
    /// lookups per report rather than a scan of all its events.
    static let maxEventsPerKey = 64
    /// Above this many events in all the cache starts afresh, so that memory stays bounded on any input.
    static let maxEvents = 100_000

    private var entries: [Key: Entry] = [:]
    /// Events held in all entries.
    private(set) var count = 0
    /// The state the entries agree with; nil when there are none.
    var state: State?

    /// The entry of `key`, if read already.
    func entry(_ key: Key) -> Entry? {
        entries[key]
    }

    /// Records the events of `key` just read from the database (at most ``maxEventsPerKey`` + 1, in id order).
    func record(_ events: [Event], for key: Key) {
        if events.count > Self.maxEventsPerKey {
            entries[key] = .tooMany
        } else {
            entries[key] = .events(events)
            count += events.count
        }
    }

    /// Adds an event just inserted under `key` (which was looked up before).
    func add(_ event: Event, for key: Key) {
        guard case .events(var events) = entries[key] else { return }
        entries[key] = nil  // so that `events` is the only reference and appending does not copy
        if events.count >= Self.maxEventsPerKey {
            entries[key] = .tooMany
            count -= events.count
        } else {
            events.append(event)
            entries[key] = .events(events)
            count += 1
        }
    }

    /// Replaces an event of `key` just updated in the database.
    func update(_ event: Event, for key: Key) {
        guard case .events(var events) = entries[key], let index = events.firstIndex(where: { $0.id == event.id }) else { return }
        entries[key] = nil
        events[index] = event
        entries[key] = .events(events)
    }

    /// Forgets every entry.
    func removeAll() {
        entries.removeAll()
        count = 0
        state = nil
    }
}
