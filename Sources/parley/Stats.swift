import ArgumentParser
import ParleyKit

struct Stats: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "What the database holds: articles, events, people, sources per event, languages, date ranges."
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

    @OptionGroup var options: GlobalOptions

    @Option(help: "Output format: text or json.")
    var format: Format = .text

    func run() throws {
        let store = try options.openStore()
        let stats = try runQuery { try store.stats() }
        print(format == .json ? try StatsReport.json(stats) : StatsReport.text(stats), terminator: "")
    }
}
