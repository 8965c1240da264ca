import ParleyExtract

/// One real-world meeting or call of the benchmark's world: two leaders in
/// office on the day and, for a meeting, the host country's city and venue.
struct Meeting {
    let a: CorpusCatalog.Term
    let b: CorpusCatalog.Term
    let day: Day
    let call: Bool
    /// The host country's code, nil for a call.
    let host: String?
    let city: String?
    let venue: (name: String, localName: String)?

    /// The pair whatever its order, e.g. "joko-widodo+xi-jinping".
    var pairKey: String { [a.key, b.key].sorted().joined(separator: "+") }

    /// The template placeholders this meeting fills in `lang` (see Benchmarks/corpus-templates.tsv):
    /// both leaders' names, offices and countries, the city and place, and the date in each written form.
    func placeholders(lang: String, catalog: CorpusCatalog) -> [String: String] {
        let weekdays = catalog.weekdays[lang] ?? []
        let months = catalog.months[lang] ?? []
        let city = self.city ?? catalog.country(a.country, lang: lang)
        return [
            "A": a.name, "B": b.name, "A_S": a.short, "B_S": b.short,
            "A_OFF": catalog.office(a.office, lang: lang), "B_OFF": catalog.office(b.office, lang: lang),
            "A_CTRY": catalog.country(a.country, lang: lang), "B_CTRY": catalog.country(b.country, lang: lang),
            "CITY": city, "CITY_UP": city.uppercased(),
            "PLACE": venue.map { "\(lang == "id" ? $0.localName : $0.name), \(city)" } ?? city,
            "D_PAREN": "\(weekdays[day.weekday - 1]) (\(day.day)/\(day.month)/\(day.year))",
            "D_LONG": "\(day.day) \(months[day.month - 1]) \(day.year)",
            "D_MDY": "\(months[day.month - 1]) \(day.day), \(day.year)",
            "D_WD": weekdays[day.weekday - 1],
            "YEAR": String(day.year),
        ]
    }

    /// The placeholders of this meeting mentioned in passing by an article about another one
    /// (`O_A`, `O_B`, their offices, `O_CITY` and `O_DATE`).
    func passingPlaceholders(lang: String, catalog: CorpusCatalog) -> [String: String] {
        let months = catalog.months[lang] ?? []
        return [
            "O_A": a.name, "O_B": b.name,
            "O_A_OFF": catalog.office(a.office, lang: lang), "O_B_OFF": catalog.office(b.office, lang: lang),
            "O_CITY": city ?? catalog.country(a.country, lang: lang),
            "O_DATE": lang == "id" ? "\(day.day) \(months[day.month - 1]) \(day.year)" : "\(months[day.month - 1]) \(day.day), \(day.year)",
        ]
    }
}
