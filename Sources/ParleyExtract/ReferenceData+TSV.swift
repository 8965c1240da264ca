extension ReferenceData {
    /// The seed files this type reads, by name, with their columns.
    public static let fileColumns: [String: [String]] = [
        "people.tsv": ["id", "name"],
        "aliases.tsv": ["person", "alias", "lang"],
        "roles.tsv": ["person", "office", "country", "start", "end"],
        "offices.tsv": ["office", "lang", "phrase"],
        "countries.tsv": ["country", "lang", "kind", "text"],
        "venues.tsv": ["name", "city", "country", "aliases"],
        "cities.tsv": ["name", "country", "population", "aliases"],
        "regions.tsv": ["name", "country", "aliases"],
    ]

    /// Parses seed files by name; files of other names (e.g. `lexicon.tsv`) are
    /// ignored. Checks that aliases and roles name known people and that dates
    /// are valid, reporting the file and line of the first problem.
    public init(files: [(name: String, text: String)], knownPeople: Set<String> = []) throws(ReferenceDataError) {
        self.init()
        var tables: [String: TSVTable] = [:]
        for (name, text) in files {
            let base = name.split(separator: "/").last.map(String.init) ?? name
            guard let columns = Self.fileColumns[base] else { continue }
            tables[base] = try TSVTable(file: name, text: text, columns: columns)
        }
        if let table = tables["people.tsv"] {
            for record in table.records {
                guard !record[0].isEmpty, !record[1].isEmpty else {
                    throw ReferenceDataError(file: table.file, line: record.line, reason: "id and name are required")
                }
                people.append(Person(key: record[0], name: record[1]))
            }
        }
        let keys = knownPeople.union(people.map(\.key))
        func requirePerson(_ key: String, _ table: TSVTable, _ record: TSVTable.Record) throws(ReferenceDataError) {
            guard keys.contains(key) else {
                throw ReferenceDataError(file: table.file, line: record.line, reason: "unknown person '\(key)'")
            }
        }
        if let table = tables["aliases.tsv"] {
            for record in table.records {
                try requirePerson(record[0], table, record)
                guard !record[1].isEmpty else { throw ReferenceDataError(file: table.file, line: record.line, reason: "empty alias") }
                aliases.append(Alias(person: record[0], alias: record[1], lang: record[2].isEmpty ? "*" : record[2]))
            }
        }
        if let table = tables["roles.tsv"] {
            for record in table.records {
                try requirePerson(record[0], table, record)
                guard !record[1].isEmpty, !record[2].isEmpty else {
                    throw ReferenceDataError(file: table.file, line: record.line, reason: "office and country are required")
                }
                func day(_ text: String, _ column: String) throws(ReferenceDataError) -> Day? {
                    if text.isEmpty { return nil }
                    guard let day = Day(iso: text), text.count == 10 else {
                        throw ReferenceDataError(file: table.file, line: record.line, reason: "\(column) '\(text)' is not a YYYY-MM-DD date")
                    }
                    return day
                }
                let start = try day(record[3], "start")
                let end = try day(record[4], "end")
                if let start, let end, end < start {
                    throw ReferenceDataError(file: table.file, line: record.line, reason: "end \(end) is before start \(start)")
                }
                roles.append(Role(person: record[0], office: record[1], country: record[2].uppercased(), start: start, end: end))
            }
        }
        if let table = tables["offices.tsv"] {
            for record in table.records where !record[2].isEmpty {
                offices.append(OfficePhrase(office: record[0], lang: record[1], phrase: record[2]))
            }
        }
        if let table = tables["countries.tsv"] {
            for record in table.records where !record[3].isEmpty {
                guard let kind = CountryName.Kind(rawValue: record[2]) else {
                    throw ReferenceDataError(file: table.file, line: record.line, reason: "kind must be name, alias or demonym, found '\(record[2])'")
                }
                countryNames.append(CountryName(country: record[0].uppercased(), lang: record[1], kind: kind, text: record[3]))
            }
        }
        func split(_ aliases: String) -> [String] {
            aliases.split(separator: "|").map { String($0).trimmingSpaces }.filter { !$0.isEmpty }
        }
        if let table = tables["venues.tsv"] {
            for record in table.records where !record[0].isEmpty {
                places.append(Place(kind: .venue, name: record[0], city: record[1].isEmpty ? nil : record[1],
                                    country: record[2].isEmpty ? nil : record[2].uppercased(), population: nil, aliases: split(record[3])))
            }
        }
        if let table = tables["cities.tsv"] {
            for record in table.records where !record[0].isEmpty {
                places.append(Place(kind: .city, name: record[0], city: record[0], country: record[1].uppercased(),
                                    population: Int(record[2]), aliases: split(record[3])))
            }
        }
        if let table = tables["regions.tsv"] {
            for record in table.records where !record[0].isEmpty {
                places.append(Place(kind: .region, name: record[0], city: nil, country: record[1].uppercased(),
                                    population: nil, aliases: split(record[2])))
            }
        }
    }
}
