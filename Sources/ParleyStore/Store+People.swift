extension Store {
    /// Every person `name` matches (see `people(named:)`), with aliases, dated roles and events.
    public func profiles(named name: String) throws -> [PersonProfile] {
        let person = try database.cachedStatement("SELECT key, name, source FROM people WHERE id = ?")
        let aliases = try database.cachedStatement("SELECT alias, lang, source FROM aliases WHERE person = ? ORDER BY alias, lang")
        let roles = try database.cachedStatement(
            """
            SELECT r.office, r.country, coalesce(c.name, r.country), r.start_date, r.end_date, r.source
            FROM roles r LEFT JOIN countries c ON c.code = r.country
            WHERE r.person = ? ORDER BY r.start_date IS NOT NULL, r.start_date, r.id
            """)
        let events = try database.cachedStatement(
            "SELECT count(*), min(e.date), max(e.date) FROM event_participants ep JOIN events e ON e.id = ep.event WHERE ep.person = ?")
        return try people(named: name).compactMap { match in
            guard let (key, name, source) = try person.firstRow([match.id], { ($0.string(0), $0.string(1), $0.string(2)) }) else { return nil }
            let taken = try events.firstRow([match.id]) { ($0.int(0), $0.optionalString(1), $0.optionalString(2)) }
            return PersonProfile(
                id: match.id, key: key, name: name, source: source,
                aliases: try aliases.rows([match.id]) { PersonProfile.Alias(alias: $0.string(0), lang: $0.string(1), source: $0.string(2)) },
                roles: try roles.rows([match.id]) {
                    PersonProfile.Role(office: $0.string(0), countryCode: $0.string(1), country: $0.string(2),
                                       start: $0.optionalString(3), end: $0.optionalString(4), source: $0.string(5))
                },
                events: taken?.0 ?? 0, firstEvent: taken?.1, lastEvent: taken?.2)
        }
    }
}
