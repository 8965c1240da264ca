import Foundation
import ParleyExtract
import ParleyStore
import Testing
@testable import ParleyKit

/// A news page written for these tests, in our own words, about the Putin–Kim
/// meeting of 13 September 2023, wrapped in the clutter real pages carry.
enum HTMLFixtures {
    static let page = """
        <!DOCTYPE html>
        <html lang="en"><head>
        <meta charset="utf-8">
        <title>Putin hosts Kim at Vostochny | World Desk</title>
        <meta property="og:title" content="Putin and Kim meet at the Vostochny Cosmodrome">
        <meta property="og:url" content="https://news.example/2023/09/13/putin-kim">
        <meta property="og:site_name" content="World Desk">
        <meta property="article:published_time" content="2023-09-13T18:20:00+03:00">
        <link rel="canonical" href="https://news.example/putin-kim">
        <style>body { font: 12px } .x > p { color: red }</style>
        <script>var s = "</nav><p>Biden met Xi</p>"; if (a < b && c > d) {}</script>
        </head><body>
        <header><nav><a href="/">Home</a> <a href="/world">World</a> Xi Jinping met Joe Biden in Paris</nav></header>
        <!-- <p>Old draft: Erdogan met Macron in Ankara on 1 March 2023.</p> -->
        <main><article>
        <h1>Putin and Kim meet at the Vostochny Cosmodrome</h1>
        <time datetime="2023-09-12">12 Sept 2023</time>
        <p>Russian President Vladimir Putin met North Korean leader Kim Jong Un at the Vostochny Cosmodrome on Wednesday, September 13, 2023 &mdash; their first talks since 2019.</p>
        <p>The two leaders toured the launch site &amp; held talks for several hours<br>before a formal dinner.
        <div class="ad"><aside>Sponsored: Macron met Scholz in Berlin</aside></div>
        <p>Kim called the relations &ldquo;a top priority&rdquo; &#8212; agencies &#x41;ND reporters wrote.</p>
        </article></main>
        <footer>&copy; 2023 World Desk. Contact &lt;desk&gt;</footer>
        </body></html>
        """
}

@Suite struct HTMLArticleTests {
    @Test func metadataAndBodyTextFromAPage() {
        let page = HTMLArticle(Array(HTMLFixtures.page.utf8))
        #expect(page.title == "Putin and Kim meet at the Vostochny Cosmodrome")
        #expect(page.url == "https://news.example/2023/09/13/putin-kim")
        #expect(page.source == "World Desk")
        #expect(page.date == Day(iso: "2023-09-13"))
        let lines = page.text.split(separator: "\n").map(String.init)
        #expect(lines == [
            "Putin and Kim meet at the Vostochny Cosmodrome",
            "12 Sept 2023",
            "Russian President Vladimir Putin met North Korean leader Kim Jong Un at the Vostochny Cosmodrome on Wednesday, September 13, 2023 — their first talks since 2019.",
            "The two leaders toured the launch site & held talks for several hours",
            "before a formal dinner.",
            "Kim called the relations “a top priority” — agencies AND reporters wrote.",
        ])
    }

    @Test func fallbacksTitleCanonicalAndTimeElement() {
        let html = """
            <html><head><title> Jokowi   meets &quot;Xi&quot; </title><link rel="canonical stylesheet" href='https://x.example/a?b=1&amp;c=2'></head>
            <body><time datetime="2023-07-27T10:00:00+08:00">Thursday</time><article><p>Inside.</p><time datetime="2023-07-28">x</time></article></body></html>
            """
        let page = HTMLArticle(Array(html.utf8))
        #expect(page.title == "Jokowi meets \"Xi\"")
        #expect(page.url == "https://x.example/a?b=1&c=2")
        #expect(page.date == Day(iso: "2023-07-28"), "a <time> in the article wins over one elsewhere")
        #expect(page.text == "Inside.\nx")
        #expect(page.source == nil)
    }

    @Test func withoutArticleOrMainTheBodyIsTheText() {
        let page = HTMLArticle(Array("<body><p>One</p>two<br>three<p>four &amp; five &amp six &unknown; &#0; &#x110000;</body>".utf8))
        #expect(page.text == "One\ntwo\nthree\nfour & five &amp six &unknown; \u{FFFD} \u{FFFD}")
        #expect(page.title == nil && page.date == nil && page.url == nil)
    }

    @Test func brokenMarkupNeverTrapsAndKeepsText() {
        let inputs = [
            "<", "<<<>>>", "</", "</>", "<!--", "<!-- unterminated", "<script>never closed", "<p a=\"unterminated>text",
            "<nav><nav></nav>still dropped</nav>kept", "a < b > c", "<title>t", "&", "&#", "&#x;", "&#99999999999;", "<br/>x</p></div>",
            "<meta property=og:title content=Unquoted>", "<time datetime=\"2023-02-30\">x</time>", "\u{FEFF}<!doctype html>ok",
        ]
        for input in inputs {
            _ = HTMLArticle(Array(input.utf8))
        }
        #expect(HTMLArticle(Array("<nav><nav></nav>still dropped</nav>kept".utf8)).text == "kept")
        #expect(HTMLArticle(Array("a < b > c".utf8)).text == "a < b > c")
        #expect(HTMLArticle(Array("<meta property=og:title content=Unquoted>".utf8)).title == "Unquoted")
        #expect(HTMLArticle(Array("<time datetime=\"2023-02-30\">x</time>".utf8)).date == nil)
        #expect(HTMLArticle.looksLikeHTML(Array("\u{FEFF}  <!DOCTYPE HTML>".utf8)))
        #expect(!HTMLArticle.looksLikeHTML(Array("Title\n<html> in text".utf8)))
    }

    @Test func everyLatin1EntityDecodes() {
        #expect(HTMLEntities.named[Array("nbsp".utf8)] == "\u{A0}")
        #expect(HTMLEntities.named[Array("eacute".utf8)] == "é")
        #expect(HTMLEntities.named[Array("yuml".utf8)] == "\u{FF}")
        #expect(HTMLArticle(Array("Erdo&#287;an &amp; Jos&eacute;".utf8)).text == "Erdoğan & José")
    }
}

@Suite(.serialized) struct HTMLIngestTests {
    @Test func pageIsIngestedWithItsMetadata() throws {
        let scratch = Scratch()
        defer { scratch.cleanup() }
        let file = try scratch.write("putin-kim.html", HTMLFixtures.page)
        let result = try ParleyProcess.run(["ingest", "--db", scratch.db, file])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("1 article added, 0 duplicates skipped, 1 event found"), "\(result.stdout)")
        let article = try DatabaseFacts.article(scratch.db)
        #expect(article == ["Putin and Kim meet at the Vostochny Cosmodrome", "https://news.example/2023/09/13/putin-kim", "World Desk", "2023-09-13"])
        let rows = CSVParser.parse(try ParleyProcess.run(["export", "events", "--db", scratch.db, "--status", "any"]).stdout)
        #expect(rows.count == 2, "only the article's meeting, nothing from scripts, comments, navigation or asides: \(rows)")
        guard rows.count == 2 else { return }
        let row = Dictionary(uniqueKeysWithValues: zip(rows[0], rows[1]))
        #expect(row["participants"] == "Kim Jong Un; Vladimir Putin")
        #expect(row["date"] == "2023-09-13")
        #expect(row["place"] == "Vostochny Cosmodrome")
    }

    @Test func commandLineOverridesWhatThePageSays() throws {
        let scratch = Scratch()
        defer { scratch.cleanup() }
        let file = try scratch.write("page.htm", HTMLFixtures.page)
        let result = try ParleyProcess.run(["ingest", "--db", scratch.db, "--date", "2023-09-14", "--source", "Desk Two",
                                            "--url", "https://mirror.example/p", "--lang", "en", file])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try DatabaseFacts.article(scratch.db) == ["Putin and Kim meet at the Vostochny Cosmodrome", "https://mirror.example/p", "Desk Two", "2023-09-14"])
    }

    @Test func htmlOnStandardInputIsRecognised() throws {
        let scratch = Scratch()
        defer { scratch.cleanup() }
        let result = try ParleyProcess.run(["ingest", "--db", scratch.db, "-"], input: HTMLFixtures.page)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try DatabaseFacts.article(scratch.db)[1] == "https://news.example/2023/09/13/putin-kim")
    }
}

extension DatabaseFacts {
    /// Title, url, source and publication date of the one stored article.
    static func article(_ path: String) throws -> [String] {
        try Database(path: path).makeStatement("SELECT title, url, source, published FROM articles").firstRow([]) { row in
            (0..<4).map { row.optionalString($0) ?? "NULL" }
        } ?? []
    }
}
