import ArgumentParser
import ParleyKit

struct Show: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Show one event with every article that reported it.",
        discussion: """
            Prints the event (type, status, date, place, participants with their role on the date) and each \
            source: title, publication date, language, outlet, the status that article gave, url, the file it \
            was read from and the evidence sentence. Exit code 3 when there is no event with that id.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

    @OptionGroup var options: GlobalOptions

    @Argument(help: "The event id (the ID column of parley meetings, event_id of the exports).")
    var id: Int

    @Option(help: "Output format: text or json.")
    var format: Format = .text

    func run() throws {
        let store = try options.openStore()
        guard let detail = try runQuery({ try store.event(id: id) }) else {
            printError("parley: no event with id \(id) in \(options.databasePath) (parley meetings --status any lists them)")
            throw ExitCode.notFound
        }
        print(format == .json ? try EventDetailReport.json(detail) : EventDetailReport.text(detail), terminator: "")
    }
}
