import Foundation

extension Store {
    /// The event `id` with its participants and every source, or nil when there is no such event.
    public func event(id: Int) throws -> EventDetail? {
        guard let row = try eventRows(where: "e.id = ?", [id], orderBy: "e.id").first,
              let createdAt = try database.scalarString("SELECT created_at FROM events WHERE id = ?", [id])
        else { return nil }
        let participants = try database.cachedStatement(
            """
            SELECT p.name, p.key, ep.office, ep.country, c.name FROM event_participants ep
            JOIN people p ON p.id = ep.person LEFT JOIN countries c ON c.code = ep.country
            WHERE ep.event = ? ORDER BY p.name, p.id
            """
        ).rows([id]) { row in
            EventDetail.Participant(name: row.string(0), key: row.string(1), office: row.optionalString(2),
                                    countryCode: row.optionalString(3), country: row.optionalString(4) ?? row.optionalString(3))
        }
        let sources = try database.cachedStatement(
            """
            SELECT a.id, a.title, a.url, a.source, a.published, a.language, a.origin, s.evidence, s.status, s.confidence
            FROM event_sources s JOIN articles a ON a.id = s.article
            WHERE s.event = ? ORDER BY a.published IS NULL, a.published, a.id
            """
        ).rows([id]) { row in
            EventSource(articleID: row.int(0), title: row.string(1), url: row.optionalString(2), source: row.optionalString(3),
                        published: row.optionalString(4), language: row.string(5), origin: row.string(6), evidence: row.string(7),
                        status: row.string(8), confidence: row.double(9))
        }
        return EventDetail(event: row, participants: participants, sources: sources, createdAt: createdAt)
    }

    /// One row per pair of people who took part in the same selected events:
    /// most events first, then the latest, then by names.
    public func pairs(_ filter: EventFilter) throws -> [PairRow] {
        let (condition, values) = try eventCondition(filter)
        struct Pair {
            var meetings = 0, calls = 0
            var first: String?, last: String?
            var places: [String] = []
            var events: [Int] = []
        }
        var pairs: [[Int]: Pair] = [:]
        var latestCountry: [Int: String] = [:]
        let statement = try database.makeStatement(
            """
            WITH selected AS (SELECT e.id, e.type, e.date, e.place, e.city, e.country FROM events e WHERE \(condition))
            SELECT a.person, b.person, a.country, b.country, s.id, s.type, s.date, s.place, s.city, s.country
            FROM selected s
            JOIN event_participants a ON a.event = s.id
            JOIN event_participants b ON b.event = s.id AND b.person > a.person
            ORDER BY s.date IS NULL, s.date, s.id
            """)
        try statement.forEachRow(values) { row in
            let key = [row.int(0), row.int(1)]
            if let country = row.optionalString(2) { latestCountry[key[0]] = country }
            if let country = row.optionalString(3) { latestCountry[key[1]] = country }
            var pair = pairs[key] ?? Pair()
            if row.string(5) == "call" { pair.calls += 1 } else { pair.meetings += 1 }
            if let date = row.optionalString(6) {
                pair.first = pair.first ?? date
                pair.last = date
            }
            let place = EventRow.placeLabel(row.optionalString(7), row.optionalString(8), row.optionalString(9))
            if !place.isEmpty, !pair.places.contains(place) { pair.places.append(place) }
            pair.events.append(row.int(4))
            pairs[key] = pair
        }
        let names = try personNames(Set(pairs.keys.flatMap { $0 }))
        let countries = try countryNames(Set(latestCountry.values))
        var rows = pairs.map { key, pair in
            var (a, b) = (key[0], key[1])
            if (names[b] ?? "", b) < (names[a] ?? "", a) { swap(&a, &b) }
            return PairRow(personA: names[a] ?? "", personB: names[b] ?? "",
                           countryA: latestCountry[a].map { countries[$0] ?? $0 } ?? "",
                           countryB: latestCountry[b].map { countries[$0] ?? $0 } ?? "",
                           meetings: pair.meetings, calls: pair.calls, firstDate: pair.first, lastDate: pair.last,
                           places: pair.places, eventIDs: pair.events)
        }
        rows.sort { x, y in
            if x.meetings + x.calls != y.meetings + y.calls { return x.meetings + x.calls > y.meetings + y.calls }
            if x.lastDate != y.lastDate { return (x.lastDate ?? "") > (y.lastDate ?? "") }
            return (x.personA, x.personB) < (y.personA, y.personB)
        }
        return rows
    }

    /// Who is who: the people who took part in the selected events (or, with
    /// `everyone`, every person on record), with their current or last role.
    /// Most events first, then by name.
    public func peopleReport(_ filter: EventFilter, everyone: Bool = false) throws -> [PersonRow] {
        let (condition, values) = try eventCondition(filter)
        let latestRole = try database.cachedStatement(
            """
            SELECT r.office, r.country, c.name, r.start_date, r.end_date FROM roles r LEFT JOIN countries c ON c.code = r.country
            WHERE r.person = ?
            ORDER BY r.end_date IS NULL DESC, r.end_date DESC, r.start_date DESC, r.id DESC LIMIT 1
            """)
        let statement = try database.makeStatement(
            """
            WITH selected AS (SELECT e.id, e.date FROM events e WHERE \(condition)),
                 taken AS (SELECT ep.person, count(*) AS n, min(s.date) AS first, max(s.date) AS last
                           FROM selected s JOIN event_participants ep ON ep.event = s.id GROUP BY ep.person)
            SELECT p.id, p.key, p.name, p.source,
                   (SELECT count(*) FROM roles r WHERE r.person = p.id),
                   (SELECT count(*) FROM aliases a WHERE a.person = p.id),
                   coalesce(t.n, 0), t.first, t.last
            FROM people p \(everyone ? "LEFT JOIN" : "JOIN") taken t ON t.person = p.id
            ORDER BY coalesce(t.n, 0) DESC, p.name, p.id
            """)
        return try statement.rows(values) { row in
            let role = try latestRole.firstRow([row.int(0)]) { role in
                (office: role.string(0), code: role.string(1), country: role.optionalString(2) ?? role.string(1),
                 start: role.optionalString(3), end: role.optionalString(4))
            }
            return PersonRow(key: row.string(1), name: row.string(2), source: row.string(3),
                             office: role?.office, countryCode: role?.code, country: role?.country, roleStart: role?.start, roleEnd: role?.end,
                             roles: row.int(4), aliases: row.int(5), meetings: row.int(6),
                             firstMeeting: row.optionalString(7), lastMeeting: row.optionalString(8))
        }
    }

    /// The selected events `leader` (a person or a role phrase) took part in, oldest
    /// first (undated last), each with the leader's role in it and the other participants.
    public func timeline(of leader: String, _ filter: EventFilter) throws -> [TimelineRow] {
        let matcher = try participantMatcher(leader)
        var filter = filter
        filter.leader = leader
        let (condition, values) = try eventCondition(filter)
        let events = try eventRows(where: condition, values, orderBy: "e.date IS NULL, e.date, e.id")
        let (isLeader, leaderValues) = matcher.participantCondition
        let participants = try database.makeStatement(
            """
            SELECT p.name, coalesce(ep.office, ''), coalesce(c.name, ep.country, ''), \(isLeader)
            FROM event_participants ep JOIN events e ON e.id = ep.event JOIN people p ON p.id = ep.person
            LEFT JOIN countries c ON c.code = ep.country
            WHERE ep.event = ? ORDER BY p.name, p.id
            """)
        return try events.map { event in
            let people = try participants.rows(leaderValues + [event.id]) { row in
                (name: row.string(0), office: row.string(1), country: row.string(2), isLeader: row.int(3) != 0)
            }
            let leaders = people.filter(\.isLeader)
            let others = people.filter { !$0.isLeader }
            return TimelineRow(event: event, leader: leaders.map(\.name), leaderOffice: leaders.map(\.office),
                               leaderCountry: leaders.map(\.country), others: others.map(\.name), otherCountries: others.map(\.country))
        }
    }

    /// Selected dated events per pair of countries their participants represented, per year:
    /// oldest year first, then most events, then by names. Undated events and
    /// participants of unknown country are left out.
    public func countryPairs(_ filter: EventFilter) throws -> [CountryPairRow] {
        let (condition, values) = try eventCondition(filter)
        let statement = try database.makeStatement(
            """
            WITH selected AS (SELECT e.id, e.type, e.date FROM events e WHERE \(condition) AND e.date IS NOT NULL)
            SELECT substr(s.date, 1, 4), a.country, b.country,
                   count(DISTINCT CASE WHEN s.type = 'meeting' THEN s.id END),
                   count(DISTINCT CASE WHEN s.type = 'call' THEN s.id END),
                   min(s.date), max(s.date)
            FROM selected s
            JOIN event_participants a ON a.event = s.id AND a.country IS NOT NULL
            JOIN event_participants b ON b.event = s.id AND b.country > a.country
            GROUP BY 1, 2, 3
            """)
        let found = try statement.rows(values) { row in
            (year: row.string(0), a: row.string(1), b: row.string(2), meetings: row.int(3), calls: row.int(4),
             first: row.string(5), last: row.string(6))
        }
        let names = try countryNames(Set(found.flatMap { [$0.a, $0.b] }))
        var rows = found.map { pair in
            var (a, b) = (pair.a, pair.b)
            if (names[b] ?? b, b) < (names[a] ?? a, a) { swap(&a, &b) }
            return CountryPairRow(year: pair.year, countryCodeA: a, countryA: names[a] ?? a, countryCodeB: b, countryB: names[b] ?? b,
                                  meetings: pair.meetings, calls: pair.calls, firstDate: pair.first, lastDate: pair.last)
        }
        rows.sort { x, y in
            if x.year != y.year { return x.year < y.year }
            if x.meetings + x.calls != y.meetings + y.calls { return x.meetings + x.calls > y.meetings + y.calls }
            return (x.countryA, x.countryB) < (y.countryA, y.countryB)
        }
        return rows
    }

    /// Canonical names of people by id.
    func personNames(_ ids: Set<Int>) throws -> [Int: String] {
        let statement = try database.cachedStatement("SELECT name FROM people WHERE id = ?")
        var names: [Int: String] = [:]
        for id in ids { names[id] = try statement.firstRow([id]) { $0.string(0) } }
        return names
    }

    /// English names of countries by code.
    func countryNames(_ codes: Set<String>) throws -> [String: String] {
        let statement = try database.cachedStatement("SELECT name FROM countries WHERE code = ?")
        var names: [String: String] = [:]
        for code in codes { names[code] = try statement.firstRow([code]) { $0.string(0) } }
        return names
    }
}
