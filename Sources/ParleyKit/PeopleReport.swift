import ParleyStore

/// `parley export people`: who is who.
public enum PeopleReport {
    /// The CSV columns, in order. The role is the current one, else the one that ended last.
    public static let columns = ["key", "name", "source", "office", "country_code", "country", "role_start", "role_end",
                                 "roles", "aliases", "meetings", "first_meeting", "last_meeting"]

    public static func csv(_ rows: [PersonRow]) -> String {
        ReportJSON.csv(columns, rows.map { row in
            [row.key, row.name, row.source, row.office ?? "", row.countryCode ?? "", row.country ?? "", row.roleStart ?? "",
             row.roleEnd ?? "", String(row.roles), String(row.aliases), String(row.meetings), row.firstMeeting ?? "",
             row.lastMeeting ?? ""]
        })
    }

    public static func json(_ rows: [PersonRow]) throws -> String {
        try ReportJSON.text(rows.map { row -> [String: Any] in
            ["key": row.key, "name": row.name, "source": row.source, "office": ReportJSON.nullable(row.office),
             "country_code": ReportJSON.nullable(row.countryCode), "country": ReportJSON.nullable(row.country),
             "role_start": ReportJSON.nullable(row.roleStart), "role_end": ReportJSON.nullable(row.roleEnd),
             "roles": row.roles, "aliases": row.aliases, "meetings": row.meetings,
             "first_meeting": ReportJSON.nullable(row.firstMeeting), "last_meeting": ReportJSON.nullable(row.lastMeeting)]
        })
    }
}
