import Foundation

/// One annotated article of an evaluation set (see EVAL-FORMAT.md).
public struct GoldArticle: Sendable {
    public struct Event: Sendable {
        public var type: String
        public var status: String
        public var primary: Bool
        public var participants: [String]
        public var date: String?
        public var place: String?
        public var city: String?
        public var country: String?
    }

    public var id: String
    public var lang: String
    public var file: String
    public var docDate: String?
    public var events: [Event]
    /// The article text, read from `file`.
    public var text: String

    /// Reads a gold `.jsonl` file and the article texts it names (relative to it).
    public static func load(_ path: String) throws -> [GoldArticle] {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw InputIssue(file: path, reason: "cannot read file")
        }
        let folder = (path as NSString).deletingLastPathComponent
        var articles: [GoldArticle] = []
        for (index, line) in data.split(separator: 10, omittingEmptySubsequences: false).enumerated() {
            guard !line.allSatisfy({ $0 == 32 || $0 == 13 || $0 == 9 }) else { continue }
            func issue(_ reason: String) -> InputIssue { InputIssue(file: path, line: index + 1, reason: reason) }
            guard let object = try? JSONSerialization.jsonObject(with: Data(line)) as? [String: Any] else { throw issue("not a JSON object") }
            guard let id = object["id"] as? String else { throw issue("missing \"id\"") }
            let file = object["file"] as? String ?? "\(id).txt"
            let textPath = file.hasPrefix("/") ? file : (folder as NSString).appendingPathComponent(file)
            guard let textData = FileManager.default.contents(atPath: textPath), let text = String(data: textData, encoding: .utf8) else {
                throw issue("cannot read article text \(textPath)")
            }
            var events: [Event] = []
            for raw in object["events"] as? [[String: Any]] ?? [] {
                guard let participants = raw["participants"] as? [String] else { throw issue("event without \"participants\"") }
                events.append(Event(
                    type: raw["type"] as? String ?? "meeting", status: raw["status"] as? String ?? "occurred",
                    primary: raw["primary"] as? Bool ?? true, participants: participants,
                    date: raw["date"] as? String, place: raw["place"] as? String, city: raw["city"] as? String,
                    country: raw["country"] as? String))
            }
            articles.append(GoldArticle(id: id, lang: object["lang"] as? String ?? "?", file: file,
                                        docDate: object["doc_date"] as? String, events: events, text: text))
        }
        return articles
    }
}
