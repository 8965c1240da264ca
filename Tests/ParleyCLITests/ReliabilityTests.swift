import Foundation
import ParleyStore
import Testing

/// A `parley` process started in the background, to be killed or waited for.
struct BackgroundParley {
    let process: Process
    let stderrFile: URL

    init(_ arguments: [String], stderrTo stderrFile: URL, prefix: [String] = []) throws {
        process = Process()
        if prefix.isEmpty {
            process.executableURL = ParleyProcess.binary
            process.arguments = arguments
        } else {
            process.executableURL = URL(fileURLWithPath: prefix[0])
            process.arguments = Array(prefix.dropFirst()) + [ParleyProcess.binary.path] + arguments
        }
        var environment = ProcessInfo.processInfo.environment
        environment.removeValue(forKey: "PARLEY_DB")
        process.environment = environment
        FileManager.default.createFile(atPath: stderrFile.path, contents: nil)
        self.stderrFile = stderrFile
        process.standardOutput = FileHandle.nullDevice
        process.standardError = try FileHandle(forWritingTo: stderrFile)
        process.standardInput = FileHandle.nullDevice
        try process.run()
    }

    /// Waits for the end; the exit status and what went to standard error.
    func wait() -> (status: Int32, stderr: String) {
        process.waitUntilExit()
        let text = (try? String(contentsOf: stderrFile, encoding: .utf8)) ?? ""
        return (process.terminationStatus, text)
    }
}

/// One clean ingest of the generated batch, shared by the tests that compare against it.
enum CleanBatch {
    struct Run: Sendable {
        let folder: URL
        let facts: DatabaseFacts
    }

    /// 570 articles (the dev set five times over), ingested once into a fresh database.
    static let shared: Run = {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("parley-clean-batch-\(getpid())")
        try? FileManager.default.removeItem(at: root)
        let folder = root.appendingPathComponent("batch")
        let db = root.appendingPathComponent("clean.db").path
        do {
            try GeneratedBatch.write(into: folder, copies: 5)
            let run = try ParleyProcess.run(["ingest", "--db", db, folder.path])
            precondition(run.status == 0, "clean ingest failed: \(run.stderr)")
            return Run(folder: folder, facts: try DatabaseFacts.read(db))
        } catch {
            fatalError("cannot prepare the clean batch: \(error)")
        }
    }()
}

@Suite(.serialized) struct CrashSafetyTests {
    /// kill -9 at random moments, several times; then the same ingest completes the batch.
    @Test func killedIngestLeavesWholeArticlesAndResumes() throws {
        let clean = CleanBatch.shared
        #expect(clean.facts.articles == 570)
        let scratch = Scratch()
        defer { scratch.cleanup() }
        var generator = SystemRandomNumberGenerator()
        var killedWhileRunning = 0
        var progress: [Int] = []
        for round in 0..<6 {
            // Small batches on odd rounds: more commits for a kill to land in.
            let batch = round % 2 == 1 ? ["--batch-size", "7"] : []
            let run = try BackgroundParley(["ingest", "--db", scratch.db] + batch + [clean.folder.path],
                                           stderrTo: scratch.url.appendingPathComponent("kill-\(round).err"))
            let delay = Double.random(in: 0.3...2.5, using: &generator)
            Thread.sleep(forTimeInterval: delay)
            if run.process.isRunning {
                kill(run.process.processIdentifier, SIGKILL)
            }
            let (status, _) = run.wait()
            if run.process.terminationReason == .uncaughtSignal, status == SIGKILL { killedWhileRunning += 1 }
            guard FileManager.default.fileExists(atPath: scratch.db) else { continue }
            let facts = try DatabaseFacts.read(scratch.db)
            progress.append(facts.articles)
            print("kill round \(round): after \(String(format: "%.2f", delay)) s, \(facts)")
            #expect(facts.integrity == "ok", "round \(round)")
            #expect(facts.foreignKeyProblems == 0, "round \(round)")
            #expect(facts.incompleteEvents == 0, "round \(round): an event without sources or participants")
            #expect(facts.articlesAreWhole(comparedWith: clean.facts), "round \(round): an article stored without all its events")
        }
        #expect(killedWhileRunning >= 3, "too few kills landed while ingesting (\(killedWhileRunning)); progress \(progress)")
        let final = try ParleyProcess.run(["ingest", "--db", scratch.db, clean.folder.path])
        #expect(final.status == 0, "\(final.stderr)")
        let facts = try DatabaseFacts.read(scratch.db)
        #expect(facts == clean.facts, "after resuming: \(facts); clean run: \(clean.facts)")
    }

    /// Two writers on one database with overlapping input, and a reader meanwhile.
    @Test func twoWritersAndAReaderAgreeWithASequentialRun() throws {
        let scratch = Scratch()
        defer { scratch.cleanup() }
        let all = try GeneratedBatch.write(into: scratch.url.appendingPathComponent("all"), copies: 3)
        let third = all.count / 3
        for (folder, slice) in [("a", all[0..<(2 * third)]), ("b", all[third...])] {
            let target = scratch.url.appendingPathComponent(folder)
            try FileManager.default.createDirectory(at: target, withIntermediateDirectories: true)
            for path in slice {
                try FileManager.default.copyItem(atPath: path, toPath: target.appendingPathComponent((path as NSString).lastPathComponent).path)
            }
        }
        let sequential = scratch.path("sequential.db")
        #expect(try ParleyProcess.run(["ingest", "--db", sequential, scratch.path("a")]).status == 0)
        #expect(try ParleyProcess.run(["ingest", "--db", sequential, scratch.path("b")]).status == 0)

        let concurrent = scratch.path("concurrent.db")
        let writerA = try BackgroundParley(["ingest", "--db", concurrent, "--batch-size", "5", scratch.path("a")],
                                           stderrTo: scratch.url.appendingPathComponent("a.err"))
        let writerB = try BackgroundParley(["ingest", "--db", concurrent, "--batch-size", "5", scratch.path("b")],
                                           stderrTo: scratch.url.appendingPathComponent("b.err"))
        var reads = 0
        while writerA.process.isRunning || writerB.process.isRunning {
            guard FileManager.default.fileExists(atPath: concurrent) else {
                Thread.sleep(forTimeInterval: 0.05)
                continue
            }
            let export = try ParleyProcess.run(["export", "events", "--db", concurrent, "--status", "any"])
            #expect(export.status == 0, "reader: \(export.stderr)")
            #expect(!export.stderr.contains("locked"), "reader: \(export.stderr)")
            let rows = CSVParser.parse(export.stdout)
            if let header = rows.first, let sources = header.firstIndex(of: "sources"), let people = header.firstIndex(of: "participants") {
                // A snapshot never shows an event before its sources and participants.
                for row in rows.dropFirst() {
                    #expect(Int(row[sources]).map { $0 >= 1 } == true, "reader saw \(row)")
                    #expect(row[people].contains("; "), "reader saw \(row)")
                }
            }
            reads += 1
        }
        let (statusA, errA) = writerA.wait()
        let (statusB, errB) = writerB.wait()
        print("two writers: \(reads) reads during the writes")
        #expect(statusA == 0, "\(errA)")
        #expect(statusB == 0, "\(errB)")
        #expect(!errA.contains("locked") && !errB.contains("locked"), "\(errA)\(errB)")
        #expect(reads >= 1)
        let expected = try DatabaseFacts.read(sequential)
        let found = try DatabaseFacts.read(concurrent)
        #expect(found == expected, "concurrent: \(found); sequential: \(expected)")
        // The same people met on the same days: a report that fits two stored events equally well may join either,
        // depending on which arrived first (see "One meeting, one event" in the README), so sources per event can differ.
        #expect(try Self.meetingsWithoutSources(concurrent) == Self.meetingsWithoutSources(sequential))
    }

    /// Each event's type and participants, sorted: what must not depend on the order of arrival.
    static func meetingsWithoutSources(_ db: String) throws -> [[String]] {
        let rows = CSVParser.parse(try ParleyProcess.run(["export", "events", "--db", db, "--status", "any"]).stdout)
        guard let header = rows.first else { return [] }
        let keep = header.indices.filter { ["type", "participants", "participant_countries"].contains(header[$0]) }
        return rows.dropFirst().map { row in keep.map { row[$0] } }.sorted { $0.lexicographicallyPrecedes($1) }
    }


    /// A file-size limit (as a full disk) mid-ingest: one clear error, exit 2, a valid database, and a later run completes.
    @Test func fullDiskStopsCleanly() throws {
        let clean = CleanBatch.shared
        let scratch = Scratch()
        defer { scratch.cleanup() }
        let first = try ParleyProcess.run(["ingest", "--db", scratch.db, GeneratedBatch.devset.appendingPathComponent("en-001.txt").path])
        #expect(first.status == 0)
        let size = (try FileManager.default.attributesOfItem(atPath: scratch.db)[.size] as? Int) ?? 0
        // RLIMIT_FSIZE (ulimit -f, in 512-byte blocks) a little over the current size; SIGXFSZ ignored so that writes fail with EFBIG.
        let blocks = (size + 512 * 1024) / 512
        let limited = try ParleyProcess.run(["ingest", "--db", scratch.db, clean.folder.path],
                                            prefix: ["/bin/sh", "-c", "ulimit -f \(blocks); trap '' XFSZ; exec \"$0\" \"$@\""])
        print("file-size limit \(blocks * 512) bytes: status \(limited.status); \(limited.stderr.split(separator: "\n").filter { !$0.contains("skipped") })")
        #expect(limited.status == 2, "\(limited.stdout)\(limited.stderr)")
        let errors = limited.stderr.split(separator: "\n").filter { $0.hasPrefix("parley: ingest stopped") }
        #expect(errors.count == 1, "\(limited.stderr)")
        #expect(errors.first.map { $0.contains("File too large") || $0.contains("full") } == true, "\(limited.stderr)")
        let facts = try DatabaseFacts.read(scratch.db)
        #expect(facts.integrity == "ok")
        #expect(facts.incompleteEvents == 0)
        #expect(facts.articlesAreWhole(comparedWith: try DatabaseFacts.read(Self.unionReference(scratch, clean))))
        let resumed = try ParleyProcess.run(["ingest", "--db", scratch.db, clean.folder.path])
        #expect(resumed.status == 0, "\(resumed.stderr)")
        #expect(try DatabaseFacts.read(scratch.db).articles == clean.facts.articles + 1)
    }

    /// A clean run of the first article plus the batch: the reference for per-article event counts.
    static func unionReference(_ scratch: Scratch, _ clean: CleanBatch.Run) throws -> String {
        let db = scratch.path("reference.db")
        try ParleyProcess.run(["ingest", "--db", db, GeneratedBatch.devset.appendingPathComponent("en-001.txt").path, clean.folder.path])
        return db
    }

    /// A read-only database file (and folder): one clear error, exit 2, nothing changed; reading still works where SQLite can.
    @Test func readOnlyDatabaseIsRefusedForWriting() throws {
        let scratch = Scratch()
        defer { scratch.cleanup() }
        let article = GeneratedBatch.devset.appendingPathComponent("en-001.txt").path
        let other = scratch.url.appendingPathComponent("other.txt")
        try FileManager.default.copyItem(atPath: GeneratedBatch.devset.appendingPathComponent("en-002.txt").path, toPath: other.path)
        let folder = scratch.url.appendingPathComponent("ro")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let db = folder.appendingPathComponent("kb.db").path
        #expect(try ParleyProcess.run(["ingest", "--db", db, article]).status == 0)
        let before = try DatabaseFacts.read(db)
        // Root writes any file: run as an ordinary user then.
        let prefix = getuid() == 0 ? ["/usr/bin/setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"] : []
        if !prefix.isEmpty, !FileManager.default.isExecutableFile(atPath: prefix[0]) {
            Issue.record("running as root without /usr/bin/setpriv: cannot test a read-only file")
            return
        }
        try FileManager.default.setAttributes([.posixPermissions: 0o777], ofItemAtPath: scratch.url.path)
        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: other.path)
        try FileManager.default.setAttributes([.posixPermissions: 0o444], ofItemAtPath: db)
        try FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: folder.path)
        defer { try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: folder.path) }

        let refused = try ParleyProcess.run(["ingest", "--db", db, other.path], prefix: prefix)
        #expect(refused.status == 2)
        #expect(refused.stderr.split(separator: "\n").count == 1, "\(refused.stderr)")
        #expect(refused.stderr.contains("is read-only"), "\(refused.stderr)")

        // A writable folder but a read-only file: reading works, writing is refused up front.
        try FileManager.default.setAttributes([.posixPermissions: 0o777], ofItemAtPath: folder.path)
        let refusedAgain = try ParleyProcess.run(["ingest", "--db", db, other.path], prefix: prefix)
        #expect(refusedAgain.status == 2)
        #expect(refusedAgain.stderr.contains("cannot write to database") && refusedAgain.stderr.contains("is read-only"), "\(refusedAgain.stderr)")
        let reading = try ParleyProcess.run(["meetings", "--db", db, "--status", "any"], prefix: prefix)
        #expect(reading.status == 0, "\(reading.stderr)")
        #expect(reading.stdout.contains("Joe Biden"), "\(reading.stdout)")
        #expect(try DatabaseFacts.read(db) == before)
    }
}

@Suite(.serialized) struct SchemaRefusalTests {
    /// Runs a writing and a reading command on `db`; both must refuse with `message` and exit 2.
    func expectRefusal(_ db: String, _ message: String, scratch: Scratch) throws {
        let article = GeneratedBatch.devset.appendingPathComponent("en-001.txt").path
        for arguments in [["ingest", "--db", db, article], ["meetings", "--db", db], ["export", "events", "--db", db]] {
            let result = try ParleyProcess.run(arguments)
            #expect(result.status == 2, "\(arguments[0]): \(result.stderr)")
            #expect(result.stderr.contains("cannot open database \(db)") && result.stderr.contains(message), "\(arguments[0]): \(result.stderr)")
        }
    }

    @Test func newerParleyDatabaseIsRefusedUntouched() throws {
        let scratch = Scratch()
        defer { scratch.cleanup() }
        #expect(try ParleyProcess.run(["ingest", "--db", scratch.db, GeneratedBatch.devset.appendingPathComponent("en-002.txt").path]).status == 0)
        let newer = Migrator.embedded.latestVersion + 3
        try Database(path: scratch.db).execute("PRAGMA user_version = \(newer)")
        let before = try DatabaseFacts.read(scratch.db)
        try expectRefusal(scratch.db, "written by a newer Parley", scratch: scratch)
        #expect(try Database(path: scratch.db).scalarInt("PRAGMA user_version") == newer)
        #expect(try DatabaseFacts.read(scratch.db) == before)
    }

    @Test func fileThatIsNotSQLiteIsRefusedUntouched() throws {
        let scratch = Scratch()
        defer { scratch.cleanup() }
        let notes = "meeting notes, not a database\n"
        let path = try scratch.write("notes.db", notes)
        try expectRefusal(path, "is not an SQLite database", scratch: scratch)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == notes)
    }

    @Test func foreignSQLiteDatabaseIsRefusedUntouched() throws {
        let scratch = Scratch()
        defer { scratch.cleanup() }
        let path = scratch.path("shop.db")
        do {
            let db = try Database(path: path)
            try db.execute("CREATE TABLE customers(id INTEGER PRIMARY KEY, name TEXT); INSERT INTO customers(name) VALUES ('Ada')")
        }
        try expectRefusal(path, "not a Parley one", scratch: scratch)
        let db = try Database(path: path)
        #expect(try db.scalarInt("SELECT count(*) FROM sqlite_schema") == 1)
        #expect(try db.scalarInt("PRAGMA user_version") == 0)
        #expect(try db.scalarString("SELECT name FROM customers") == "Ada")
    }
}
