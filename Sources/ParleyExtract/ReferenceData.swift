import Foundation
import ParleyResources

/// Who is who and what is where: people with aliases and dated roles, office
/// phrases, extra country names and demonyms, venues, cities and regions.
///
/// Parsed from the TSV files of `seeds/` (embedded in the binary) or from a
/// user's file in the same format; the store keeps a copy in the database.
public struct ReferenceData: Sendable {
    public struct Person: Sendable, Hashable {
        public var key: String
        public var name: String
        public init(key: String, name: String) { self.key = key; self.name = name }
    }

    public struct Alias: Sendable, Hashable {
        public var person: String
        public var alias: String
        public var lang: String
        public init(person: String, alias: String, lang: String) { self.person = person; self.alias = alias; self.lang = lang }
    }

    public struct Role: Sendable, Hashable {
        public var person: String
        public var office: String
        public var country: String
        public var start: Day?
        public var end: Day?
        public init(person: String, office: String, country: String, start: Day?, end: Day?) {
            self.person = person; self.office = office; self.country = country; self.start = start; self.end = end
        }

        /// Whether the role was held on `day` (start inclusive, end exclusive).
        public func isHeld(on day: Day) -> Bool {
            if let start, day < start { return false }
            if let end, day >= end { return false }
            return true
        }
    }

    public struct OfficePhrase: Sendable, Hashable {
        public var office: String
        public var lang: String
        public var phrase: String
        public init(office: String, lang: String, phrase: String) { self.office = office; self.lang = lang; self.phrase = phrase }
    }

    public struct CountryName: Sendable, Hashable {
        public enum Kind: String, Sendable { case name, alias, demonym }
        public var country: String
        public var lang: String
        public var kind: Kind
        public var text: String
        public init(country: String, lang: String, kind: Kind, text: String) {
            self.country = country; self.lang = lang; self.kind = kind; self.text = text
        }
    }

    public struct Place: Sendable, Hashable {
        public enum Kind: String, Sendable { case venue, city, region }
        public var kind: Kind
        public var name: String
        public var city: String?
        public var country: String?
        public var population: Int?
        public var aliases: [String]
        public init(kind: Kind, name: String, city: String?, country: String?, population: Int?, aliases: [String]) {
            self.kind = kind; self.name = name; self.city = city; self.country = country; self.population = population; self.aliases = aliases
        }
    }

    public var people: [Person] = []
    public var aliases: [Alias] = []
    public var roles: [Role] = []
    public var offices: [OfficePhrase] = []
    public var countryNames: [CountryName] = []
    public var places: [Place] = []

    public init() {}

    /// English display names the seeds set over CLDR's: `name` rows in English ("China" for CLDR's
    /// "China mainland"), then the first English alias of a code CLDR does not know (EU, NATO, UN, ASEAN).
    public var englishCountryNameOverrides: [String: String] {
        var names: [String: String] = [:]
        for name in countryNames where name.kind == .name && name.lang == "en" {
            names[name.country] = names[name.country] ?? name.text
        }
        for name in countryNames where name.kind == .alias && name.lang == "en" && names[name.country] == nil
            && CLDRCountryName.english[name.country] == nil {
            names[name.country] = name.text
        }
        return names
    }

    /// The reference data built into this binary.
    public static let builtin: ReferenceData = {
        do {
            return try ReferenceData(files: EmbeddedFile.seeds.map { ($0.name, $0.text) })
        } catch {
            fatalError("built-in seeds are invalid: \(error)")
        }
    }()
}
