import ParleyExtract

/// A query argument that names no one and nothing known.
public struct UnknownNameError: Error, CustomStringConvertible, Sendable {
    public let kind: String
    public let name: String
    public var description: String { "no \(kind) known as '\(name)'" }
}

extension Store {
    /// People whose canonical name or an alias is `name`, compared case- and
    /// accent-insensitively; when none, people whose name contains all its words.
    public func people(named name: String) throws -> [PersonMatch] {
        let folded = TextFolding.fold(name)
        guard !folded.isEmpty else { return [] }
        var found = try database.cachedStatement(
            """
            SELECT id, name FROM people WHERE folded = ?1
            UNION SELECT p.id, p.name FROM aliases a JOIN people p ON p.id = a.person WHERE a.folded = ?1
            ORDER BY 1
            """
        ).rows([folded]) { PersonMatch(id: $0.int(0), name: $0.string(1)) }
        if found.isEmpty {
            let words = folded.split(separator: " ").map(String.init)
            found = try database.cachedStatement("SELECT id, name, folded FROM people ORDER BY id").rows { row -> PersonMatch? in
                let name = " \(row.string(2)) "
                return words.allSatisfy { name.contains(" \($0) ") } ? PersonMatch(id: row.int(0), name: row.string(1)) : nil
            }.compactMap { $0 }
        }
        return found
    }

    /// Country codes whose code or any name in any language is `name`.
    public func countries(named name: String) throws -> [String] {
        let folded = TextFolding.fold(name)
        return try database.cachedStatement(
            """
            SELECT code FROM countries WHERE lower(code) = ?1 OR lower(name) = ?1
            UNION SELECT country FROM country_names WHERE folded = ?1
            """
        ).rows([folded]) { $0.string(0) }
    }

    /// Who `name` stands for in a filter: the people it names (see `people(named:)`),
    /// else the holder of the office it names ("president of Indonesia") on each event's date.
    func participantMatcher(_ name: String) throws -> ParticipantMatcher {
        let ids = try people(named: name).map(\.id)
        if !ids.isEmpty { return .people(ids) }
        if let role = try role(named: name) { return .role(role) }
        throw UnknownNameError(kind: "person", name: name)
    }

    /// The venue and city names events took place in that `name` names (case- and
    /// accent-insensitively, by the place's name or one of its aliases).
    func eventPlaces(named name: String) throws -> (places: [String], cities: [String]) {
        let folded = TextFolding.fold(name)
        let aliases = try database.cachedStatement("SELECT aliases FROM places WHERE name = ?")
        var known: [String: Bool] = [:]
        func matches(_ value: String) throws -> Bool {
            if let answer = known[value] { return answer }
            var answer = TextFolding.fold(value) == folded
            if !answer {
                try aliases.forEachRow([value]) { row in
                    if !answer { answer = row.string(0).split(separator: "|").contains { TextFolding.fold(String($0)) == folded } }
                }
            }
            known[value] = answer
            return answer
        }
        var places: Set<String> = []
        var cities: Set<String> = []
        try database.cachedStatement("SELECT DISTINCT place, city FROM events WHERE place IS NOT NULL OR city IS NOT NULL").forEachRow { row in
            if let place = row.optionalString(0), try matches(place) { places.insert(place) }
            if let city = row.optionalString(1), try matches(city) { cities.insert(city) }
        }
        return (places.sorted(), cities.sorted())
    }

    /// How many events these people took part in, counted on the `event_participants_person` index.
    func eventCount(of people: [Int]) throws -> Int {
        try database.scalarInt("SELECT count(*) FROM event_participants WHERE person IN (\(ParticipantMatcher.placeholders(people.count)))", people) ?? 0
    }

    /// The SQL condition over `events e` that selects the events of `filter`, and its values.
    func eventCondition(_ filter: EventFilter) throws -> (sql: String, values: [any DatabaseValueConvertible]) {
        var conditions: [String] = []
        var values: [any DatabaseValueConvertible] = []
        func add(_ part: (sql: String, values: [any DatabaseValueConvertible])) {
            conditions.append(part.sql)
            values.append(contentsOf: part.values)
        }
        if let (a, b) = filter.between {
            let first = try participantMatcher(a)
            let second = try participantMatcher(b)
            if case .people(let firstIDs) = first, case .people(let secondIDs) = second {
                // Walk the events of the one who has fewer and look the other up by the primary key (event, person):
                // a rare pair costs its rarer person's events, not both lists and a temporary table.
                let (rare, common) = try eventCount(of: firstIDs) <= eventCount(of: secondIDs) ? (firstIDs, secondIDs) : (secondIDs, firstIDs)
                add(("""
                    e.id IN (SELECT x.event FROM event_participants x JOIN event_participants y
                             ON y.event = x.event AND y.person IN (\(ParticipantMatcher.placeholders(common.count)))
                             WHERE x.person IN (\(ParticipantMatcher.placeholders(rare.count))))
                    """, common + rare))
            } else {
                add(first.eventCondition)
                add(second.eventCondition)
            }
        }
        if let leader = filter.leader { add(try participantMatcher(leader).eventCondition) }
        if let country = filter.country {
            let codes = try countries(named: country)
            guard !codes.isEmpty else { throw UnknownNameError(kind: "country", name: country) }
            add(("e.id IN (SELECT event FROM event_participants WHERE country IN (\(ParticipantMatcher.placeholders(codes.count))))", codes))
        }
        if let place = filter.place {
            let codes = try countries(named: place)
            let (places, cities) = try eventPlaces(named: place)
            var alternatives: [String] = []
            if !codes.isEmpty {
                alternatives.append("e.country IN (SELECT name FROM countries WHERE code IN (\(ParticipantMatcher.placeholders(codes.count))))")
                values.append(contentsOf: codes)
            }
            if !places.isEmpty {
                alternatives.append("e.place IN (\(ParticipantMatcher.placeholders(places.count)))")
                values.append(contentsOf: places)
            }
            if !cities.isEmpty {
                alternatives.append("e.city IN (\(ParticipantMatcher.placeholders(cities.count)))")
                values.append(contentsOf: cities)
            }
            conditions.append(alternatives.isEmpty ? "0" : "(" + alternatives.joined(separator: " OR ") + ")")
        }
        if let from = filter.from {
            conditions.append("e.date >= substr(?, 1, length(e.date))")
            values.append(from)
        }
        if let to = filter.to {
            conditions.append("e.date <= ?")
            values.append(to)
        }
        if let status = filter.status {
            conditions.append("e.status = ?")
            values.append(status)
        }
        return (conditions.isEmpty ? "1" : conditions.joined(separator: " AND "), values)
    }

    /// Events matching `filter`, newest first (events without a date last).
    public func events(_ filter: EventFilter) throws -> [EventRow] {
        var rows: [EventRow] = []
        try forEachEvent(filter) { rows.append($0) }
        return rows
    }

    /// Calls `body` with each event matching `filter`, newest first (events without a date last),
    /// as the query returns them: an export of any size holds one row at a time.
    public func forEachEvent(_ filter: EventFilter, _ body: (EventRow) throws -> Void) throws {
        let (condition, values) = try eventCondition(filter)
        try forEachEventRow(where: condition, values, orderBy: "e.date IS NULL, e.date DESC, e.id DESC", body)
    }

    /// The events of `events e` meeting `condition`, in the order `orderBy` gives.
    func eventRows(where condition: String, _ values: [any DatabaseValueConvertible], orderBy: String) throws -> [EventRow] {
        var rows: [EventRow] = []
        try forEachEventRow(where: condition, values, orderBy: orderBy) { rows.append($0) }
        return rows
    }

    /// Calls `body` with each event of `events e` meeting `condition`, in the order `orderBy` gives.
    ///
    /// One query: the participants come aggregated in SQL, ordered by name, as
    /// `count U+001D name U+001E country U+001F name U+001E country …`; the count
    /// proves the split (a name holding one of these separators is read again row by row).
    func forEachEventRow(where condition: String, _ values: [any DatabaseValueConvertible], orderBy: String,
                         _ body: (EventRow) throws -> Void) throws {
        let sql = """
            SELECT e.id, e.type, e.status, e.date, e.date_precision, e.place, e.city, e.country, e.confidence,
                   (SELECT count(*) FROM event_sources s WHERE s.event = e.id),
                   (SELECT s.evidence FROM event_sources s WHERE s.event = e.id ORDER BY s.confidence DESC, length(s.evidence) DESC, s.evidence LIMIT 1),
                   (SELECT count(*) || char(29) || group_concat(person, char(31)) FROM (
                       SELECT p.name || char(30) || coalesce(c.name, ep.country, '') AS person FROM event_participants ep
                       JOIN people p ON p.id = ep.person LEFT JOIN countries c ON c.code = ep.country
                       WHERE ep.event = e.id ORDER BY p.name, p.id))
            FROM events e
            WHERE \(condition)
            ORDER BY \(orderBy)
            """
        let statement = try database.makeStatement(sql)
        try statement.forEachRow(values) { row in
            let id = row.int(0)
            var names: [String] = []
            var countries: [String] = []
            if let aggregated = row.optionalString(11), !Self.splitParticipants(aggregated, names: &names, countries: &countries) {
                let people = try database.cachedStatement(
                    """
                    SELECT p.name, coalesce(c.name, ep.country, '') FROM event_participants ep
                    JOIN people p ON p.id = ep.person LEFT JOIN countries c ON c.code = ep.country
                    WHERE ep.event = ? ORDER BY p.name, p.id
                    """
                ).rows([id]) { ($0.string(0), $0.string(1)) }
                names = people.map(\.0)
                countries = people.map(\.1)
            }
            try body(EventRow(
                id: id, type: row.string(1), status: row.string(2), date: row.optionalString(3), datePrecision: row.optionalString(4),
                place: row.optionalString(5), city: row.optionalString(6), country: row.optionalString(7),
                participants: names, participantCountries: countries,
                confidence: row.double(8), sources: row.int(9), evidence: row.string(10)))
        }
    }

    /// Splits the participants `forEachEventRow` aggregates; false when the count does not agree.
    static func splitParticipants(_ aggregated: String, names: inout [String], countries: inout [String]) -> Bool {
        names.removeAll()
        countries.removeAll()
        // The separators are ASCII control characters: never inside a multi-byte character, each a character of its own.
        let utf8 = aggregated.utf8
        guard let mark = utf8.firstIndex(of: 29), let count = Int(String(decoding: utf8[..<mark], as: UTF8.self)) else { return false }
        for person in utf8[utf8.index(after: mark)...].split(separator: 31, omittingEmptySubsequences: false) {
            guard let middle = person.firstIndex(of: 30), !person[person.index(after: middle)...].contains(30) else { return false }
            names.append(String(decoding: person[..<middle], as: UTF8.self))
            countries.append(String(decoding: person[person.index(after: middle)...], as: UTF8.self))
        }
        return names.count == count
    }
}
