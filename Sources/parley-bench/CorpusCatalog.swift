import Foundation
import ParleyExtract
import ParleyResources

/// The real-world material of the benchmark corpus, read from the built-in
/// seeds: leaders in office with their terms, cities and venues per country,
/// office phrases, and country, weekday and month names in each language.
struct CorpusCatalog {
    /// One term of office of a leader.
    struct Term {
        let key: String
        let name: String
        let short: String
        let office: String
        let country: String
        let start: Int  // day ordinal
        let end: Int
    }

    let terms: [Term]
    /// Largest cities first, per country code.
    let cities: [String: [String]]
    /// Venues per city name.
    let venues: [String: [(name: String, localName: String)]]
    /// Office phrase per language and office, e.g. ["id"]["prime_minister"] = "Perdana Menteri".
    let offices: [String: [String: String]]
    let languages = ["id", "en"]
    let weekdays: [String: [String]]
    let months: [String: [String]]
    /// People living in the country's cities of the seeds (cities.tsv), per country code: a measure of its size.
    let cityPopulation: [String: Int]
    /// Country names per language and code, read once from CLDR (a lookup costs more than the rest of a sentence).
    private let countryNames: [String: [String: String]]

    /// Offices whose holders meet their peers abroad.
    static let meetingOffices: Set<String> = ["president", "prime_minister", "foreign_minister", "chancellor"]

    init(from first: Day, to last: Day) throws {
        func table(_ name: String, _ columns: [String]) throws -> TSVTable {
            guard let file = EmbeddedFile.seed(named: name) else { throw BenchError("seed \(name) is not embedded") }
            return try TSVTable(file: name, text: file.text, columns: columns)
        }
        var names: [String: String] = [:]
        for record in try table("people.tsv", ["id", "name"]).records { names[record[0]] = record[1] }
        var shorts: [String: String] = [:]
        for record in try table("aliases.tsv", ["person", "alias", "lang"]).records where record[2] == "*" && shorts[record[0]] == nil {
            let alias = record[1]
            // A one-word Latin alias such as "Jokowi" or "Xi" reads as news writes a second mention.
            if !alias.contains(" "), alias.count >= 2, alias.count <= 12, alias.unicodeScalars.allSatisfy({ $0.isASCII && $0.properties.isAlphabetic }),
               alias != alias.uppercased() {
                shorts[record[0]] = alias
            }
        }
        var terms: [Term] = []
        for record in try table("roles.tsv", ["person", "office", "country", "start", "end"]).records {
            guard Self.meetingOffices.contains(record[1]), let name = names[record[0]] else { continue }
            let start = Day(iso: record[3])?.ordinal ?? Int.min
            let end = Day(iso: record[4])?.ordinal ?? Int.max
            guard start < last.ordinal, end > first.ordinal else { continue }
            let short = shorts[record[0]] ?? String(name.split(separator: " ").last ?? Substring(name))
            terms.append(Term(key: record[0], name: name, short: short, office: record[1], country: record[2],
                              start: max(start, first.ordinal), end: min(end, last.ordinal)))
        }
        self.terms = terms
        var byCountry: [String: [(String, Int)]] = [:]
        for record in try table("cities.tsv", ["name", "country", "population", "aliases"]).records {
            byCountry[record[1], default: []].append((record[0], Int(record[2]) ?? 0))
        }
        cities = byCountry.mapValues { Array($0.sorted { $0.1 > $1.1 }.prefix(3).map(\.0)) }
        cityPopulation = byCountry.mapValues { $0.reduce(0) { $0 + $1.1 } }
        var venues: [String: [(String, String)]] = [:]
        for record in try table("venues.tsv", ["name", "city", "country", "aliases"]).records where !record[0].contains("(") {
            let local = record[3].split(separator: "|").first.map(String.init) ?? record[0]
            venues[record[1], default: []].append((record[0], record[2] == "ID" ? local : record[0]))
        }
        self.venues = venues
        var offices: [String: [String: String]] = [:]
        for record in try table("offices.tsv", ["office", "lang", "phrase"]).records where offices[record[1]]?[record[0]] == nil {
            offices[record[1], default: [:]][record[0]] = record[2]
        }
        self.offices = offices
        var weekdays: [String: [String]] = [:]
        var months: [String: [String]] = [:]
        var countryNames: [String: [String: String]] = [:]
        let codes = Set(terms.map(\.country)).union(byCountry.keys)
        for lang in languages {
            let formatter = DateFormatter()
            formatter.locale = Locale(identifier: lang)
            weekdays[lang] = formatter.weekdaySymbols
            months[lang] = formatter.monthSymbols
            let locale = Locale(identifier: lang)
            for code in codes {
                // CLDR's English short name of CN is "China mainland"; news writes "China".
                countryNames[lang, default: [:]][code] = (locale.localizedString(forRegionCode: code) ?? code)
                    .replacingOccurrences(of: " mainland", with: "")
            }
        }
        self.weekdays = weekdays
        self.months = months
        self.countryNames = countryNames
    }

    /// The country's name in `lang` ("Jepang", "Japan").
    func country(_ code: String, lang: String) -> String {
        countryNames[lang]?[code] ?? code
    }

    /// The office phrase in `lang`, falling back to English.
    func office(_ office: String, lang: String) -> String {
        offices[lang]?[office] ?? offices["en"]?[office] ?? office
    }
}

/// A benchmark that cannot run, with the reason.
struct BenchError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
