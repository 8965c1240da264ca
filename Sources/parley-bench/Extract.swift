import ArgumentParser
import Foundation
import ParleyExtract
import ParleyKit
import ParleyStore

/// `parley-bench extract`: extraction alone on the first articles of a corpus, for
/// profiling (`perf record`) and for checking that a change leaves every extracted event as it was.
struct Extract: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Extract the first articles of a corpus in process (no database) and report the rate.")

    @Argument(help: "A corpus (.jsonl) or any input parley ingest reads.")
    var input: String

    @Option(help: "Articles to read.")
    var count = 4000

    @Option(help: "Passes over the articles.")
    var runs = 3

    @Option(help: "Threads, each taking an equal share of the articles (as `run` measures scaling).")
    var threads = 1

    @Option(help: "Write every extracted event, one line each, to this file.")
    var dump: String?

    func run() throws {
        var inputs: [ArticleInput] = []
        struct Enough: Error {}
        do {
            try ArticleReader().read([input]) { result in
                if case .success(let article) = result { inputs.append(article) }
                if inputs.count >= count { throw Enough() }
            }
        } catch is Enough {}
        let bytes = inputs.reduce(0) { $0 + $1.text.utf8.count }
        let clock = ContinuousClock()
        var start = clock.now
        let extractor = try Ingestor(store: try Store(path: ":memory:")).extractor
        let setup = (clock.now - start).seconds
        var lines: [String] = []
        var best = Double.infinity
        for run in 0..<max(1, runs) {
            start = clock.now
            var events = 0
            if threads > 1 {
                let share = (inputs.count + threads - 1) / threads
                let parts = stride(from: 0, to: inputs.count, by: share).map { Array(inputs[$0..<min(inputs.count, $0 + share)]) }
                DispatchQueue.concurrentPerform(iterations: parts.count) { part in
                    for article in parts[part] { _ = extractor.extract(article) }
                }
            } else {
                for article in inputs {
                    let found = extractor.extract(article).events
                    events += found.count
                    if run == 0, dump != nil {
                        lines.append("\(article.origin)\t\(found.count)")
                        for event in found { lines.append(String(describing: event)) }
                    }
                }
            }
            let seconds = (clock.now - start).seconds
            best = min(best, seconds)
            print(String(format: "run %d: %d articles, %.2f MB, %d events in %.3f s: %.1f MB/s", run + 1, inputs.count,
                         Double(bytes) / 1e6, events, seconds, Double(bytes) / 1e6 / seconds))
        }
        print(String(format: "setup (store and gazetteer) %.3f s; best %.1f MB/s", setup, Double(bytes) / 1e6 / best))
        if let dump {
            try (lines.joined(separator: "\n") + "\n").write(toFile: dump, atomically: true, encoding: .utf8)
        }
    }
}
