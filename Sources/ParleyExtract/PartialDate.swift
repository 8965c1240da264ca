/// A date known to the day, the month or only the year.
public struct PartialDate: Hashable, Sendable, CustomStringConvertible {
    public enum Precision: String, Sendable, Comparable, CaseIterable {
        case year, month, day
        var rank: Int { switch self { case .year: 0; case .month: 1; case .day: 2 } }
        public static func < (lhs: Precision, rhs: Precision) -> Bool { lhs.rank < rhs.rank }
    }

    public let year: Int
    public let month: Int?
    public let day: Int?

    public var precision: Precision { day != nil ? .day : month != nil ? .month : .year }

    public init(_ day: Day) {
        self.year = day.year
        self.month = day.month
        self.day = day.day
    }

    public init(year: Int, month: Int? = nil) {
        self.year = year
        self.month = month
        self.day = nil
    }

    /// Parses `YYYY-MM-DD`, `YYYY-MM` or `YYYY`.
    public init?(_ text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard (1...3).contains(parts.count), parts[0].count == 4, let year = Int(parts[0]) else { return nil }
        if parts.count == 3 {
            guard let day = Day(iso: text) else { return nil }
            self.init(day)
        } else if parts.count == 2 {
            guard parts[1].count == 2, let month = Int(parts[1]), (1...12).contains(month) else { return nil }
            self.init(year: year, month: month)
        } else {
            self.init(year: year)
        }
    }

    /// The full day, when known.
    public var fullDay: Day? { day.flatMap { d in month.flatMap { Day(year: year, month: $0, day: d) } } }

    /// Whether `other` is the same date or a coarser or finer form of it.
    public func isCompatible(with other: PartialDate) -> Bool {
        guard year == other.year else { return false }
        guard let month, let otherMonth = other.month else { return true }
        guard month == otherMonth else { return false }
        guard let day, let otherDay = other.day else { return true }
        return day == otherDay
    }

    public var description: String {
        let y = String(year)
        guard let month else { return y }
        let m = month < 10 ? "0\(month)" : "\(month)"
        guard let day else { return "\(y)-\(m)" }
        return "\(y)-\(m)-\(day < 10 ? "0\(day)" : "\(day)")"
    }
}
