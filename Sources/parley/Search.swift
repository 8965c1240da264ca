import ArgumentParser
import ParleyKit

struct Search: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Full-text search over the articles, best match first.",
        discussion: """
            QUERY is an SQLite FTS5 query (https://www.sqlite.org/fts5.html): words must all occur (any case, \
            accents ignored), "double quotes" make a phrase, OR, NOT, NEAR(a b, 5) and prefix* work. \
            Words given as several arguments are joined with spaces. Each hit shows the title, date, language, \
            a snippet with the matches in [brackets] and the events the article reported (parley show ID). \
            Ranked by bm25.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

    @OptionGroup var options: GlobalOptions

    @Argument(help: "The query.")
    var query: [String]

    @Option(help: "At most this many articles.")
    var limit = 20

    @Option(help: "Output format: text or json.")
    var format: Format = .text

    func validate() throws {
        if query.joined().allSatisfy(\.isWhitespace) { throw ValidationError("give a search query, e.g. parley search Jokowi Xi") }
        if limit < 1 { throw ValidationError("--limit must be at least 1; got \(limit)") }
    }

    func run() throws {
        let store = try options.openStore()
        let text = query.joined(separator: " ")
        let hits = try runQuery { try store.searchArticles(text, limit: limit) }
        if format == .json {
            print(try SearchReport.json(hits), terminator: "")
        } else if hits.isEmpty {
            print("No articles match \(text).")
        } else {
            print(SearchReport.text(hits), terminator: "")
        }
    }
}
