import ArgumentParser
import Foundation
import ParleyExtract
import ParleyKit
import ParleyStore

/// `parley-bench run`: the whole suite, written to BENCHMARKS.md.
struct Run: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Run the benchmark suite and write the report.")

    @Option(help: "Corpus sizes in articles, comma-separated.")
    var sizes = "10000,100000"

    @Flag(help: "Also run 1,000,000 articles.")
    var full = false

    @Option(help: "Events in the database built for --between and export at scale (see `parley-bench large`); 0 skips the step.")
    var largeEvents = 1_000_000

    @Option(help: "The C baseline binary (Benchmarks/baseline.c).")
    var baseline = "Benchmarks/.build/c-baseline"

    @Option(help: "Folder with the migrations the C baseline applies.")
    var migrations = "Migrations"

    @OptionGroup var tools: ToolOptions

    @Option(help: "Batch size passed to parley ingest --batch-size.")
    var batchSize = Ingestor.defaultBatchSize

    @Option(help: "Report to write.")
    var report = "BENCHMARKS.md"

    @Option(help: "The command line shown in the report.")
    var command = "make bench"

    @OptionGroup var corpus: CorpusOptions

    func run() throws {
        var sizeList = try sizes.split(separator: ",").map { part -> Int in
            guard let n = Int(part.trimmingCharacters(in: .whitespaces)), n > 0 else { throw ValidationError("bad size '\(part)'") }
            return n
        }
        if full && !sizeList.contains(1_000_000) { sizeList.append(1_000_000) }
        sizeList.sort()
        try tools.createWorkFolder()
        let migrationFiles = try FileManager.default.contentsOfDirectory(atPath: migrations).filter { $0.hasSuffix(".sql") }.sorted()
            .map { "\(migrations)/\($0)" }
        var results = BenchmarkResults(command: command, batchSize: batchSize)

        // The largest corpus is written once; each smaller one is its prefix (the generator is deterministic).
        let largest = sizeList.last!
        let corpusPath = "\(tools.work)/corpus-\(largest).jsonl"
        progress("generating \(largest) articles")
        let clock = ContinuousClock()
        let start = clock.now
        let corpusBytes = try corpus.write(count: largest, to: corpusPath)
        results.generation = (largest, corpusBytes, (clock.now - start).seconds)

        results.extraction = try measureExtraction(corpusPath)

        for size in sizeList {
            let path = size == largest ? corpusPath : "\(tools.work)/corpus-\(size).jsonl"
            if size != largest { try prefix(of: corpusPath, lines: size, to: path) }
            let bytes = Int((try FileManager.default.attributesOfItem(atPath: path)[.size] as? NSNumber)?.intValue ?? 0)
            let db = "\(tools.work)/parley-\(size).db"
            for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: db + suffix) }
            // Create the database and load the seeds before timing, as the C baseline does.
            _ = try ChildProcess.run([tools.parley, "meetings", "--db", db, "--status", "any"], stdoutPath: "\(tools.work)/create.out").check("parley meetings")
            progress("ingesting \(size) articles")
            let ingest = try ChildProcess.run([tools.parley, "ingest", "--db", db, "--batch-size", String(batchSize), path],
                                              stdoutPath: "\(tools.work)/ingest-\(size).out").check("parley ingest")
            let counts = try RowCounts(path: db)
            progress("C baseline on \(size) articles")
            let c = try ChildProcess.run([baseline, db, tools.work, String(batchSize)] + migrationFiles, stdoutPath: "\(tools.work)/baseline-\(size).out")
                .check("c-baseline")
            results.sizes.append(SizeResult(articles: size, inputBytes: bytes, ingest: ingest, summary: ingest.output.trimmingCharacters(in: .whitespacesAndNewlines),
                                            counts: counts, baseline: BaselineResult(output: c.output)))
            try? FileManager.default.removeItem(atPath: "\(tools.work)/rows.bin")
        }

        let db = "\(tools.work)/parley-\(largest).db"
        let read = tools.readBenchmark
        progress("queries on \(largest) articles")
        results.queries = try read.between(db)
        progress("export of \(largest) articles")
        results.export = try read.export(db)
        if largeEvents > 0 { results.large = try Large.measure(events: largeEvents, corpus: corpus, read: read) }
        results.machine = Machine.current()
        try results.markdown().write(toFile: report, atomically: true, encoding: .utf8)
        print(results.markdown())
    }

    /// Copies the first `lines` lines of `source` to `path`.
    private func prefix(of source: String, lines: Int, to path: String) throws {
        guard let input = fopen(source, "r"), let output = fopen(path, "w") else { throw BenchError("cannot copy \(source) to \(path)") }
        defer { fclose(input); fclose(output) }
        var line: UnsafeMutablePointer<CChar>?
        var capacity = 0
        var count = 0
        while count < lines {
            let length = getline(&line, &capacity, input)
            if length < 0 { break }
            fwrite(line, 1, length, output)
            count += 1
        }
        free(line)
    }

    /// Extraction alone, in this process: the first articles of the corpus on one thread, then on two.
    private func measureExtraction(_ corpusPath: String) throws -> ExtractionResult {
        let sample = 4000
        var inputs: [ArticleInput] = []
        struct Enough: Error {}
        do {
            try ArticleReader().read([corpusPath]) { result in
                if case .success(let input) = result { inputs.append(input) }
                if inputs.count >= sample { throw Enough() }
            }
        } catch is Enough {}
        let bytes = inputs.reduce(0) { $0 + $1.text.utf8.count }
        let store = try Store(path: ":memory:")
        let extractor = try Ingestor(store: store).extractor
        progress("extraction: \(inputs.count) articles, \(bytes) bytes")
        let clock = ContinuousClock()
        // Warm up (page in the automaton and code).
        for input in inputs.prefix(200) { _ = extractor.extract(input) }
        var events = 0
        var single: [Double] = []
        for _ in 0..<3 {
            let start = clock.now
            events = 0
            for input in inputs { events += extractor.extract(input).events.count }
            single.append((clock.now - start).seconds)
        }
        var double: [Double] = []
        let halves = [Array(inputs[0..<inputs.count / 2]), Array(inputs[(inputs.count / 2)...])]
        for _ in 0..<3 {
            let start = clock.now
            DispatchQueue.concurrentPerform(iterations: 2) { half in
                for input in halves[half] { _ = extractor.extract(input) }
            }
            double.append((clock.now - start).seconds)
        }
        return ExtractionResult(articles: inputs.count, bytes: bytes, events: events,
                                oneThreadSeconds: quantile(single, 0.5), twoThreadSeconds: quantile(double, 0.5))
    }
}
