/// Finds date phrases in a byte range of an article, from the gazetteer's
/// month, weekday and relative-date hits and from numeric forms, all on UTF-8 bytes.
struct DateFinder {
    let gazetteer: Gazetteer
    /// Keep dates of reports ("mengutip Reuters, Sabtu (4/2/2023)") and starting points ("since February 2022"):
    /// no event's dates, but they date the article itself.
    var keepsAllDates = false

    func find(in bytes: [UInt8], range: Range<Int>, hits: ArraySlice<Hit>) -> [DateExpression] {
        var found: [DateExpression] = []
        var covered: [Range<Int>] = []
        // Numeric forms.
        var index = range.lowerBound
        while index < range.upperBound {
            guard isDigit(bytes[index]), index == range.lowerBound || !isAlnum(bytes[index - 1]) else { index += 1; continue }
            if let (expression, end) = numericDate(bytes, at: index, limit: range.upperBound) {
                found.append(expression)
                covered.append(expression.range)
                index = end
            } else {
                while index < range.upperBound, isDigit(bytes[index]) { index += 1 }
            }
        }
        let prepositionEnds = Set(gazetteer.cues(.yearprep, in: hits).map(\.hit.end))
        // Where "last year" / "that year" phrases start: a month right before one is a date even without a preposition.
        let yearPhraseStarts = (gazetteer.cues(.relyear, in: hits) + gazetteer.cues(.sameyear, in: hits)).map(\.hit.start)
        // Words saying which way a month or weekday lies: (where, forward).
        func wayWords(_ kind: Lexicon.Kind) -> [(start: Int, end: Int, forward: Bool)] {
            gazetteer.cues(kind, in: hits).map { ($0.hit.start, $0.hit.end, $0.value > 0) }
        }
        let towardWords = wayWords(.monthdir)
        let weekdayWords = wayWords(.weekdaydir)
        let neutral = gazetteer.cues(.neutral, in: hits).map { $0.hit.start..<$0.hit.end }
        for hit in hits {
            guard !covered.contains(where: { $0.overlaps(hit.start..<hit.end) }) else { continue }
            switch gazetteer.payloads[Int(hit.payload)].entry {
            case .month(let month):
                let afterPreposition = followsPreposition(bytes, hit.start, range.lowerBound, prepositionEnds)
                if let expression = monthDate(bytes, hit: hit, month: month, limit: range) {
                    found.append(expression)
                    covered.append(expression.range)
                } else if afterPreposition, let toward = towardWords.first(where: { $0.start >= hit.end && $0.start - hit.end <= 1 }) {
                    // "pada Oktober mendatang", "pada Juni lalu" ("pemilihan Februari lalu" names the election).
                    found.append(DateExpression(kind: .monthToward(month, forward: toward.forward), range: hit.start..<toward.end))
                    covered.append(hit.start..<toward.end)
                } else if afterPreposition || yearPhraseStarts.contains(where: { $0 >= hit.end && isLinkBetween(bytes, hit.end, $0) }) {
                    found.append(DateExpression(kind: .month(month), range: hit.start..<hit.end))
                    covered.append(hit.start..<hit.end)
                }
            case .weekday(let weekday):
                // "Good Friday", "Jumat Agung": a named day.
                guard !neutral.contains(where: { $0.lowerBound <= hit.start && hit.end <= $0.upperBound }) else { continue }
                // "next Wednesday", "Rabu depan", "el miércoles pasado": a way word right before or after it.
                if let toward = weekdayWords.first(where: { word in
                    word.start >= hit.end && word.start - hit.end <= 1 || word.end <= hit.start && hit.start - word.end <= 1
                }) {
                    found.append(DateExpression(kind: .weekdayToward(weekday, forward: toward.forward),
                                                range: min(hit.start, toward.start)..<max(hit.end, toward.end)))
                    continue
                }
                found.append(DateExpression(kind: .weekday(weekday), range: hit.start..<hit.end))
            case .cue(.relday, let value):
                found.append(DateExpression(kind: .relativeDays(value), range: hit.start..<hit.end))
            case .cue(.relweek, let value):
                found.append(DateExpression(kind: .relativeWeek(value), range: hit.start..<hit.end))
            case .cue(.relmonth, let value):
                found.append(DateExpression(kind: .relativeMonths(value), range: hit.start..<hit.end))
            case .cue(.yearprep, _):
                var at = hit.end
                while at < range.upperBound, bytes[at] == 32 { at += 1 }
                if let (year, end) = number(bytes, at: at, limit: range.upperBound), end - at == 4, (1945...2100).contains(year),
                   end >= range.upperBound || !isAlnum(bytes[end]),
                   !covered.contains(where: { $0.contains(at) }) {
                    found.append(DateExpression(kind: .year(year), range: hit.start..<end))
                    covered.append(hit.start..<end)
                }
            default:
                break
            }
        }
        // "November last year", "Maret tahun lalu", "en febrero de ese mismo año": the year phrase completes the month before it.
        for hit in hits {
            guard let cue = gazetteer.cue(of: hit), cue.kind == .relyear || cue.kind == .sameyear else { continue }
            let same = cue.kind == .sameyear
            let years = same ? 0 : cue.value
            let monthIndex = found.lastIndex { expression in
                guard expression.range.upperBound <= hit.start, isLinkBetween(bytes, expression.range.upperBound, hit.start) else { return false }
                switch expression.kind {
                case .month, .dayMonth: return true
                default: return false
                }
            }
            if same {
                // The year named last before it in the sentence.
                guard let monthIndex, let year = found[..<monthIndex].reversed().lazy.compactMap(\.year).first else { continue }
                let expression = found[monthIndex]
                switch expression.kind {
                case .month(let month):
                    found[monthIndex] = DateExpression(kind: .monthYear(year: year, month: month), range: expression.range.lowerBound..<hit.end)
                case .dayMonth(let day, let month):
                    guard let date = Day(year: year, month: month, day: day) else { continue }
                    found[monthIndex] = DateExpression(kind: .day(date), range: expression.range.lowerBound..<hit.end)
                default:
                    continue
                }
            } else if let monthIndex {
                let expression = found[monthIndex]
                switch expression.kind {
                case .month(let month):
                    found[monthIndex] = DateExpression(kind: .relativeYears(years, month: month, day: nil), range: expression.range.lowerBound..<hit.end)
                case .dayMonth(let day, let month):
                    found[monthIndex] = DateExpression(kind: .relativeYears(years, month: month, day: day), range: expression.range.lowerBound..<hit.end)
                default:
                    continue
                }
            } else if !covered.contains(where: { $0.overlaps(hit.start..<hit.end) }) {
                found.append(DateExpression(kind: .relativeYears(years, month: nil, day: nil), range: hit.start..<hit.end))
            }
        }
        // "Seperti dilansir Reuters, Kamis (14/9/2023), …", "told reporters on Thursday": the day of the report, not of the event
        // (unless a meeting or call is named in between: "according to the Kremlin, the two met on Wednesday").
        for (hit, _) in keepsAllDates ? [] : gazetteer.cues(.attribution, in: hits) {
            found.removeAll { expression in
                guard expression.range.lowerBound >= hit.end, expression.range.lowerBound - hit.end <= 30,
                      !bytes[hit.end..<expression.range.lowerBound].contains(46) else { return false }
                return !hits.contains { other in
                    other.start >= hit.end && other.start < expression.range.lowerBound && gazetteer.isAction(other)
                }
            }
        }
        // A date soon after "since" is a starting point, not an event's date ("sejak dilantik pada 20 Oktober").
        for (hit, _) in keepsAllDates ? [] : gazetteer.cues(.since, in: hits) {
            found.removeAll { expression in
                // (A year's phrase starts at "since" itself when "since" is also its preposition.)
                guard expression.range.lowerBound >= hit.start, expression.range.upperBound > hit.end,
                      expression.range.lowerBound - hit.start <= 100,
                      !bytes[hit.start..<expression.range.lowerBound].contains(10) else { return false }
                // "since 2000, when he met Kim Jong Il": the year of a meeting named right after it.
                if case .year = expression.kind, hits.contains(where: { other in
                    other.start >= expression.range.upperBound && other.start - expression.range.upperBound <= 20 && gazetteer.isAction(other)
                }) { return false }
                return true
            }
        }
        // "the attacks of Oct. 7", "les attentats du 13 novembre": a date naming a thing gives way to any other date.
        let namingEnds = Set(gazetteer.cues(.dateof, in: hits).map(\.hit.end))
        if !namingEnds.isEmpty {
            let naming = found.filter { expression in
                var at = expression.range.lowerBound
                while at > range.lowerBound, bytes[at - 1] == 32 { at -= 1 }
                return at < expression.range.lowerBound && namingEnds.contains(at)
            }
            if !naming.isEmpty, naming.count < found.count { found.removeAll { naming.contains($0) } }
        }
        // A weekday inside or right next to an explicit date is part of it ("Kamis, 14 September 2023").
        let explicit = found.filter(\.isExplicitDay)
        found.removeAll { expression in
            guard case .weekday = expression.kind else { return false }
            return explicit.contains { other in
                (other.range.overlaps(expression.range)
                    || (other.range.lowerBound >= expression.range.upperBound && other.range.lowerBound - expression.range.upperBound <= 3)
                    || (expression.range.lowerBound >= other.range.upperBound && expression.range.lowerBound - other.range.upperBound <= 2))
            }
        }
        return found.sorted { $0.range.lowerBound < $1.range.lowerBound }
    }

    // MARK: - Numeric forms

    private func numericDate(_ bytes: [UInt8], at start: Int, limit: Int) -> (DateExpression, Int)? {
        guard let (first, firstEnd) = number(bytes, at: start, limit: limit) else { return nil }
        let firstDigits = firstEnd - start
        guard firstEnd < limit else { return nil }
        let separator = bytes[firstEnd]
        // YYYY-MM-DD
        if firstDigits == 4, separator == 45,
           let (month, monthEnd) = number(bytes, at: firstEnd + 1, limit: limit), monthEnd - firstEnd == 3,
           monthEnd < limit, bytes[monthEnd] == 45,
           let (day, dayEnd) = number(bytes, at: monthEnd + 1, limit: limit), dayEnd - monthEnd == 3,
           (1900...2100).contains(first), let date = Day(year: first, month: month, day: day) {
            return (DateExpression(kind: .day(date), range: start..<dayEnd), dayEnd)
        }
        // D/M/YYYY, D/M/YY, D/M (Indonesian order), DD.MM.YYYY
        guard firstDigits <= 2, separator == 47 || separator == 46,
              let (second, secondEnd) = number(bytes, at: firstEnd + 1, limit: limit), secondEnd - firstEnd <= 3 else { return nil }
        var day = first
        var month = second
        if separator == 47, month > 12, day <= 12 { swap(&day, &month) }
        if secondEnd < limit, bytes[secondEnd] == separator,
           let (year, yearEnd) = number(bytes, at: secondEnd + 1, limit: limit), yearEnd - secondEnd == 5 || (separator == 47 && yearEnd - secondEnd == 3) {
            let fullYear = yearEnd - secondEnd == 3 ? 2000 + year : year
            // Years as in month-name dates: "1/2/0121" is no date (and would not print as YYYY).
            guard (1900...2100).contains(fullYear), let date = Day(year: fullYear, month: month, day: day) else { return nil }
            return (DateExpression(kind: .day(date), range: start..<yearEnd), yearEnd)
        }
        // D/M only inside parentheses: "Rabu (13/9)".
        if separator == 47, start > 0, bytes[start - 1] == 40, secondEnd < limit, bytes[secondEnd] == 41,
           Day(year: 2000, month: month, day: day) != nil {
            return (DateExpression(kind: .dayMonth(day: day, month: month), range: start..<secondEnd), secondEnd)
        }
        return nil
    }

    // MARK: - Month names

    private func monthDate(_ bytes: [UInt8], hit: Hit, month: Int, limit: Range<Int>) -> DateExpression? {
        var start = hit.start
        var end = hit.end
        if end < limit.upperBound, bytes[end] == 46 { end += 1 }
        // Day before: "29 Juni", "14. September", "29 de junio", "le 1er juin"
        var day: Int?
        var left = hit.start
        skipBack(bytes, &left, limit.lowerBound, words: [[100, 101]])  // "de"
        if left > limit.lowerBound, bytes[left - 1] == 46 { left -= 1 }
        var digitsStart = left
        while digitsStart > limit.lowerBound, isDigit(bytes[digitsStart - 1]) { digitsStart -= 1 }
        if digitsStart < left, left - digitsStart <= 2, digitsStart == limit.lowerBound || !isAlnum(bytes[digitsStart - 1]),
           let (value, _) = number(bytes, at: digitsStart, limit: left), (1...31).contains(value) {
            day = value
            start = digitsStart
        } else if left >= limit.lowerBound + 3, bytes[left - 1] == 114, bytes[left - 2] == 101, bytes[left - 3] == 49,
                  left == limit.lowerBound + 3 || !isAlnum(bytes[left - 4]) {  // "1er"
            day = 1
            start = left - 3
        }
        // After: "June 29, 2018", "Juni 2018", "de junio de 2018"
        var right = end
        skipForward(bytes, &right, limit.upperBound, words: [[100, 101], [100, 101, 108]])
        var year: Int?
        if let (value, valueEnd) = number(bytes, at: right, limit: limit.upperBound), valueEnd >= limit.upperBound || !isAlpha(bytes[valueEnd]) || isOrdinalSuffix(bytes, valueEnd, limit.upperBound) {
            let digits = valueEnd - right
            if digits == 4, (1900...2100).contains(value) {
                year = value
                end = valueEnd
            } else if digits <= 2, (1...31).contains(value), day == nil {
                day = value
                end = valueEnd
                var after = valueEnd
                while after < limit.upperBound, isAlpha(bytes[after]) { after += 1 }  // 29th
                skipForward(bytes, &after, limit.upperBound, words: [])
                if let (y, yEnd) = number(bytes, at: after, limit: limit.upperBound), yEnd - after == 4, (1900...2100).contains(y) {
                    year = y
                    end = yEnd
                }
            }
        }
        switch (day, year) {
        case let (day?, year?):
            guard let date = Day(year: year, month: month, day: day) else { return nil }
            return DateExpression(kind: .day(date), range: start..<end)
        case let (day?, nil):
            return DateExpression(kind: .dayMonth(day: day, month: month), range: start..<end)
        case let (nil, year?):
            return DateExpression(kind: .monthYear(year: year, month: month), range: start..<end)
        default:
            return nil
        }
    }

    /// Whether only spaces, commas and a linking word ("of", "de", "del", "dari") lie between two offsets.
    private func isLinkBetween(_ bytes: [UInt8], _ from: Int, _ to: Int) -> Bool {
        guard to - from <= 6 else { return false }
        let words = bytes[from..<to].split { $0 == 32 || $0 == 44 }.map { $0.map { $0 | 0x20 } }
        return words.allSatisfy { [[111, 102], [100, 101], [100, 101, 108], [100, 97, 114, 105]].contains($0) } && words.count <= 1
    }

    /// Whether a preposition ends right before `start`, or one word before it ("pada akhir Juli", "in early July").
    private func followsPreposition(_ bytes: [UInt8], _ start: Int, _ lower: Int, _ ends: Set<Int>) -> Bool {
        var index = start
        while index > lower, bytes[index - 1] == 32 { index -= 1 }
        if index < start, ends.contains(index) { return true }
        while index > lower, isAlpha(bytes[index - 1]) { index -= 1 }
        while index > lower, bytes[index - 1] == 32 { index -= 1 }
        return index > lower && ends.contains(index)
    }

    private func isOrdinalSuffix(_ bytes: [UInt8], _ at: Int, _ limit: Int) -> Bool {
        guard at + 1 < limit else { return false }
        let pair = (bytes[at] | 0x20, bytes[at + 1] | 0x20)
        return pair == (115, 116) || pair == (110, 100) || pair == (114, 100) || pair == (116, 104)
    }

    /// Moves `index` back over spaces, commas and any of `words`.
    private func skipBack(_ bytes: [UInt8], _ index: inout Int, _ lower: Int, words: [[UInt8]]) {
        while index > lower, bytes[index - 1] == 32 { index -= 1 }
        for word in words where index - word.count - 1 >= lower {
            if Array(bytes[(index - word.count)..<index]).map({ $0 | 0x20 }) == word, bytes[index - word.count - 1] == 32 {
                index -= word.count
                while index > lower, bytes[index - 1] == 32 { index -= 1 }
            }
        }
    }

    /// Moves `index` forward over spaces, commas and any of `words`.
    private func skipForward(_ bytes: [UInt8], _ index: inout Int, _ upper: Int, words: [[UInt8]]) {
        while index < upper, bytes[index] == 32 || bytes[index] == 44 { index += 1 }
        for word in words where index + word.count < upper {
            if Array(bytes[index..<(index + word.count)]).map({ $0 | 0x20 }) == word, bytes[index + word.count] == 32 {
                index += word.count
                while index < upper, bytes[index] == 32 { index += 1 }
                break
            }
        }
    }

    private func number(_ bytes: [UInt8], at start: Int, limit: Int) -> (Int, Int)? {
        var index = start
        var value = 0
        while index < limit, isDigit(bytes[index]), index - start < 6 {
            value = value * 10 + Int(bytes[index] - 48)
            index += 1
        }
        return index > start ? (value, index) : nil
    }

    @inline(__always) private func isDigit(_ byte: UInt8) -> Bool { byte >= 48 && byte <= 57 }
    @inline(__always) private func isAlpha(_ byte: UInt8) -> Bool { (byte | 0x20) >= 97 && (byte | 0x20) <= 122 || byte >= 0x80 }
    @inline(__always) private func isAlnum(_ byte: UInt8) -> Bool { isDigit(byte) || isAlpha(byte) }
}
