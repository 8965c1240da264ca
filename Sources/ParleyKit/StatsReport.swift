import Foundation
import ParleyStore

/// `parley stats`: what the database holds.
public enum StatsReport {
    public static func text(_ stats: DatabaseStats) -> String {
        func list(_ counts: [DatabaseStats.Count]) -> String {
            counts.isEmpty ? "none" : counts.map { "\($0.value) \($0.count)" }.joined(separator: ", ")
        }
        func range(_ first: String?, _ last: String?) -> String {
            guard let first, let last else { return "none" }
            return first == last ? first : "\(first) to \(last)"
        }
        let average = stats.events == 0 ? 0 : Double(stats.sources) / Double(stats.events)
        let rows = [
            ("Articles", "\(stats.articles) (\(list(stats.languages)))"),
            ("Published", range(stats.firstPublished, stats.lastPublished)),
            ("Events", "\(stats.events) (\(list(stats.statuses)); \(list(stats.types)))"),
            ("Event dates", range(stats.firstEvent, stats.lastEvent) + (stats.undatedEvents > 0 ? ", \(stats.undatedEvents) undated" : "")),
            ("Sources", "\(stats.sources) article–event links, \(String(format: "%.2f", average)) per event"),
            ("Sources/event", stats.sourcesPerEvent.isEmpty ? "none"
                : stats.sourcesPerEvent.map { "\($0.count) event\($0.count == 1 ? "" : "s") with \($0.value)" }.joined(separator: ", ")),
            ("People", "\(stats.people) on record, \(stats.peopleInEvents) in events"),
        ]
        return rows.map { $0.0.padding(toLength: 15, withPad: " ", startingAt: 0) + $0.1 }.joined(separator: "\n") + "\n"
    }

    public static func json(_ stats: DatabaseStats) throws -> String {
        func object(_ counts: [DatabaseStats.Count]) -> [String: Int] {
            Dictionary(counts.map { ($0.value, $0.count) }, uniquingKeysWith: +)
        }
        return try ReportJSON.text([
            "articles": stats.articles, "languages": object(stats.languages),
            "first_published": ReportJSON.nullable(stats.firstPublished), "last_published": ReportJSON.nullable(stats.lastPublished),
            "events": stats.events, "statuses": object(stats.statuses), "types": object(stats.types),
            "first_event": ReportJSON.nullable(stats.firstEvent), "last_event": ReportJSON.nullable(stats.lastEvent),
            "undated_events": stats.undatedEvents, "people": stats.people, "people_in_events": stats.peopleInEvents,
            "sources": stats.sources, "sources_per_event": object(stats.sourcesPerEvent),
        ] as [String: Any])
    }
}
