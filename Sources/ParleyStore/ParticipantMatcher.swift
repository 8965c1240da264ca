/// Who a name in a filter stands for: some people, or whoever held an office
/// of a country on each event's date. Produces the SQL that selects events
/// (over `events e`) and participants (over `event_participants ep`).
enum ParticipantMatcher: Sendable {
    case people([Int])
    case role(OfficeRole)

    /// SQL true when role `r` was held during some part of the date of event `x`
    /// (a year or month counts as its whole span; start inclusive, end exclusive).
    static func held(_ r: String, _ x: String) -> String {
        """
        (\(r).start_date IS NULL OR \(r).start_date <= CASE \(x).date_precision WHEN 'year' THEN \(x).date || '-12-31' \
        WHEN 'month' THEN \(x).date || '-31' ELSE \(x).date END) \
        AND (\(r).end_date IS NULL OR \(r).end_date > CASE \(x).date_precision WHEN 'year' THEN \(x).date || '-01-01' \
        WHEN 'month' THEN \(x).date || '-01' ELSE \(x).date END)
        """
    }

    /// SQL true when exactly one person held the role during the date of event `x`: the role phrase is unambiguous then.
    static func singleHolder(_ x: String) -> String {
        "(SELECT count(DISTINCT r2.person) FROM roles r2 WHERE r2.office = ? AND r2.country = ? AND \(held("r2", x))) = 1"
    }

    /// A condition on `events e`: one of its participants matches.
    var eventCondition: (sql: String, values: [any DatabaseValueConvertible]) {
        switch self {
        case .people(let ids):
            return ("e.id IN (SELECT event FROM event_participants WHERE person IN (\(Self.placeholders(ids.count))))", ids)
        case .role(let role):
            // The office the participant held as the article said, or the roles table on the event's date.
            let sql = """
                e.id IN (
                    SELECT event FROM event_participants WHERE country = ? AND office = ?
                    UNION
                    SELECT ep.event FROM roles r JOIN event_participants ep ON ep.person = r.person JOIN events x ON x.id = ep.event
                    WHERE r.office = ? AND r.country = ? AND x.date IS NOT NULL AND \(Self.held("r", "x")) AND \(Self.singleHolder("x")))
                """
            return (sql, [role.country, role.office, role.office, role.country, role.office, role.country])
        }
    }

    /// A condition on participant `ep` of event `e`: this participant is the one named.
    var participantCondition: (sql: String, values: [any DatabaseValueConvertible]) {
        switch self {
        case .people(let ids):
            return ("ep.person IN (\(Self.placeholders(ids.count)))", ids)
        case .role(let role):
            let sql = """
                ((ep.country = ? AND ep.office = ?) OR (e.date IS NOT NULL AND EXISTS (
                    SELECT 1 FROM roles r WHERE r.person = ep.person AND r.office = ? AND r.country = ? AND \(Self.held("r", "e")))
                    AND \(Self.singleHolder("e"))))
                """
            return (sql, [role.country, role.office, role.office, role.country, role.office, role.country])
        }
    }

    static func placeholders(_ count: Int) -> String {
        Array(repeating: "?", count: count).joined(separator: ",")
    }
}
