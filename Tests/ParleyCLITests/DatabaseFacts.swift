import Foundation
import ParleyStore

/// What a database file holds, read with ParleyStore directly (not through
/// the binary under test): integrity, row counts and, per article, how many
/// events it is a source of.
struct DatabaseFacts: Equatable, Sendable, CustomStringConvertible {
    var integrity: String
    var foreignKeyProblems: Int
    var articles: Int
    var events: Int
    var sources: Int
    var participants: Int
    /// Events no article reports, or with fewer than two participants: never left by a complete article.
    var incompleteEvents: Int
    /// Content hash of each article → rows in event_sources for it.
    var sourcesPerArticle: [String: Int]

    static func read(_ path: String) throws -> DatabaseFacts {
        let db = try Database(path: path)
        func count(_ sql: String) throws -> Int { try db.scalarInt(sql) ?? -1 }
        var perArticle: [String: Int] = [:]
        try db.makeStatement(
            "SELECT a.content_hash, (SELECT count(*) FROM event_sources s WHERE s.article = a.id) FROM articles a"
        ).forEachRow([]) { row in perArticle[row.string(0)] = row.int(1) }
        let problems = try db.makeStatement("PRAGMA foreign_key_check").rows([]) { _ in 1 }.count
        return DatabaseFacts(
            integrity: try db.scalarString("PRAGMA integrity_check") ?? "",
            foreignKeyProblems: problems,
            articles: try count("SELECT count(*) FROM articles"),
            events: try count("SELECT count(*) FROM events"),
            sources: try count("SELECT count(*) FROM event_sources"),
            participants: try count("SELECT count(*) FROM event_participants"),
            incompleteEvents: try count("""
                SELECT count(*) FROM events e
                WHERE NOT EXISTS (SELECT 1 FROM event_sources s WHERE s.event = e.id)
                   OR (SELECT count(*) FROM event_participants p WHERE p.event = e.id) < 2
                """),
            sourcesPerArticle: perArticle)
    }

    /// Whether every stored article has exactly the events it has in `complete` (a clean run of a superset).
    func articlesAreWhole(comparedWith complete: DatabaseFacts) -> Bool {
        sourcesPerArticle.allSatisfy { complete.sourcesPerArticle[$0.key] == $0.value }
    }

    var description: String {
        "integrity \(integrity), fk problems \(foreignKeyProblems), \(articles) articles, \(events) events, "
            + "\(sources) sources, \(participants) participants, \(incompleteEvents) incomplete events"
    }
}

/// A batch of distinct articles made from the dev set: each article `copies`
/// times, with a line that makes each copy's text (and content hash) unique.
enum GeneratedBatch {
    static let devset = ParleyProcess.packageRoot.appendingPathComponent("Tests/Fixtures/devset")

    /// Writes the batch into `folder` and returns the paths, sorted.
    @discardableResult
    static func write(into folder: URL, copies: Int) throws -> [String] {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let names = try FileManager.default.contentsOfDirectory(atPath: devset.path).filter { $0.hasSuffix(".txt") }.sorted()
        var paths: [String] = []
        for copy in 1...copies {
            for name in names {
                let text = try String(contentsOf: devset.appendingPathComponent(name), encoding: .utf8)
                let file = folder.appendingPathComponent("\(copy)-\(name)")
                try Data((text + "\n\nCopy \(copy).\n").utf8).write(to: file)
                paths.append(file.path)
            }
        }
        return paths.sorted()
    }
}
