import ArgumentParser
import ParleyKit

extension Export {
    struct Countries: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Meetings per pair of countries per year.",
            discussion: """
                Each selected dated event counts once for every pair of different countries its participants \
                represented (ISO codes and English names, country_a first by name); meetings and calls count it by \
                type. Undated events and participants of unknown country are left out. Oldest year first, then \
                most events.

                CSV columns: \(CountryReport.columns.joined(separator: ","))
                """
        )

        @OptionGroup var options: GlobalOptions
        @OptionGroup var filters: FilterOptions
        @OptionGroup var output: ReportOutput

        func run() throws {
            let store = try options.openStore()
            let rows = try runQuery { try store.countryPairs(filters.filter) }
            try output.write(csv: { CountryReport.csv(rows) }, json: { try CountryReport.json(rows) })
        }
    }
}
