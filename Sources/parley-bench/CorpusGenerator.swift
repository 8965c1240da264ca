import ParleyExtract

/// Generates the benchmark corpus: news articles (Indonesian and English,
/// 2–3 KB) about meetings and calls between leaders in office on the day,
/// in their countries' cities and venues. Each meeting is reported by one to
/// six outlets in different words, often with a mention of the pair's
/// previous meeting; one pair (Joko Widodo and Xi Jinping) meets often, most
/// pairs rarely, and a few articles are syndicated word for word.
///
/// The same seed always gives the same articles in the same order, so a
/// smaller corpus is a prefix of a larger one.
struct CorpusGenerator {
    /// One generated article, as a JSON lines record.
    struct Record {
        let url: String
        let source: String
        let date: Day
        let title: String
        let text: String

        /// The JSON object on one line, with a trailing newline.
        var jsonLine: String {
            "{\"url\":\(Self.quoted(url)),\"source\":\(Self.quoted(source)),\"date\":\"\(date)\",\"title\":\(Self.quoted(title)),\"text\":\(Self.quoted(text))}\n"
        }

        static func quoted(_ string: String) -> String {
            var out = "\""
            for scalar in string.unicodeScalars {
                switch scalar {
                case "\"": out += "\\\""
                case "\\": out += "\\\\"
                case "\n": out += "\\n"
                case "\t": out += "\\t"
                case _ where scalar.value < 0x20: out += "\\u00" + (scalar.value < 16 ? "0" : "") + String(scalar.value, radix: 16)
                default: out.unicodeScalars.append(scalar)
                }
            }
            return out + "\""
        }
    }

    private struct Meeting {
        let a: CorpusCatalog.Term
        let b: CorpusCatalog.Term
        let day: Day
        let call: Bool
        let city: String?
        let venue: (name: String, localName: String)?
    }

    private let catalog: CorpusCatalog
    private let templates: CorpusTemplates
    private var random: SplitMix64
    private let first: Day
    private let last: Day
    private var queue: [Record] = []
    private var lastMeeting: [String: (city: String, day: Day)] = [:]
    /// Recent meetings with a place, mentioned in passing by later articles.
    private var recent: [Meeting] = []
    private var previous: Record?
    private var serial = 0
    private let frequentPair: (CorpusCatalog.Term, CorpusCatalog.Term)?

    init(catalog: CorpusCatalog, templates: CorpusTemplates, seed: UInt64, from first: Day, to last: Day) {
        self.catalog = catalog
        self.templates = templates
        self.random = SplitMix64(seed: seed)
        self.first = first
        self.last = last
        let jokowi = catalog.terms.first { $0.key == "joko-widodo" && $0.office == "president" }
        let xi = catalog.terms.first { $0.key == "xi-jinping" && $0.office == "president" }
        frequentPair = jokowi.flatMap { a in xi.map { (a, $0) } }
    }

    /// The next article.
    mutating func next() -> Record {
        if queue.isEmpty { queue = reports(of: meeting()).reversed() }
        var record = queue.removeLast()
        // About one article in a hundred is another outlet running a story word for word.
        if let previous, random.chance(0.01) {
            queue.append(record)
            record = Record(url: "https://\(slug(random.pick(templates["*", "outlet"]))).example/syndicated/\(serial)",
                            source: previous.source, date: previous.date, title: previous.title, text: previous.text)
        }
        serial += 1
        previous = record
        return record
    }

    private mutating func term(activeOn day: Day, notFrom country: String?) -> CorpusCatalog.Term {
        while true {
            let term = random.pick(catalog.terms)
            if term.start <= day.ordinal, term.end >= day.ordinal, term.country != country { return term }
        }
    }

    private mutating func meeting() -> Meeting {
        var day = Day(ordinal: Int.random(in: first.ordinal...last.ordinal, using: &random))
        var a: CorpusCatalog.Term
        var b: CorpusCatalog.Term
        if let pair = frequentPair, random.chance(0.03) {
            (a, b) = random.chance(0.5) ? pair : (pair.1, pair.0)
            day = Day(ordinal: Int.random(in: max(a.start, b.start)...min(a.end, b.end), using: &random))
        } else {
            a = term(activeOn: day, notFrom: nil)
            b = term(activeOn: day, notFrom: a.country)
        }
        let call = random.chance(0.2)
        var city: String?
        var venue: (String, String)?
        if !call {
            let host = random.chance(0.7) ? a.country : b.country
            if let cities = catalog.cities[host], !cities.isEmpty {
                let chosen = cities[min(cities.count - 1, Int.random(in: 0..<4, using: &random) / 2)]
                city = chosen
                if let venues = catalog.venues[chosen], random.chance(0.5) { venue = random.pick(venues) }
            }
        }
        return Meeting(a: a, b: b, day: day, call: call, city: city, venue: venue)
    }

    private mutating func reports(of meeting: Meeting) -> [Record] {
        let pairKey = [meeting.a.key, meeting.b.key].sorted().joined(separator: "+")
        let earlier = lastMeeting[pairKey]
        if let city = meeting.city, earlier.map({ $0.day < meeting.day }) ?? true { lastMeeting[pairKey] = (city, meeting.day) }
        if meeting.city != nil {
            if recent.count >= 64 { recent.remove(at: Int.random(in: 0..<recent.count, using: &random)) }
            recent.append(meeting)
        }
        let count = Int.random(in: 1...6, using: &random)
        var outlets = templates["*", "outlet"].shuffled(using: &random)
        return (0..<count).map { index in
            let outlet = outlets.isEmpty ? "Newswire" : outlets.removeLast()
            let lang = random.chance(0.55) ? "id" : "en"
            return article(meeting, lang: lang, outlet: outlet, earlier: earlier.flatMap { $0.day < meeting.day ? $0 : nil }, index: index)
        }
    }

    private mutating func article(_ meeting: Meeting, lang: String, outlet: String,
                                  earlier: (city: String, day: Day)?, index: Int) -> Record {
        let published = meeting.day.adding(days: Int.random(in: 0...2, using: &random))
        let topics = templates[lang, "topic"].shuffled(using: &random)
        let reporter = "\(random.pick(templates["*", "first"])) \(random.pick(templates["*", "last"]))"
        let editor = "\(random.pick(templates["*", "first"])) \(random.pick(templates["*", "last"]))"
        let weekdays = catalog.weekdays[lang] ?? []
        let months = catalog.months[lang] ?? []
        let city = meeting.city ?? catalog.country(meeting.a.country, lang: lang)
        let d = meeting.day
        var values: [String: String] = [
            "A": meeting.a.name, "B": meeting.b.name, "A_S": meeting.a.short, "B_S": meeting.b.short,
            "A_OFF": catalog.office(meeting.a.office, lang: lang), "B_OFF": catalog.office(meeting.b.office, lang: lang),
            "A_CTRY": catalog.country(meeting.a.country, lang: lang), "B_CTRY": catalog.country(meeting.b.country, lang: lang),
            "CITY": city, "CITY_UP": city.uppercased(),
            "PLACE": meeting.venue.map { "\(lang == "id" ? $0.localName : $0.name), \(city)" } ?? city,
            "D_PAREN": "\(weekdays[d.weekday - 1]) (\(d.day)/\(d.month)/\(d.year))",
            "D_LONG": "\(d.day) \(months[d.month - 1]) \(d.year)",
            "D_MDY": "\(months[d.month - 1]) \(d.day), \(d.year)",
            "D_WD": weekdays[d.weekday - 1],
            "TOPIC": topics[0], "TOPIC2": topics[1], "YEAR": String(d.year),
            "OUTLET": outlet, "REPORTER": reporter, "EDITOR": editor,
        ]
        if let earlier {
            values["P_CITY"] = earlier.city
            values["P_MONTH"] = "\(months[earlier.day.month - 1]) \(earlier.day.year)"
        }
        func set(_ other: Meeting) {
            values["O_A"] = other.a.name
            values["O_B"] = other.b.name
            values["O_A_OFF"] = catalog.office(other.a.office, lang: lang)
            values["O_B_OFF"] = catalog.office(other.b.office, lang: lang)
            values["O_CITY"] = other.city ?? catalog.country(other.a.country, lang: lang)
            values["O_DATE"] = lang == "id" ? "\(other.day.day) \(months[other.day.month - 1]) \(other.day.year)"
                : "\(months[other.day.month - 1]) \(other.day.day), \(other.day.year)"
        }
        func fill(_ template: String) -> String {
            var out = ""
            var rest = Substring(template)
            while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
                out += rest[..<open]
                let name = String(rest[rest.index(after: open)..<close])
                out += name == "NUM" ? String(Int.random(in: 2...90, using: &random)) : values[name] ?? name
                rest = rest[rest.index(after: close)...]
            }
            out += rest
            // Sentences open with a capital even when a topic ("climate change") comes first.
            if let first = out.unicodeScalars.first, first.properties.isLowercase {
                out = first.properties.uppercaseMapping + out.unicodeScalars.dropFirst().map(String.init).joined()
            }
            return out
        }
        let kind = meeting.call ? "call" : "meet"
        let leads = templates[lang, "lead_\(kind)"]
        let title = fill(random.pick(templates[lang, "title_\(kind)"]))
        var text = ""
        if lang == "id" {
            let hour = Int.random(in: 6...22, using: &random)
            let minute = Int.random(in: 0...59, using: &random)
            text += "\(weekdays[published.weekday - 1]), \(published.day) \(months[published.month - 1]) \(published.year) | \(hour):\(minute < 10 ? "0" : "")\(minute) WIB\n"
            text += "Penulis: \(reporter) | Editor: \(editor)\n\n"
        } else {
            text += "\(months[published.month - 1]) \(published.day), \(published.year)\n"
            text += "By \(reporter)\n\n"
        }
        text += fill(random.pick(leads))
        let target = Int.random(in: 2000...2850, using: &random)
        var bodies = templates[lang, "body"].shuffled(using: &random)
        var quotes = templates[lang, "quote"].shuffled(using: &random)
        let prevAt = earlier != nil && random.chance(0.6) ? Int.random(in: 1...3, using: &random) : -1
        // Other recent meetings, mentioned in passing: most articles report two or three meetings.
        var others = (0..<(random.chance(0.7) ? Int.random(in: 1...2, using: &random) : 0)).compactMap { _ -> (Int, Meeting)? in
            guard !recent.isEmpty else { return nil }
            let other = random.pick(recent)
            guard other.day <= published, [other.a.key, other.b.key] != [meeting.a.key, meeting.b.key] else { return nil }
            return (Int.random(in: 1...5, using: &random), other)
        }
        var paragraph = 0
        while text.utf8.count < target - 120 {
            text += paragraph == 0 ? " " : "\n\n"
            var sentences: [String] = []
            if paragraph == prevAt { sentences.append(fill(random.pick(templates[lang, "prev"]))) }
            while let index = others.firstIndex(where: { $0.0 == paragraph }) {
                set(others.remove(at: index).1)
                sentences.append(fill(random.pick(templates[lang, "also"])))
            }
            if paragraph > 0, !quotes.isEmpty, random.chance(0.3) {
                sentences.append(fill(quotes.removeLast()))
            } else {
                for _ in 0..<Int.random(in: 1...3, using: &random) {
                    if bodies.isEmpty { bodies = templates[lang, "body"].shuffled(using: &random) }
                    sentences.append(fill(bodies.removeLast()))
                }
            }
            text += sentences.joined(separator: " ")
            paragraph += 1
        }
        text += "\n\n" + fill(random.pick(templates[lang, "close"])) + "\n"
        let url = "https://\(slug(outlet)).example/\(published.year)/\(published.month)/\(slug(title))-\(serial + index)"
        return Record(url: url, source: outlet, date: published, title: title, text: text)
    }

    private func slug(_ text: String) -> String {
        String(text.lowercased().unicodeScalars.map { $0.properties.isAlphabetic || ("0"..."9").contains($0) ? Character($0) : "-" })
    }
}
