import Testing
@testable import ParleyExtract

let extractor = EventExtractor(gazetteer: .builtin)

/// Events of a short article, with the article's date given as metadata when `date` is set.
func events(_ text: String, date: String? = nil) -> [ExtractedEvent] {
    extractor.extract(ArticleInput(text: text, date: date.flatMap { Day(iso: $0) }, origin: "test")).events
}

func names(_ event: ExtractedEvent?) -> [String] { event?.participants.map(\.name) ?? [] }

@Suite struct RoleResolutionTests {
    @Test func usPresidentChangesIn2021() {
        let a = events("Indonesian President Joko Widodo met the US president at the White House on Monday.", date: "2020-06-01")
        let b = events("Indonesian President Joko Widodo met the US president at the White House on Monday.", date: "2021-06-01")
        #expect(names(a.first) == ["Donald Trump", "Joko Widodo"])
        #expect(names(b.first) == ["Joe Biden", "Joko Widodo"])
    }

    @Test func indonesianPresidentChangesInOctober2024() {
        let text = "Presiden RI menerima kunjungan Perdana Menteri Australia Anthony Albanese di Istana Merdeka, Jakarta, hari Senin."
        #expect(names(events(text, date: "2024-06-01").first) == ["Anthony Albanese", "Joko Widodo"])
        #expect(names(events(text, date: "2024-11-01").first) == ["Anthony Albanese", "Prabowo Subianto"])
    }

    @Test func indonesianAbbreviations() {
        let found = events("Menlu AS Antony Blinken bertemu Menlu Retno Marsudi di Jakarta, Selasa (6/6/2023).")
        #expect(names(found.first) == ["Antony Blinken", "Retno Marsudi"])
        #expect(found.first?.date?.description == "2023-06-06")
        #expect(found.first?.city == "Jakarta")
    }

    @Test func unknownPersonIntroducedByRole() {
        var reference = ReferenceData.builtin
        reference.people.removeAll { $0.key == "james-marape" }
        reference.aliases.removeAll { $0.person == "james-marape" }
        reference.roles.removeAll { $0.person == "james-marape" }
        let withoutMarape = EventExtractor(gazetteer: Gazetteer(reference: reference))
        let text = "Presiden Joko Widodo menerima Perdana Menteri Papua Nugini James Marape di Istana Bogor pada Senin (3/7/2023)."
        let found = withoutMarape.extract(ArticleInput(text: text, date: nil, origin: "test")).events
        #expect(found.count == 1)
        let marape = found.first?.participants.first { $0.name == "James Marape" }
        #expect(marape?.key == nil)
        #expect(marape?.office == "prime_minister")
        #expect(marape?.country == "PG")
        #expect(found.first?.place == "Bogor Palace")
    }

    @Test func surnameRefersBackToTheFullName() {
        let found = events("""
            Kenyan President William Ruto arrived in Beijing on Tuesday.
            Ruto met Xi Jinping at the Great Hall of the People on Wednesday, October 18, 2023.
            """)
        #expect(names(found.first) == ["William Ruto", "Xi Jinping"])
        #expect(found.first?.date?.description == "2023-10-18")
    }
}

@Suite struct StatusAndTypeTests {
    @Test func plannedMeeting() {
        let found = events("Presiden Prabowo Subianto dijadwalkan bertemu Presiden China Xi Jinping di Beijing pekan depan.", date: "2024-11-01")
        #expect(found.first?.status == .planned)
    }

    @Test func plannedInEnglish() {
        let found = events("Joe Biden will meet Xi Jinping in San Francisco next week, the White House said.", date: "2023-11-08")
        #expect(found.first?.status == .planned)
    }

    @Test func cancelledMeeting() {
        let found = events("Pertemuan Presiden Joko Widodo dengan Perdana Menteri Australia Anthony Albanese di Sydney batal digelar.", date: "2023-07-01")
        #expect(found.first?.status == .cancelled)
        let english = events("Trump called off his planned meeting with Putin in Budapest, the White House said.", date: "2025-10-22")
        #expect(english.first?.status == .cancelled)
    }

    @Test func phoneCall() {
        let found = events("Joe Biden and Xi Jinping spoke by phone on Tuesday for nearly two hours.", date: "2024-04-03")
        #expect(found.first?.type == .call)
        #expect(found.first?.place == nil)
        #expect(found.first?.date?.description == "2024-04-02")
    }

    @Test func occurredMeeting() {
        let found = events("Presiden Joko Widodo bertemu Presiden Xi Jinping di Chengdu, China, Kamis (27/7/2023).")
        #expect(found.first?.status == .occurred)
        #expect(found.first?.type == .meeting)
        #expect(found.first?.date?.description == "2023-07-27")
        #expect(found.first?.country == "China")
    }

    @Test func speechIsNotAMeeting() {
        let found = events("Presiden Joko Widodo menyampaikan pidato di Sidang Majelis Umum PBB di New York, Rabu (20/9/2023).")
        #expect(found.isEmpty)
    }
}
