import ParleyExtract

extension Store {
    /// The office and country a role phrase names ("president of Indonesia",
    /// "Presiden Indonesia"), read with the office phrases and country names
    /// held in this database; nil when `phrase` is not a role phrase.
    public func role(named phrase: String) throws -> OfficeRole? {
        var reference = ReferenceData()
        reference.offices = try database.cachedStatement("SELECT office, lang, phrase FROM offices").rows {
            ReferenceData.OfficePhrase(office: $0.string(0), lang: $0.string(1), phrase: $0.string(2))
        }
        // CLDR's names the gazetteer adds itself; these are the seeds' and users' own.
        try database.cachedStatement("SELECT country, lang, kind, text FROM country_names WHERE source <> 'cldr'").forEachRow { row in
            if let kind = ReferenceData.CountryName.Kind(rawValue: row.string(2)) {
                reference.countryNames.append(.init(country: row.string(0), lang: row.string(1), kind: kind, text: row.string(3)))
            }
        }
        return Gazetteer(reference: reference).rolePhrase(phrase)
    }
}
