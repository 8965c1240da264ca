import Foundation
import Testing
@testable import ParleyKit

@Suite(.serialized) struct SeedArticleTests {
    /// The project's real seed article, kept beside the repository in ../shared/seeds (not committed: it is a news site's text).
    @Test(.enabled(if: ParleyProcess.hasSharedSeeds, "../shared/seeds is not beside this checkout"))
    func seedArticleEndToEnd() throws {
        let scratch = Scratch()
        defer { scratch.cleanup() }
        let ingest = try ParleyProcess.run(["ingest", "--db", scratch.db, ParleyProcess.sharedSeeds.path])
        #expect(ingest.status == 0, "\(ingest.stderr)")
        #expect(ingest.stdout.hasPrefix("1 article added, 0 duplicates skipped, 1 event found"))
        let export = try ParleyProcess.run(["export", "events", "--db", scratch.db, "--format", "csv", "--status", "any"])
        #expect(export.status == 0)
        let rows = CSVParser.parse(export.stdout)
        #expect(rows.first == EventReport.columns)
        #expect(rows.count == 2)
        guard rows.count == 2 else { return }
        let row = Dictionary(uniqueKeysWithValues: zip(rows[0], rows[1]))
        #expect(row["type"] == "meeting")
        #expect(row["status"] == "occurred")
        #expect(row["date"] == "2023-09-13")
        #expect(row["date_precision"] == "day")
        #expect(row["place"] == "Vostochny Cosmodrome")
        #expect(row["country"] == "Russia")
        #expect(row["participants"] == "Kim Jong Un; Vladimir Putin")
        #expect(row["sources"] == "1")
        let article = try String(contentsOf: ParleyProcess.sharedSeeds.appendingPathComponent("000_377b6f0455a9d7af.txt"), encoding: .utf8)
        #expect(row["evidence"].map { !$0.isEmpty && article.contains($0) } == true)
    }

    @Test func meetingsBetweenFindsItAndSaysWhenNothing() throws {
        let scratch = Scratch()
        defer { scratch.cleanup() }
        try ParleyProcess.run(["ingest", "--db", scratch.db, ParleyProcess.fixture("vostochny/2-id-occurred.txt")])
        for (a, b) in [("putin", "kim jong un"), ("Vladimir Putin", "Kim Jong-un"), ("Путин", "KIM JONG UN")] {
            let found = try ParleyProcess.run(["meetings", "--db", scratch.db, "--between", a, "--and", b])
            #expect(found.status == 0)
            #expect(found.stdout.contains("2023-09-13"), "\(a) / \(b): \(found.stdout)")
            #expect(found.stdout.contains("Vostochny Cosmodrome"))
        }
        let none = try ParleyProcess.run(["meetings", "--db", scratch.db, "--between", "putin", "--and", "biden"])
        #expect(none.status == 0)
        #expect(none.stdout.contains("No meetings found between Vladimir Putin and Joe Biden"))
        let unknown = try ParleyProcess.run(["meetings", "--db", scratch.db, "--leader", "Nobody Atall"])
        #expect(unknown.status == 64)
        #expect(unknown.stderr.contains("no person known as 'Nobody Atall'"))
    }

    @Test func reingestingAddsNothing() throws {
        let scratch = Scratch()
        defer { scratch.cleanup() }
        try ParleyProcess.run(["ingest", "--db", scratch.db, ParleyProcess.fixture("vostochny/2-id-occurred.txt")])
        let again = try ParleyProcess.run(["ingest", "--db", scratch.db, ParleyProcess.fixture("vostochny/2-id-occurred.txt")])
        #expect(again.status == 0)
        #expect(again.stdout.hasPrefix("0 articles added, 1 duplicate skipped, 0 events found"))
        let export = try ParleyProcess.run(["export", "events", "--db", scratch.db, "--status", "any"])
        #expect(CSVParser.parse(export.stdout).count == 2)
    }

    @Test func copiedBinaryWorksFromAnyFolderAndHonoursPARLEY_DB() throws {
        let scratch = Scratch()
        defer { scratch.cleanup() }
        let copy = scratch.url.appendingPathComponent("bin/parley")
        try FileManager.default.createDirectory(at: copy.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: ParleyProcess.binary, to: copy)
        let work = scratch.url.appendingPathComponent("elsewhere")
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
        let ingest = try ParleyProcess.run(["ingest", ParleyProcess.fixture("vostochny/2-id-occurred.txt")], binary: copy, in: work,
                                           environment: ["PARLEY_DB": scratch.path("env.db")])
        #expect(ingest.status == 0, "\(ingest.stderr)")
        #expect(FileManager.default.fileExists(atPath: scratch.path("env.db")))
        let local = try ParleyProcess.run(["ingest", ParleyProcess.fixture("vostochny/2-id-occurred.txt")], binary: copy, in: work)
        #expect(local.status == 0)
        #expect(FileManager.default.fileExists(atPath: work.appendingPathComponent("parley.db").path))
    }
}

@Suite(.serialized) struct BadInputTests {
    static let good = """
        Jokowi Terima Anwar Ibrahim di Istana Bogor
        BOGOR - Presiden Joko Widodo menerima kunjungan Perdana Menteri Malaysia Anwar Ibrahim di Istana Bogor, Jawa Barat, Senin (9/1/2023).
        Kedua pemimpin membahas perbatasan dan perlindungan pekerja migran.
        """

    @Test func eachBadInputIsReportedAndTheRestIsStored() throws {
        let scratch = Scratch()
        defer { scratch.cleanup() }
        // Something stored before the batch must survive it.
        let before = try scratch.write("before/anwar.txt", Self.good)
        #expect(try ParleyProcess.run(["ingest", "--db", scratch.db, before]).status == 0)

        try scratch.write("batch/empty.txt", "")
        try scratch.write("batch/latin1.txt", bytes: Array("Judul\nPresiden bertemu ".utf8) + [0xE9, 0x0A])
        try scratch.write("batch/broken.jsonl", """
            {"text": "Biden met Xi Jinping in Woodside, California, on Wednesday, November 15, 2023.", "date": "2023-11-16", "title": "Biden and Xi meet"}
            {"text": "unterminated
            {"title": "no text here"}
            {"text": 42}
            {"text": "Putin met Erdogan in Sochi on September 4, 2023.", "date": "04/09/2023"}
            """)
        try scratch.write("batch/good.txt", Self.good.replacingOccurrences(of: "Senin", with: "pada hari Senin"))
        let missing = scratch.path("batch/missing.txt")
        let result = try ParleyProcess.run(["ingest", "--db", scratch.db, scratch.path("batch"), missing])
        #expect(result.status == 1)
        let err = result.stderr
        #expect(err.contains("batch/empty.txt: empty file"))
        #expect(err.contains("batch/latin1.txt:2: not valid UTF-8 (byte offset 23, column 18)"))
        #expect(err.contains("batch/broken.jsonl:2: not valid JSON"))
        #expect(err.contains("batch/broken.jsonl:3: missing \"text\""))
        #expect(err.contains("batch/broken.jsonl:4: \"text\" must be a string"))
        #expect(err.contains("batch/broken.jsonl:5: \"date\" '04/09/2023' is not YYYY-MM-DD"))
        #expect(err.contains("missing.txt: no such file or folder"))
        #expect(result.stdout.hasPrefix("2 articles added, 0 duplicates skipped"))
        #expect(result.stdout.contains(", 7 errors"))
        let search = try ParleyProcess.run(["export", "events", "--db", scratch.db, "--status", "any"])
        let rows = CSVParser.parse(search.stdout)
        #expect(rows.contains { $0.contains("Anwar Ibrahim; Joko Widodo") })
        #expect(rows.contains { $0.contains("Joe Biden; Xi Jinping") })
    }

    @Test func unreadableFolderIsReported() throws {
        let scratch = Scratch()
        defer { scratch.cleanup() }
        try scratch.write("ok/a.txt", Self.good)
        try scratch.write("locked/b.txt", Self.good)
        try FileManager.default.setAttributes([.posixPermissions: 0o777], ofItemAtPath: scratch.url.path)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: scratch.path("ok"))
        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: scratch.path("ok/a.txt"))
        try FileManager.default.setAttributes([.posixPermissions: 0o000], ofItemAtPath: scratch.path("locked"))
        defer { try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: scratch.path("locked")) }
        // Root reads any folder; run as an ordinary user then.
        let prefix = getuid() == 0 ? ["/usr/bin/setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"] : []
        let result = try ParleyProcess.run(["ingest", "--db", scratch.db, scratch.path("locked"), scratch.path("ok")], prefix: prefix)
        #expect(result.status == 1, "\(result.stderr)")
        #expect(result.stderr.contains("locked: cannot read folder: permission denied"))
        #expect(result.stdout.hasPrefix("1 article added"))
    }

    @Test func standardInputIsAnArticle() throws {
        let scratch = Scratch()
        defer { scratch.cleanup() }
        let result = try ParleyProcess.run(["ingest", "--db", scratch.db, "-"], input: Self.good)
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("1 article added"))
    }

    @Test func usageErrorsAreDistinct() throws {
        let scratch = Scratch()
        defer { scratch.cleanup() }
        let result = try ParleyProcess.run(["meetings", "--db", scratch.db, "--between", "putin"])
        #expect(result.status == 64)
        #expect(result.stderr.contains("--between and --and go together"))
        let date = try ParleyProcess.run(["ingest", "--db", scratch.db, "--date", "yesterday", "x.txt"])
        #expect(date.status == 64)
    }
}

@Suite struct CSVTests {
    @Test func quotesCommasQuotesAndNewlines() {
        var writer = CSVWriter()
        writer.write(["plain", "a, b", "say \"hi\"", "line\nbreak", "", "Xi Jinping; Joko Widodo"])
        #expect(writer.text == "plain,\"a, b\",\"say \"\"hi\"\"\",\"line\nbreak\",,Xi Jinping; Joko Widodo\r\n")
        #expect(CSVParser.parse(writer.text) == [["plain", "a, b", "say \"hi\"", "line\nbreak", "", "Xi Jinping; Joko Widodo"]])
    }
}
