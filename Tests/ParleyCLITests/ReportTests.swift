import Foundation
import Testing
@testable import ParleyKit

/// The reports and queries, end to end on a small database: four articles of Tests/Fixtures/reports
/// (Jokowi with Mohamed bin Zayed in Abu Dhabi, July 2022; Jokowi and Xi in Bali, November 2022,
/// and in Chengdu, July 2023; a Biden–Xi call, April 2024), the Vostochny meeting, and a user seed
/// that renames Mohamed bin Zayed to a name with a comma and quotes.
@Suite(.serialized) struct ReportTests {
    static let mbz = "Al Nahyan, Mohamed bin Zayed \"MBZ\""

    /// A fresh database with the fixtures ingested.
    private func database() throws -> Scratch {
        let scratch = Scratch()
        let seed = try ParleyProcess.run(["seed", "--db", scratch.db] + ["people", "aliases", "roles"].map { ParleyProcess.fixture("reports/user-\($0).tsv") })
        #expect(seed.status == 0, "\(seed.stderr)")
        let articles = ["2022-07-01-jokowi-mbz-abu-dhabi.txt", "2022-11-16-jokowi-xi-bali.txt", "2023-07-28-jokowi-xi-chengdu.txt",
                        "2024-04-02-biden-xi-call.txt"].map { ParleyProcess.fixture("reports/" + $0) }
        let ingest = try ParleyProcess.run(["ingest", "--db", scratch.db] + articles + [ParleyProcess.fixture("vostochny/2-id-occurred.txt")])
        #expect(ingest.status == 0, "\(ingest.stderr)")
        #expect(ingest.stdout.hasPrefix("5 articles added"), "\(ingest.stdout)")
        return scratch
    }

    /// Runs parley and parses its CSV output into records keyed by the header, which must be `columns`.
    private func csv(_ arguments: [String], columns: [String]) throws -> [[String: String]] {
        let result = try ParleyProcess.run(arguments)
        #expect(result.status == 0, "\(arguments): \(result.stderr)")
        let records = CSVParser.parse(result.stdout)
        #expect(records.first == columns)
        #expect(records.dropFirst().allSatisfy { $0.count == columns.count })
        return records.dropFirst().map { Dictionary(uniqueKeysWithValues: zip(columns, $0)) }
    }

    private func json(_ arguments: [String]) throws -> Any {
        let result = try ParleyProcess.run(arguments)
        #expect(result.status == 0, "\(arguments): \(result.stderr)")
        return try JSONSerialization.jsonObject(with: Data(result.stdout.utf8))
    }

    @Test func pairsCountMeetingsAndCallsPerPair() throws {
        let scratch = try database()
        defer { scratch.cleanup() }
        let rows = try csv(["export", "pairs", "--db", scratch.db], columns: PairReport.columns)
        #expect(rows.count == 4)
        #expect(rows.first == [
            "person_a": "Joko Widodo", "country_a": "Indonesia", "person_b": "Xi Jinping", "country_b": "China",
            "meetings": "2", "calls": "0", "first_date": "2022-11-16", "last_date": "2023-07-27",
            "places": "Nusa Dua, Indonesia; Chengdu, China", "event_ids": rows.first?["event_ids"] ?? "",
        ])
        #expect(rows.first?["event_ids"]?.split(separator: ";").count == 2)
        let call = rows.first { $0["person_a"] == "Joe Biden" }
        #expect(call?["person_b"] == "Xi Jinping")
        #expect(call?["meetings"] == "0")
        #expect(call?["calls"] == "1")
        #expect(call?["places"] == "")
        // The name with a comma and quotes comes back whole from a standard CSV reader.
        let emirates = rows.first { $0["person_a"] == Self.mbz }
        #expect(emirates?["person_b"] == "Joko Widodo")
        #expect(emirates?["country_a"] == "United Arab Emirates")
        #expect(emirates?["places"] == "Qasr Al Shati, Abu Dhabi, United Arab Emirates")
        // Filters select events: only those with a Chinese participant.
        let china = try csv(["export", "pairs", "--db", scratch.db, "--country", "PRC"], columns: PairReport.columns)
        #expect(china.map { "\($0["person_a"] ?? "")|\($0["person_b"] ?? "")" } == ["Joko Widodo|Xi Jinping", "Joe Biden|Xi Jinping"])
        let objects = try json(["export", "pairs", "--db", scratch.db, "--format", "json", "--from", "2023"]) as? [[String: Any]]
        #expect(objects?.count == 3)
        let chengdu = objects?.first { $0["person_a"] as? String == "Joko Widodo" }
        #expect(chengdu?["places"] as? [String] == ["Chengdu, China"])
        #expect(chengdu?["meetings"] as? Int == 1)
        #expect(chengdu?["first_date"] as? String == "2023-07-27")
    }

    @Test func peopleSayWhoIsWho() throws {
        let scratch = try database()
        defer { scratch.cleanup() }
        let rows = try csv(["export", "people", "--db", scratch.db, "--status", "any"], columns: PeopleReport.columns)
        #expect(rows.count == 6)
        let jokowi = rows.first { $0["key"] == "joko-widodo" }
        #expect(jokowi?["name"] == "Joko Widodo")
        #expect(jokowi?["office"] == "president")
        #expect(jokowi?["country"] == "Indonesia")
        #expect(jokowi?["role_start"] == "2014-10-20")
        #expect(jokowi?["role_end"] == "2024-10-20")
        #expect(jokowi?["roles"] == "2")  // the seed's presidency and the user's governorship
        // As many aliases as `parley people` lists (the seeds' and the user's "Pak Jokowi").
        let profile = try json(["people", "--db", scratch.db, "joko-widodo", "--format", "json"]) as? [[String: Any]]
        let aliases = profile?.first?["aliases"] as? [[String: Any]]
        #expect(aliases?.contains { $0["alias"] as? String == "Pak Jokowi" } == true)
        #expect(jokowi?["aliases"] == aliases.map { String($0.count) })
        #expect(jokowi?["meetings"] == "3")
        #expect(jokowi?["first_meeting"] == "2022-07-01")
        #expect(jokowi?["last_meeting"] == "2023-07-27")
        let mbz = rows.first { $0["key"] == "mohamed-bin-zayed-al-nahyan" }
        #expect(mbz?["name"] == Self.mbz)
        #expect(mbz?["office"] == "president")
        #expect(mbz?["role_end"] == "")
        #expect(rows.first?["meetings"] == "3")
        let everyone = try csv(["export", "people", "--db", scratch.db, "--all"], columns: PeopleReport.columns)
        #expect(everyone.count > 1000)
        #expect(everyone.filter { $0["meetings"] != "0" }.count == 6)
    }

    @Test func timelineFollowsOnePersonInDateOrder() throws {
        let scratch = try database()
        defer { scratch.cleanup() }
        for leader in ["jokowi", "president of Indonesia", "Presiden Indonesia", "Indonesian president"] {
            let rows = try csv(["export", "timeline", "--db", scratch.db, "--leader", leader], columns: TimelineReport.columns)
            #expect(rows.map { $0["date"] ?? "" } == ["2022-07-01", "2022-11-16", "2023-07-27"], "\(leader)")
            #expect(rows.allSatisfy { $0["leader"] == "Joko Widodo" && $0["leader_office"] == "president" && $0["leader_country"] == "Indonesia" })
            #expect(rows.map { $0["with"] ?? "" } == [Self.mbz, "Xi Jinping", "Xi Jinping"])
            #expect(rows.map { $0["city"] ?? "" } == ["Abu Dhabi", "", "Chengdu"])
        }
        let xi = try csv(["export", "timeline", "--db", scratch.db, "--leader", "Xi", "--to", "2023"], columns: TimelineReport.columns)
        #expect(xi.map { $0["with"] ?? "" } == ["Joko Widodo", "Joko Widodo"])
        let missing = try ParleyProcess.run(["export", "timeline", "--db", scratch.db])
        #expect(missing.status == 64)
        #expect(missing.stderr.contains("export timeline needs --leader"))
    }

    @Test func countriesCountPairsPerYear() throws {
        let scratch = try database()
        defer { scratch.cleanup() }
        let rows = try csv(["export", "countries", "--db", scratch.db], columns: CountryReport.columns)
        let lines = rows.map { [$0["year"], $0["country_a"], $0["country_b"], $0["meetings"], $0["calls"]].map { $0 ?? "" }.joined(separator: "|") }
        #expect(lines == [
            "2022|China|Indonesia|1|0",
            "2022|Indonesia|United Arab Emirates|1|0",
            "2023|China|Indonesia|1|0",
            "2023|North Korea|Russia|1|0",
            "2024|China|United States|0|1",
        ])
        #expect(rows[1]["country_a_code"] == "ID")
        #expect(rows[1]["country_b_code"] == "AE")
        let out = scratch.path("countries.json")
        let written = try ParleyProcess.run(["export", "countries", "--db", scratch.db, "--format", "json", "--out", out, "--leader", "jokowi"])
        #expect(written.status == 0)
        #expect(written.stdout.isEmpty)
        let objects = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: out))) as? [[String: Any]]
        #expect(objects?.count == 3)
        #expect(objects?.last?["year"] as? String == "2023")
    }

    @Test func meetingsFilterByCountryPlaceAndRole() throws {
        let scratch = try database()
        defer { scratch.cleanup() }
        func ids(_ arguments: [String]) throws -> [String] {
            try csv(["export", "events", "--db", scratch.db] + arguments, columns: EventReport.columns).map { $0["participants"] ?? "" }
        }
        for name in ["Rusia", "Russia", "RU", "russland"] {
            #expect(try ids(["--country", name]) == ["Kim Jong Un; Vladimir Putin"], "\(name)")
        }
        #expect(try ids(["--place", "chengdu"]) == ["Joko Widodo; Xi Jinping"])
        #expect(try ids(["--place", "nusa dua"]) == ["Joko Widodo; Xi Jinping"])
        #expect(try ids(["--place", "Istana Al Shati"]) == [Self.mbz + "; Joko Widodo"])  // an alias of the venue
        #expect(try ids(["--place", "Vereinigte Arabische Emirate"]) == [Self.mbz + "; Joko Widodo"])  // the country, in German
        #expect(try ids(["--place", "indonesia"]) == ["Joko Widodo; Xi Jinping"])
        #expect(try ids(["--place", "Atlantis"]).isEmpty)
        #expect(try ids(["--leader", "presidente de Rusia"]) == ["Kim Jong Un; Vladimir Putin"])
        #expect(try ids(["--leader", "President of the United States"]) == ["Joe Biden; Xi Jinping"])
        // Jokowi held no office of the UAE: the role names the other participant.
        #expect(try ids(["--leader", "president of the United Arab Emirates"]) == [Self.mbz + "; Joko Widodo"])
        #expect(try ids(["--between", "Presiden Indonesia", "--and", "Chinese president"]).count == 2)
        let table = try ParleyProcess.run(["meetings", "--db", scratch.db, "--place", "Atlantis"])
        #expect(table.stdout.contains("No meetings found at Atlantis"))
        let unknown = try ParleyProcess.run(["meetings", "--db", scratch.db, "--leader", "president of Indonesia and Japan"])
        #expect(unknown.status == 64)
    }

    @Test func injectedSQLMatchesNothingAndChangesNothing() throws {
        let scratch = try database()
        defer { scratch.cleanup() }
        let before = try ParleyProcess.run(["stats", "--db", scratch.db]).stdout
        let attack = "x' OR 1=1; DROP TABLE events; --"
        for option in ["--leader", "--country"] {
            let result = try ParleyProcess.run(["meetings", "--db", scratch.db, option, attack])
            #expect(result.status == 64)
            #expect(result.stdout.isEmpty)
        }
        let place = try csv(["export", "events", "--db", scratch.db, "--place", attack], columns: EventReport.columns)
        #expect(place.isEmpty)
        #expect(try ParleyProcess.run(["people", "--db", scratch.db, attack]).status == 3)
        #expect(try ParleyProcess.run(["search", "--db", scratch.db, attack]).status == 64)
        #expect(try ParleyProcess.run(["search", "--db", scratch.db, "\"\(attack)\""]).stdout.contains("No articles match"))
        #expect(try ParleyProcess.run(["stats", "--db", scratch.db]).stdout == before)
        #expect(before.contains("Events         5"))
    }

    @Test func showPrintsEverySourceAndFailsClearlyForAnUnknownID() throws {
        let scratch = try database()
        defer { scratch.cleanup() }
        let chengdu = try csv(["export", "events", "--db", scratch.db, "--place", "Chengdu"], columns: EventReport.columns)
        let id = try #require(chengdu.first?["event_id"])
        let show = try ParleyProcess.run(["show", "--db", scratch.db, id])
        #expect(show.status == 0)
        #expect(show.stdout.hasPrefix("Event \(id): meeting, occurred\n"))
        #expect(show.stdout.contains("Date:         2023-07-27 (day)"))
        #expect(show.stdout.contains("Participants: Joko Widodo (president, Indonesia); Xi Jinping ("))
        #expect(show.stdout.contains("Sources (1):"))
        #expect(show.stdout.contains("1. Jokowi Bertemu Xi Jinping di Chengdu"))
        #expect(show.stdout.contains("published 2023-07-28 · id · reported as occurred"))
        #expect(show.stdout.contains("“CHENGDU - Presiden Joko Widodo bertemu Presiden China Xi Jinping di Chengdu"))
        let object = try json(["show", "--db", scratch.db, id, "--format", "json"]) as? [String: Any]
        let sources = object?["sources"] as? [[String: Any]]
        #expect(sources?.count == 1)
        #expect(sources?.first?["published"] as? String == "2023-07-28")
        #expect(sources?.first?["status"] as? String == "occurred")
        #expect((sources?.first?["origin"] as? String)?.hasSuffix("reports/2023-07-28-jokowi-xi-chengdu.txt") == true)
        let missing = try ParleyProcess.run(["show", "--db", scratch.db, "4242"])
        #expect(missing.status == 3)
        #expect(missing.stdout.isEmpty)
        #expect(missing.stderr.contains("no event with id 4242"))
        #expect(try ParleyProcess.run(["show", "--db", scratch.db, "abc"]).status == 64)
    }

    @Test func searchRanksArticlesAndExplainsBadQueries() throws {
        let scratch = try database()
        defer { scratch.cleanup() }
        let hits = try json(["search", "--db", scratch.db, "--format", "json", "Xi"]) as? [[String: Any]]
        #expect(hits?.count == 3)
        let chengdu = try json(["search", "--db", scratch.db, "--format", "json", "chengdu"]) as? [[String: Any]]
        #expect(chengdu?.count == 1)
        #expect(chengdu?.first?["title"] as? String == "Jokowi Bertemu Xi Jinping di Chengdu")
        #expect((chengdu?.first?["snippet"] as? String)?.contains("[Chengdu]") == true)
        #expect((chengdu?.first?["event_ids"] as? [Int])?.count == 1)
        // Accents and case do not matter; "high speed" as a phrase is in the Bali report only.
        #expect((try json(["search", "--db", scratch.db, "--format", "json", "\"HIGH-SPEED train\""]) as? [[String: Any]])?.count == 1)
        let text = try ParleyProcess.run(["search", "--db", scratch.db, "Jokowi", "Xi"])
        #expect(text.stdout.hasPrefix("1. "))
        #expect(text.stdout.contains("[Jokowi]"))
        let bad = try ParleyProcess.run(["search", "--db", scratch.db, "Kim Jong-un"])
        #expect(bad.status == 64)
        #expect(bad.stderr.contains("search query 'Kim Jong-un' is not valid FTS5: "))
        let unterminated = try ParleyProcess.run(["search", "--db", scratch.db, "\"Xi Jinping"])
        #expect(unterminated.status == 64)
        #expect(unterminated.stderr.contains("search query '\"Xi Jinping' is not valid FTS5: unterminated string"))
    }

    @Test func statsCountWhatIsStored() throws {
        let scratch = try database()
        defer { scratch.cleanup() }
        let stats = try json(["stats", "--db", scratch.db, "--format", "json"]) as? [String: Any]
        #expect(stats?["articles"] as? Int == 5)
        #expect(stats?["languages"] as? [String: Int] == ["en": 3, "id": 2])
        #expect(stats?["events"] as? Int == 5)
        #expect(stats?["types"] as? [String: Int] == ["meeting": 4, "call": 1])
        #expect(stats?["statuses"] as? [String: Int] == ["occurred": 5])
        #expect(stats?["first_event"] as? String == "2022-07-01")
        #expect(stats?["last_event"] as? String == "2024-04-02")
        #expect(stats?["first_published"] as? String == "2022-07-01")
        #expect(stats?["people_in_events"] as? Int == 6)
        #expect(stats?["sources_per_event"] as? [String: Int] == ["1": 5])
        let text = try ParleyProcess.run(["stats", "--db", scratch.db]).stdout
        #expect(text.contains("Articles       5 (en 3, id 2)"))
    }

    @Test func peopleShowsAliasesAndDatedRoles() throws {
        let scratch = try database()
        defer { scratch.cleanup() }
        let result = try ParleyProcess.run(["people", "--db", scratch.db, "JOKOWI"])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("Joko Widodo  (key joko-widodo, from seed)\n"))
        #expect(result.stdout.contains("Aliases: Jokowi, Pak Jokowi [id]"))
        #expect(result.stdout.contains("2012-10-15 – 2014-10-16  governor, Indonesia"))
        #expect(result.stdout.contains("2014-10-20 – 2024-10-20  president, Indonesia"))
        #expect(result.stdout.contains("Events:  3 (2022-07-01 to 2023-07-27)"))
        let profiles = try json(["people", "--db", scratch.db, "MBZ", "--format", "json"]) as? [[String: Any]]
        #expect(profiles?.count == 1)
        #expect(profiles?.first?["name"] as? String == Self.mbz)
        let roles = profiles?.first?["roles"] as? [[String: Any]]
        #expect(roles?.map { $0["office"] as? String } == ["crown_prince", "president"])
        #expect(roles?.last?["end"] is NSNull)
        let none = try ParleyProcess.run(["people", "--db", scratch.db, "Nobody Atall"])
        #expect(none.status == 3)
        #expect(none.stderr.contains("no person known as 'Nobody Atall'"))
    }

    @Test func seedSaysWhatChangedAndRefusesBadFiles() throws {
        let scratch = Scratch()
        defer { scratch.cleanup() }
        let files = ["people", "aliases", "roles"].map { ParleyProcess.fixture("reports/user-\($0).tsv") }
        let first = try ParleyProcess.run(["seed", "--db", scratch.db] + files)
        #expect(first.status == 0)
        #expect(first.stdout.split(separator: "\n").map(String.init) == [
            "renamed mohamed-bin-zayed-al-nahyan: Mohamed bin Zayed Al Nahyan → \(Self.mbz)",
            "added alias Bin Zayed, \"MBZ\" for \(Self.mbz)",
            "added alias Pak Jokowi [id] for Joko Widodo",
            "added role Joko Widodo: governor of ID, 2012-10-15 – 2014-10-16",
            "0 people added, 1 renamed, 2 aliases added, 1 role added, 0 changed, 1 already on record",
            "Events already stored keep their participants; articles ingested from now on use these names and roles.",
        ])
        let again = try ParleyProcess.run(["seed", "--db", scratch.db] + files)
        #expect(again.stdout == "0 people added, 0 renamed, 0 aliases added, 0 roles added, 0 changed, 5 already on record\n")
        // New people (any file name, recognised by the header), their aliases in the same run, and a changed end date.
        let people = try scratch.write("mine.tsv", "id\tname\nsiti-example\tSiti Example\n")
        let aliases = try scratch.write("more.tsv", "person\talias\tlang\nsiti-example\tBu Siti\t*\n")
        let roles = try scratch.write("ends.tsv", "person\toffice\tcountry\tstart\tend\njoko-widodo\tgovernor\tid\t2012-10-15\t2014-10-17\n")
        let added = try ParleyProcess.run(["seed", "--db", scratch.db, aliases, roles, people])
        #expect(added.status == 0, "\(added.stderr)")
        #expect(added.stdout.contains("added person Siti Example\n"))
        #expect(added.stdout.contains("added alias Bu Siti for Siti Example\n"))
        #expect(added.stdout.contains("changed role Joko Widodo: governor of ID, 2012-10-15 – 2014-10-17 (end was 2014-10-16)\n"))
        #expect(try ParleyProcess.run(["people", "--db", scratch.db, "bu siti"]).stdout.hasPrefix("Siti Example  (key siti-example, from user)"))
        // A bad line names its file and line, and nothing of the run is loaded.
        let bad = try ParleyProcess.run(["seed", "--db", scratch.db, ParleyProcess.fixture("reports/bad-roles.tsv")])
        #expect(bad.status == 1)
        #expect(bad.stderr.contains("reports/bad-roles.tsv:3: unknown person 'nobody-we-know'"))
        #expect(bad.stderr.contains("nothing was loaded"))
        let country = try scratch.write("country.tsv", "person\toffice\tcountry\tstart\tend\njoko-widodo\tmayor\tXX\t2005-07-28\t2012-10-01\n")
        let wrongCountry = try ParleyProcess.run(["seed", "--db", scratch.db, country])
        #expect(wrongCountry.status == 1)
        #expect(wrongCountry.stderr.contains("country.tsv:2: unknown country code 'XX'"))
        let header = try scratch.write("header.tsv", "# comment\nname\tid\nx\ty\n")
        let wrongHeader = try ParleyProcess.run(["seed", "--db", scratch.db, header])
        #expect(wrongHeader.status == 1)
        #expect(wrongHeader.stderr.contains("header.tsv:2: header must be"))
        let profile = try ParleyProcess.run(["people", "--db", scratch.db, "jokowi"]).stdout
        #expect(!profile.contains("mayor"))
    }
}
