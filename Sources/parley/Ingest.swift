import ArgumentParser
import ParleyExtract
import ParleyKit

struct Ingest: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Read articles and store the meetings they report.",
        discussion: """
            PATH is a file, a folder (read recursively) or - for standard input.
            .txt/.md: one article, title on the first line. .jsonl/.ndjson: one JSON object per line
            with "text" and optional "title", "url", "source", "date" (YYYY-MM-DD or ISO 8601), "lang".
            Re-ingesting the same text adds nothing. Each article is stored with all its events, or not at all.
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

    @Argument(help: "Files, folders, or - for standard input.")
    var paths: [String]

    func validate() throws {
        if paths.isEmpty { throw ValidationError("give at least one file, folder or -") }
        if let date, Day(iso: date) == nil || date.count != 10 {
            throw ValidationError("--date '\(date)' is not a YYYY-MM-DD date")
        }
        if let lang, !Lexicon.languages.contains(lang) {
            throw ValidationError("--lang must be one of \(Lexicon.languages.joined(separator: ", ")); got '\(lang)'")
        }
    }

    func run() throws {
        let store = try options.openStore()
        let reader = ArticleReader(overrides: .init(date: date.flatMap { Day(iso: $0) }, language: lang, source: source, url: url))
        let summary: IngestSummary
        do {
            let ingestor = try Ingestor(store: store, logger: options.logger)
            summary = try ingestor.ingest(paths, reader: reader) { issue in
                printError("parley: skipped \(issue)")
            }
        } catch {
            printError("parley: ingest stopped: \(error)")
            printError("parley: articles stored before this point are intact")
            throw ExitCode.storeFailure
        }
        print(summary.line)
        if !summary.issues.isEmpty { throw ExitCode.skippedInput }
    }
}
