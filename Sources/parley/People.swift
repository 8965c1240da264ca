import ArgumentParser
import ParleyKit

struct People: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Show the people a name matches, with their aliases and dated roles.",
        discussion: """
            NAME matches canonical names and aliases in any case, with or without accents; when none does, \
            people whose name contains all its words. Exit code 3 when it matches no one.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

    @OptionGroup var options: GlobalOptions

    @Argument(help: "A name or alias (\"jokowi\", \"Путин\", \"Kishida\").")
    var name: String

    @Option(help: "Output format: text or json.")
    var format: Format = .text

    func run() throws {
        let store = try options.openStore()
        let profiles = try runQuery { try store.profiles(named: name) }
        if profiles.isEmpty {
            printError("parley: no person known as '\(name)'")
            throw ExitCode.notFound
        }
        print(format == .json ? try PersonProfileReport.json(profiles) : PersonProfileReport.text(profiles), terminator: "")
    }
}
