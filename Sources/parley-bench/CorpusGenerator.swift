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

    private let catalog: CorpusCatalog
    private let templates: CorpusTemplates
    private let sampler: MeetingSampler
    private var random: SplitMix64
    private var queue: [Record] = []
    private var lastMeeting: [String: (city: String, day: Day)] = [:]
    /// Recent meetings with a place, mentioned in passing by later articles.
    private var recent: [Meeting] = []
    private var previous: Record?
    private var serial = 0

    init(catalog: CorpusCatalog, templates: CorpusTemplates, seed: UInt64, from first: Day, to last: Day) {
        self.catalog = catalog
        self.templates = templates
        self.sampler = MeetingSampler(catalog: catalog, from: first, to: last, frequentShare: 0.03)
        self.random = SplitMix64(seed: seed)
    }

    /// The next article.
    mutating func next() -> Record {
        if queue.isEmpty { queue = reports(of: sampler.next(using: &random)).reversed() }
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

    private mutating func reports(of meeting: Meeting) -> [Record] {
        let pairKey = meeting.pairKey
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
        var values = meeting.placeholders(lang: lang, catalog: catalog)
        values.merge(["TOPIC": topics[0], "TOPIC2": topics[1], "OUTLET": outlet, "REPORTER": reporter, "EDITOR": editor]) { $1 }
        if let earlier {
            values["P_CITY"] = earlier.city
            values["P_MONTH"] = "\(months[earlier.day.month - 1]) \(earlier.day.year)"
        }
        func set(_ other: Meeting) {
            values.merge(other.passingPlaceholders(lang: lang, catalog: catalog)) { $1 }
        }
        func fill(_ template: String) -> String {
            templates.fill(template, values, using: &random)
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
