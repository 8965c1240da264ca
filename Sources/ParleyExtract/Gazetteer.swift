import Foundation

/// Everything the extractor looks for in a text, compiled into one automaton:
/// people's names and aliases, country names (from CLDR and the seeds) and
/// demonyms, office phrases, venues, cities and regions, cue words, and the
/// weekday and month names of each language (from CLDR).
public final class Gazetteer: Sendable {
    /// What a pattern stands for.
    public enum Entry: Sendable, Hashable {
        case person(Int)
        case country(code: String, kind: ReferenceData.CountryName.Kind)
        case office(String)
        case place(Int)
        case cue(Lexicon.Kind, value: Int)
        case weekday(Int)
        case month(Int)
    }

    /// One pattern's meaning and the checks a match must pass.
    public struct Payload: Sendable {
        public let entry: Entry
        /// ISO 639-1 code, or "*" for any language.
        public let lang: String
        /// The match must begin with an upper-case letter (names).
        let capitalized: Bool
        /// The match must have exactly these original bytes (short abbreviations like "AS", "PM").
        let exact: [UInt8]?
        /// The pattern may be followed by more letters ("bertemu*").
        let prefix: Bool
    }

    /// The checks of one payload as plain values.
    struct MatchCheck: Sendable {
        /// The payload's language in `languageIDs`.
        let language: UInt8
        let capitalized: Bool
        let exact: Bool
        let prefix: Bool
    }

    public let reference: ReferenceData
    public let lexicon: Lexicon
    public let payloads: [Payload]
    let automaton: Automaton
    /// Per payload, what ``hits(in:folded:language:)`` checks, without the payload's strings.
    let matchChecks: [MatchCheck]
    /// Small numbers for the payloads' languages ("*" is 0).
    let languageIDs: [String: UInt8]
    /// Splits articles into sentences (its abbreviations folded once).
    let splitter: SentenceSplitter
    /// Folded stop and pair words: never a surname ("Presiden", "kedua").
    let surnameStopWords: Set<String>
    /// Per person, the words of the folded name (its first and last may stand alone as a surname).
    let personNameWords: [[String]]
    /// Roles by "office|country", for resolving "the Russian president" on a date.
    let rolesByOffice: [String: [(person: Int, role: ReferenceData.Role)]]
    /// Roles by person index.
    let rolesByPerson: [[ReferenceData.Role]]
    /// Person index by key.
    public let personIndex: [String: Int]
    /// English country names by code.
    public let countryNames: [String: String]

    /// Builds the gazetteer. Country, weekday and month names of each
    /// language in `Lexicon.languages` (and Russian names) come from CLDR.
    public init(reference: ReferenceData, lexicon: Lexicon = .builtin) {
        self.reference = reference
        self.lexicon = lexicon
        var payloads: [Payload] = []
        var patterns: [([UInt8], Int32)] = []
        struct SeenKey: Hashable {
            let folded: String
            let entry: Entry
            let lang: String
        }
        var seen = Set<SeenKey>()

        func add(_ text: String, _ entry: Entry, lang: String, capitalized: Bool) {
            var text = text
            var prefix = false
            if text.hasSuffix("*") {
                text.removeLast()
                prefix = true
            }
            let folded = TextFolding.fold(text)
            guard !folded.isEmpty else { return }
            guard seen.insert(SeenKey(folded: folded, entry: entry, lang: lang)).inserted else { return }
            let letters = text.filter(\.isLetter)
            let isShortCode = letters.count <= 4 && !letters.isEmpty && letters.allSatisfy(\.isUppercase) && text.count <= 6
            let exact: [UInt8]? = (isShortCode || folded.utf8.count <= 2) ? Array(text.utf8) : nil
            payloads.append(Payload(entry: entry, lang: lang, capitalized: capitalized, exact: exact, prefix: prefix))
            patterns.append((Array(folded.utf8), Int32(payloads.count - 1)))
            // A short lowercase preposition also opens a sentence: "In Peking wird …", "Di Istana Bogor, …"
            // (not stop words: "Al-Sultan", "La Paz" say nothing about the language).
            var opensSentence = false
            switch entry {
            case .cue(.placeprep, _), .cue(.yearprep, _): opensSentence = true
            default: break
            }
            if opensSentence, exact != nil, !isShortCode, let first = text.first, first.isLowercase {
                let opening = first.uppercased() + text.dropFirst()
                payloads.append(Payload(entry: entry, lang: lang, capitalized: capitalized, exact: Array(opening.utf8), prefix: prefix))
                patterns.append((Array(folded.utf8), Int32(payloads.count - 1)))
            }
        }

        var personIndex: [String: Int] = [:]
        for (index, person) in reference.people.enumerated() {
            personIndex[person.key] = index
            add(person.name, .person(index), lang: "*", capitalized: true)
        }
        for alias in reference.aliases {
            guard let index = personIndex[alias.person] else { continue }
            add(alias.alias, .person(index), lang: "*", capitalized: true)
        }
        var byOffice: [String: [(person: Int, role: ReferenceData.Role)]] = [:]
        var byPerson = [[ReferenceData.Role]](repeating: [], count: reference.people.count)
        for role in reference.roles {
            guard let index = personIndex[role.person] else { continue }
            byOffice["\(role.office)|\(role.country)", default: []].append((index, role))
            byPerson[index].append(role)
        }
        for office in reference.offices {
            add(office.phrase, .office(office.office), lang: office.lang, capitalized: false)
        }
        // Country names: CLDR for every region in every language, then the seeds.
        var english = CLDRCountryName.english
        for name in CLDRCountryName.all {
            add(name.text, .country(code: name.code, kind: .name), lang: "*", capitalized: true)
            // "Myanmar (Burma)": news writes the name without CLDR's gloss.
            if let gloss = name.text.range(of: " (") {
                add(String(name.text[..<gloss.lowerBound]), .country(code: name.code, kind: .name), lang: "*", capitalized: true)
            }
        }
        for name in reference.countryNames {
            let demonym = name.kind == .demonym
            add(name.text, .country(code: name.country, kind: name.kind), lang: demonym ? name.lang : "*",
                capitalized: !demonym || name.lang == "en")
        }
        english.merge(reference.englishCountryNameOverrides) { _, seed in seed }
        for (index, place) in reference.places.enumerated() {
            add(place.name, .place(index), lang: "*", capitalized: true)
            // Names of several words match in any case ("au palais de l'Élysée", "cosmódromo de Vostochny");
            // a one-word name must be capitalized as written (Nice, Split).
            for alias in place.aliases {
                add(alias, .place(index), lang: "*", capitalized: !alias.contains(" ") && alias.first?.isUppercase ?? true)
            }
        }
        for entry in lexicon.entries {
            switch entry.kind {
            case .weekday: add(entry.text, .weekday(entry.value), lang: entry.lang, capitalized: false)
            case .month: add(entry.text, .month(entry.value), lang: entry.lang, capitalized: false)
            default: add(entry.text, .cue(entry.kind, value: entry.value), lang: entry.lang, capitalized: entry.kind == .abbrev)
            }
        }
        for lang in Lexicon.languages {
            let formatter = DateFormatter()
            formatter.locale = Locale(identifier: lang)
            for (index, name) in formatter.weekdaySymbols.enumerated() {
                add(name, .weekday(index + 1), lang: lang, capitalized: false)
            }
            for symbols in [formatter.monthSymbols, formatter.shortMonthSymbols, formatter.standaloneMonthSymbols] {
                for (index, name) in symbols.enumerated() {
                    let trimmed = name.hasSuffix(".") ? String(name.dropLast()) : name
                    add(trimmed, .month(index + 1), lang: lang, capitalized: false)
                }
            }
        }
        self.payloads = payloads
        self.automaton = Automaton(patterns: patterns)
        var languageIDs: [String: UInt8] = ["*": 0]
        for payload in payloads where languageIDs[payload.lang] == nil {
            languageIDs[payload.lang] = UInt8(truncatingIfNeeded: languageIDs.count)
        }
        precondition(languageIDs.count < Int(UInt8.max), "too many pattern languages")
        self.languageIDs = languageIDs
        self.matchChecks = payloads.map { payload in
            MatchCheck(language: languageIDs[payload.lang]!, capitalized: payload.capitalized, exact: payload.exact != nil, prefix: payload.prefix)
        }
        self.splitter = SentenceSplitter(lexicon: lexicon)
        self.personNameWords = reference.people.map { TextFolding.fold($0.name).split(separator: " ").map(String.init) }
        self.surnameStopWords = Set(lexicon.entries.filter { $0.kind == .stop || $0.kind == .pair }.map { TextFolding.fold($0.text) })
        self.rolesByOffice = byOffice
        self.rolesByPerson = byPerson
        self.personIndex = personIndex
        self.countryNames = english
    }

    /// The built-in gazetteer (seeds embedded in this binary).
    public static let builtin = Gazetteer(reference: .builtin)

    /// The person who held `office` for `country` on `day`, if exactly one did.
    public func holder(of office: String, country: String, on day: Day) -> Int? {
        let holders = (rolesByOffice["\(office)|\(country)"] ?? []).filter { $0.role.isHeld(on: day) }
        let people = Set(holders.map(\.person))
        return people.count == 1 ? people.first : nil
    }

    /// The role `person` held on `day`, if any: a state office before a party office
    /// (Xi Jinping is China's president in a report, not the party's general secretary).
    public func role(of person: Int, on day: Day?) -> ReferenceData.Role? {
        let roles = rolesByPerson[person]
        guard let day else { return roles.last { $0.office != "general_secretary" } ?? roles.last }
        let held = roles.filter { $0.isHeld(on: day) }
        return held.first { $0.office != "general_secretary" } ?? held.first
    }

    /// The English name of a country code (CLDR, or the seeds for UN/EU/…).
    public func countryName(_ code: String) -> String {
        countryNames[code] ?? code
    }
}
