import ArgumentParser
import Foundation
import ParleyExtract

/// `parley-bench generate`: writes the benchmark corpus as JSON lines.
struct Generate: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Write the deterministic benchmark corpus as JSON lines.")

    @Option(help: "Number of articles.")
    var count: Int = 1000

    @Option(help: "Output file (.jsonl).")
    var out: String

    @OptionGroup var corpus: CorpusOptions

    func run() throws {
        let written = try corpus.write(count: count, to: out)
        print("wrote \(count) articles, \(written) bytes to \(out)")
    }
}

/// Where the corpus templates are and which seed generates it.
struct CorpusOptions: ParsableArguments {
    @Option(help: "Sentence templates of the corpus.")
    var templates = "Benchmarks/corpus-templates.tsv"

    @Option(help: "Random seed of the corpus.")
    var seed: UInt64 = 20_230_913

    /// The days the corpus's meetings fall on.
    static let first = Day(year: 2015, month: 1, day: 1)!
    static let last = Day(year: 2024, month: 6, day: 30)!

    /// The sentence templates, read from `templates`.
    func loadTemplates() throws -> CorpusTemplates {
        let text: String
        do {
            text = try String(contentsOfFile: templates, encoding: .utf8)
        } catch {
            throw BenchError("cannot read templates \(templates): \((error as NSError).localizedDescription)")
        }
        return try CorpusTemplates(text: text, file: templates)
    }

    func generator() throws -> CorpusGenerator {
        CorpusGenerator(catalog: try CorpusCatalog(from: Self.first, to: Self.last), templates: try loadTemplates(),
                        seed: seed, from: Self.first, to: Self.last)
    }

    /// The builder of a database of `events` synthetic events (the same templates and seed).
    func eventDatabaseBuilder(events: Int) throws -> EventDatabaseBuilder {
        var builder = EventDatabaseBuilder(catalog: try CorpusCatalog(from: Self.first, to: Self.last), templates: try loadTemplates(),
                                           first: Self.first, last: Self.last, seed: seed)
        builder.events = events
        return builder
    }

    /// Streams `count` articles to `path`; returns the bytes written.
    func write(count: Int, to path: String) throws -> Int {
        var generator = try generator()
        guard let file = fopen(path, "w") else { throw BenchError("cannot write \(path): \(String(cString: strerror(errno)))") }
        defer { fclose(file) }
        var bytes = 0
        for _ in 0..<count {
            var line = generator.next().jsonLine
            bytes += line.utf8.count
            line.withUTF8 { _ = fwrite($0.baseAddress, 1, $0.count, file) }
        }
        return bytes
    }
}
