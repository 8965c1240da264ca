import ParleyResources

/// Cue words of each language, from `seeds/lexicon.tsv`: meeting and call
/// verbs, status markers, relative dates, place prepositions, abbreviations.
public struct Lexicon: Sendable {
    /// What a cue word signals.
    public enum Kind: String, Sendable, CaseIterable {
        case stop, meet, call, planned, cancel, pair, relday, relweek, relmonth, relyear, sameyear
        case yearprep, placeprep, abbrev, past, nonevent, weekday, month, since, related, shift, accompany, neutral, future, absent, dateof, monthdir, weekdaydir, attribution, topic
    }

    public struct Entry: Sendable, Hashable {
        public let lang: String
        public let kind: Kind
        public let text: String
        public let value: Int
    }

    public let entries: [Entry]

    /// Languages the extractor knows (ISO 639-1).
    public static let languages = ["id", "en", "es", "fr", "de"]

    public init(file: String, text: String) throws(ReferenceDataError) {
        let table = try TSVTable(file: file, text: text, columns: ["lang", "kind", "text", "value"])
        var entries: [Entry] = []
        for record in table.records {
            guard let kind = Kind(rawValue: record[1]) else {
                throw ReferenceDataError(file: file, line: record.line, reason: "unknown kind '\(record[1])'")
            }
            guard !record[2].isEmpty else { throw ReferenceDataError(file: file, line: record.line, reason: "empty text") }
            let value: Int
            if record[3].isEmpty {
                value = 0
            } else if let number = Int(record[3]) {
                value = number
            } else {
                throw ReferenceDataError(file: file, line: record.line, reason: "value '\(record[3])' is not an integer")
            }
            entries.append(Entry(lang: record[0], kind: kind, text: record[2], value: value))
        }
        self.entries = entries
    }

    /// The lexicon built into this binary.
    public static let builtin: Lexicon = {
        guard let file = EmbeddedFile.seed(named: "lexicon.tsv") else { fatalError("lexicon.tsv is not embedded") }
        do { return try Lexicon(file: file.name, text: file.text) } catch { fatalError("built-in lexicon is invalid: \(error)") }
    }()
}
