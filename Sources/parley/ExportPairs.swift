import ArgumentParser
import ParleyKit

extension Export {
    struct Pairs: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "One row per pair of people who met: both names and countries, how often, when, where.",
            discussion: """
                meetings and calls count the selected events both took part in; first_date and last_date are their \
                earliest and latest dates; places and event_ids are lists joined with "; " (JSON: arrays). \
                A country is the one the person represented in their latest selected event. \
                Most events first. The filters select events; every pair of their participants is counted.

                CSV columns: \(PairReport.columns.joined(separator: ","))
                """
        )

        @OptionGroup var options: GlobalOptions
        @OptionGroup var filters: FilterOptions
        @OptionGroup var output: ReportOutput

        func run() throws {
            let store = try options.openStore()
            let rows = try runQuery { try store.pairs(filters.filter) }
            try output.write(csv: { PairReport.csv(rows) }, json: { try PairReport.json(rows) })
        }
    }
}
