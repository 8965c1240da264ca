import Foundation
import ParleyStore

/// `parley search`: matching articles, best first.
public enum SearchReport {
    public static func text(_ hits: [ArticleHit]) -> String {
        var lines: [String] = []
        for (index, hit) in hits.enumerated() {
            let facts = ["article \(hit.articleID)", hit.published ?? "date unknown", hit.language, hit.source].compactMap { $0 }
            lines.append("\(index + 1). \(hit.title)  (\(facts.joined(separator: ", ")))")
            if let url = hit.url { lines.append("   " + url) }
            lines.append("   " + hit.snippet.split(whereSeparator: \.isNewline).joined(separator: " "))
            if !hit.eventIDs.isEmpty {
                lines.append("   events: " + hit.eventIDs.map(String.init).joined(separator: ", ") + " (parley show ID)")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    public static func json(_ hits: [ArticleHit]) throws -> String {
        try ReportJSON.text(hits.map { hit -> [String: Any] in
            ["article_id": hit.articleID, "title": hit.title, "url": ReportJSON.nullable(hit.url), "source": ReportJSON.nullable(hit.source),
             "published": ReportJSON.nullable(hit.published), "language": hit.language, "rank": (hit.rank * 1000).rounded() / 1000,
             "snippet": hit.snippet, "event_ids": hit.eventIDs]
        })
    }
}
