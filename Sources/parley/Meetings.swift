import ArgumentParser
import ParleyKit
import ParleyStore

struct Meetings: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List meetings, newest first.",
        discussion: "Names match canonical names and aliases in any case, with or without accents (\"putin\", \"Путин\")."
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case table, csv, json }

    @OptionGroup var options: GlobalOptions
    @OptionGroup var filters: FilterOptions

    @Option(help: "Output format: table, csv or json.")
    var format: Format = .table

    func run() throws {
        let store = try options.openStore()
        let rows = try runQuery { try store.events(filters.filter) }
        switch format {
        case .csv: print(EventReport.csv(rows), terminator: "")
        case .json: print(try EventReport.json(rows), terminator: "")
        case .table:
            if rows.isEmpty {
                print(noneMessage(store))
            } else {
                print(EventReport.table(rows), terminator: "")
            }
        }
    }

    private func noneMessage(_ store: Store) -> String {
        var text = "No meetings found"
        if let between = filters.between, let and = filters.and {
            let a = (try? store.people(named: between).first?.name) ?? between
            let b = (try? store.people(named: and).first?.name) ?? and
            text += " between \(a) and \(b)"
        } else if let leader = filters.leader {
            text += " with \((try? store.people(named: leader).first?.name) ?? leader)"
        }
        if let place = filters.place { text += " at \(place)" }
        if filters.status != "any" { text += " (status \(filters.status); --status any shows all)" }
        return text + "."
    }
}
