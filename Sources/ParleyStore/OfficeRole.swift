/// An office of a country, such as the president of Indonesia: what a role
/// phrase ("president of Indonesia", "Presiden Indonesia") names.
public struct OfficeRole: Sendable, Hashable {
    /// The office key of `seeds/offices.tsv` (`president`, `prime_minister`, …).
    public let office: String
    /// ISO 3166-1 alpha-2 code (or UN, EU, NATO, ASEAN).
    public let country: String

    public init(office: String, country: String) {
        self.office = office
        self.country = country
    }
}
