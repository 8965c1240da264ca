import ParleyExtract

/// Writes the articles of ``EventDatabaseBuilder`` and their events: each
/// outlet's roundups of the day's meetings.
///
/// A roundup is in Indonesian or English (55% Indonesian, as the corpus): a
/// dateline, then one paragraph per meeting the outlet reports that day, each
/// the lead sentence of the corpus templates, and seven times in ten one or
/// two sentences on meetings of earlier days, in passing (the corpus's "also"
/// lines). Its events are those sentences' events as the extractor makes them:
/// each meeting or call with the venue or city the sentence names, every one
/// with its sentence as evidence.
struct RoundupWriter {
    /// One article before analysis, and the events it reports in text order.
    struct Roundup: Sendable {
        let input: ArticleInput
        let events: [ExtractedEvent]
    }

    let catalog: CorpusCatalog
    let templates: CorpusTemplates
    let gazetteer: Gazetteer
    /// An extracted event; the roundups' events are copies with every field set.
    let template: ExtractedEvent
    /// How many meetings a roundup reports (the last of an outlet's day may report fewer).
    let reportsPerRoundup: ClosedRange<Int>
    /// Recent meetings with a place, which later roundups mention in passing.
    private var recent: [Meeting] = []
    private var serial = 0

    init(catalog: CorpusCatalog, templates: CorpusTemplates, gazetteer: Gazetteer, template: ExtractedEvent,
         reportsPerRoundup: ClosedRange<Int>) {
        self.catalog = catalog
        self.templates = templates
        self.gazetteer = gazetteer
        self.template = template
        self.reportsPerRoundup = reportsPerRoundup
    }

    /// The roundups `outlet` publishes on `day` about `meetings` (in order, several per roundup).
    mutating func roundups(by outlet: String, on day: Day, of meetings: [Meeting], using random: inout SplitMix64) -> [Roundup] {
        var out: [Roundup] = []
        var rest = meetings[...]
        while !rest.isEmpty {
            let count = min(rest.count, Int.random(in: reportsPerRoundup, using: &random))
            out.append(roundup(by: outlet, on: day, of: rest.prefix(count), using: &random))
            rest = rest.dropFirst(count)
        }
        return out
    }

    /// Keeps the day's meetings with a place among the recent ones that roundups mention in passing
    /// (64 at most, the oldest dropped first).
    mutating func remember(_ meetings: [Meeting]) {
        recent.append(contentsOf: meetings.filter { $0.city != nil })
        if recent.count > 64 { recent.removeFirst(recent.count - 64) }
    }

    private mutating func roundup(by outlet: String, on day: Day, of meetings: ArraySlice<Meeting>, using random: inout SplitMix64) -> Roundup {
        serial += 1
        let lang = random.chance(0.55) ? "id" : "en"
        let weekdays = catalog.weekdays[lang] ?? []
        let months = catalog.months[lang] ?? []
        var text = lang == "id"
            ? "\(weekdays[day.weekday - 1]), \(day.day) \(months[day.month - 1]) \(day.year)"
            : "\(months[day.month - 1]) \(day.day), \(day.year)"
        var offset = text.unicodeScalars.count
        var events: [ExtractedEvent] = []
        func add(_ sentence: String, separator: String, of meeting: Meeting, venue: Bool, primary: Bool) {
            text += separator
            offset += separator.unicodeScalars.count
            events.append(event(meeting, evidence: sentence, at: offset, venue: venue, primary: primary))
            text += sentence
            offset += sentence.unicodeScalars.count
        }
        var title = ""
        for meeting in meetings {
            var values = meeting.placeholders(lang: lang, catalog: catalog)
            values["OUTLET"] = outlet
            values["TOPIC"] = random.pick(templates[lang, "topic"])
            values["TOPIC2"] = random.pick(templates[lang, "topic"])
            let kind = meeting.call ? "call" : "meet"
            if title.isEmpty { title = templates.fill(random.pick(templates[lang, "title_\(kind)"]), values, using: &random) }
            let lead = random.pick(templates[lang, "lead_\(kind)"])
            add(templates.fill(lead, values, using: &random), separator: "\n\n", of: meeting, venue: lead.contains("{PLACE}"), primary: true)
        }
        if !recent.isEmpty, random.chance(0.7) {
            var mentioned: Set<String> = Set(meetings.map(\.pairKey))
            for _ in 0..<Int.random(in: 1...2, using: &random) {
                let other = random.pick(recent)
                guard mentioned.insert(other.pairKey).inserted else { continue }
                let sentence = templates.fill(random.pick(templates[lang, "also"]), other.passingPlaceholders(lang: lang, catalog: catalog), using: &random)
                add(sentence, separator: " ", of: other, venue: false, primary: false)
            }
        }
        text += "\n"
        let site = outlet.lowercased().replacingOccurrences(of: " ", with: "-")
        let input = ArticleInput(text: text, title: title, url: "https://\(site).example/\(day.year)/\(day.month)/roundup-\(serial)",
                                 source: outlet, date: day, language: lang, origin: "parley-bench:roundup-\(serial)")
        return Roundup(input: input, events: events)
    }

    /// The event a sentence at `offset` reports: at the meeting's venue when the sentence names it, else in its city.
    private func event(_ meeting: Meeting, evidence: String, at offset: Int, venue: Bool, primary: Bool) -> ExtractedEvent {
        var event = template
        event.type = meeting.call ? .call : .meeting
        event.status = .occurred
        event.date = PartialDate(meeting.day)
        event.place = venue ? meeting.venue?.name ?? meeting.city : meeting.city
        event.city = meeting.city
        event.country = meeting.host.map(gazetteer.countryName)
        event.participants = [meeting.a, meeting.b]
            .map { ExtractedEvent.Participant(key: $0.key, name: $0.name, office: $0.office, country: $0.country) }
            .sorted { $0.name < $1.name }
        event.evidence = evidence
        event.evidenceRange = offset..<(offset + evidence.unicodeScalars.count)
        event.confidence = meeting.call ? 0.75 : 0.85
        event.primary = primary
        return event
    }
}
