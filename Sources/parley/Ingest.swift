import ArgumentParser
import Foundation
import ParleyExtract
import ParleyKit

struct Ingest: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Read articles and store the meetings they report.",
        discussion: """
            PATH is a file, a folder (read recursively) or - for standard input.
            .txt/.md: one article, title on the first line. .jsonl/.ndjson: one JSON object per line
            with "text" and optional "title", "url", "source", "date" (YYYY-MM-DD or ISO 8601), "lang".
            .html/.htm: one page; title from og:title or <title>, date from article:published_time or <time datetime>,
            url from og:url or the canonical link, source from og:site_name, text from the <article> (else <main>, else
            <body>) without scripts, styles, comments, navigation, headers, footers and asides.
            --date, --lang, --source and --url override what a file says.
            Skipped with a message (file:line: reason), the rest still stored: unreadable, empty, binary or non-UTF-8
            files, broken JSON lines, symbolic link loops, and any article (file, JSON line or input) over 8 MB.
            Re-ingesting the same text adds nothing. Each article is stored with all its events, or not at all.
            Articles are extracted on --jobs threads and written by one writer that commits every --batch-size
            articles (and whenever it waits for input): a crash or a database error loses at most the open batch,
            never part of an article, and running the same ingest again adds the rest.
            On a terminal, a progress line (count, rate, ETA) is shown on standard error.
            """
    )

    @OptionGroup var options: GlobalOptions

    @Option(help: "Publication date for every article read, YYYY-MM-DD (overrides the text's own).")
    var date: String?

    @Option(help: "Language of every article read (id, en, es, fr, de), instead of detecting it.")
    var lang: String?

    @Option(help: "Source (outlet) name for every article read.")
    var source: String?

    @Option(help: "URL for every article read.")
    var url: String?

    @Option(help: "Articles per transaction: larger is faster, smaller loses less on a crash.")
    var batchSize: Int = Ingestor.defaultBatchSize

    @Option(help: "Extraction threads (default: one per processor).")
    var jobs: Int?

    @Argument(help: "Files, folders, or - for standard input.")
    var paths: [String]

    func validate() throws {
        if paths.isEmpty { throw ValidationError("give at least one file, folder or -") }
        if batchSize < 1 { throw ValidationError("--batch-size must be at least 1; got \(batchSize)") }
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1; got \(jobs)") }
        if let date, Day(iso: date) == nil || date.count != 10 {
            throw ValidationError("--date '\(date)' is not a YYYY-MM-DD date")
        }
        if let lang, !Lexicon.languages.contains(lang) {
            throw ValidationError("--lang must be one of \(Lexicon.languages.joined(separator: ", ")); got '\(lang)'")
        }
    }

    func run() throws {
        let store = try options.openStore(forWriting: true)
        let reader = ArticleReader(overrides: .init(date: date.flatMap { Day(iso: $0) }, language: lang, source: source, url: url))
        let summary: IngestSummary
        do {
            let ingestor = try Ingestor(store: store, batchSize: batchSize,
                                        workers: jobs ?? ProcessInfo.processInfo.activeProcessorCount, logger: options.logger)
            let progress = ProgressLine(paths: paths)
            defer { progress?.finish() }
            summary = try ingestor.ingest(paths, reader: reader, onIssue: { issue in
                progress?.clear()
                printError("parley: skipped \(issue)")
            }, onProgress: progress.map { line in { line.show($0) } })
        } catch let stopped as IngestStopped {
            printError("parley: ingest stopped: \(stopped.underlying)")
            printError("parley: the batch being written was rolled back; \(stopped.committed.added) article\(stopped.committed.added == 1 ? "" : "s") "
                       + "committed before it are intact; run the same ingest again to add the rest")
            throw ExitCode.storeFailure
        } catch {
            printError("parley: ingest stopped: \(error)")
            printError("parley: articles stored before this point are intact")
            throw ExitCode.storeFailure
        }
        print(summary.line)
        if !summary.issues.isEmpty { throw ExitCode.skippedInput }
    }
}
