/// Finds the people an article names: by name or alias, by role and name,
/// by role alone, and by surname after a full mention.
struct MentionFinder {
    let gazetteer: Gazetteer
    let article: Article

    /// Folded words allowed between an office and its country ("President of Russia", "presidente de Rusia").
    private static let connectors: Set<String> = ["", "of", "of the", "de", "de la", "del", "du", "de l'", "des", "von", "der", "'s", "s", ","]
    /// Lower-case particles inside names ("Mohammed bin Salman", "Luiz Inácio Lula da Silva").
    private static let particles: Set<String> = ["bin", "binti", "al", "el", "de", "da", "do", "dos", "van", "von", "der", "la", "du", "del", "le"]

    func find() -> (mentions: [PersonMention], newPeople: [String: NewPerson]) {
        let hits = article.hits
        let payloads = gazetteer.payloads
        let bytes = article.bytes
        // Named hits (people, places, country names) hidden inside a longer named hit are dropped.
        func isNamed(_ hit: Hit) -> Bool {
            switch payloads[Int(hit.payload)].entry {
            case .person, .place: return true
            case .country(_, let kind): return kind != .demonym
            default: return false
            }
        }
        var hidden = [Bool](repeating: false, count: hits.count)
        var widest: [Bool: Hit] = [:]  // per family (named or office), the hit reaching furthest so far
        for (index, hit) in hits.enumerated() {
            let named = isNamed(hit)
            guard named || isOffice(hit) else { continue }
            if let container = widest[named], container.contains(hit) {
                hidden[index] = true
            } else if widest[named].map({ hit.end > $0.end }) ?? true {
                widest[named] = hit
            }
        }
        var mentions: [PersonMention] = []
        var newPeople: [String: NewPerson] = [:]
        var usedPersonHits = [Bool](repeating: false, count: hits.count)
        var roleSpans: [Range<Int>] = []

        // Roles: an office with its country, and the name after them.
        for (index, hit) in hits.enumerated() where !hidden[index] {
            guard case .office(let office) = payloads[Int(hit.payload)].entry else { continue }
            var span = hit.start..<hit.end
            var country: String?
            // Country before: "Russian President", "Indonesia's President", "russische Präsident".
            var k = index - 1
            while k >= 0, hits[k].start >= hit.start - 40 {
                if case .country(let code, _) = payloads[Int(hits[k].payload)].entry, hits[k].end <= hit.start,
                   Self.connectors.contains(gap(hits[k].end, hit.start)) {
                    country = code
                    span = hits[k].start..<hit.end
                    break
                }
                k -= 1
            }
            // Country after: "Presiden Rusia", "président russe", "President of Russia".
            if country == nil {
                var k = index + 1
                while k < hits.count, hits[k].start <= hit.end + 12 {
                    if !hidden[k], case .country(let code, _) = payloads[Int(hits[k].payload)].entry, hits[k].start >= hit.end,
                       Self.connectors.contains(gap(hit.end, hits[k].start)) {
                        country = code
                        span = hit.start..<hits[k].end
                        break
                    }
                    k += 1
                }
            }
            roleSpans.append(span)
            // The name that follows, if any.
            var nameStart = span.upperBound
            while nameStart < bytes.count, bytes[nameStart] == 32 || bytes[nameStart] == 44 { nameStart += 1 }
            // Hits are sorted by start: the first at `nameStart` by binary search.
            var low = 0
            var high = hits.count
            while low < high {
                let mid = (low + high) >> 1
                if hits[mid].start < nameStart { low = mid + 1 } else { high = mid }
            }
            var personIndex: Int?
            while low < hits.count, hits[low].start == nameStart {
                if !hidden[low] && isPerson(hits[low]) { personIndex = low; break }
                low += 1
            }
            if let personIndex, case .person(let person) = payloads[Int(hits[personIndex].payload)].entry {
                usedPersonHits[personIndex] = true
                mentions.append(PersonMention(reference: .known(person), range: span.lowerBound..<hits[personIndex].end, form: .name))
                continue
            }
            if nameStart - span.upperBound <= 2, let country, let nameRange = capitalizedName(at: nameStart) {
                let name = String(decoding: bytes[nameRange], as: UTF8.self)
                let folded = TextFolding.fold(name)
                newPeople[folded] = newPeople[folded] ?? NewPerson(name: name, office: office, country: country)
                mentions.append(PersonMention(reference: .new(folded), range: span.lowerBound..<nameRange.upperBound, form: .name))
                continue
            }
            if let country {
                // A role right after a name is an apposition: "Putin, presiden Rusia".
                var before = span.lowerBound
                while before > 0, bytes[before - 1] == 32 || bytes[before - 1] == 44 { before -= 1 }
                let follows = mentions.contains { $0.range.upperBound == before } || hits.contains { $0.end == before && isPerson($0) }
                if !follows {
                    mentions.append(PersonMention(reference: .role(office: office, country: country), range: span, form: .role))
                }
            }
        }
        // Names and aliases on their own.
        for (index, hit) in hits.enumerated() where !hidden[index] && !usedPersonHits[index] {
            guard case .person(let person) = payloads[Int(hit.payload)].entry else { continue }
            if mentions.contains(where: { $0.range.overlaps(hit.start..<hit.end) }) { continue }
            mentions.append(PersonMention(reference: .known(person), range: hit.start..<hit.end, form: .name))
        }
        // Surnames: the first and last word of each full name used. Two people sharing one ("Kim Jong Un",
        // "Kim Dae-jung"): the one named in full more often (the first named on a tie) is the one meant.
        var surnames: [String: PersonMention.Reference] = [:]
        var ambiguous = Set<String>()
        var fullCounts: [PersonMention.Reference: (count: Int, first: Int)] = [:]
        for mention in mentions where mention.form == .name {
            fullCounts[mention.reference, default: (0, mention.range.lowerBound)].count += 1
        }
        var bearers: [String: Set<PersonMention.Reference>] = [:]
        let stopWords = gazetteer.surnameStopWords
        for mention in mentions where mention.form == .name {
            let words: [String]
            switch mention.reference {
            case .known(let person): words = gazetteer.personNameWords[person]
            case .new(let folded): words = TextFolding.fold(newPeople[folded]?.name ?? folded).split(separator: " ").map(String.init)
            case .role: continue
            }
            for word in Set([words.first, words.last].compactMap { $0 }) where word.count >= 3 && !stopWords.contains(word) {
                if let other = surnames[word], other != mention.reference { ambiguous.insert(word) }
                surnames[word] = mention.reference
                bearers[word, default: []].insert(mention.reference)
            }
        }
        // Named in full equally often ("Kim Jong Un", then "Kim's father, Kim Jong Il"): each bare surname is the
        // bearer named in full last before it (the first named after it when none was before).
        var tied: [String: Set<PersonMention.Reference>] = [:]
        for word in ambiguous {
            let ranked = bearers[word, default: []].map { ($0, fullCounts[$0] ?? (0, Int.max)) }
                .sorted { $0.1.count != $1.1.count ? $0.1.count > $1.1.count : $0.1.first < $1.1.first }
            surnames[word] = ranked.count >= 2 && ranked[0].1.count > ranked[1].1.count ? ranked[0].0 : nil
            if surnames[word] == nil { tied[word] = bearers[word] }
        }
        let fullMentions = mentions.filter { $0.form == .name }
        func nearestBearer(_ word: String, at offset: Int) -> PersonMention.Reference? {
            guard let candidates = tied[word] else { return nil }
            let named = fullMentions.filter { candidates.contains($0.reference) }
            return (named.last { $0.range.upperBound <= offset } ?? named.first)?.reference
        }
        if !surnames.isEmpty || !tied.isEmpty {
            // An ASCII word folds to its lower case: look it up by bytes, without making a String.
            var asciiSurnames: [[UInt8]: PersonMention.Reference] = [:]
            for (word, reference) in surnames { asciiSurnames[Array(word.utf8)] = reference }
            var lowered: [UInt8] = []
            var index = 0
            while index < bytes.count {
                guard index == 0 || !isWordByte(bytes[index - 1]), Gazetteer.startsUppercase(bytes, at: index), isWordByte(bytes[index]) else {
                    index += 1
                    continue
                }
                var end = index
                var ascii = true
                while end < bytes.count, isWordByte(bytes[end]) {
                    if bytes[end] >= 0x80 { ascii = false }
                    end += 1
                }
                let found: PersonMention.Reference?
                if ascii {
                    lowered.removeAll(keepingCapacity: true)
                    for k in index..<end { lowered.append(bytes[k] >= 65 && bytes[k] <= 90 ? bytes[k] + 32 : bytes[k]) }
                    found = asciiSurnames[lowered] ?? (tied.isEmpty ? nil : nearestBearer(String(decoding: lowered, as: UTF8.self), at: index))
                } else {
                    let word = TextFolding.fold(String(decoding: bytes[index..<end], as: UTF8.self))
                    found = surnames[word] ?? nearestBearer(word, at: index)
                }
                if let reference = found,
                   !mentions.contains(where: { $0.range.overlaps(index..<end) }),
                   !hits.contains(where: { $0.start <= index && $0.end >= end && isNamed($0) && !isPerson($0) }) {
                    mentions.append(PersonMention(reference: reference, range: index..<end, form: .surname))
                }
                index = end
            }
        }
        mentions.sort { $0.range.lowerBound < $1.range.lowerBound }
        return (mentions, newPeople)
    }

    private func isOffice(_ hit: Hit) -> Bool {
        if case .office = gazetteer.payloads[Int(hit.payload)].entry { return true }
        return false
    }

    private func isPerson(_ hit: Hit) -> Bool {
        if case .person = gazetteer.payloads[Int(hit.payload)].entry { return true }
        return false
    }

    private func isWordByte(_ byte: UInt8) -> Bool {
        (byte | 0x20) >= 97 && (byte | 0x20) <= 122 || byte >= 0x80 || (byte >= 48 && byte <= 57)
    }

    /// The folded text between two offsets, trimmed.
    private func gap(_ from: Int, _ to: Int) -> String {
        guard to >= from, to - from <= 12 else { return "\u{0}" }
        return TextFolding.fold(String(decoding: article.bytes[from..<to], as: UTF8.self))
    }

    /// Two to four capitalised words starting at `start` that no other hit claims: a name.
    private func capitalizedName(at start: Int) -> Range<Int>? {
        let bytes = article.bytes
        var words: [Range<Int>] = []
        var index = start
        var pendingParticle: Range<Int>?
        while words.count < 4, index < bytes.count {
            var end = index
            while end < bytes.count, isWordByte(bytes[end]) || bytes[end] == 45 || bytes[end] == 39 { end += 1 }
            guard end > index else { break }
            let word = index..<end
            let text = TextFolding.fold(String(decoding: bytes[word], as: UTF8.self))
            if Gazetteer.startsUppercase(bytes, at: index), !(bytes[index] >= 48 && bytes[index] <= 57) {
                if article.hits.contains(where: { $0.start == index && !isPerson($0) && claimsWord($0) }) { break }
                if let particle = pendingParticle { words.append(particle); pendingParticle = nil }
                words.append(word)
            } else if !words.isEmpty, Self.particles.contains(text), pendingParticle == nil {
                pendingParticle = word
            } else {
                break
            }
            guard end < bytes.count, bytes[end] == 32 else { break }
            index = end + 1
        }
        let capitalized = words.filter { Gazetteer.startsUppercase(bytes, at: $0.lowerBound) }
        guard capitalized.count >= 2, let first = words.first, let last = words.last else { return nil }
        return first.lowerBound..<last.upperBound
    }

    /// Hits that make a capitalised word not part of a name: places, countries, offices, calendar and cue words.
    private func claimsWord(_ hit: Hit) -> Bool {
        switch gazetteer.payloads[Int(hit.payload)].entry {
        case .person: return false
        case .cue(.stop, _): return true
        default: return true
        }
    }
}
