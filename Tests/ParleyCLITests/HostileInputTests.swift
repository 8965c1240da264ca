import Foundation
import Testing
@testable import ParleyKit
import ParleyStore

/// Articles written for these tests, in our own words, about real meetings.
enum HostileFixtures {
    static let anwar = """
        Jokowi Terima Anwar Ibrahim di Istana Bogor
        BOGOR - Presiden Joko Widodo menerima kunjungan Perdana Menteri Malaysia Anwar Ibrahim di Istana Bogor, Jawa Barat, Senin (9/1/2023).
        Kedua pemimpin membahas perbatasan dan perlindungan pekerja migran.
        """
    static let bidenXi = #"{"text": "Biden met Xi Jinping in Woodside, California, on Wednesday, November 15, 2023.", "date": "2023-11-16", "title": "Biden and Xi meet"}"#
    static let putinErdogan = #"{"text": "Putin met Erdogan in Sochi on September 4, 2023.", "date": "2023-09-05"}"#
    static let erdogan = """
        Prabowo terima Erdoğan di Istana Bogor
        BOGOR - Presiden Prabowo Subianto menerima kunjungan Presiden Turki Recep Tayyip Erdoğan di Istana Bogor, Rabu (12/2/2025).
        Kedua pemimpin membahas kerja sama pertahanan.
        """
}

@Suite(.serialized) struct HostileInputTests {
    func exportRows(_ db: String) throws -> [[String]] {
        CSVParser.parse(try ParleyProcess.run(["export", "events", "--db", db, "--status", "any"]).stdout)
    }

    @Test func binaryEmptyAndBrokenFilesAreReportedWhereTheyBreak() throws {
        let scratch = Scratch()
        defer { scratch.cleanup() }
        try scratch.write("in/good.txt", HostileFixtures.anwar)
        try scratch.write("in/bad-utf8.txt", bytes: Array("Title\nLine two\nThird line has a bad byte: ".utf8) + [0xC3, 0x28] + Array(" here\n".utf8))
        try scratch.write("in/nul.txt", bytes: Array("Looks like text".utf8) + [0, 0, 1] + Array(" then binary".utf8))
        try scratch.write("in/photo.txt", bytes: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13] + Array("IHDR".utf8))
        try scratch.write("in/photo.png", bytes: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13])
        try scratch.write("in/empty.md", "")
        try scratch.write("in/blank.txt", " \n\t\r\n")
        try scratch.write("in/empty.jsonl", "\n\n")
        let explicitPNG = try scratch.write("image.png", bytes: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13])
        let result = try ParleyProcess.run(["ingest", "--db", scratch.db, scratch.path("in"), explicitPNG])
        #expect(result.status == 1)
        let err = result.stderr
        #expect(err.contains("in/bad-utf8.txt:3: not valid UTF-8 (byte offset 42, column 28)"), "\(err)")
        #expect(err.contains("in/nul.txt: binary file (NUL byte at offset 15), not text"), "\(err)")
        #expect(err.contains("in/photo.txt: binary file (PNG image), not text"), "\(err)")
        #expect(err.contains("image.png: binary file (PNG image), not text"), "\(err)")
        #expect(!err.contains("in/photo.png"), "files without an article extension in folders are not read: \(err)")
        #expect(err.contains("in/empty.md: empty file"))
        #expect(err.contains("in/blank.txt: empty file"))
        #expect(err.contains("in/empty.jsonl: empty file"))
        #expect(result.stdout.hasPrefix("1 article added"), "\(result.stdout)")
        #expect(result.stdout.contains(", 7 errors"), "\(result.stdout)")
    }

    @Test func jsonLinesWithBrokenLinesWrongTypesAndDeepNesting() throws {
        let scratch = Scratch()
        defer { scratch.cleanup() }
        let deep = "{\"text\": " + String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000) + "}"
        let lines = [
            HostileFixtures.bidenXi,                                  // 1 good
            #"{"text": "unterminated"#,                               // 2
            #"{"title": "no text"}"#,                                 // 3
            #"{"text": 42}"#,                                         // 4
            #"{"text": "Someone met someone.", "date": 20230904}"#,   // 5
            #"["text", "an array"]"#,                                 // 6
            deep,                                                     // 7
            #"{"text": "   "}"#,                                      // 8
            "",                                                       // 9 blank: ignored
            HostileFixtures.putinErdogan,                             // 10 good
        ]
        let file = try scratch.write("feed.jsonl", lines.joined(separator: "\n") + "\n")
        let result = try ParleyProcess.run(["ingest", "--db", scratch.db, file])
        #expect(result.status == 1)
        let err = result.stderr
        #expect(err.contains("feed.jsonl:2: not valid JSON"), "\(err)")
        #expect(err.contains("feed.jsonl:3: missing \"text\""))
        #expect(err.contains("feed.jsonl:4: \"text\" must be a string"))
        #expect(err.contains("feed.jsonl:5: \"date\" must be a string"))
        #expect(err.contains("feed.jsonl:6: expected a JSON object"))
        #expect(err.contains("feed.jsonl:7: JSON nested 65+ levels deep (at most 64)"), "\(err)")
        #expect(err.contains("feed.jsonl:8: \"text\" is empty"))
        #expect(!err.contains("feed.jsonl:9:"))
        #expect(result.stdout.hasPrefix("2 articles added"), "\(result.stdout)")
        let rows = try exportRows(scratch.db)
        #expect(rows.contains { $0.contains("Joe Biden; Xi Jinping") })
        #expect(rows.contains { $0.contains("Recep Tayyip Erdoğan; Vladimir Putin") })
    }

    /// A 200 MB text file, a 50 MB single-line file and a 50 MB JSON line: each
    /// skipped with its size, the rest stored, and the process stays small.
    @Test func hugeFilesAndLinesAreSkippedWithBoundedMemory() throws {
        let scratch = Scratch()
        defer { scratch.cleanup() }
        let megabyte = 1 << 20
        let huge = scratch.path("huge.txt")
        do {
            FileManager.default.createFile(atPath: huge, contents: nil)
            let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: huge))
            let line = "The delegations met again in the afternoon and talked about trade, energy and the border.\n"
            let block = Data(String(repeating: line, count: megabyte / line.utf8.count + 1).utf8.prefix(megabyte))
            for _ in 0..<200 { handle.write(block) }
            try handle.close()
        }
        try scratch.write("one-line.txt", String(repeating: "word ", count: 10 * megabyte))
        let bigLine = "{\"text\": \"" + String(repeating: "word ", count: 10 * megabyte) + "\"}"
        try scratch.write("feed.jsonl", [HostileFixtures.bidenXi, bigLine, HostileFixtures.putinErdogan].joined(separator: "\n"))
        let good = try scratch.write("good.txt", HostileFixtures.anwar)
        let rssFile = scratch.path("rss")
        let timeTool = "/usr/bin/time"
        let prefix = FileManager.default.isExecutableFile(atPath: timeTool) ? [timeTool, "-f", "%M", "-o", rssFile] : []
        let result = try ParleyProcess.run(["ingest", "--db", scratch.db, huge, scratch.path("one-line.txt"), scratch.path("feed.jsonl"), good],
                                           prefix: prefix)
        #expect(result.status == 1, "\(result.stderr)")
        #expect(result.stderr.contains("huge.txt: file is 200.0 MB; articles over 8.0 MB are skipped"), "\(result.stderr)")
        #expect(result.stderr.contains("one-line.txt: file is 50.0 MB; articles over 8.0 MB are skipped"), "\(result.stderr)")
        #expect(result.stderr.contains("feed.jsonl:2: line is 50.0 MB; articles over 8.0 MB are skipped"), "\(result.stderr)")
        #expect(result.stdout.hasPrefix("3 articles added"), "\(result.stdout)")
        // Peak resident memory of the child, in KiB: /usr/bin/time's %M, else the largest child's so far (an upper bound).
        let peakKiB: Int
        if prefix.isEmpty {
            var after = rusage()
            getrusage(RUSAGE_CHILDREN.rawValue, &after)
            peakKiB = after.ru_maxrss
        } else {
            // The last line: before it, time notes the non-zero exit status.
            let report = try String(contentsOfFile: rssFile, encoding: .utf8)
            peakKiB = report.split(separator: "\n").last.flatMap { Int($0.trimmingCharacters(in: .whitespaces)) } ?? -1
        }
        print("peak RSS of `parley ingest` over 300 MB of oversized input: \(peakKiB / 1024) MB")
        // Reading the 200 MB file alone would take more than 200 MB; the limit keeps it near the baseline (~120 MB in a debug build).
        #expect(peakKiB > 0 && peakKiB < 200 * 1024)
    }

    @Test func htmlWithScriptsCommentsAndBrokenTags() throws {
        let scratch = Scratch()
        defer { scratch.cleanup() }
        let page = """
            <!doctype html><html><head><title>Jokowi receives Anwar</title>
            <script>document.write("<p>Biden met Xi Jinping in Woodside on November 15, 2023.</p>"); if (a < b) {}</script>
            <style>p > b { color: red }</style></head>
            <body><nav>Putin met Erdogan in Sochi on September 4, 2023.</nav>
            <!-- Putin met Kim Jong Un at the Vostochny Cosmodrome on 13 September 2023. -->
            <article><p class=lead>President Joko Widodo received Malaysian Prime Minister Anwar Ibrahim at the Bogor Palace on Monday, January 9, 2023.
            <p>The two leaders <b>discussed <i>the border</b></i> and migrant workers. 3 < 5 and <br/ > stray < text.
            <div <span>unclosed attribute soup</div>
            </article>
            <footer>Contact us
            """
        let file = try scratch.write("broken page.html", page)
        let result = try ParleyProcess.run(["ingest", "--db", scratch.db, "--date", "2023-01-10", file])
        #expect(result.status == 0, "\(result.stderr)")
        let rows = try exportRows(scratch.db)
        #expect(rows.count == 2, "only the article's meeting: \(rows)")
        #expect(rows.contains { $0.contains("Anwar Ibrahim; Joko Widodo") && $0.contains("2023-01-09") })
        let onlyMarkup = try scratch.write("menu.htm", "<html><body><nav>Home | World</nav><script>var x = 1;</script><!-- nothing --></body></html>")
        let empty = try ParleyProcess.run(["ingest", "--db", scratch.db, onlyMarkup])
        #expect(empty.status == 1)
        #expect(empty.stderr.contains("menu.htm: no article text in the HTML"), "\(empty.stderr)")
    }

    @Test func awkwardFileNamesAndSymbolicLinkLoops() throws {
        let scratch = Scratch()
        defer { scratch.cleanup() }
        let folder = scratch.url.appendingPathComponent("tree")
        try scratch.write("tree/it's a \"quoted\" name.txt", HostileFixtures.anwar)
        try scratch.write("tree/line\nbreak.txt", "")
        try scratch.write("tree/sub/tab\there.jsonl", HostileFixtures.bidenXi + "\n")
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("sub/back-to-tree").path, withDestinationPath: "..")
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("sub/itself.txt").path, withDestinationPath: "itself.txt")
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("dangling.txt").path, withDestinationPath: "nowhere.txt")
        let result = try ParleyProcess.run(["ingest", "--db", scratch.db, folder.path])
        #expect(result.status == 1)
        let err = result.stderr
        #expect(err.contains("tree/line\\nbreak.txt: empty file"), "a newline in a name is shown escaped: \(err)")
        #expect(err.contains("tree/sub/back-to-tree: symbolic link loop (leads back to a folder being read); skipped"), "\(err)")
        #expect(err.contains("tree/sub/itself.txt: symbolic link loop"), "\(err)")
        #expect(err.contains("tree/dangling.txt: broken symbolic link"), "\(err)")
        #expect(err.split(separator: "\n").count == 4, "one line per problem: \(err)")
        #expect(result.stdout.hasPrefix("2 articles added, 0 duplicates"), "each article read once: \(result.stdout)")
        let origins = try DatabaseFacts.origins(scratch.db)
        #expect(origins.contains(folder.appendingPathComponent("it's a \"quoted\" name.txt").path))
        #expect(origins.contains(folder.appendingPathComponent("sub/tab\there.jsonl").path + ":1"))
    }

    @Test func queryArgumentsCarryingSQLMatchNothingAndChangeNothing() throws {
        let scratch = Scratch()
        defer { scratch.cleanup() }
        let file = try scratch.write("a.txt", HostileFixtures.anwar)
        #expect(try ParleyProcess.run(["ingest", "--db", scratch.db, file]).status == 0)
        let before = try DatabaseFacts.read(scratch.db)
        let attacks = ["x' OR 1=1; DROP TABLE events; --", "\" OR \"\"=\"", "%", "_", "Joko'); DELETE FROM people; --", "*"]
        for attack in attacks {
            for arguments in [["meetings", "--leader", attack], ["meetings", "--between", attack, "--and", "Anwar Ibrahim"],
                              ["meetings", "--country", attack], ["export", "events", "--leader", attack]] {
                let result = try ParleyProcess.run(arguments + ["--db", scratch.db, "--status", "any"])
                #expect(result.status == 64, "\(arguments): \(result.stdout)\(result.stderr)")
                #expect(!result.stdout.contains("Anwar"), "\(arguments) matched something: \(result.stdout)")
                #expect(result.stderr.contains("known as"), "\(arguments): \(result.stderr)")
            }
        }
        #expect(try DatabaseFacts.read(scratch.db) == before)
        let still = try ParleyProcess.run(["meetings", "--db", scratch.db, "--leader", "Anwar Ibrahim"])
        #expect(still.stdout.contains("Joko Widodo"))
    }

    @Test func namesInNFCAndNFDMatchTheSamePerson() throws {
        let scratch = Scratch()
        defer { scratch.cleanup() }
        let nfd = HostileFixtures.erdogan.decomposedStringWithCanonicalMapping
        #expect(nfd.unicodeScalars.count > HostileFixtures.erdogan.unicodeScalars.count)
        let file = try scratch.write("nfd.txt", nfd)
        #expect(try ParleyProcess.run(["ingest", "--db", scratch.db, file]).status == 0)
        for name in ["Erdoğan", "Erdoğan".decomposedStringWithCanonicalMapping, "Recep Tayyip Erdoğan".decomposedStringWithCanonicalMapping, "erdogan"] {
            let found = try ParleyProcess.run(["meetings", "--db", scratch.db, "--leader", name, "--format", "csv"])
            #expect(found.status == 0, "\(found.stderr)")
            #expect(CSVParser.parse(found.stdout).count == 2, "\(name.unicodeScalars.map { String($0.value, radix: 16) }): \(found.stdout)")
        }
        // The person is the seed one, not a second "Erdoğan" made up from NFD text.
        let people = try ParleyProcess.run(["export", "events", "--db", scratch.db, "--format", "json"])
        #expect(people.stdout.contains("Recep Tayyip Erdo"), "\(people.stdout)")
        #expect(try DatabaseFacts.articlePeopleCount(scratch.db) == 0)
    }

    @Test func exitCodesAreDocumented() throws {
        let help = try ParleyProcess.run(["--help"])
        #expect(help.status == 0)
        for line in ["0   success", "1   some input was skipped", "2   failure", "64  usage error"] {
            #expect(help.stdout.contains(line), "parley --help lacks '\(line)'")
        }
        let scratch = Scratch()
        defer { scratch.cleanup() }
        let good = try scratch.write("good.txt", HostileFixtures.anwar)
        #expect(try ParleyProcess.run(["ingest", "--db", scratch.db, good]).status == 0)
        #expect(try ParleyProcess.run(["ingest", "--db", scratch.db, good, scratch.path("missing.txt")]).status == 1)
        #expect(try ParleyProcess.run(["ingest", "--db", scratch.db, "--lang", "xx", good]).status == 64)
        #expect(try ParleyProcess.run(["ingest", "--db", try scratch.write("not.db", "text"), good]).status == 2)
    }
}

extension DatabaseFacts {
    /// The `origin` of every stored article.
    static func origins(_ path: String) throws -> Set<String> {
        let db = try Database(path: path)
        return Set(try db.makeStatement("SELECT origin FROM articles").rows([]) { $0.string(0) })
    }

    /// People created from article text (not from the seeds).
    static func articlePeopleCount(_ path: String) throws -> Int {
        try Database(path: path).scalarInt("SELECT count(*) FROM people WHERE source = 'article'") ?? -1
    }
}
