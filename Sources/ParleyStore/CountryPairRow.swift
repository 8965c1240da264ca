/// How many times two countries' representatives met in one year: a row of `parley export countries`.
public struct CountryPairRow: Sendable, Equatable {
    /// Calendar year of the events.
    public let year: String
    /// ISO codes and English names, `countryA` first in alphabetical order of name.
    public let countryCodeA: String
    public let countryA: String
    public let countryCodeB: String
    public let countryB: String
    public let meetings: Int
    public let calls: Int
    public let firstDate: String
    public let lastDate: String
}
