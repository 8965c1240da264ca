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

@Suite struct PlaceAndDateContextTests {
    @Test func undatedArticleTakesTheYearFromAWeekdayBesideADate() {
        let text = """
        Poutine reçoit Kim Jong-un

        Vladimir Poutine a accueilli ce mercredi 13 septembre le dirigeant nord-coréen Kim Jong-un au cosmodrome de Vostotchny. \
        Les deux hommes s'étaient vus pour la dernière fois en avril 2019 à Vladivostok.
        """
        let found = events(text)
        #expect(found.first?.date?.description == "2023-09-13")
    }

    @Test func aVenueNameFollowedByACityOfAnotherCountryIsThatCitys() {
        let found = events("Presiden Joko Widodo bertemu Raja Malaysia Al-Sultan Abdullah di Istana Negara, Kuala Lumpur, Kamis (8/6/2023).")
        #expect(found.first?.city == "Kuala Lumpur")
        #expect(found.first?.country == "Malaysia")
    }

    @Test func aPlaceClosingAListOfNamesAfterAPreposition() {
        let found = events("Menlu Retno Marsudi menerima Menlu China Wang Yi di Gedung Nusantara, Kementerian Luar Negeri, Jakarta, Kamis (18/4/2024).")
        #expect(found.first?.city == "Jakarta")
    }

    @Test func theDatelineIsNotLentToAnEventNamedInAnotherCountry() {
        let text = """
        JAKARTA, KOMPAS.com - Presiden Joko Widodo bertemu Presiden Korea Selatan Yoon Suk Yeol sebelum bertolak pulang dari Seoul, Korea Selatan, Kamis (28/7/2022).
        """
        let found = events(text)
        #expect(names(found.first) == ["Joko Widodo", "Yoon Suk Yeol"])
        #expect(found.first?.city != "Jakarta")
    }

    @Test func aNeighbourDoesNotLendWhereSomeoneFliesNext() {
        let text = "Rabu (18/10/2023), Jokowi dijadwalkan bertemu Perdana Menteri China Li Qiang. Setelah itu, Presiden akan terbang ke Riyadh, Arab Saudi."
        let found = events(text, date: "2023-10-17")
        #expect(names(found.first) == ["Joko Widodo", "Li Qiang"])
        #expect(found.first?.city != "Riyadh")
    }

    @Test func anInvitationIsNoMeeting() {
        #expect(events("Di sana, Jokowi mengundang Presiden Kenya William Ruto berkunjung ke Indonesia.", date: "2023-08-22").isEmpty)
        #expect(events("Xi invited Philippine President Ferdinand Marcos Jr. to visit Beijing in January.", date: "2022-11-18").isEmpty)
    }

    @Test func aCueBetweenTwoGuestsMakesTwoMeetings() {
        let found = events("Pada Selasa (26/7/2022), Jokowi lebih dulu bertemu Perdana Menteri China Li Keqiang, lalu melanjutkan pembicaraan dengan Presiden Xi Jinping.")
        #expect(Set(found.map(names)) == [["Joko Widodo", "Li Keqiang"], ["Joko Widodo", "Xi Jinping"]])
    }

    @Test func whatHappenedBorrowsNoDateAhead() {
        let text = """
        Prabowo terima telepon
        Kamis, 15 Februari 2024

        Di antara pemimpin yang menelepon Prabowo adalah Perdana Menteri Malaysia Anwar Ibrahim.

        Ia berharap dapat bekerja sama dengan presiden Indonesia yang baru setelah pelantikan pada Oktober mendatang.
        """
        let found = events(text)
        #expect(names(found.first) == ["Anwar Ibrahim", "Prabowo Subianto"])
        #expect(found.first?.date?.description == "2024-02-15")
    }

    @Test func germanPlacesAndPlansBeforeALastVerb() {
        let found = events("Politischer Höhepunkt ist der Dienstag: In Peking wird Bundeskanzler Olaf Scholz den chinesischen Staatschef Xi Jinping treffen.", date: "2024-04-13")
        #expect(names(found.first) == ["Olaf Scholz", "Xi Jinping"])
        #expect(found.first?.city == "Beijing")
        #expect(found.first?.status == .planned)
        let long = events("""
            Am Samstag wollte Bundeskanzler Olaf Scholz den US-Präsidenten Joe Biden gemeinsam mit dem französischen Präsidenten \
            Emmanuel Macron und dem britischen Premierminister Keir Starmer in Berlin zu einem Vierertreffen empfangen.
            """, date: "2024-10-08")
        #expect(long.first?.status == .planned)
        #expect(long.first?.date?.description == "2024-10-12")
    }

    @Test func aCalledOffPlanLooksAhead() {
        let found = events("Mr Biden also called off a planned stop in Papua New Guinea, where he had been due to meet Prime Minister James Marape in Port Moresby on Monday.", date: "2023-05-17")
        #expect(found.first?.status == .cancelled)
        #expect(found.first?.date?.description == "2023-05-22")
    }

    @Test func theDayOfAReportIsNotTheDayOfTheMeeting() {
        let text = """
        Putin sambut Kim

        Presiden Rusia Vladimir Putin bertemu pemimpin Korea Utara Kim Jong Un di Kosmodrom Vostochny pada hari Rabu.

        Seperti dilansir Reuters, Kamis (14/9/2023), Putin menyambut Kim dengan jabat tangan yang berlangsung sekitar 40 detik.
        """
        let found = events(text)
        #expect(found.count == 1)
        #expect(found.first?.date?.description == "2023-09-13")
    }

    @Test func aPlaceFarAfterTheCueAndNotTheTopic() {
        let far = events("Menteri Luar Negeri Retno Marsudi menggelar pertemuan bilateral dengan Menteri Luar Negeri Amerika Serikat Antony Blinken di Kantor Kementerian Luar Negeri, Pejambon, Jakarta, Selasa (14/12/2021).")
        #expect(far.first?.city == "Jakarta")
        let topic = events("Emmanuel Macron a reçu samedi Joe Biden pour des échanges sur l'Ukraine et la guerre à Gaza.", date: "2024-06-08")
        #expect(names(topic.first) == ["Emmanuel Macron", "Joe Biden"])
        #expect(topic.first?.city == nil)
    }

    @Test func saidHeWouldIsAPlan() {
        let found = events("Trump said he would brief Ukrainian President Volodymyr Zelenskyy and European leaders by phone.", date: "2025-08-16")
        #expect(names(found.first) == ["Donald Trump", "Volodymyr Zelenskyy"])
        #expect(found.first?.status == .planned)
        #expect(found.first?.type == .call)
    }

    @Test func aLeaderAndTheirOwnMinisterHoldNoDiplomaticMeeting() {
        #expect(events("Presiden Joko Widodo bertemu Menteri Luar Negeri Retno Marsudi di Istana Merdeka, Senin (3/7/2023).").isEmpty)
    }

    @Test func aSurnameSharedEquallyIsTheOneNamedLastBeforeIt() {
        let text = """
        Putin to visit Pyongyang

        Vladimir Putin will travel to North Korea on Tuesday at the invitation of leader Kim Jong Un. \
        Aides said Putin and Kim are expected to hold talks in Pyongyang. \
        It will be Putin's first trip there since 2000, when he met Kim's father, Kim Jong Il.
        """
        let found = events(text, date: "2024-06-17")
        #expect(found.contains { names($0) == ["Kim Jong Un", "Vladimir Putin"] })
        // The father is met in the past, in the year named right before the meeting.
        let father = found.first { names($0).contains("Kim Jong Il") }
        #expect(father?.status == .occurred)
        #expect(father?.date?.description == "2000")
    }

    @Test func undatedArticleTakesItsFirstWeekdayAndDayAsOne() {
        let text = """
        Trump and Putin agree to start talks

        President Donald Trump said on Wednesday that he had held a long phone call with Russian President Vladimir Putin. \
        It was the first call between a U.S. president and Putin since Joe Biden spoke to him in February 2022.

        In Brussels the same day, Feb. 12, allies met to discuss aid.
        """
        let found = events(text)
        #expect(found.first { $0.type == .call && names($0) == ["Donald Trump", "Vladimir Putin"] }?.date?.description == "2025-02-12")
    }

    @Test func aYearAloneNearbyIsContextWhenTheLeadsDayFits() {
        let text = """
        Zelensky à Berlin et à Paris

        Volodymyr Zelensky a rencontré le chancelier Olaf Scholz à Berlin le vendredi 16 février 2024.

        Le dirigeant ukrainien s'est ensuite envolé pour Paris, où Emmanuel Macron l'a reçu au palais de l'Élysée. \
        L'accord prévoit jusqu'à 3 milliards d'euros d'aide militaire en 2024.
        """
        let found = events(text)
        #expect(found.first { names($0) == ["Emmanuel Macron", "Volodymyr Zelenskyy"] }?.date?.description == "2024-02-16")
    }

    @Test func aPlanWordCountsForItsOwnKindOfEvent() {
        let call = events("Bundeskanzler Olaf Scholz hatte den ukrainischen Präsidenten Wolodymyr Selenskyj vorab telefonisch über das geplante Gespräch informiert.", date: "2024-11-15")
        #expect(names(call.first) == ["Olaf Scholz", "Volodymyr Zelenskyy"])
        #expect(call.first?.type == .call)
        #expect(call.first?.status == .occurred)
        let visit = events("Dalam kunjungan singkat ini, Presiden Joko Widodo juga dijadwalkan menemui Perdana Menteri Malaysia Anwar Ibrahim.", date: "2023-06-08")
        #expect(visit.first?.status == .planned)
    }

    @Test func compatriotGuestsAreSeparateMeetingsGuestsOfManyCountriesOne() {
        let split = events("Presiden Prabowo Subianto bertemu Raja Charles III dan Perdana Menteri Inggris Keir Starmer di London, Kamis (21/11/2024).")
        #expect(Set(split.map(names)) == [["Charles III", "Prabowo Subianto"], ["Keir Starmer", "Prabowo Subianto"]])
        let summit = events("President Joe Biden hosted Japanese Prime Minister Fumio Kishida and South Korean President Yoon Suk Yeol at Camp David on Friday.", date: "2023-08-18")
        #expect(summit.map(names) == [["Fumio Kishida", "Joe Biden", "Yoon Suk Yeol"]])
    }

    @Test func theDateNearestThePlaceAmongEquals() {
        let found = events("Donald Trump met French President Emmanuel Macron at Trump Tower in September 2024, and in Paris in December 2024, at the Élysée Palace.", date: "2025-03-01")
        #expect(found.first?.place == "Élysée Palace")
        #expect(found.first?.date?.description == "2024-12")
    }

    @Test func germanPlansAfterTheirNounAndTheDayOfTheSentenceBefore() {
        let text = """
        Scholz reist nach China

        Veröffentlicht am 13.04.2024

        Am Montag stehen in Shanghai Gespräche mit Studierenden auf dem Programm. \
        Am Dienstag wird Bundeskanzler Olaf Scholz in Peking den chinesischen Staatschef Xi Jinping treffen. \
        Außerdem ist ein Gespräch mit Ministerpräsident Li Qiang geplant.
        """
        let li = events(text).first { names($0) == ["Li Qiang", "Olaf Scholz"] }
        #expect(li?.status == .planned)
        #expect(li?.date?.description == "2024-04-16")
    }

    @Test func aLookBackWithoutAMeetingLendsItsDayAndTheSameDayIsThatDay() {
        let text = """
        Jokowi di Afrika
        Selasa, 22 Agustus 2023

        Presiden Joko Widodo bertemu Presiden Tanzania Samia Suluhu Hassan di Dar es Salaam, Selasa (22/8/2023).

        Sehari sebelumnya, Senin (21/8/2023), Jokowi mengawali tur Afrikanya di Kenya. Ia diterima Presiden Kenya William Ruto di State House, Nairobi.
        """
        let found = events(text)
        #expect(found.first { names($0) == ["Joko Widodo", "William Ruto"] }?.date?.description == "2023-08-21")
        let same = events("Wang Yi dijadwalkan bertemu presiden terpilih Prabowo Subianto pada hari yang sama.", date: "2024-04-18")
        #expect(same.first?.date?.description == "2024-04-18")
    }

    @Test func aGuestWhoHoldsTalksOfHisOwnIsNoSecondGuest() {
        let found = events("Sir Keir Starmer's visit came days after French President Emmanuel Macron held his own talks with Donald Trump in Washington.", date: "2025-02-27")
        #expect(!found.contains { names($0) == ["Emmanuel Macron", "Keir Starmer"] })
        #expect(found.contains { names($0).contains("Donald Trump") && names($0).contains("Emmanuel Macron") })
    }
}
