import ArgumentParser
import ParleyExtract
import ParleyStore

/// The filters shared by `meetings` and `export`.
struct FilterOptions: ParsableArguments {
    @Option(help: "With --and: meetings between these two people (any name or alias).")
    var between: String?

    @Option(name: .customLong("and"), help: "The second person for --between.")
    var and: String?

    @Option(help: "Meetings this person took part in.")
    var leader: String?

    @Option(help: "Meetings with a participant from this country (any name in any language, or its code).")
    var country: String?

    @Option(help: "Earliest date, YYYY-MM-DD (or YYYY-MM, YYYY).")
    var from: String?

    @Option(help: "Latest date, YYYY-MM-DD (or YYYY-MM, YYYY).")
    var to: String?

    @Option(help: "occurred, planned, cancelled or any.")
    var status: String = "occurred"

    func validate() throws {
        if (between == nil) != (and == nil) {
            throw ValidationError("--between and --and go together: --between NAME --and NAME")
        }
        for (name, value) in [("--from", from), ("--to", to)] {
            if let value, PartialDate(value) == nil {
                throw ValidationError("\(name) '\(value)' is not a date: use YYYY-MM-DD, YYYY-MM or YYYY")
            }
        }
        guard ["occurred", "planned", "cancelled", "any"].contains(status) else {
            throw ValidationError("--status must be occurred, planned, cancelled or any; got '\(status)'")
        }
    }

    var filter: EventFilter {
        var filter = EventFilter()
        if let between, let and { filter.between = (between, and) }
        filter.leader = leader
        filter.country = country
        filter.from = from
        filter.to = to.map { value in
            // A month or year as upper bound means its last day.
            switch PartialDate(value)?.precision {
            case .year: "\(value)-12-31"
            case .month: "\(value)-31"
            default: value
            }
        }
        filter.status = status == "any" ? nil : status
        return filter
    }
}
