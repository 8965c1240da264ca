import ParleyExtract

extension Store {
    /// The stored events of merge key `key` that a report of article `article` dated `date` may merge into, in id
    /// order: from the merge cache, read once per key; for a key with many events, those whose date can match,
    /// through ``mergeCandidates(key:type:date:article:)``. The cached ones may include the article's own events
    /// and dates that cannot match: the caller leaves them out.
    func mergeCandidates(_ key: MergeCandidateCache.Key, date: PartialDate?, article: Int,
                         statements: IngestStatements) throws -> [MergeCandidateCache.Event] {
        switch mergeCache.entry(key) {
        case .events(let events):
            return events
        case .tooMany:
            break
        case nil:
            let events = try statements.eventsOfKey.rows([key.participants, key.type], Self.mergeCandidate)
            mergeCache.record(events, for: key)
            if events.count <= MergeCandidateCache.maxEventsPerKey { return events }
        }
        let lookup = try mergeCandidates(key: key.participants, type: key.type, date: date, article: article)
        return try lookup.statement.rows(lookup.values, Self.mergeCandidate)
    }

    /// A row of `id, date, status, place, city, country, confidence` as a merge candidate.
    static func mergeCandidate(_ row: Row) -> MergeCandidateCache.Event {
        MergeCandidateCache.Event(id: row.int(0), date: row.optionalString(1).flatMap(PartialDate.init), status: row.string(2),
                                  place: row.optionalString(3), city: row.optionalString(4), country: row.optionalString(5),
                                  confidence: row.double(6))
    }

    /// The statement and values that select the stored events an event of
    /// `type` with these participants (`key`) and `date` may merge into: the pair's events
    /// (not those of `article` itself), in id order, as `id, date, status, place, city, country, confidence`.
    ///
    /// With a date, only events whose date can match (see ``datesMatch(_:_:)``) are read, through
    /// the `events_merge` index: no date, the same year or month as written alone, and the
    /// day itself or one day either side (for a month or a year, any date inside it). A frequent pair
    /// then costs a few index lookups instead of all its events. Stored dates that do not read
    /// back as a date (a year outside 1000–9999, from an odd `--date`) match anything, so
    /// while any exists the lookup reads all the pair's events as before.
    func mergeCandidates(key: String, type: String, date: PartialDate?, article: Int) throws
        -> (statement: Statement, values: [any DatabaseValueConvertible]) {
        let columns = "SELECT id, date, status, place, city, country, confidence FROM events"
        let notOwn = "NOT EXISTS (SELECT 1 FROM event_sources WHERE event = events.id AND article = ?3)"
        // A year of four digits a day either side, so that dates compare as strings.
        guard let date, (1001...9998).contains(date.year), try eventDatesAreCanonicalNow() else {
            let statement = try database.cachedStatement(
                "\(columns) WHERE participants_key = ?1 AND type = ?2 AND \(notOwn) ORDER BY id")
            return (statement, [key, type, article])
        }
        let year = String(date.year)
        let month = date.month.map { PartialDate(year: date.year, month: $0).description } ?? year
        let low: String
        let high: String
        if let day = date.fullDay {
            low = PartialDate(day.adding(days: -1)).description
            high = PartialDate(day.adding(days: 1)).description
        } else {
            // Every finer date inside the month or year: "2023-06" … "2023-06-31", "2023" … "2023-12-31".
            low = date.description
            high = date.description + "-~"
        }
        // One index range per kind of date (SQLite would not use the index for an OR of them).
        let pair = "SELECT id FROM events WHERE participants_key = ?1 AND type = ?2 AND"
        let statement = try database.cachedStatement(
            """
            \(columns) WHERE id IN (\(pair) date IS NULL UNION ALL \(pair) date IN (?4, ?5)
              UNION ALL \(pair) date BETWEEN ?6 AND ?7) AND \(notOwn)
            ORDER BY id
            """)
        return (statement, [key, type, article, year, month, low, high])
    }

    /// Whether every stored event date is canonical (checked once per store, kept up to date by ``noteEventDate(_:)``).
    private func eventDatesAreCanonicalNow() throws -> Bool {
        if let known = eventDatesAreCanonical { return known }
        let odd = try database.scalarInt(
            """
            SELECT EXISTS (SELECT 1 FROM events WHERE date IS NOT NULL AND NOT (date GLOB '[0-9][0-9][0-9][0-9]'
                OR date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]' OR date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'))
            """) ?? 0
        eventDatesAreCanonical = odd == 0
        return odd == 0
    }

    /// Records that an event date is about to be written: one that does not read back turns date bounds off.
    func noteEventDate(_ date: PartialDate?) {
        if let date, PartialDate(date.description) == nil { eventDatesAreCanonical = false }
    }
}
