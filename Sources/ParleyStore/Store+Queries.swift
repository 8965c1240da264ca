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

    /// Events matching `filter`, newest first (events without a date last).
    public func events(_ filter: EventFilter) throws -> [EventRow] {
        var conditions: [String] = []
        var values: [any DatabaseValueConvertible] = []
        func requirePerson(_ name: String) throws {
            let ids = try people(named: name).map(\.id)
            guard !ids.isEmpty else { throw UnknownNameError(kind: "person", name: name) }
            conditions.append("e.id IN (SELECT event FROM event_participants WHERE person IN (\(ids.map { _ in "?" }.joined(separator: ","))))")
            values.append(contentsOf: ids)
        }
        if let (a, b) = filter.between {
            try requirePerson(a)
            try requirePerson(b)
        }
        if let leader = filter.leader { try requirePerson(leader) }
        if let country = filter.country {
            let codes = try countries(named: country)
            guard !codes.isEmpty else { throw UnknownNameError(kind: "country", name: country) }
            conditions.append("e.id IN (SELECT event FROM event_participants WHERE country IN (\(codes.map { _ in "?" }.joined(separator: ","))))")
            values.append(contentsOf: codes)
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
        let sql = """
            SELECT e.id, e.type, e.status, e.date, e.date_precision, e.place, e.city, e.country, e.confidence,
                   (SELECT count(*) FROM event_sources s WHERE s.event = e.id),
                   (SELECT s.evidence FROM event_sources s WHERE s.event = e.id ORDER BY s.confidence DESC, length(s.evidence) DESC, s.evidence LIMIT 1)
            FROM events e
            \(conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND "))
            ORDER BY e.date IS NULL, e.date DESC, e.id DESC
            """
        let participants = try database.cachedStatement(
            """
            SELECT p.name, coalesce(c.name, ep.country, '') FROM event_participants ep
            JOIN people p ON p.id = ep.person LEFT JOIN countries c ON c.code = ep.country
            WHERE ep.event = ? ORDER BY p.name, p.id
            """)
        let statement = try database.makeStatement(sql)
        var rows: [EventRow] = []
        try statement.forEachRow(values) { row in
            let id = row.int(0)
            let people = try participants.rows([id]) { ($0.string(0), $0.string(1)) }
            rows.append(EventRow(
                id: id, type: row.string(1), status: row.string(2), date: row.optionalString(3), datePrecision: row.optionalString(4),
                place: row.optionalString(5), city: row.optionalString(6), country: row.optionalString(7),
                participants: people.map(\.0), participantCountries: people.map(\.1),
                confidence: row.double(8), sources: row.int(9), evidence: row.string(10)))
        }
        return rows
    }
}
