/// Turns an article into the meetings and calls it reports.
///
/// A sentence yields a candidate when it has a meeting or call cue and names
/// two or more people (or one of the article's two protagonists plus "the two
/// leaders" or a surname). Candidates with the same people, type and a
/// compatible date are one event. Confidence starts at 0.4 and rises with
/// people named outright (+0.2) rather than through a role (+0.1), a date
/// written in the sentence (+0.15; +0.05 when borrowed from nearby), a place
/// (+0.1) and each further sentence reporting the same event (+0.05, up to
/// +0.15); it falls when a participant was inferred from "the two leaders" (-0.15).
public struct EventExtractor: Sendable {
    public let gazetteer: Gazetteer

    public init(gazetteer: Gazetteer) {
        self.gazetteer = gazetteer
    }

    /// Analyses and extracts in one step.
    public func extract(_ input: ArticleInput) -> (article: Article, events: [ExtractedEvent]) {
        let article = gazetteer.analyze(input)
        return (article, extract(article))
    }

    struct PlaceGuess {
        var place: String?
        var city: String?
        var country: String?
        var rank: Int  // 3 venue, 2 city, 1 region, 0 country only
        /// Where in the text it was named (-1 when not from a sentence's words).
        var offset = -1
    }

    struct Candidate {
        var sentence: Int
        var people: [PersonMention.Reference]
        var inferred: Bool
        var type: ExtractedEvent.EventType
        var status: ExtractedEvent.Status
        var date: PartialDate?
        var dateFromSentence: Bool
        /// Where a borrowed date came from: 2 a nearby sentence, 1 the lead event, 0 the publication date.
        var borrowedFrom = -1
        var place: PlaceGuess?
        var past: Bool
    }

    public func extract(_ article: Article) -> [ExtractedEvent] {
        let payloads = gazetteer.payloads
        let (mentions, newPeople) = MentionFinder(gazetteer: gazetteer, article: article).find()
        let sentences = article.sentences
        let finder = DateFinder(gazetteer: gazetteer)
        // Hits and mentions per sentence (both sorted by start).
        var hitSlices: [Range<Int>] = []
        var mentionSlices: [Range<Int>] = []
        var h = 0
        var m = 0
        for sentence in sentences {
            while h < article.hits.count, article.hits[h].start < sentence.range.lowerBound { h += 1 }
            var hEnd = h
            while hEnd < article.hits.count, article.hits[hEnd].start < sentence.range.upperBound { hEnd += 1 }
            hitSlices.append(h..<hEnd)
            while m < mentions.count, mentions[m].range.lowerBound < sentence.range.lowerBound { m += 1 }
            var mEnd = m
            while mEnd < mentions.count, mentions[mEnd].range.lowerBound < sentence.range.upperBound { mEnd += 1 }
            mentionSlices.append(m..<mEnd)
        }
        let dates = sentences.indices.map { finder.find(in: article.bytes, range: sentences[$0].range, hits: article.hits[hitSlices[$0]]) }
        // What a sentence lends its neighbours: not a place it travels to ("Setelah itu, Presiden akan terbang ke Riyadh").
        let lentPlaces = sentences.indices.map { place(in: article, hits: article.hits[hitSlices[$0]], sentence: $0, destinations: false) }
        let datelinePlace = sentences.prefix(4).indices.lazy.compactMap { self.dateline(in: article, hits: article.hits[hitSlices[$0]], sentence: sentences[$0]) }.first

        func cues(_ index: Int) -> [(kind: Lexicon.Kind, hit: Hit, value: Int)] {
            let all = article.hits[hitSlices[index]].compactMap { hit in gazetteer.cue(of: hit).map { (kind: $0.kind, hit: hit, value: $0.value) } }
            // "hubungan bilateral", "bilateral trade": a cue word inside a neutral phrase signals nothing.
            let neutral = all.filter { $0.kind == .neutral }.map { $0.hit.start..<$0.hit.end }
            guard !neutral.isEmpty else { return all }
            return all.filter { cue in cue.kind != .neutral && !neutral.contains { $0.contains(cue.hit.start) && cue.hit.end <= $0.upperBound } }
        }
        // Each sentence's cues, computed once.
        let cuesBySentence = sentences.indices.map(cues)

        // 1. Sentences naming two or more people around a meeting or call cue.
        var candidates: [Candidate] = []
        var pending: [(sentence: Int, people: [PersonMention.Reference], pair: Bool)] = []
        var relatedLineEnd = 0
        let protagonist = Self.protagonist(mentions)
        for (index, sentence) in sentences.enumerated() {
            let sentenceCues = cuesBySentence[index]
            // A "Baca juga:" / "Read also" line links another story, a "Foto:" line captions a picture: skip the rest of that line.
            if sentenceCues.contains(where: { $0.kind == .related && $0.hit.start <= sentence.range.lowerBound + 1 }) {
                relatedLineEnd = article.bytes[sentence.range.lowerBound...].firstIndex(of: 10) ?? article.bytes.count
            }
            if sentence.range.lowerBound < relatedLineEnd { continue }
            let sentenceMentions = mentions[mentionSlices[index]]
            let actions = sentenceCues.filter { cue in
                guard cue.kind == .meet || cue.kind == .call else { return false }
                return cue.value != 1 || hasPerson(near: cue.hit, in: sentenceMentions, article: article)
            }
            guard let anchor = actions.first?.hit else { continue }
            // A speech, statement, press conference or plenary named before the cue is what the sentence reports.
            if sentenceCues.contains(where: { $0.kind == .nonevent && $0.hit.start < anchor.start }) { continue }
            // People after "didampingi" / "accompanied by" came along; they are not participants.
            let companionsFrom = sentenceCues.first { $0.kind == .accompany }?.hit.end ?? Int.max
            var people: [PersonMention.Reference] = []
            var subjects: [PersonMention.Reference] = []
            var objects: [(reference: PersonMention.Reference, start: Int, end: Int)] = []
            // "a letter from King Charles", "pesan dari Zelensky": the sender is not at the meeting;
            // "since Hu Jintao in 2005", "menggantikan Tony Abbott": no participant either.
            let senders = sentenceCues.filter { $0.kind == .absent || $0.kind == .since }.map { $0.hit.end..<($0.hit.end + 30) }
            for mention in mentions[mentionSlices[index]] where mention.range.lowerBound < companionsFrom && !people.contains(mention.reference)
                && !senders.contains(where: { $0.contains(mention.range.lowerBound) }) {
                people.append(mention.reference)
                if mention.range.lowerBound < anchor.start { subjects.append(mention.reference) } else { objects.append((mention.reference, mention.range.lowerBound, mention.range.upperBound)) }
            }
            let hasPair = sentenceCues.contains { $0.kind == .pair }
            // "X met A in Kyiv and B in Moscow", "X called A and B", "Ia bertemu A, B, dan C": one event per guest.
            // The guests form one list: each named within 50 bytes of the previous one.
            let listed = zip(objects, objects.dropFirst()).allSatisfy { a, b in b.start - a.end <= 50 }
            if objects.count >= 2, subjects.count <= 1, people.count <= 6, listed {
                let host = subjects.first ?? protagonist
                let isCall = actions.contains { $0.kind == .call }
                let placeBetween = zip(objects, objects.dropFirst()).allSatisfy { a, b in
                    article.hits[hitSlices[index]].contains { hit in
                        guard hit.start > a.end, hit.start < b.start else { return false }
                        switch payloads[Int(hit.payload)].entry {
                        case .place: return true
                        case .country(_, let kind): return kind != .demonym
                        default: return false
                        }
                    }
                }
                // "bertemu Li Keqiang, lalu melanjutkan pembicaraan dengan Xi Jinping": a cue between two guests starts another meeting.
                // (After a comma: in "days after Macron held his own talks with Mr Trump" the first one is the next clause's subject.)
                let cueBetween = zip(objects, objects.dropFirst()).allSatisfy { a, b in
                    actions.contains { cue in
                        cue.hit.start > a.end && cue.hit.start < b.start && article.bytes[a.end..<cue.hit.start].contains(44)
                    }
                }
                // "bertemu Raja Charles III dan PM Keir Starmer": a king and his prime minister receive a guest one after the other
                // (guests of different countries together are one summit: "hosted Kishida and Yoon at Camp David").
                let guestCountries = objects.map { country(of: $0.reference, on: article.referenceDate, newPeople: newPeople) }
                let compatriots = guestCountries.allSatisfy { $0 != nil && $0 == guestCountries[0] }
                    && host.map { country(of: $0, on: article.referenceDate, newPeople: newPeople) != guestCountries[0] } ?? false
                if let host, !objects.contains(where: { $0.reference == host }), isCall || placeBetween || cueBetween || compatriots || subjects.isEmpty {
                    for (offset, object) in objects.enumerated() {
                        let next = offset + 1 < objects.count ? objects[offset + 1].start : sentence.range.upperBound
                        var made = candidate(article: article, index: index, sentence: sentence, people: [host, object.reference], inferred: false,
                                             cues: sentenceCues, anchor: anchor, dates: dates, hitSlices: hitSlices)
                        if placeBetween {
                            made.place = place(in: article, hits: article.hits[hitSlices[index]].filter { $0.start > object.start && $0.start < next }[...],
                                               sentence: index)
                        }
                        candidates.append(made)
                    }
                    continue
                }
            }
            if people.count < 2 || people.count > 4 {
                if people.count <= 1 { pending.append((index, people, hasPair)) }
                continue
            }
            candidates.append(candidate(article: article, index: index, sentence: sentence, people: people, inferred: false,
                                        cues: sentenceCues, anchor: anchor, dates: dates, hitSlices: hitSlices))
        }
        // 2. Sentences about the article's protagonists without naming both.
        let firstCurrent = candidates.first { !$0.past }
        let resolvedFirst = firstCurrent.map { resolve($0.people, on: $0.date, article: article, newPeople: newPeople) }
        var consumed = Set<Int>()
        if let focus = resolvedFirst.map({ Array($0.map(\.reference).prefix(2)) }), focus.count == 2, let first = firstCurrent {
            for item in pending {
                let sentenceCues = cuesBySentence[item.sentence]
                guard let anchor = sentenceCues.first(where: { $0.kind == .meet || $0.kind == .call })?.hit else { continue }
                let isPast = sentenceCues.contains { $0.kind == .past }
                if item.people.count == 1, focus.contains(item.people[0]) || firstResolves(item.people[0], to: focus, date: first.date, article: article) {
                    guard item.pair || isPast || item.sentence < first.sentence else { continue }
                } else if item.people.isEmpty {
                    guard item.pair else { continue }
                } else {
                    continue
                }
                var made = candidate(article: article, index: item.sentence, sentence: sentences[item.sentence], people: focus, inferred: true,
                                     cues: sentenceCues, anchor: anchor, dates: dates, hitSlices: hitSlices)
                made.past = made.past || isPast
                if !made.past {
                    // "Dalam pembicaraan tersebut, kedua pemimpin…" goes on about the focus event: its type, and a date
                    // of its own farther than three days off only as a hint (a prisoner exchange does not split the call).
                    // A day of the same visit said of "the two leaders" (within three days: "the two leaders met again Thursday") stays its own event.
                    if !sentenceCues.contains(where: { $0.kind == .call }) { made.type = first.type }
                    let focusDate = (candidates.first { !$0.past && !sentences[$0.sentence].isTitle && !$0.inferred } ?? first).date
                    if let own = made.date?.fullDay, let focusDay = (focusDate ?? article.referenceDate.map(PartialDate.init))?.fullDay,
                       abs(own.ordinal - focusDay.ordinal) <= 3, item.pair || own == focusDay {
                    } else {
                        made.dateFromSentence = false
                    }
                }
                candidates.append(made)
                consumed.insert(item.sentence)
            }
        }
        // 2b. One person meeting someone unnamed: "Olaf Scholz l'a accueilli", "In Peking empfing ihn Xi Jinping",
        // "Pertemuan pertama digelar dengan Presiden AS Joe Biden": the unnamed one is the article's protagonist.
        if let protagonist {
            for item in pending where item.people.count == 1 && !consumed.contains(item.sentence) && !sentences[item.sentence].isTitle {
                let sentenceCues = cuesBySentence[item.sentence]
                guard let anchor = sentenceCues.first(where: { $0.kind == .meet || $0.kind == .call })?.hit,
                      !sentenceCues.contains(where: { $0.kind == .past }),
                      item.people[0] != protagonist,
                      !firstResolves(item.people[0], to: [protagonist], date: nil, article: article) else { continue }
                let made = candidate(article: article, index: item.sentence, sentence: sentences[item.sentence],
                                     people: [protagonist, item.people[0]], inferred: true,
                                     cues: sentenceCues, anchor: anchor, dates: dates, hitSlices: hitSlices)
                // Not a leader and their own minister ("dalam pertemuan itu, kata Menlu Retno"), not another year's visit.
                let day = made.date?.fullDay ?? article.referenceDate
                let countries = [protagonist, item.people[0]].map { country(of: $0, on: day, newPeople: newPeople) }
                guard let first = countries[0], let second = countries[1], first != second else { continue }
                // "menunda kunjungannya ke Papua Nugini": a visit to a third country is no meeting with the protagonist.
                let visitsElsewhere = article.hits[hitSlices[item.sentence]].contains { hit in
                    guard hit.start > anchor.start, case .country(let code, let kind) = payloads[Int(hit.payload)].entry, kind != .demonym else { return false }
                    return code != first && code != second
                }
                if visitsElsewhere { continue }
                if let date = made.date, let published = article.referenceDate {
                    guard let day = date.fullDay, abs(day.ordinal - published.ordinal) <= 7 else { continue }
                }
                candidates.append(made)
            }
        }
        candidates.sort { $0.sentence < $1.sentence }
        // 3. Fill missing dates and places from the paragraph, then the lead, then the article.
        let lead = candidates.first { !sentences[$0.sentence].isTitle && !$0.past } ?? candidates.first { !$0.past }
        // Sentences that report an event of their own (the loop below changes dates and places, never sentences).
        let ownEvents = Set(candidates.map(\.sentence))
        for index in candidates.indices {
            let paragraph = sentences[candidates[index].sentence].paragraph
            let neighbours = sentences.indices.filter { sentences[$0].paragraph == paragraph && $0 != candidates[index].sentence }
                .sorted { abs($0 - candidates[index].sentence) < abs($1 - candidates[index].sentence) }
            if candidates[index].date == nil, !candidates[index].past {
                let planned = candidates[index].status == .planned
                // The paragraph first, then the next two sentences ("Pertemuan berlangsung pada Senin, 11 November").
                let following = (candidates[index].sentence + 1..<min(sentences.count, candidates[index].sentence + 3))
                    .filter { !neighbours.contains($0) }
                // Not from a sentence looking back at a meeting ("sebelumnya bertemu … pada Mei lalu"); one looking back
                // with no meeting in it lends an explicit day ("Sehari sebelumnya, Senin (21/8/2023), Jokowi mengawali tur").
                for neighbour in neighbours + following where !cuesBySentence[neighbour].contains(where: { $0.kind == .past })
                    || !cuesBySentence[neighbour].contains(where: { $0.kind == .meet || $0.kind == .call }) && dates[neighbour].contains(where: \.isExplicitDay) {
                    if ownEvents.contains(neighbour) {
                        // A sentence reporting its own event lends only the day of a plan or report of the same kind with
                        // someone in common ("wird Scholz Xi treffen … Außerdem ist ein Gespräch mit Li Qiang geplant").
                        let current = candidates[index]
                        if let other = candidates.first(where: { other in
                            other.sentence == neighbour && other.status == current.status && other.dateFromSentence && !other.past
                                && !Set(other.people).isDisjoint(with: current.people)
                        }), let date = other.date {
                            candidates[index].date = date
                            candidates[index].borrowedFrom = 2
                            break
                        }
                        continue
                    }
                    if let expression = best(dates[neighbour], near: nil), let date = expression.resolve(articleDate: article.referenceDate, planned: planned),
                       planned ? isAfter(date, article.referenceDate)
                               : candidates[index].status != .occurred || !isAfter(date, article.referenceDate) {  // what happened lies not ahead
                        // A year alone around it ("l'accord prévoit 3 milliards d'aide en 2024") is context when the lead's day fits it.
                        if date.month == nil, let leadDate = lead?.date, leadDate.month != nil, date.isCompatible(with: leadDate) { continue }
                        candidates[index].date = date
                        candidates[index].borrowedFrom = 2
                        break
                    }
                }
                if candidates[index].date == nil, let leadDate = lead?.date, lead?.sentence != candidates[index].sentence,
                   !planned || isAfter(leadDate, article.referenceDate) {
                    candidates[index].date = leadDate
                    candidates[index].borrowedFrom = 1
                }
                if candidates[index].date == nil, candidates[index].status == .occurred, let day = article.publicationDate,
                   !sentences[candidates[index].sentence].isTitle || candidates.count == 1 {
                    candidates[index].date = PartialDate(day)
                    candidates[index].borrowedFrom = 0
                }
            }
            if candidates[index].type == .meeting, candidates[index].place == nil {
                // The lead's place and the dateline only for the lead's own event: same people or day.
                let current = candidates[index]
                let sameEventAsLead = lead.map { lead in
                    !current.past && Set(lead.people).intersection(current.people).count >= 1
                        && (lead.date == nil || current.date == nil || lead.date!.isCompatible(with: current.date!))
                } ?? false
                let nearPublication = current.date?.fullDay.map { day in
                    article.referenceDate.map { abs($0.ordinal - day.ordinal) <= 3 } ?? true
                } ?? !current.past
                // The nearest neighbour's place, refined by a more specific one of the paragraph in the same country
                // ("Lawatan dimulai di Beijing. … Kedua pertemuan digelar di Wisma Negara Diaoyutai").
                var borrowed = neighbours.lazy.compactMap { lentPlaces[$0] }.first
                for other in neighbours.compactMap({ lentPlaces[$0] }) where other.rank > borrowed!.rank && other.country == borrowed!.country {
                    borrowed = other
                }
                // The dateline says where the story was filed: not for a sentence that names a place in another country.
                let namesPlace = datelinePlace.map { dateline in
                    article.hits[hitSlices[current.sentence]].contains { hit in
                        switch payloads[Int(hit.payload)].entry {
                        case .place(let index): return placeGuess(index).country != dateline.country
                        case .country(let code, let kind): return kind != .demonym && gazetteer.countryName(code) != dateline.country
                        default: return false
                        }
                    }
                } ?? false
                candidates[index].place = borrowed
                    ?? (sameEventAsLead ? lead?.place : nil) ?? (nearPublication && !current.past && !namesPlace ? datelinePlace : nil)
            }
        }
        // 4. Merge candidates that report the same event.
        struct Group {
            var candidates: [Candidate]
            var key: Set<PersonMention.Reference>
            var participants: [(reference: PersonMention.Reference, participant: ExtractedEvent.Participant)]
        }
        var groups: [Group] = []
        for candidate in candidates {
            let resolved = resolve(candidate.people, on: candidate.date, article: article, newPeople: newPeople)
            guard resolved.count >= 2 else { continue }
            let key = Set(resolved.map(\.reference))
            if let index = groups.firstIndex(where: { group in
                // "the two leaders" / "kedua pemimpin" sentences join the event of their pair whatever their own cue.
                group.key == key && (group.candidates[0].type == candidate.type || candidate.inferred) && group.candidates[0].past == candidate.past
                    && group.candidates.allSatisfy { other in
                        guard let a = other.date, let b = candidate.date else { return true }
                        // A plan and what happened on another day are two events ("met on Tuesday; will visit Paektu on Thursday").
                        if (other.status == .planned) != (candidate.status == .planned) { return a.isCompatible(with: b) }
                        // Otherwise a date borrowed from nearby sentences never splits an event.
                        guard other.dateFromSentence, candidate.dateFromSentence else { return true }
                        return a.isCompatible(with: b)
                    }
            }) {
                groups[index].candidates.append(candidate)
            } else {
                groups.append(Group(candidates: [candidate], key: key, participants: resolved))
            }
        }
        // 5. One event per group.
        // A cancellation in the title or the lead ("Biden sagt Deutschland-Besuch ab") cancels the plans the article lists.
        let leadCancelled = sentences.indices.prefix(3).contains { index in cuesBySentence[index].contains { $0.kind == .cancel } }
        var events: [ExtractedEvent] = []
        for group in groups {
            // A leader and their own minister ("kata Menlu Retno" beside "Presiden Jokowi") hold no diplomatic meeting.
            let countries = Set(group.participants.map(\.participant.country))
            if countries.count == 1, countries.first! != nil { continue }
            let members = group.candidates
            // A date stated in a report first, then one borrowed from a nearby sentence, then the lead's, then the
            // publication date; the more precise among equals, then the best report's.
            let date = members.filter { $0.date != nil }
                .sorted { score($0, sentences) > score($1, sentences) }
                .max { a, b in
                    let ra = a.dateFromSentence ? 3 : a.borrowedFrom, rb = b.dateFromSentence ? 3 : b.borrowedFrom
                    return ra != rb ? ra < rb : a.date!.precision < b.date!.precision
                }?.date
            let statuses = members.map(\.status)
            // The status the best report gives (a title's "agreed to start talks" is weaker than the body's "expected to meet").
            var status = members.max { score($0, sentences) < score($1, sentences) }!.status
            // A report that it happened, dated on or before the article, outweighs a plan mentioned along the way.
            if status == .planned, members.contains(where: { member in
                member.status == .occurred && !member.inferred && !sentences[member.sentence].isTitle && member.dateFromSentence
                    && (member.date?.fullDay).map { day in article.publicationDate.map { day <= $0 } ?? true } ?? false
            }) {
                status = .occurred
            }
            if (statuses.contains(.cancelled) || leadCancelled) && status == .planned { status = .cancelled }
            if status == .occurred, let date = date?.fullDay, let published = article.publicationDate, date > published { status = .planned }
            // The evidence sentence's place first; another report's place refines it within its country
            // (a country alone, "in Ukraine", is too weak to hold against a city or venue).
            let bestFirst = members.sorted { score($0, sentences) > score($1, sentences) }
            var place = bestFirst.lazy.compactMap(\.place).first
            for other in bestFirst.compactMap(\.place) where other.rank > (place?.rank ?? -1)
                && (place == nil || place!.rank == 0 || other.country == place?.country) {
                place = other
            }
            let evidence = members.max { score($0, sentences) < score($1, sentences) }!
            let range = sentences[evidence.sentence].range
            var confidence = 0.4
            confidence += evidence.people.allSatisfy({ if case .role = $0 { false } else { true } }) ? 0.2 : 0.1
            confidence += members.contains(where: \.dateFromSentence) ? 0.15 : (date != nil ? 0.05 : 0)
            confidence += place != nil ? 0.1 : 0
            confidence += min(0.15, 0.05 * Double(members.count - 1))
            if members.allSatisfy(\.inferred) { confidence -= 0.15 }
            let type = members[0].type
            events.append(ExtractedEvent(
                type: type,
                status: status,
                date: date,
                place: type == .call ? nil : place?.place,
                city: type == .call ? nil : place?.city,
                country: type == .call ? nil : place?.country,
                participants: group.participants.map(\.participant).sorted { $0.name < $1.name },
                evidence: article.text(range),
                evidenceRange: article.scalarOffset(range.lowerBound)..<article.scalarOffset(range.upperBound),
                confidence: min(0.99, max(0.05, (confidence * 100).rounded() / 100)),
                primary: events.isEmpty || !members.allSatisfy(\.past)))
        }
        return events
    }

    /// The country a mention stands for on a day: its role's, the gazetteer holder's, or the one that introduced a new person.
    private func country(of reference: PersonMention.Reference, on day: Day?, newPeople: [String: NewPerson]) -> String? {
        switch reference {
        case .role(_, let country): return country
        case .new(let folded): return newPeople[folded]?.country
        case .known(let person): return day.flatMap { gazetteer.role(of: person, on: $0)?.country }
        }
    }

    /// Whether a person is named right after a cue (or right before it in French and German:
    /// "Macron l'a reçu", "von Putin empfangen"): "menerima usulan" accepts a proposal, "menerima Anwar" receives a guest.
    private func hasPerson(near cue: Hit, in mentions: ArraySlice<PersonMention>, article: Article) -> Bool {
        let before = article.language == "fr" || article.language == "de"
        return mentions.contains { mention in
            mention.range.lowerBound >= cue.end && mention.range.lowerBound - cue.end <= 40
                || before && mention.range.upperBound <= cue.start && cue.start - mention.range.upperBound <= 40
        }
    }

    /// The person the article is about: the known person named most often (first named on a tie).
    static func protagonist(_ mentions: [PersonMention]) -> PersonMention.Reference? {
        var counts: [PersonMention.Reference: (count: Int, first: Int)] = [:]
        for mention in mentions {
            guard case .known = mention.reference else { continue }
            counts[mention.reference, default: (0, mention.range.lowerBound)].count += 1
        }
        return counts.max { a, b in a.value.count != b.value.count ? a.value.count < b.value.count : a.value.first > b.value.first }?.key
    }

    /// Whether a date lies after the article's day (a plan borrows only future dates from its neighbours).
    private func isAfter(_ date: PartialDate, _ articleDate: Day?) -> Bool {
        guard let articleDate else { return true }
        if let day = date.fullDay { return day > articleDate }
        return PartialDate(articleDate).description < date.description && !date.isCompatible(with: PartialDate(articleDate))
    }

    /// Whether a one-person mention is one of the two protagonists once resolved.
    private func firstResolves(_ reference: PersonMention.Reference, to focus: [PersonMention.Reference], date: PartialDate?, article: Article) -> Bool {
        guard case .role(let office, let country) = reference, let day = date?.fullDay ?? article.referenceDate,
              let person = gazetteer.holder(of: office, country: country, on: day) else { return false }
        return focus.contains(.known(person))
    }

    private func score(_ candidate: Candidate, _ sentences: [Sentence]) -> Int {
        (sentences[candidate.sentence].isTitle ? 0 : 8) + (candidate.inferred ? 0 : 4) + (candidate.dateFromSentence ? 2 : 0) + (candidate.place != nil ? 1 : 0)
    }

    private func candidate(article: Article, index: Int, sentence: Sentence, people: [PersonMention.Reference], inferred: Bool,
                           cues: [(kind: Lexicon.Kind, hit: Hit, value: Int)], anchor: Hit,
                           dates: [[DateExpression]], hitSlices: [Range<Int>]) -> Candidate {
        let isCall = cues.contains { $0.kind == .call }
        var status = ExtractedEvent.Status.occurred
        if cues.contains(where: { $0.kind == .cancel }) {
            status = .cancelled
        } else if cues.contains(where: { cue in
            // A plan word before a word of the event's own type ("telefonisch über das geplante Gespräch informiert": the call happened).
            cue.kind == .planned && cues.contains { action in
                action.kind == (isCall ? .call : .meet)
                    // German also puts it after: "Außerdem ist ein Gespräch mit Li Qiang geplant".
                    // (not as the adjective of another one: "telefonisch über das geplante Gespräch informiert").
                    && (article.language == "de" && cue.hit.start > action.hit.end && cue.hit.start - action.hit.end <= 80
                        && !cues.contains { ($0.kind == .meet || $0.kind == .call) && $0.hit.start > cue.hit.end && $0.hit.start - cue.hit.end <= 15 }
                        || cue.hit.start <= action.hit.start + 2 && action.hit.start - cue.hit.end <= plannedReach(article))
                    // Beyond 40 bytes, not across a comma ("will be his first trip since 2000, when he met …"), but for German.
                    && (action.hit.start - cue.hit.end <= 40 || article.language == "de"
                        || !article.bytes[cue.hit.end..<max(cue.hit.end, action.hit.start)].contains(44))
            }
        }) || cues.contains(where: { $0.kind == .future }) {
            status = .planned
        }
        let ownPlace = place(in: article, hits: article.hits[hitSlices[index]], sentence: index, near: anchor)
        // "met at Trump Tower in September 2024, and in Paris in December 2024, at the Élysée": among equally strong dates,
        // the one nearest the city or venue the event is placed at, else nearest the cue.
        var expression = best(dates[index], near: ownPlace.flatMap { $0.rank >= 2 && $0.offset >= 0 ? $0.offset : nil } ?? anchor.start)
        // A date years back and far from the cue belongs to something else ("the 50th anniversary of ties, in March 1973").
        if let found = expression, let published = article.referenceDate,
           let resolved = found.resolve(articleDate: published, planned: false),
           published.year - resolved.year >= 2,
           min(abs(found.range.lowerBound - anchor.end), abs(anchor.start - found.range.upperBound)) > 80 {
            expression = nil
        }
        // A plan called off ("the summit that was to be held on Wednesday") looks ahead like a plan.
        let ahead = status == .planned || status == .cancelled && cues.contains { $0.kind == .planned || $0.kind == .future }
        var date = expression?.resolve(articleDate: article.referenceDate, planned: ahead)
        // "left on Thursday, a day after they met": the meeting is shifted from the date before the cue.
        if let expression, let day = date?.fullDay, let shift = cues.first(where: { cue in
            cue.kind == .shift && cue.hit.start >= expression.range.upperBound && cue.hit.end <= anchor.start
        }) {
            date = PartialDate(day.adding(days: shift.value))
        }
        return Candidate(sentence: index, people: people, inferred: inferred, type: isCall ? .call : .meeting, status: status,
                         date: date, dateFromSentence: date != nil,
                         place: ownPlace,
                         past: cues.contains { $0.kind == .past })
    }

    /// How far before its verb a planned cue may stand ("said he would brief … by phone"); German puts the verb last ("will Merkel nach Kiew reisen, um … zu treffen").
    private func plannedReach(_ article: Article) -> Int {
        article.language == "de" ? 300 : 80
    }

    /// The date phrase that best pins the event: an explicit day first, then the
    /// strongest kind, the one nearest `position` (a cue or a place) among equals.
    private func best(_ expressions: [DateExpression], near position: Int?) -> DateExpression? {
        expressions.max { a, b in
            if a.rank != b.rank { return a.rank < b.rank }
            guard let position else { return a.range.lowerBound > b.range.lowerBound }
            return abs(a.range.lowerBound - position) > abs(b.range.lowerBound - position)
        }
    }

    /// Participants with their roles on the event's date; role-only mentions become their holders.
    private func resolve(_ people: [PersonMention.Reference], on date: PartialDate?, article: Article,
                         newPeople: [String: NewPerson]) -> [(reference: PersonMention.Reference, participant: ExtractedEvent.Participant)] {
        let day = date?.fullDay ?? date.map { Day(year: $0.year, month: $0.month ?? 7, day: $0.month == nil ? 1 : 15) ?? article.referenceDate! } ?? article.referenceDate
        var result: [(PersonMention.Reference, ExtractedEvent.Participant)] = []
        var seen = Set<PersonMention.Reference>()
        for reference in people {
            var resolved = reference
            if case .role(let office, let country) = reference {
                guard let day, let person = gazetteer.holder(of: office, country: country, on: day) else { continue }
                resolved = .known(person)
            }
            guard seen.insert(resolved).inserted else { continue }
            switch resolved {
            case .known(let person):
                let record = gazetteer.reference.people[person]
                let role = gazetteer.role(of: person, on: day)
                result.append((resolved, ExtractedEvent.Participant(key: record.key, name: record.name, office: role?.office, country: role?.country)))
            case .new(let folded):
                guard let person = newPeople[folded] else { continue }
                result.append((resolved, ExtractedEvent.Participant(key: nil, name: person.name, office: person.office, country: person.country)))
            case .role:
                continue
            }
        }
        return result
    }

    // MARK: - Places

    private func placeGuess(_ index: Int) -> PlaceGuess {
        let place = gazetteer.reference.places[index]
        let country = place.country.map { gazetteer.countryName($0) }
        switch place.kind {
        case .venue: return PlaceGuess(place: place.name, city: place.city, country: country, rank: 3)
        case .city: return PlaceGuess(place: place.name, city: place.name, country: country, rank: 2)
        case .region: return PlaceGuess(place: place.name, city: nil, country: country, rank: 1)
        }
    }

    /// The most specific place a sentence gives: a venue anywhere, a city or
    /// region or country after a place preposition ("di", "in", "à", "nach").
    /// Near a cue (`near`), a city, region or country counts only close to it: "met at the spaceport
    /// in Amur on Wednesday, and said the talks covered the war in Ukraine" happened in Amur.
    private func place(in article: Article, hits: ArraySlice<Hit>, sentence: Int, near anchor: Hit? = nil, destinations: Bool = true) -> PlaceGuess? {
        var best: PlaceGuess?
        var bestHit: Hit?
        // "the war in Gaza", "perang di Ukraina", "la guerre à Gaza": a place after a topic word is what was talked about.
        let topicEnds = Set(gazetteer.cues(.topic, in: hits).map(\.hit.end))
        // Value 1 marks a destination ("ke", "to", "nach"): skipped when `destinations` is false.
        let prepositionEnds = Set(gazetteer.cues(.placeprep, in: hits).compactMap { hit, value -> Int? in
            guard destinations || value != 1 else { return nil }
            var before = hit.start
            while before > 0, article.bytes[before - 1] == 32 { before -= 1 }
            return topicEnds.contains(before) ? nil : hit.end
        })
        func afterPreposition(_ hit: Hit) -> Bool {
            var start = hit.start
            while start > 0, article.bytes[start - 1] == 32 { start -= 1 }
            if start < hit.start && prepositionEnds.contains(start) { return true }
            // The end of a comma list of names after one: "di Gedung Nusantara, Kementerian Luar Negeri, Jakarta".
            guard start > 0, article.bytes[start - 1] == 44 else { return false }
            var wordStart = true
            for at in stride(from: start - 1, through: max(0, hit.start - 60), by: -1) {
                let byte = article.bytes[at]
                if prepositionEnds.contains(at + 1), byte == 32 || at + 1 < hit.start && article.bytes[at + 1] == 32 { return at + 1 < start }
                if byte == 32 || byte == 44 { wordStart = true; continue }
                let isLetter = (byte | 0x20) >= 97 && (byte | 0x20) <= 122 || byte >= 0x80
                guard isLetter || byte == 46 || byte == 45 else { return false }
                // Each word of the list is a name: it starts with a capital.
                if wordStart, at > 0, article.bytes[at - 1] == 32, byte >= 97, byte <= 122 { return false }
                wordStart = false
            }
            return false
        }
        for hit in hits {
            let guess: PlaceGuess
            switch gazetteer.payloads[Int(hit.payload)].entry {
            case .place(let index):
                // Even a venue needs a preposition: "juru bicara Kremlin", "the White House said" name no place.
                guard afterPreposition(hit) else { continue }
                guess = placeGuess(index)
                if guess.rank < 3, let anchor, !isNear(hit, anchor, verbLast: article.language == "de") { continue }
            case .country(let code, let kind) where kind != .demonym:
                guard afterPreposition(hit), anchor.map({ isNear(hit, $0, verbLast: article.language == "de") }) ?? true else { continue }
                guess = PlaceGuess(place: nil, city: nil, country: gazetteer.countryName(code), rank: 0)
            default:
                continue
            }
            if best == nil || guess.rank > best!.rank {
                (best, bestHit) = (guess, hit)
                best!.offset = hit.start
            }
        }
        // "Istana Negara, Kuala Lumpur": a venue name followed by a city of another country is that city's.
        if let venue = best, venue.rank == 3, let venueHit = bestHit, venueHit.end < article.bytes.count, article.bytes[venueHit.end] == 44 {
            for hit in hits where hit.start > venueHit.end && hit.start - venueHit.end <= 2 {
                guard case .place(let index) = gazetteer.payloads[Int(hit.payload)].entry else { continue }
                let city = placeGuess(index)
                if city.rank == 2, city.country != venue.country { return city }
            }
        }
        return best
    }

    /// Within 60 bytes before a cue or 160 after it; 200 before it where the verb comes last
    /// ("In Peking wird der Kanzler den chinesischen Staatschef Xi Jinping treffen").
    private func isNear(_ hit: Hit, _ anchor: Hit, verbLast: Bool) -> Bool {
        hit.start >= anchor.start - (verbLast ? 200 : 60) && hit.start <= anchor.end + 160
    }

    /// A dateline city: "JAKARTA, KOMPAS.com -", "WOODSIDE, Calif. (Reuters) -", "Berlin (dpa) -".
    private func dateline(in article: Article, hits: ArraySlice<Hit>, sentence: Sentence) -> PlaceGuess? {
        guard let hit = hits.first, hit.start == sentence.range.lowerBound,
              case .place(let index) = gazetteer.payloads[Int(hit.payload)].entry else { return nil }
        let next = hit.end < article.bytes.count ? article.bytes[hit.end] : 0
        let word = article.bytes[hit.start..<hit.end]
        let shouting = word.allSatisfy { !($0 >= 97 && $0 <= 122) }
        guard next == 44 && shouting || next == 32 && hit.end + 1 < article.bytes.count && article.bytes[hit.end + 1] == 40 else { return nil }
        return placeGuess(index)
    }
}
