import ArgumentParser
import ParleyExtract
import ParleyStore

/// The filters shared by `meetings` and `export`.
struct FilterOptions: ParsableArguments {
    @Option(help: "With --and: meetings between these two people (any name or alias, or role phrases as for --leader).")
    var between: String?

    @Option(name: .customLong("and"), help: "The second person for --between.")
    var and: String?

    @Option(help: ArgumentHelp(
        "Meetings this person took part in: a name or alias, or a role phrase resolved on each meeting's date.",
        discussion: "A role phrase is an office and a country in any language the seeds know: \"president of Indonesia\", \"Presiden Indonesia\", \"Russian president\". A meeting matches when the article gave that participant the role, or when exactly one person held it on the meeting's date.",
        valueName: "name-or-role"))
    var leader: String?

    @Option(help: "Meetings with a participant from this country (any name in any language, or its code: Rusia, Russia, RU).")
    var country: String?

    @Option(help: "Meetings held at this venue, in this city or in this country (any name or alias, any case or accents).")
    var place: String?

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
        filter.place = place
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
