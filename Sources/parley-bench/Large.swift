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

    @OptionGroup var tools: ToolOptions

    @OptionGroup var corpus: CorpusOptions

    func run() throws {
        try tools.createWorkFolder()
        var results = BenchmarkResults(command: "parley-bench large", batchSize: Ingestor.defaultBatchSize)
        results.large = try Self.measure(events: events, corpus: corpus, read: tools.readBenchmark)
        print(results.markdown())
    }

    /// Builds the database of `events` events in `read.work` and measures the read side on it.
    static func measure(events: Int, corpus: CorpusOptions, read: ReadBenchmark) throws -> LargeResult {
        let clock = ContinuousClock()
        let start = clock.now
        let path = "\(read.work)/parley-events-\(events).db"
        progress("building \(path): \(events) events")
        let builder = try corpus.eventDatabaseBuilder(events: events)
        let build = try builder.build(at: path, log: progress)
        progress("built in \(String(format: "%.1f", build.seconds)) s; queries on \(events) events")
        let counts = try RowCounts(path: path)
        var lap = clock.now
        let queries = try read.between(path)
        let queriesSeconds = (clock.now - lap).seconds
        progress("export of \(events) events")
        lap = clock.now
        let export = try read.export(path)
        let exportSeconds = (clock.now - lap).seconds
        return LargeResult(builder: builder, build: build, outlets: builder.templates["*", "outlet"].count, counts: counts,
                           queries: queries, export: export, queriesSeconds: queriesSeconds, exportSeconds: exportSeconds,
                           seconds: (clock.now - start).seconds)
    }
}
