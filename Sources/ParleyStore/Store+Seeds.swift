import Foundation
import ParleyExtract
import ParleyResources

extension Store {
    /// A digest of the embedded seed files (FNV-1a, 64 bits): when it differs
    /// from the one recorded in `parley_meta`, the seeds are reloaded.
    static let builtinSeedDigest: String = {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for file in EmbeddedFile.seeds {
            for byte in file.name.utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
            for byte in file.text.utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        }
        return String(hash, radix: 16)
    }()

    func loadBuiltinSeedsIfNeeded() throws {
        let recorded = try database.scalarString("SELECT value FROM parley_meta WHERE key = 'seeds_digest'")
        guard recorded != Self.builtinSeedDigest else { return }
        try database.inTransaction {
            // Another process may have loaded them while we waited.
            let again = try database.scalarString("SELECT value FROM parley_meta WHERE key = 'seeds_digest'")
            guard again != Self.builtinSeedDigest else { return }
            for table in ["aliases", "roles", "offices", "country_names", "places"] {
                try database.execute("DELETE FROM \(table) WHERE source IN ('seed', 'cldr')")
            }
            try loadCountries()
            _ = try load(ReferenceData.builtin, source: "seed")
            try nameCountriesAsTheSeedsSay()
            try database.execute("INSERT OR REPLACE INTO parley_meta(key, value) VALUES ('seeds_digest', ?)", [Self.builtinSeedDigest])
        }
        logger.debug("loaded built-in reference data", metadata: ["digest": "\(Self.builtinSeedDigest)"])
    }

    /// Countries and their names in each language, from CLDR.
    private func loadCountries() throws {
        let insertCountry = try database.cachedStatement("INSERT INTO countries(code, name) VALUES (?, ?) ON CONFLICT(code) DO UPDATE SET name = excluded.name")
        let insertName = try database.cachedStatement("INSERT OR IGNORE INTO country_names(country, lang, kind, text, folded, source) VALUES (?, ?, 'name', ?, ?, 'cldr')")
        for (code, name) in CLDRCountryName.english.sorted(by: { $0.key < $1.key }) {
            try insertCountry.execute([code, name])
        }
        for name in CLDRCountryName.all where CLDRCountryName.english[name.code] != nil {
            try insertName.execute([name.code, name.lang, name.text, TextFolding.fold(name.text)])
        }
    }

    /// The seeds' English names win over CLDR's and name the organisations (UN, EU, NATO, ASEAN).
    private func nameCountriesAsTheSeedsSay() throws {
        let rename = try database.cachedStatement("INSERT INTO countries(code, name) VALUES (?, ?) ON CONFLICT(code) DO UPDATE SET name = excluded.name")
        for (code, name) in ReferenceData.builtin.englishCountryNameOverrides.sorted(by: { $0.key < $1.key }) {
            try rename.execute([code, name])
        }
    }

    /// What loading reference data changed.
    public struct SeedReport: Sendable, Equatable {
        public var peopleAdded = 0
        public var peopleRenamed = 0
        public var aliasesAdded = 0
        public var rolesAdded = 0
        public var placesAdded = 0
    }

    /// Writes reference data with the given `source` tag; people are matched by key.
    func load(_ data: ReferenceData, source: String) throws -> SeedReport {
        var report = SeedReport()
        let findPerson = try database.cachedStatement("SELECT id, name FROM people WHERE key = ?")
        let insertPerson = try database.cachedStatement("INSERT INTO people(key, name, folded, source) VALUES (?, ?, ?, ?)")
        let renamePerson = try database.cachedStatement("UPDATE people SET name = ?, folded = ? WHERE id = ?")
        var ids: [String: Int] = [:]
        for person in data.people {
            if let (id, name) = try findPerson.firstRow([person.key], { ($0.int(0), $0.string(1)) }) {
                ids[person.key] = id
                if name != person.name {
                    try renamePerson.execute([person.name, TextFolding.fold(person.name), id])
                    report.peopleRenamed += 1
                }
            } else {
                try insertPerson.execute([person.key, person.name, TextFolding.fold(person.name), source])
                ids[person.key] = Int(database.lastInsertedRowID)
                report.peopleAdded += 1
            }
        }
        func id(_ key: String) throws -> Int? {
            if let id = ids[key] { return id }
            let found = try findPerson.firstRow([key]) { $0.int(0) }
            ids[key] = found
            return found
        }
        let insertAlias = try database.cachedStatement("INSERT OR IGNORE INTO aliases(person, alias, lang, folded, source) VALUES (?, ?, ?, ?, ?)")
        for alias in data.aliases {
            guard let person = try id(alias.person) else { continue }
            try insertAlias.execute([person, alias.alias, alias.lang, TextFolding.fold(alias.alias), source])
            report.aliasesAdded += database.changes
        }
        let insertRole = try database.cachedStatement("INSERT OR IGNORE INTO roles(person, office, country, start_date, end_date, source) VALUES (?, ?, ?, ?, ?, ?)")
        for role in data.roles {
            guard let person = try id(role.person) else { continue }
            try insertRole.execute([person, role.office, role.country, role.start?.description, role.end?.description, source])
            report.rolesAdded += database.changes
        }
        let insertOffice = try database.cachedStatement("INSERT OR IGNORE INTO offices(office, lang, phrase, source) VALUES (?, ?, ?, ?)")
        for office in data.offices {
            try insertOffice.execute([office.office, office.lang, office.phrase, source])
        }
        let insertName = try database.cachedStatement("INSERT OR IGNORE INTO country_names(country, lang, kind, text, folded, source) VALUES (?, ?, ?, ?, ?, ?)")
        let ensureCountry = try database.cachedStatement("INSERT OR IGNORE INTO countries(code, name) VALUES (?, ?)")
        for name in data.countryNames {
            try ensureCountry.execute([name.country, name.text])
            try insertName.execute([name.country, name.lang, name.kind.rawValue, name.text, TextFolding.fold(name.text), source])
        }
        let insertPlace = try database.cachedStatement("INSERT OR IGNORE INTO places(kind, name, city, country, population, aliases, source) VALUES (?, ?, ?, ?, ?, ?, ?)")
        for place in data.places {
            try insertPlace.execute([place.kind.rawValue, place.name, place.city, place.country, place.population, place.aliases.joined(separator: "|"), source])
            report.placesAdded += database.changes
        }
        return report
    }

    /// The reference data held in the database: the built-in seeds, what users
    /// added, and people first met in articles.
    public func referenceData() throws -> ReferenceData {
        var data = ReferenceData()
        var keys: [Int: String] = [:]
        try database.makeStatement("SELECT id, key, name FROM people ORDER BY id").forEachRow { row in
            keys[row.int(0)] = row.string(1)
            data.people.append(.init(key: row.string(1), name: row.string(2)))
        }
        try database.makeStatement("SELECT person, alias, lang FROM aliases").forEachRow { row in
            if let key = keys[row.int(0)] { data.aliases.append(.init(person: key, alias: row.string(1), lang: row.string(2))) }
        }
        try database.makeStatement("SELECT person, office, country, start_date, end_date FROM roles ORDER BY person, start_date").forEachRow { row in
            if let key = keys[row.int(0)] {
                data.roles.append(.init(person: key, office: row.string(1), country: row.string(2),
                                        start: row.optionalString(3).flatMap { Day(iso: $0) }, end: row.optionalString(4).flatMap { Day(iso: $0) }))
            }
        }
        try database.makeStatement("SELECT office, lang, phrase FROM offices").forEachRow { row in
            data.offices.append(.init(office: row.string(0), lang: row.string(1), phrase: row.string(2)))
        }
        try database.makeStatement("SELECT country, lang, kind, text FROM country_names WHERE source <> 'cldr'").forEachRow { row in
            if let kind = ReferenceData.CountryName.Kind(rawValue: row.string(2)) {
                data.countryNames.append(.init(country: row.string(0), lang: row.string(1), kind: kind, text: row.string(3)))
            }
        }
        try database.makeStatement("SELECT kind, name, city, country, population, aliases FROM places ORDER BY id").forEachRow { row in
            if let kind = ReferenceData.Place.Kind(rawValue: row.string(0)) {
                let aliases = row.string(5).split(separator: "|").map(String.init)
                data.places.append(.init(kind: kind, name: row.string(1), city: row.optionalString(2), country: row.optionalString(3),
                                         population: row.optionalInt(4), aliases: aliases))
            }
        }
        return data
    }
}
