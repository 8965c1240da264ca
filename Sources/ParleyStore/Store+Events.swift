import ParleyExtract

extension Store {
    /// Status order for merging: a later report can move an event forward
    /// (planned → cancelled → occurred), never back, whatever the order of ingest.
    static func statusRank(_ status: String) -> Int {
        switch status {
        case "occurred": 2
        case "cancelled": 1
        default: 0
        }
    }

    /// The person id for a participant: known people by key; people first met
    /// in an article are created, with the role that introduced them.
    func personID(for participant: ExtractedEvent.Participant) throws -> Int {
        if let key = participant.key {
            if let id = referencePersonIDs[key] { return id }
            if let id = try database.scalarInt("SELECT id FROM people WHERE key = ?", [key]) {
                if !key.hasPrefix("article:") { referencePersonIDs[key] = id }
                return id
            }
        }
        let folded = TextFolding.fold(participant.name)
        let key = participant.key ?? "article:\(folded.replacingOccurrences(of: " ", with: "-"))"
        if let id = try database.scalarInt("SELECT id FROM people WHERE key = ?", [key]) { return id }
        try database.execute("INSERT INTO people(key, name, folded, source) VALUES (?, ?, ?, 'article')", [key, participant.name, folded])
        let id = Int(database.lastInsertedRowID)
        if let office = participant.office, let country = participant.country {
            try database.execute("INSERT OR IGNORE INTO countries(code, name) VALUES (?, ?)", [country, country])
            try database.execute("INSERT OR IGNORE INTO roles(person, office, country, source) VALUES (?, ?, ?, 'article')", [id, office, country])
        }
        return id
    }

    /// Stores one event of article `article`: merges it into a stored event that is the same real meeting (never one
    /// of `ownEvents`, the events the article is already a source of) or creates one. Returns the event's id and
    /// whether it was created.
    func store(_ event: ExtractedEvent, article: Int, excluding ownEvents: Set<Int>,
               statements: IngestStatements) throws -> (id: Int, created: Bool) {
        var people: [(id: Int, participant: ExtractedEvent.Participant)] = []
        for participant in event.participants {
            let id = try personID(for: participant)
            if !people.contains(where: { $0.id == id }) { people.append((id, participant)) }
        }
        let key = MergeCandidateCache.Key(participants: people.map(\.id).sorted().map(String.init).joined(separator: ","),
                                          type: event.type.rawValue)
        let date = event.date
        // Find the same real meeting: same type and people, compatible date and place.
        // Events of one article are distinct by construction: only other articles' events are candidates.
        let candidates = try mergeCandidates(key, date: date, article: article, statements: statements)
            .filter { !ownEvents.contains($0.id) }
        // Among several, the one whose date agrees exactly wins over a neighbouring day.
        let matching = candidates.filter { stored in
            guard Self.datesMatch(stored.date, date),
                  Self.placesMatch((stored.place, stored.city, stored.country), (event.place, event.city, event.country)) else { return false }
            // Two venues of one city on neighbouring days are two meetings (talks at the palace, then at the ministry).
            let twoVenues = Self.placeRank(stored.place, stored.city, stored.country) == 4 && Self.placeRank(event.place, event.city, event.country) == 4
                && stored.place != event.place
            return !twoVenues || stored.date.map { old in date.map { old.isCompatible(with: $0) } ?? true } ?? true
        }
        // Among several, the most telling: a date that agrees (not just one day off or unknown), then the same status,
        // then a place on both sides, then the oldest event.
        let match = matching.min { a, b in
            func rank(_ stored: MergeCandidateCache.Event) -> (Int, Int, Int, Int) {
                let dateRank: Int
                if let old = stored.date, let new = date { dateRank = old.isCompatible(with: new) ? 0 : 2 } else { dateRank = 1 }
                let placeRank = stored.place != nil && event.place != nil ? 0 : 1
                return (dateRank, stored.status == event.status.rawValue ? 0 : 1, placeRank, stored.id)
            }
            return rank(a) < rank(b)
        }
        let eventID: Int
        if let stored = match {
            eventID = stored.id
            // The more precise date wins; between two days one apart, the earlier (so that order does not matter).
            let betterDate = date.map { new in
                stored.date.map { old in new.precision > old.precision || new.precision == old.precision && new.description < old.description } ?? true
            } ?? false
            let newDate = betterDate ? date : stored.date
            let status = Self.statusRank(event.status.rawValue) > Self.statusRank(stored.status) ? event.status.rawValue : stored.status
            // A more specific place refines the stored one (country → city → venue); placesMatch made sure they agree.
            // Between two places as specific, the one of the report with the more precise date, then the first in
            // name order, so that the order of ingest does not matter.
            let newRank = Self.placeRank(event.place, event.city, event.country)
            let storedRank = Self.placeRank(stored.place, stored.city, stored.country)
            let newPrecision = date?.precision, storedPrecision = stored.date?.precision
            let morePrecise = newPrecision.map { new in storedPrecision.map { new > $0 } ?? true } ?? false
            let asPrecise = newPrecision == storedPrecision
            let takePlace = newRank > storedRank
                || newRank == storedRank && newRank > 0 && (morePrecise
                    || asPrecise && (event.place ?? event.country ?? "") < (stored.place ?? stored.country ?? ""))
            noteEventDate(newDate)
            // A report that adds nothing (the usual case for the fifth outlet) writes only its source row.
            let unchanged = newDate?.description == stored.date?.description && status == stored.status
                && event.confidence <= stored.confidence && !takePlace
            if !unchanged {
                let updated = MergeCandidateCache.Event(
                    id: eventID, date: newDate.flatMap { PartialDate($0.description) }, status: status,
                    place: takePlace ? event.place : stored.place, city: takePlace ? event.city : stored.city,
                    country: takePlace ? event.country : stored.country, confidence: max(stored.confidence, event.confidence))
                try statements.updateEvent.execute(
                    [newDate?.description, newDate?.precision.rawValue, status, event.confidence,
                     updated.place, updated.city, updated.country, eventID])
                mergeCache.update(updated, for: key)
            }
        } else {
            noteEventDate(date)
            try statements.insertEvent.execute(
                [event.type.rawValue, event.status.rawValue, date?.description, date?.precision.rawValue,
                 event.place, event.city, event.country, event.confidence, key.participants, currentStamp()])
            eventID = Int(database.lastInsertedRowID)
            for (id, participant) in people {
                try statements.insertParticipant.execute([eventID, id, participant.office, participant.country])
            }
            mergeCache.add(MergeCandidateCache.Event(
                id: eventID, date: date.flatMap { PartialDate($0.description) }, status: event.status.rawValue,
                place: event.place, city: event.city, country: event.country, confidence: event.confidence), for: key)
        }
        try statements.insertSource.execute(
            [eventID, article, event.evidence, event.evidenceRange.lowerBound, event.evidenceRange.upperBound,
             event.status.rawValue, event.confidence])
        return (eventID, match == nil)
    }

    /// Equal dates, one the coarser form of the other, or days one apart
    /// (time zones, publication lag). An unknown date matches any.
    static func datesMatch(_ a: PartialDate?, _ b: PartialDate?) -> Bool {
        guard let a, let b else { return true }
        if a.isCompatible(with: b) { return true }
        if let x = a.fullDay, let y = b.fullDay { return abs(x.ordinal - y.ordinal) <= 1 }
        return false
    }

    /// How specific a place is: a venue 4, a city 3, a region 2, a country alone 1, nothing 0.
    static func placeRank(_ place: String?, _ city: String?, _ country: String?) -> Int {
        if let place, place != city { return city == nil ? 2 : 4 }
        if city != nil { return 3 }
        return country != nil ? 1 : 0
    }

    /// Equal places, one inside the other (venue in its city, city in its
    /// country), or one unknown.
    static func placesMatch(_ a: (String?, String?, String?), _ b: (String?, String?, String?)) -> Bool {
        if let x = a.2, let y = b.2, x != y { return false }
        if let x = a.1, let y = b.1, x != y { return false }
        // Two regions or venues without a city (Bali, Nusa Dua) in one country may nest: the gazetteer knows no
        // hierarchy below the country. A region against a city stays apart (Alaska is not Washington).
        if let x = a.0, let y = b.0, x != y, a.1 == nil || b.1 == nil { return x == b.1 || y == a.1 || a.1 == nil && b.1 == nil && a.2 != nil && a.2 == b.2 }
        return true
    }
}
