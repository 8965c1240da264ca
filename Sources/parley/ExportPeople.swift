import ArgumentParser
import ParleyKit

extension Export {
    struct People: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Who is who: the people of the selected meetings with their current or last role.",
            discussion: """
                office, country and role_start/role_end are the current role (role_end empty), else the one that \
                ended last; roles and aliases count what is on record; meetings, first_meeting and last_meeting \
                cover the selected events. source is seed (built in), user (parley seed) or article (first met in \
                an article). Most meetings first.

                CSV columns: \(PeopleReport.columns.joined(separator: ","))
                """
        )

        @OptionGroup var options: GlobalOptions
        @OptionGroup var filters: FilterOptions
        @OptionGroup var output: ReportOutput

        @Flag(help: "Everyone on record, also people without a selected meeting (meetings 0).")
        var all = false

        func run() throws {
            let store = try options.openStore()
            let rows = try runQuery { try store.peopleReport(filters.filter, everyone: all) }
            try output.write(csv: { PeopleReport.csv(rows) }, json: { try PeopleReport.json(rows) })
        }
    }
}
