/// An article after the first analysis steps: language, publication date,
/// sentences and every gazetteer hit, with byte offsets into `bytes`.
public struct Article: Sendable {
    public let input: ArticleInput
    public let bytes: [UInt8]
    public let title: String
    public let language: String
    public let publicationDate: Day?
    /// The day relative dates are resolved against: the publication date, or when the article
    /// gives none, the day of a weekday written beside a day and month ("ce mercredi 13 septembre")
    /// in the first year from the latest year the article names on which that day is that weekday.
    public let referenceDate: Day?
    public let sentences: [Sentence]
    public let hits: [Hit]

    /// The text of a byte range.
    public func text(_ range: Range<Int>) -> String {
        String(decoding: bytes[range], as: UTF8.self)
    }

    /// Unicode scalar offset of byte offset `offset`.
    public func scalarOffset(_ offset: Int) -> Int {
        var count = 0
        for byte in bytes[0..<offset] where byte & 0xC0 != 0x80 { count += 1 }
        return count
    }
}

extension Gazetteer {
    /// Reads an article: finds every hit, detects the language from function
    /// words, splits sentences and finds the publication date in the header
    /// lines (or takes the one given).
    public func analyze(_ input: ArticleInput) -> Article {
        let bytes = Array(input.text.utf8)
        let folded = FoldedText(bytes)
        let all = hits(in: bytes, folded: folded, language: nil)
        var language = input.language
        if language == nil {
            var scores: [String: Int] = [:]
            for hit in all {
                let payload = payloads[Int(hit.payload)]
                if case .cue(.stop, _) = payload.entry { scores[payload.lang, default: 0] += 1 }
            }
            language = scores.max { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key }?.key ?? "en"
        }
        let lang = language ?? "en"
        let wanted = languageIDs[lang] ?? UInt8.max
        let hits = all.filter { hit in
            let payloadLang = matchChecks[Int(hit.payload)].language
            return payloadLang == 0 || payloadLang == wanted
        }
        let sentences = splitter.split(bytes, titleLine: input.title == nil)
        let title = input.title ?? sentences.first.map { String(decoding: bytes[$0.range], as: UTF8.self) } ?? ""
        var date = input.date ?? headerDate(bytes: bytes, hits: hits)
        var reference = date
        if date == nil {
            // The dates of the whole text, read once for both of the fallbacks.
            let expressions = DateFinder(gazetteer: self, keepsAllDates: true).find(in: bytes, range: 0..<bytes.count, hits: hits[...])
            date = weekdayAnchoredDate(expressions, hits: hits)
            reference = date ?? inferredDate(expressions)
        }
        return Article(input: input, bytes: bytes, title: title, language: lang, publicationDate: date, referenceDate: reference,
                       sentences: sentences, hits: hits)
    }

    /// The publication date written in the header: the first full date in the first lines
    /// before the body (and the first 120 bytes of the body, where a dateline stands).
    func headerDate(bytes: [UInt8], hits: [Hit]) -> Day? {
        let finder = DateFinder(gazetteer: self, keepsAllDates: true)
        // Header: lines up to the first that looks like body text (long).
        var headerEnd = 0
        var lines = 0
        var index = 0
        var lineStart = 0
        while index <= bytes.count, lines < 6 {
            if index == bytes.count || bytes[index] == 10 {
                let length = index - lineStart
                if lines > 0 && length > 200 { break }
                headerEnd = index
                lines += 1
                lineStart = index + 1
            }
            index += 1
        }
        // The first line of the body often starts with a dateline: include its first 120 bytes.
        let datelineEnd = min(bytes.count, max(headerEnd, 0) + 121)
        let headerHits = hits.filter { $0.end <= datelineEnd }
        let headerDates = finder.find(in: bytes, range: 0..<datelineEnd, hits: headerHits[...])
        if let date = headerDates.first(where: \.isExplicitDay), case .day(let day) = date.kind { return day }
        return nil
    }

    /// The publication date when the header has none: the first full date of the text (`expressions`) written
    /// right after a weekday ("mengutip DW, Kamis, 14 September 2023"), else nil.
    func weekdayAnchoredDate(_ expressions: [DateExpression], hits: [Hit]) -> Day? {
        let weekdays = hits.compactMap { hit -> Hit? in
            if case .weekday = payloads[Int(hit.payload)].entry { return hit }
            return nil
        }
        for expression in expressions {
            guard case .day(let day) = expression.kind else { continue }
            if weekdays.contains(where: { $0.end <= expression.range.lowerBound && expression.range.lowerBound - $0.end <= 3 }) {
                return day
            }
        }
        return nil
    }

    /// A day for an undated article from a weekday beside a day and month (else the article's first weekday
    /// and first day and month), in the first fitting year from the latest year the article names (or 2000).
    func inferredDate(_ expressions: [DateExpression]) -> Day? {
        let latestYear = expressions.compactMap(\.year).max() ?? 2000
        for (index, expression) in expressions.enumerated() {
            guard case .dayMonth(let day, let month) = expression.kind else { continue }
            // "Mercredi 13 septembre", "Wednesday, September 13", "13 septembre, mercredi".
            let weekday = [index - 1, index + 1].lazy.filter { expressions.indices.contains($0) }.compactMap { other -> Int? in
                guard case .weekday(let weekday) = expressions[other].kind else { return nil }
                let gap = other < index ? expression.range.lowerBound - expressions[other].range.upperBound
                    : expressions[other].range.lowerBound - expression.range.upperBound
                return gap >= 0 && gap <= 3 ? weekday : nil
            }.first
            guard let weekday else { continue }
            if let found = Self.firstYear(from: latestYear, month: month, day: day, weekday: weekday) { return found }
        }
        // Else the first weekday and the first day and month of the article, taken as one day
        // ("said on Wednesday …" and later "the same day, Feb. 12").
        let firstWeekday = expressions.lazy.compactMap { expression -> Int? in
            if case .weekday(let weekday) = expression.kind { return weekday }
            return nil
        }.first
        let firstDayMonth = expressions.lazy.compactMap { expression -> (day: Int, month: Int)? in
            if case .dayMonth(let day, let month) = expression.kind { return (day, month) }
            return nil
        }.first
        if let weekday = firstWeekday, let date = firstDayMonth {
            return Self.firstYear(from: latestYear, month: date.month, day: date.day, weekday: weekday)
        }
        return nil
    }

    /// The first year from `year` in which that day and month falls on that weekday (every weekday does within eleven years).
    static func firstYear(from year: Int, month: Int, day: Int, weekday: Int) -> Day? {
        (year...(year + 11)).lazy.compactMap { Day(year: $0, month: month, day: day) }.first { $0.weekday == weekday }
    }
}
