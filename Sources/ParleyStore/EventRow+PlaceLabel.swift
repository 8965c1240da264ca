extension EventRow {
    /// Where the event took place as one line: "venue, city, country", without repeats or blanks.
    public var placeLabel: String { Self.placeLabel(place, city, country) }

    static func placeLabel(_ place: String?, _ city: String?, _ country: String?) -> String {
        var parts: [String] = []
        for part in [place, city, country] {
            if let part, !part.isEmpty, !parts.contains(part) { parts.append(part) }
        }
        return parts.joined(separator: ", ")
    }
}
