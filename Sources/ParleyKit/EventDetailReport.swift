import Foundation
import ParleyStore

/// `parley show`: one event with every source, as text or JSON.
public enum EventDetailReport {
    public static func text(_ detail: EventDetail) -> String {
        let event = detail.event
        var lines = ["Event \(event.id): \(event.type), \(event.status)"]
        func field(_ name: String, _ value: String) { lines.append(name.padding(toLength: 14, withPad: " ", startingAt: 0) + value) }
        field("Date:", event.date.map { "\($0) (\(event.datePrecision ?? "day"))" } ?? "unknown")
        let place = event.placeLabel
        field("Place:", place.isEmpty ? "unknown" : place)
        field("Participants:", detail.participants.map { person in
            let role = [person.office?.replacingOccurrences(of: "_", with: " "), person.country].compactMap { $0 }.joined(separator: ", ")
            return role.isEmpty ? person.name : "\(person.name) (\(role))"
        }.joined(separator: "; "))
        field("Confidence:", String(format: "%.2f", event.confidence))
        field("First stored:", detail.createdAt)
        lines.append("")
        lines.append("Sources (\(detail.sources.count)):")
        for (index, source) in detail.sources.enumerated() {
            lines.append("  \(index + 1). \(source.title)")
            let facts = ["article \(source.articleID)", source.published.map { "published \($0)" } ?? "publication date unknown",
                         source.language, source.source, "reported as \(source.status)"].compactMap { $0 }
            lines.append("     " + facts.joined(separator: " · "))
            if let url = source.url { lines.append("     " + url) }
            lines.append("     from " + source.origin)
            lines.append("     “\(source.evidence)”")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    public static func json(_ detail: EventDetail) throws -> String {
        let event = detail.event
        let object: [String: Any] = [
            "event_id": event.id, "type": event.type, "status": event.status,
            "date": ReportJSON.nullable(event.date), "date_precision": ReportJSON.nullable(event.datePrecision),
            "place": ReportJSON.nullable(event.place), "city": ReportJSON.nullable(event.city), "country": ReportJSON.nullable(event.country),
            "confidence": (event.confidence * 100).rounded() / 100, "created_at": detail.createdAt,
            "participants": detail.participants.map { person -> [String: Any] in
                ["name": person.name, "key": person.key, "office": ReportJSON.nullable(person.office),
                 "country_code": ReportJSON.nullable(person.countryCode), "country": ReportJSON.nullable(person.country)]
            },
            "sources": detail.sources.map { source -> [String: Any] in
                ["article_id": source.articleID, "title": source.title, "url": ReportJSON.nullable(source.url),
                 "source": ReportJSON.nullable(source.source), "published": ReportJSON.nullable(source.published),
                 "language": source.language, "origin": source.origin, "evidence": source.evidence, "status": source.status,
                 "confidence": (source.confidence * 100).rounded() / 100]
            },
        ]
        return try ReportJSON.text(object)
    }
}
