import ParleyStore

/// `parley export countries`: meetings per pair of countries per year.
public enum CountryReport {
    /// The CSV columns, in order.
    public static let columns = ["year", "country_a_code", "country_a", "country_b_code", "country_b", "meetings", "calls",
                                 "first_date", "last_date"]

    public static func csv(_ rows: [CountryPairRow]) -> String {
        ReportJSON.csv(columns, rows.map { row in
            [row.year, row.countryCodeA, row.countryA, row.countryCodeB, row.countryB, String(row.meetings), String(row.calls),
             row.firstDate, row.lastDate]
        })
    }

    public static func json(_ rows: [CountryPairRow]) throws -> String {
        try ReportJSON.text(rows.map { row -> [String: Any] in
            ["year": row.year, "country_a_code": row.countryCodeA, "country_a": row.countryA, "country_b_code": row.countryCodeB,
             "country_b": row.countryB, "meetings": row.meetings, "calls": row.calls, "first_date": row.firstDate, "last_date": row.lastDate]
        })
    }
}
