import ArgumentParser
import Foundation
import ParleyKit

struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write reports as CSV (RFC 4180) or JSON.",
        subcommands: [Events.self, Pairs.self, People.self, Timeline.self, Countries.self]
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case csv, json }

    struct Events: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "One row per event.",
            discussion: "CSV columns: \(EventReport.columns.joined(separator: ","))"
        )

        @OptionGroup var options: GlobalOptions
        @OptionGroup var filters: FilterOptions

        @Option(help: "Output format: csv or json.")
        var format: Format = .csv

        @Option(help: "Write to this file instead of standard output.")
        var out: String?

        func run() throws {
            let store = try options.openStore()
            let rows = try query(store, filters.filter)
            let text = format == .csv ? EventReport.csv(rows) : try EventReport.json(rows)
            try write(text, to: out)
        }
    }
}

/// Writes `text` to standard output, or atomically to `path`.
func write(_ text: String, to path: String?) throws {
    guard let path else {
        print(text, terminator: "")
        return
    }
    do {
        try Data(text.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
    } catch {
        printError("parley: cannot write \(path): \((error as NSError).localizedDescription)")
        throw ExitCode.storeFailure
    }
}
