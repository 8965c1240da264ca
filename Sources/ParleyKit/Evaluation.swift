import Foundation
import ParleyExtract
import ParleyStore

/// Scores the extractor on annotated articles exactly as EVAL-FORMAT.md says:
/// each article alone in a database, its events exported with any status,
/// matched one-to-one to gold events sharing at least two participants.
public struct Evaluation {
    /// Counts for one language (or all).
    public struct Score: Sendable {
        public var articles = 0
        public var predicted = 0
        public var matchedPredictions = 0
        public var goldPrimary = 0
        public var matchedPrimary = 0
        public var matchedPairs = 0
        public var dateRight = 0
        public var placeRight = 0
        public var statusRight = 0
        public var typeRight = 0

        public var precision: Double { predicted == 0 ? 1 : Double(matchedPredictions) / Double(predicted) }
        public var recall: Double { goldPrimary == 0 ? 1 : Double(matchedPrimary) / Double(goldPrimary) }
        public var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }
        public var dateAccuracy: Double { matchedPairs == 0 ? 1 : Double(dateRight) / Double(matchedPairs) }
        public var placeAccuracy: Double { matchedPairs == 0 ? 1 : Double(placeRight) / Double(matchedPairs) }
        public var statusAccuracy: Double { matchedPairs == 0 ? 1 : Double(statusRight) / Double(matchedPairs) }
        public var typeAccuracy: Double { matchedPairs == 0 ? 1 : Double(typeRight) / Double(matchedPairs) }

        mutating func add(_ other: Score) {
            articles += other.articles; predicted += other.predicted; matchedPredictions += other.matchedPredictions
            goldPrimary += other.goldPrimary; matchedPrimary += other.matchedPrimary; matchedPairs += other.matchedPairs
            dateRight += other.dateRight; placeRight += other.placeRight; statusRight += other.statusRight; typeRight += other.typeRight
        }
    }

    /// The result: scores by language and overall, and a line per problem.
    public struct Report: Sendable {
        public var byLanguage: [String: Score] = [:]
        public var overall = Score()
        public var notes: [String] = []

        /// A fixed-width table of the scores.
        public var table: String {
            var lines = ["LANG  ARTICLES  GOLD  PRED  MATCH  PRECISION  RECALL  F1     DATE   PLACE  STATUS  TYPE"]
            func line(_ name: String, _ s: Score) -> String {
                func pct(_ value: Double) -> String { String(format: "%.3f", value) }
                return name.padding(toLength: 6, withPad: " ", startingAt: 0)
                    + String(s.articles).padding(toLength: 10, withPad: " ", startingAt: 0)
                    + String(s.goldPrimary).padding(toLength: 6, withPad: " ", startingAt: 0)
                    + String(s.predicted).padding(toLength: 6, withPad: " ", startingAt: 0)
                    + String(s.matchedPredictions).padding(toLength: 7, withPad: " ", startingAt: 0)
                    + pct(s.precision).padding(toLength: 11, withPad: " ", startingAt: 0)
                    + pct(s.recall).padding(toLength: 8, withPad: " ", startingAt: 0)
                    + pct(s.f1).padding(toLength: 7, withPad: " ", startingAt: 0)
                    + pct(s.dateAccuracy).padding(toLength: 7, withPad: " ", startingAt: 0)
                    + pct(s.placeAccuracy).padding(toLength: 7, withPad: " ", startingAt: 0)
                    + pct(s.statusAccuracy).padding(toLength: 8, withPad: " ", startingAt: 0)
                    + pct(s.typeAccuracy)
            }
            for lang in byLanguage.keys.sorted() { lines.append(line(lang, byLanguage[lang]!)) }
            lines.append(line("all", overall))
            return lines.joined(separator: "\n") + "\n"
        }
    }

    let store: Store
    let extractor: EventExtractor

    /// Evaluates in a private in-memory database.
    public init() throws {
        store = try Store(path: ":memory:")
        extractor = EventExtractor(gazetteer: Gazetteer(reference: try store.referenceData()))
    }

    public func run(_ articles: [GoldArticle]) throws -> Report {
        var report = Report()
        for gold in articles {
            let predicted = try predict(gold)
            var score = Score()
            score.articles = 1
            score.predicted = predicted.count
            score.goldPrimary = gold.events.filter(\.primary).count
            let pairs = Self.bestMatching(predicted, gold.events)
            var usedP = Set<Int>(), usedG = Set<Int>()
            for pair in pairs {
                usedP.insert(pair.p)
                usedG.insert(pair.g)
                let prediction = predicted[pair.p], event = gold.events[pair.g]
                score.matchedPredictions += 1
                if event.primary { score.matchedPrimary += 1 }
                score.matchedPairs += 1
                let date = Self.dateRight(prediction.date, event.date)
                let place = Self.placeRight(prediction, event)
                if date { score.dateRight += 1 }
                if place { score.placeRight += 1 }
                if prediction.status == event.status { score.statusRight += 1 }
                if prediction.type == event.type { score.typeRight += 1 }
                if !date || !place || prediction.status != event.status || prediction.type != event.type {
                    report.notes.append("\(gold.id): matched \(event.participants.joined(separator: " + ")): "
                        + (date ? "" : "date \(prediction.date ?? "none") ≠ \(event.date ?? "none"); ")
                        + (place ? "" : "place \(Self.describe(prediction)) ≠ \(event.place ?? event.city ?? "none"); ")
                        + (prediction.status == event.status ? "" : "status \(prediction.status) ≠ \(event.status); ")
                        + (prediction.type == event.type ? "" : "type \(prediction.type) ≠ \(event.type)"))
                }
            }
            for (p, prediction) in predicted.enumerated() where !usedP.contains(p) {
                report.notes.append("\(gold.id): false positive \(prediction.participants.joined(separator: " + ")) \(prediction.type) \(prediction.status) \(prediction.date ?? "") — \(prediction.evidence.prefix(120))")
            }
            for (g, event) in gold.events.enumerated() where event.primary && !usedG.contains(g) {
                report.notes.append("\(gold.id): missed \(event.participants.joined(separator: " + ")) \(event.type) \(event.status) \(event.date ?? "")")
            }
            report.byLanguage[gold.lang, default: Score()].add(score)
            report.overall.add(score)
        }
        return report
    }

    /// The events Parley stores for this article alone.
    func predict(_ gold: GoldArticle) throws -> [EventRow] {
        let input = ArticleInput(text: gold.text, origin: gold.file)
        let (article, events) = extractor.extract(input)
        _ = try store.store(article, events: events)
        var filter = EventFilter()
        filter.status = nil
        let rows = try store.events(filter)
        try store.database.inTransaction {
            try store.database.execute("DELETE FROM events")
            try store.database.execute("DELETE FROM articles")
            try store.database.execute("DELETE FROM people WHERE source = 'article'")
        }
        return rows
    }

    /// Folded words of a name, hyphens as spaces.
    static func words(_ name: String) -> Set<String> {
        Set(TextFolding.fold(name).split(separator: " ").map(String.init))
    }

    /// Two names are the same person when equal or when one's words are all in the other.
    static func samePerson(_ a: String, _ b: String) -> Bool {
        let x = words(a), y = words(b)
        return !x.isEmpty && !y.isEmpty && (x.isSubset(of: y) || y.isSubset(of: x))
    }

    static func shared(_ predicted: [String], _ gold: [String]) -> Int {
        var used = Set<Int>()
        var count = 0
        for name in predicted {
            if let index = gold.indices.first(where: { !used.contains($0) && samePerson(name, gold[$0]) }) {
                used.insert(index)
                count += 1
            }
        }
        return count
    }

    /// Exact at the gold's precision.
    /// The one-to-one matching of predictions to gold events (sharing two or more participants)
    /// with the most matches, then the most primary gold events matched, then the most attributes agreeing:
    /// a dynamic programme over predictions and the set of gold events already taken.
    static func bestMatching(_ predicted: [EventRow], _ gold: [GoldArticle.Event]) -> [(p: Int, g: Int)] {
        let goldCount = min(gold.count, 16)
        struct Value: Comparable {
            var matches = 0, primary = 0, agreement = 0
            static func < (a: Value, b: Value) -> Bool { (a.matches, a.primary, a.agreement) < (b.matches, b.primary, b.agreement) }
        }
        let eligible: [[Int]] = predicted.map { prediction in
            (0..<goldCount).filter { shared(prediction.participants, gold[$0].participants) >= 2 }
        }
        var memo: [Int: (Value, Int)] = [:]  // key p * 2^goldCount + mask → (value, chosen gold or -1)
        func best(_ p: Int, _ mask: Int) -> Value {
            guard p < predicted.count else { return Value() }
            let key = p << goldCount | mask
            if let known = memo[key] { return known.0 }
            var result = best(p + 1, mask)
            var choice = -1
            for g in eligible[p] where mask & (1 << g) == 0 {
                var value = best(p + 1, mask | 1 << g)
                value.matches += 1
                value.primary += gold[g].primary ? 1 : 0
                value.agreement += agreement(predicted[p], gold[g])
                if result < value { result = value; choice = g }
            }
            memo[key] = (result, choice)
            return result
        }
        _ = best(0, 0)
        var pairs: [(p: Int, g: Int)] = []
        var mask = 0
        for p in predicted.indices {
            guard let (_, choice) = memo[p << goldCount | mask] else { break }
            if choice >= 0 { pairs.append((p, choice)); mask |= 1 << choice }
        }
        return pairs
    }

    /// How many of date, place, status and type agree: the tie-break between candidate pairs.
    static func agreement(_ predicted: EventRow, _ gold: GoldArticle.Event) -> Int {
        (dateRight(predicted.date, gold.date) ? 1 : 0) + (placeRight(predicted, gold) ? 1 : 0)
            + (predicted.status == gold.status ? 1 : 0) + (predicted.type == gold.type ? 1 : 0)
    }

    static func dateRight(_ predicted: String?, _ gold: String?) -> Bool {
        guard let gold else { return predicted == nil }
        guard let predicted, predicted.count >= gold.count else { return false }
        return predicted.hasPrefix(gold)
    }

    /// A word of the gold place or city appears in the predicted place, city or country.
    static func placeRight(_ predicted: EventRow, _ gold: GoldArticle.Event) -> Bool {
        let goldWords = words([gold.place, gold.city].compactMap { $0 }.joined(separator: " "))
        let predictedWords = words([predicted.place, predicted.city, predicted.country].compactMap { $0 }.joined(separator: " "))
        if goldWords.isEmpty { return predicted.place == nil && predicted.city == nil }
        return !goldWords.isDisjoint(with: predictedWords)
    }

    static func describe(_ row: EventRow) -> String {
        [row.place, row.city, row.country].compactMap { $0 }.joined(separator: ", ").nonEmpty ?? "none"
    }
}

extension String {
    var nonEmpty: String? { isEmpty ? nil : self }
}
