import ArgumentParser
import ParleyKit

extension Export {
    struct Timeline: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "One person's meetings in date order (--leader NAME is required).",
            discussion: """
                leader is the participant --leader names (a name, an alias, or a role phrase such as \
                "president of Indonesia", resolved on each event's date); leader_office and leader_country are \
                their role in that event; with and with_countries are the other participants. Lists are joined \
                with "; " (JSON: arrays). Oldest first; undated events last.

                CSV columns: \(TimelineReport.columns.joined(separator: ","))
                """
        )

        @OptionGroup var options: GlobalOptions
        @OptionGroup var filters: FilterOptions
        @OptionGroup var output: ReportOutput

        func validate() throws {
            if filters.leader == nil { throw ValidationError("export timeline needs --leader NAME (a name, an alias or a role phrase)") }
        }

        func run() throws {
            let store = try options.openStore()
            guard let leader = filters.leader else { return }
            let rows = try runQuery { try store.timeline(of: leader, filters.filter) }
            try output.write(csv: { TimelineReport.csv(rows) }, json: { try TimelineReport.json(rows) })
        }
    }
}
