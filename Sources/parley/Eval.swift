import ArgumentParser
import ParleyKit

struct Eval: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Score the extractor on annotated articles (the EVAL-FORMAT gold format).",
        discussion: "Prints precision, recall, F1 and date, place, status and type accuracy per language and overall."
    )

    @Argument(help: "Gold .jsonl files; article texts are read relative to each.")
    var gold: [String]

    @Flag(name: .shortAndLong, help: "List every miss, false positive and wrong field.")
    var verbose = false

    func validate() throws {
        if gold.isEmpty { throw ValidationError("give at least one gold .jsonl file") }
    }

    func run() throws {
        var articles: [GoldArticle] = []
        for path in gold {
            do {
                articles += try GoldArticle.load(path)
            } catch {
                printError("parley: \(error)")
                throw ExitCode.skippedInput
            }
        }
        let report = try Evaluation().run(articles)
        if verbose {
            for note in report.notes { print(note) }
            print("")
        }
        print(report.table, terminator: "")
    }
}
