/// A date phrase found in a sentence, before it is resolved against the article's date.
public struct DateExpression: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        /// A full date: "29 Juni 2018", "(29/6/2018)", "June 29, 2018", "2018-06-29".
        case day(Day)
        /// A day and month without year: "29 Juni", "le 29 juin", "(13/9)".
        case dayMonth(day: Int, month: Int)
        /// A month and year: "Juli 2023".
        case monthYear(year: Int, month: Int)
        /// A month alone after a preposition: "pada akhir Juli", "in July", "en julio".
        case month(Int)
        /// A month with a word saying which way from the article: "Oktober mendatang" (forward), "Juni lalu" (back).
        case monthToward(Int, forward: Bool)
        /// A year after a preposition: "pada 2019", "in 2019".
        case year(Int)
        /// A weekday, 1 = Sunday … 7 = Saturday.
        case weekday(Int)
        /// A weekday with a word saying which way: "next Wednesday", "Rabu depan" (forward, 1–7 days ahead),
        /// "mercredi dernier", "letzten Mittwoch" (back, 1–7 days before).
        case weekdayToward(Int, forward: Bool)
        /// Days from the article date: "kemarin" = -1.
        case relativeDays(Int)
        /// Days from the article date, known only to the month: "pekan lalu" = -7.
        case relativeWeek(Int)
        /// Months from the article date: "bulan lalu" = -1.
        case relativeMonths(Int)
        /// Years from the article's year, with the month and day written before it when there are:
        /// "tahun lalu" = -1, "in November last year" = month 11 of the year before, "le 3 mars de l'an prochain".
        case relativeYears(Int, month: Int?, day: Int?)
    }

    public let kind: Kind
    public let range: Range<Int>

    /// Whether this names a day without needing the article's date.
    public var isExplicitDay: Bool {
        if case .day = kind { return true }
        return false
    }

    /// The year it names outright, if any.
    var year: Int? {
        switch kind {
        case .day(let day): day.year
        case .monthYear(let year, _), .year(let year): year
        default: nil
        }
    }

    /// How strongly it pins a day: explicit dates first, then day-month, weekdays and relative days, then months and years.
    var rank: Int {
        switch kind {
        case .day: 5
        case .dayMonth: 4
        case .weekday, .weekdayToward, .relativeDays: 3
        case .relativeYears(_, let month, let day): day != nil ? 4 : month != nil ? 2 : 1
        case .monthYear, .month, .monthToward, .relativeWeek, .relativeMonths: 2
        case .year: 1
        }
    }

    /// Resolves against the article date. Weekdays go back to the most recent
    /// such day on or before it, or forward when the event is planned; a
    /// year-less date takes the article's year (the year before when that
    /// would put an occurred event well after the article).
    public func resolve(articleDate: Day?, planned: Bool) -> PartialDate? {
        switch kind {
        case .day(let day):
            return PartialDate(day)
        case .dayMonth(let day, let month):
            guard let articleDate else { return nil }
            guard var date = Day(year: articleDate.year, month: month, day: day) else { return nil }
            if !planned, date.ordinal > articleDate.ordinal + 31, let earlier = Day(year: articleDate.year - 1, month: month, day: day) {
                date = earlier
            } else if planned, date.ordinal < articleDate.ordinal - 31, let later = Day(year: articleDate.year + 1, month: month, day: day) {
                date = later
            }
            return PartialDate(date)
        case .monthYear(let year, let month):
            return PartialDate(year: year, month: month)
        case .month(let month):
            // The most recent such month (this one included), or the next one for a planned event.
            guard let articleDate else { return nil }
            var year = articleDate.year
            if !planned, month > articleDate.month { year -= 1 }
            if planned, month < articleDate.month { year += 1 }
            return PartialDate(year: year, month: month)
        case .monthToward(let month, let forward):
            return DateExpression(kind: .month(month), range: range).resolve(articleDate: articleDate, planned: forward)
        case .year(let year):
            return PartialDate(year: year)
        case .weekday(let weekday):
            guard let articleDate else { return nil }
            let delta = (weekday - articleDate.weekday + 7) % 7
            return PartialDate(planned ? articleDate.adding(days: delta) : articleDate.adding(days: delta == 0 ? 0 : delta - 7))
        case .weekdayToward(let weekday, let forward):
            guard let articleDate else { return nil }
            let ahead = (weekday - articleDate.weekday + 7) % 7
            let back = (articleDate.weekday - weekday + 7) % 7
            return PartialDate(forward ? articleDate.adding(days: ahead == 0 ? 7 : ahead) : articleDate.adding(days: back == 0 ? -7 : -back))
        case .relativeDays(let days):
            guard let articleDate else { return nil }
            return PartialDate(articleDate.adding(days: days))
        case .relativeWeek(let days):
            guard let articleDate else { return nil }
            let day = articleDate.adding(days: days)
            return PartialDate(year: day.year, month: day.month)
        case .relativeMonths(let months):
            guard let articleDate else { return nil }
            let total = articleDate.year * 12 + (articleDate.month - 1) + months
            return PartialDate(year: total / 12, month: total % 12 + 1)
        case .relativeYears(let years, let month, let day):
            guard let articleDate else { return nil }
            let year = articleDate.year + years
            guard let month else { return PartialDate(year: year) }
            guard let day else { return PartialDate(year: year, month: month) }
            return Day(year: year, month: month, day: day).map(PartialDate.init)
        }
    }
}
