import ArgumentParser
import Foundation
import ParleyKit

/// `parley-bench large`: the step of `run` that builds a database of a million
/// events (``EventDatabaseBuilder``) and measures `meetings --between` and the
/// export on it, alone; prints its part of the report.
struct Large: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Build a database of synthetic events through the Store and measure --between and export on it.",
        discussion: "The same step as in `parley-bench run`; prints its sections of the report without writing BENCHMARKS.md.")

    @Option(help: "Events in the database.")
    var events = 1_000_000

    @Option(help: "The release parley binary.")
    var parley = ".build-bench/release/parley"

    @Option(help: "The sqlite3 command-line shell.")
    var sqlite3 = "/usr/bin/sqlite3"

    @Option(help: "Folder with the plain SQL queries compared against (between.sql, export-events.sql).")
    var queries = "Benchmarks"

    @Option(help: "Working folder for the database and the commands' output.")
    var work = "out/bench"

    @OptionGroup var corpus: CorpusOptions

    func run() throws {
        try FileManager.default.createDirectory(atPath: work, withIntermediateDirectories: true)
        let read = ReadBenchmark(parley: parley, sqlite3: sqlite3, queries: queries, work: work)
        var results = BenchmarkResults(command: "parley-bench large", batchSize: Ingestor.defaultBatchSize)
        results.large = try Self.measure(events: events, corpus: corpus, read: read)
        print(results.markdown())
    }

    /// Builds the database of `events` events in `read.work` and measures the read side on it.
    static func measure(events: Int, corpus: CorpusOptions, read: ReadBenchmark) throws -> LargeResult {
        let clock = ContinuousClock()
        let start = clock.now
        let path = "\(read.work)/parley-events-\(events).db"
        log("building \(path): \(events) events")
        let builder = try corpus.eventDatabaseBuilder(events: events)
        let build = try builder.build(at: path, log: log)
        log("built in \(String(format: "%.1f", build.seconds)) s; queries on \(events) events")
        let counts = try RowCounts(path: path)
        var lap = clock.now
        let queries = try read.between(path)
        let queriesSeconds = (clock.now - lap).seconds
        log("export of \(events) events")
        lap = clock.now
        let export = try read.export(path)
        let exportSeconds = (clock.now - lap).seconds
        return LargeResult(builder: builder, build: build, outlets: builder.templates["*", "outlet"].count, counts: counts,
                           queries: queries, export: export, queriesSeconds: queriesSeconds, exportSeconds: exportSeconds,
                           seconds: (clock.now - start).seconds)
    }

    private static func log(_ message: String) {
        FileHandle.standardError.write(Data("parley-bench: \(message)\n".utf8))
    }
}
