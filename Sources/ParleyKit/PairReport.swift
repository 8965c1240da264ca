import ParleyStore

/// `parley export pairs`: one row per pair of people who met.
public enum PairReport {
    /// The CSV columns, in order. Lists (places, event ids) are joined with "; ".
    public static let columns = ["person_a", "country_a", "person_b", "country_b", "meetings", "calls",
                                 "first_date", "last_date", "places", "event_ids"]

    public static func csv(_ rows: [PairRow]) -> String {
        ReportJSON.csv(columns, rows.map { row in
            [row.personA, row.countryA, row.personB, row.countryB, String(row.meetings), String(row.calls),
             row.firstDate ?? "", row.lastDate ?? "", row.places.joined(separator: "; "),
             row.eventIDs.map(String.init).joined(separator: "; ")]
        })
    }

    public static func json(_ rows: [PairRow]) throws -> String {
        try ReportJSON.text(rows.map { row -> [String: Any] in
            ["person_a": row.personA, "country_a": row.countryA, "person_b": row.personB, "country_b": row.countryB,
             "meetings": row.meetings, "calls": row.calls, "first_date": ReportJSON.nullable(row.firstDate),
             "last_date": ReportJSON.nullable(row.lastDate), "places": row.places, "event_ids": row.eventIDs]
        })
    }
}
