import ParleyExtract

extension Gazetteer {
    /// The office and country a short phrase names, such as "president of
    /// Indonesia", "Presiden Indonesia", "Russian president" or "presidente de
    /// Rusia": exactly one office phrase and one country name (or demonym),
    /// with nothing else between or around them but function words ("of", "de", "'s").
    /// Nil when the phrase names anything else, or more than one of either.
    public func rolePhrase(_ phrase: String) -> OfficeRole? {
        // Country names must be capitalised and short codes ("RI", "US") exact in running text;
        // a query may be typed in any case, so the phrase is also tried in upper case.
        for text in [phrase, phrase.uppercased()] {
            if let role = rolePhrase(utf8: Array(text.utf8)) { return role }
        }
        return nil
    }

    private func rolePhrase(utf8: [UInt8]) -> OfficeRole? {
        let folded = FoldedText(utf8)
        // The widest office and country hits, left to right, none overlapping another.
        var chosen: [(hit: Hit, entry: Entry)] = []
        for hit in hits(in: utf8, folded: folded, language: nil) {
            let entry = payloads[Int(hit.payload)].entry
            switch entry {
            case .office, .country, .person: break
            default: continue
            }
            if let last = chosen.last, hit.start < last.hit.end { continue }
            chosen.append((hit, entry))
        }
        var office: String?
        var country: String?
        for (_, entry) in chosen {
            switch entry {
            case .office(let name):
                guard office == nil else { return nil }
                office = name
            case .country(let code, _):
                guard country == nil else { return nil }
                country = code
            default:
                return nil
            }
        }
        guard let office, let country else { return nil }
        // What is left must be function words.
        var rest = utf8
        for (hit, _) in chosen.reversed() { rest.replaceSubrange(hit.start..<hit.end, with: [32]) }
        let words = TextFolding.fold(String(decoding: rest, as: UTF8.self))
            .split(whereSeparator: { !($0.isLetter || $0.isNumber) }).map(String.init)
        guard words.allSatisfy({ $0 == "s" || functionWords.contains($0) }) else { return nil }
        return OfficeRole(office: office, country: country)
    }

    /// The stop words of every language in the lexicon, folded.
    private var functionWords: Set<String> {
        Set(lexicon.entries.filter { $0.kind == .stop }.map { TextFolding.fold($0.text) })
    }
}
