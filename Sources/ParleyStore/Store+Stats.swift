extension Store {
    /// Counts of what the database holds.
    public func stats() throws -> DatabaseStats {
        var stats = DatabaseStats()
        func counts(_ sql: String) throws -> [DatabaseStats.Count] {
            try database.cachedStatement(sql).rows { DatabaseStats.Count(value: $0.string(0), count: $0.int(1)) }
        }
        stats.articles = try database.scalarInt("SELECT count(*) FROM articles") ?? 0
        stats.languages = try counts("SELECT language, count(*) FROM articles GROUP BY language ORDER BY 2 DESC, 1")
        stats.firstPublished = try database.scalarString("SELECT min(published) FROM articles")
        stats.lastPublished = try database.scalarString("SELECT max(published) FROM articles")
        stats.events = try database.scalarInt("SELECT count(*) FROM events") ?? 0
        stats.statuses = try counts("SELECT status, count(*) FROM events GROUP BY status ORDER BY 2 DESC, 1")
        stats.types = try counts("SELECT type, count(*) FROM events GROUP BY type ORDER BY 2 DESC, 1")
        stats.firstEvent = try database.scalarString("SELECT min(date) FROM events")
        stats.lastEvent = try database.scalarString("SELECT max(date) FROM events")
        stats.undatedEvents = try database.scalarInt("SELECT count(*) FROM events WHERE date IS NULL") ?? 0
        stats.people = try database.scalarInt("SELECT count(*) FROM people") ?? 0
        stats.peopleInEvents = try database.scalarInt("SELECT count(DISTINCT person) FROM event_participants") ?? 0
        stats.sources = try database.scalarInt("SELECT count(*) FROM event_sources") ?? 0
        stats.sourcesPerEvent = try counts(
            """
            SELECT n, count(*) FROM (SELECT (SELECT count(*) FROM event_sources s WHERE s.event = e.id) AS n FROM events e)
            GROUP BY n ORDER BY n
            """)
        return stats
    }
}
