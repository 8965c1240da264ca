import Foundation
import ParleyStore

/// The read side of the suite on one database: `parley meetings --between` for
/// the most frequent pair and a rare one (in process against the best plain SQL,
/// and the whole command as a process), and `parley export events` against
/// `sqlite3 -csv` running the same join.
struct ReadBenchmark {
    /// The release parley binary.
    let parley: String
    /// The sqlite3 command-line shell.
    let sqlite3: String
    /// Folder with between.sql and export-events.sql.
    let queries: String
    /// Folder for the commands' output.
    let work: String

    /// `meetings --between` for the most frequent and a rare pair, in process, against the best plain SQL and the CLI.
    func between(_ path: String) throws -> QueryResult {
        let store = try Store(path: path, readOnly: true)
        let database = store.database
        let pairSQL = """
            SELECT a.person, b.person, count(*) AS n FROM event_participants a
            JOIN event_participants b ON b.event = a.event AND b.person > a.person
            GROUP BY a.person, b.person ORDER BY n DESC, a.person, b.person
            """
        var pairs: [(Int, Int, Int)] = []
        try database.makeStatement(pairSQL).forEachRow { pairs.append(($0.int(0), $0.int(1), $0.int(2))) }
        guard let frequent = pairs.first, let rare = pairs.last(where: { $0.2 == 1 }) ?? pairs.last else {
            throw BenchError("no pair of participants in \(path)")
        }
        func name(_ id: Int) throws -> String {
            try database.scalarString("SELECT name FROM people WHERE id = ?", [id]) ?? String(id)
        }
        let plain = try String(contentsOfFile: "\(queries)/between.sql", encoding: .utf8)
        let statement = try database.makeStatement(plain)
        let clock = ContinuousClock()
        func measure(_ pair: (Int, Int, Int), runs: Int) throws -> PairTiming {
            let a = try name(pair.0)
            let b = try name(pair.1)
            var filter = EventFilter()
            filter.between = (a, b)
            filter.status = nil
            var timings: [Double] = []
            var rows = 0
            for run in 0..<(runs + 3) {
                let start = clock.now
                rows = try store.events(filter).count
                if run >= 3 { timings.append((clock.now - start).seconds) }
            }
            var sql: [Double] = []
            var sqlRows = 0
            for run in 0..<(runs + 3) {
                let start = clock.now
                var fetched: [[String?]] = []
                try statement.forEachRow([pair.0, pair.1]) { row in fetched.append((0..<13).map { row.optionalString($0) }) }
                sqlRows = fetched.count
                if run >= 3 { sql.append((clock.now - start).seconds) }
            }
            var cli: [Double] = []
            for _ in 0..<5 {
                let child = try ChildProcess.run([parley, "meetings", "--db", path, "--between", a, "--and", b, "--status", "any", "--format", "csv"],
                                                 stdoutPath: "\(work)/between.out").check("parley meetings --between")
                cli.append(child.seconds)
            }
            return PairTiming(a: a, b: b, events: pair.2, rows: rows, sqlRows: sqlRows,
                              median: quantile(timings, 0.5), p99: quantile(timings, 0.99),
                              sqlMedian: quantile(sql, 0.5), sqlP99: quantile(sql, 0.99), cliMedian: quantile(cli, 0.5))
        }
        return QueryResult(events: try database.scalarInt("SELECT count(*) FROM events") ?? 0,
                           pairs: pairs.count, singleEventPairs: pairs.count(where: { $0.2 == 1 }),
                           frequent: try measure(frequent, runs: 30), rare: try measure(rare, runs: 300))
    }

    /// `parley export events` against `sqlite3 -csv` running the same join.
    func export(_ path: String) throws -> ExportResult {
        let sqlFile = "\(queries)/export-events.sql"
        guard FileManager.default.fileExists(atPath: sqlFile) else { throw BenchError("missing \(sqlFile)") }
        var parleyTimes: [Double] = []
        var sqliteTimes: [Double] = []
        var rss = 0
        for _ in 0..<2 {
            let child = try ChildProcess.run([parley, "export", "events", "--db", path, "--status", "any", "--out", "\(work)/export-parley.csv"],
                                             stdoutPath: "\(work)/export.out").check("parley export events")
            parleyTimes.append(child.seconds)
            rss = max(rss, child.maxRSSKiB)
            let shell = try ChildProcess.run([sqlite3, "-csv", "-header", "-readonly", path, ".read \(sqlFile)"], stdoutPath: "\(work)/export-sqlite3.csv")
                .check("sqlite3 -csv")
            sqliteTimes.append(shell.seconds)
        }
        func lines(_ file: String) -> Int {
            guard let handle = fopen(file, "r") else { return 0 }
            defer { fclose(handle) }
            var count = 0
            while case let c = getc(handle), c != EOF { if c == 10 { count += 1 } }
            return count
        }
        return ExportResult(seconds: parleyTimes.min() ?? .nan, sqliteSeconds: sqliteTimes.min() ?? .nan, maxRSSKiB: rss,
                            lines: lines("\(work)/export-parley.csv"), sqliteLines: lines("\(work)/export-sqlite3.csv"))
    }
}
