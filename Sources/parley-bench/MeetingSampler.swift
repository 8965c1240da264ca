import ParleyExtract

/// Draws the meetings of the benchmark's world: a day of the period, two
/// leaders of different countries in office on it, a call one time in five,
/// otherwise a meeting in one of the host's largest cities (70% the first
/// leader's country), at a known venue half the time.
///
/// One pair (Joko Widodo and Xi Jinping) takes `frequentShare` of the draws,
/// on days both were in office. The other leaders are drawn uniformly, or
/// in proportion to their country's weight in `countryWeights` (at most 1)
/// so that some meet far more often than others.
struct MeetingSampler {
    let catalog: CorpusCatalog
    let first: Day
    let last: Day
    let frequentShare: Double
    let frequentPair: (CorpusCatalog.Term, CorpusCatalog.Term)?
    /// Weight of the leaders of each country code, in (0, 1]; nil draws them uniformly.
    let countryWeights: [String: Double]?

    init(catalog: CorpusCatalog, from first: Day, to last: Day, frequentShare: Double, countryWeights: [String: Double]? = nil) {
        self.catalog = catalog
        self.first = first
        self.last = last
        self.frequentShare = frequentShare
        self.countryWeights = countryWeights
        let jokowi = catalog.terms.first { $0.key == "joko-widodo" && $0.office == "president" }
        let xi = catalog.terms.first { $0.key == "xi-jinping" && $0.office == "president" }
        frequentPair = jokowi.flatMap { a in xi.map { (a, $0) } }
    }

    /// The next meeting, on any day of the period (the frequent pair's on a day both were in office).
    /// The draws from `random` are the corpus's: the same seed gives the same meetings.
    func next(using random: inout SplitMix64) -> Meeting {
        let day = Day(ordinal: Int.random(in: first.ordinal...last.ordinal, using: &random))
        return meeting(near: day, movingFrequentPair: true, using: &random)
    }

    /// A meeting on `day`; the frequent pair takes its share of the days on which both were in office.
    func meeting(on day: Day, using random: inout SplitMix64) -> Meeting {
        meeting(near: day, movingFrequentPair: false, using: &random)
    }

    private func meeting(near drawn: Day, movingFrequentPair: Bool, using random: inout SplitMix64) -> Meeting {
        var day = drawn
        var a: CorpusCatalog.Term
        var b: CorpusCatalog.Term
        if let pair = frequentPair, random.chance(frequentShare),
           movingFrequentPair || [pair.0, pair.1].allSatisfy({ $0.start <= day.ordinal && $0.end >= day.ordinal }) {
            (a, b) = random.chance(0.5) ? pair : (pair.1, pair.0)
            if movingFrequentPair { day = Day(ordinal: Int.random(in: max(a.start, b.start)...min(a.end, b.end), using: &random)) }
        } else {
            a = term(activeOn: day, notFrom: nil, using: &random)
            b = term(activeOn: day, notFrom: a.country, using: &random)
        }
        let call = random.chance(0.2)
        var host: String?
        var city: String?
        var venue: (String, String)?
        if !call {
            let country = random.chance(0.7) ? a.country : b.country
            if let cities = catalog.cities[country], !cities.isEmpty {
                let chosen = cities[min(cities.count - 1, Int.random(in: 0..<4, using: &random) / 2)]
                host = country
                city = chosen
                if let venues = catalog.venues[chosen], random.chance(0.5) { venue = random.pick(venues) }
            }
        }
        return Meeting(a: a, b: b, day: day, call: call, host: host, city: city, venue: venue)
    }

    private func term(activeOn day: Day, notFrom country: String?, using random: inout SplitMix64) -> CorpusCatalog.Term {
        while true {
            let term = random.pick(catalog.terms)
            guard term.start <= day.ordinal, term.end >= day.ordinal, term.country != country else { continue }
            if let countryWeights, !random.chance(countryWeights[term.country] ?? 0) { continue }
            return term
        }
    }
}
