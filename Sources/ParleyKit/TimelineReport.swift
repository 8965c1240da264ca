import Foundation
import ParleyStore

/// `parley export timeline`: one person's meetings in date order.
public enum TimelineReport {
    /// The CSV columns, in order. Lists (several people) are joined with "; ".
    public static let columns = ["event_id", "date", "date_precision", "type", "status", "leader", "leader_office", "leader_country",
                                 "with", "with_countries", "place", "city", "country", "sources", "evidence"]

    public static func csv(_ rows: [TimelineRow]) -> String {
        ReportJSON.csv(columns, rows.map { row in
            let event = row.event
            return [String(event.id), event.date ?? "", event.datePrecision ?? "", event.type, event.status,
                    row.leader.joined(separator: "; "), row.leaderOffice.joined(separator: "; "), row.leaderCountry.joined(separator: "; "),
                    row.others.joined(separator: "; "), row.otherCountries.joined(separator: "; "),
                    event.place ?? "", event.city ?? "", event.country ?? "", String(event.sources), event.evidence]
        })
    }

    public static func json(_ rows: [TimelineRow]) throws -> String {
        try ReportJSON.text(rows.map { row -> [String: Any] in
            let event = row.event
            return ["event_id": event.id, "date": ReportJSON.nullable(event.date), "date_precision": ReportJSON.nullable(event.datePrecision),
                    "type": event.type, "status": event.status, "leader": row.leader, "leader_office": row.leaderOffice,
                    "leader_country": row.leaderCountry, "with": row.others, "with_countries": row.otherCountries,
                    "place": ReportJSON.nullable(event.place), "city": ReportJSON.nullable(event.city),
                    "country": ReportJSON.nullable(event.country), "sources": event.sources, "evidence": event.evidence]
        })
    }
}
