import Testing
@testable import ParleyExtract

/// A gazetteer with calendar and cue words only: dates need no people.
let calendarGazetteer = Gazetteer(reference: ReferenceData())

/// The date the strongest date phrase of `text` resolves to, against `article`.
func resolvedDate(_ text: String, lang: String, article: String? = "2023-09-14", planned: Bool = false) -> String? {
    let bytes = Array(text.utf8)
    let hits = calendarGazetteer.hits(in: bytes, folded: FoldedText(bytes), language: lang)
    let expressions = DateFinder(gazetteer: calendarGazetteer).find(in: bytes, range: 0..<bytes.count, hits: hits[...])
    let best = expressions.max { $0.rank < $1.rank }
    return best?.resolve(articleDate: article.flatMap { Day(iso: $0) }, planned: planned)?.description
}

@Suite struct DayTests {
    @Test func ordinalsRoundTrip() {
        for text in ["1970-01-01", "2000-02-29", "2023-09-14", "1999-12-31", "2100-03-01"] {
            let day = Day(iso: text)!
            #expect(Day(ordinal: day.ordinal) == day)
            #expect(day.description == text)
        }
        #expect(Day(iso: "2023-02-29") == nil)
        #expect(Day(iso: "2023-13-01") == nil)
        #expect(Day(iso: "2023-09-14T10:15:00+07:00") == Day(year: 2023, month: 9, day: 14))
    }

    @Test func weekdays() {
        #expect(Day(iso: "2023-09-14")!.weekday == 5)  // Thursday
        #expect(Day(iso: "2023-09-17")!.weekday == 1)  // Sunday
        #expect(Day(iso: "2018-06-29")!.weekday == 6)  // Friday
    }

    @Test func partialDatesCompare() {
        #expect(PartialDate("2023-09")!.isCompatible(with: PartialDate("2023-09-13")!))
        #expect(PartialDate("2023")!.isCompatible(with: PartialDate("2023-09-13")!))
        #expect(!PartialDate("2023-09-12")!.isCompatible(with: PartialDate("2023-09-13")!))
        #expect(PartialDate("2023-9") == nil)
    }
}

@Suite struct DateResolutionTests {
    // The article is dated Thursday 14 September 2023.
    @Test func weekdaysGoBackToTheMostRecentSuchDay() {
        #expect(resolvedDate("bertemu pada hari Rabu untuk pembicaraan", lang: "id") == "2023-09-13")
        #expect(resolvedDate("met on Wednesday in the Far East", lang: "en") == "2023-09-13")
        #expect(resolvedDate("Samedi matin, les deux hommes", lang: "fr") == "2023-09-09")
        #expect(resolvedDate("se reunieron el lunes", lang: "es") == "2023-09-11")
        #expect(resolvedDate("trafen sich am Mittwoch", lang: "de") == "2023-09-13")
        #expect(resolvedDate("bertemu hari Kamis", lang: "id") == "2023-09-14")
    }

    @Test func plannedWeekdaysGoForward() {
        #expect(resolvedDate("akan bertemu hari Jumat", lang: "id", planned: true) == "2023-09-15")
        #expect(resolvedDate("will meet on Monday", lang: "en", planned: true) == "2023-09-18")
    }

    @Test func explicitDates() {
        #expect(resolvedDate("di Istana Bogor, Jumat (29/6/2018)", lang: "id") == "2018-06-29")
        #expect(resolvedDate("pada 29 Juni 2018", lang: "id") == "2018-06-29")
        #expect(resolvedDate("on June 29, 2018", lang: "en") == "2018-06-29")
        #expect(resolvedDate("Nov. 16, 2023", lang: "en") == "2023-11-16")
        #expect(resolvedDate("Rabu 12 Jul 2023 19:46 WIB", lang: "id") == "2023-07-12")
        #expect(resolvedDate("el 29 de junio de 2018", lang: "es") == "2018-06-29")
        #expect(resolvedDate("Stand: 14.09.2023 10:15 Uhr", lang: "de") == "2023-09-14")
        #expect(resolvedDate("date 2023-09-13", lang: "en") == "2023-09-13")
        #expect(resolvedDate("am 13. September 2023", lang: "de") == "2023-09-13")
        #expect(resolvedDate("le 1er juin 2022", lang: "fr") == "2022-06-01")
    }

    @Test func explicitDateWinsOverADisagreeingWeekday() {
        // 29 June 2018 was a Friday; the text says Wednesday.
        #expect(resolvedDate("hari Rabu (29/6/2018)", lang: "id") == "2018-06-29")
    }

    @Test func yearlessDatesTakeTheArticleYear() {
        #expect(resolvedDate("le 29 juin", lang: "fr") == "2023-06-29")
        #expect(resolvedDate("Rabu (13/9)", lang: "id") == "2023-09-13")
        #expect(resolvedDate("on December 30", lang: "en", article: "2024-01-02") == "2023-12-30")
    }

    @Test func relativeWords() {
        #expect(resolvedDate("kemarin", lang: "id") == "2023-09-13")
        #expect(resolvedDate("yesterday", lang: "en") == "2023-09-13")
        #expect(resolvedDate("hier soir", lang: "fr") == "2023-09-13")
        #expect(resolvedDate("pekan lalu", lang: "id") == "2023-09")
        #expect(resolvedDate("last week", lang: "en") == "2023-09")
        #expect(resolvedDate("bulan lalu", lang: "id") == "2023-08")
    }

    @Test func monthsAndYearsKeepTheirPrecision() {
        #expect(resolvedDate("pada Juli 2023", lang: "id") == "2023-07")
        #expect(resolvedDate("they last met in 2019", lang: "en") == "2019")
        #expect(resolvedDate("en noviembre de 2022", lang: "es") == "2022-11")
    }

    @Test func yearWordsCompleteTheMonthBeforeThem() {
        #expect(resolvedDate("first met in Bali in November last year", lang: "en") == "2022-11")
        #expect(resolvedDate("bertemu pada Maret tahun lalu", lang: "id") == "2022-03")
        #expect(resolvedDate("kunjungan Maret tahun lalu", lang: "id") == "2022-03")
        #expect(resolvedDate("se verán el 3 de marzo del año pasado", lang: "es") == "2022-03-03")
        #expect(resolvedDate("tahun lalu", lang: "id") == "2022")
        #expect(resolvedDate("l'an prochain", lang: "fr") == "2024")
        #expect(resolvedDate("im Juli letzten Jahres", lang: "de") == "2022-07")
    }

    @Test func aMonthWithAWayWord() {
        // The article is of September 2023.
        #expect(resolvedDate("dilantik pada Oktober mendatang", lang: "id") == "2023-10")
        #expect(resolvedDate("bertemu pada Oktober lalu", lang: "id") == "2022-10")
        #expect(resolvedDate("pada Juni lalu", lang: "id") == "2023-06")
        #expect(resolvedDate("pemilihan presiden Februari lalu", lang: "id") == nil)
    }

    @Test func namedDaysAndDatesNamingThingsGiveWay() {
        #expect(resolvedDate("They last met in April in Belfast to mark the anniversary of the Good Friday Agreement", lang: "en") == "2023-04")
        #expect(resolvedDate("arrived on Wednesday after the attacks of Oct. 7", lang: "en") == "2023-09-13")
        // Alone, it is still a date.
        #expect(resolvedDate("after the attacks of Oct. 7", lang: "en") == "2023-10-07")
    }

    @Test func weekdaysWithAWayWord() {
        // Thursday 14 September 2023.
        #expect(resolvedDate("the summit that was to be held next Wednesday", lang: "en") == "2023-09-20")
        #expect(resolvedDate("next Thursday", lang: "en") == "2023-09-21")
        #expect(resolvedDate("Rabu depan", lang: "id") == "2023-09-20")
        #expect(resolvedDate("bertemu Kamis lalu", lang: "id") == "2023-09-07")
        #expect(resolvedDate("mercredi dernier", lang: "fr") == "2023-09-13")
        #expect(resolvedDate("el próximo lunes", lang: "es") == "2023-09-18")
        #expect(resolvedDate("am kommenden Montag", lang: "de") == "2023-09-18")
    }

    @Test func thatYearIsTheYearNamedBefore() {
        let text = "se remonta a abril de 2019, tras su cumbre en Hanói en febrero de ese mismo año"
        let bytes = Array(text.utf8)
        let hits = calendarGazetteer.hits(in: bytes, folded: FoldedText(bytes), language: "es")
        let found = DateFinder(gazetteer: calendarGazetteer).find(in: bytes, range: 0..<bytes.count, hits: hits[...])
        #expect(found.compactMap { $0.resolve(articleDate: Day(iso: "2023-09-14"), planned: false)?.description } == ["2019-04", "2019-02"])
    }

    @Test func withoutAnArticleDateRelativeFormsStayUnknown() {
        #expect(resolvedDate("hari Rabu", lang: "id", article: nil) == nil)
        #expect(resolvedDate("29 Juni 2018", lang: "id", article: nil) == "2018-06-29")
    }
}
