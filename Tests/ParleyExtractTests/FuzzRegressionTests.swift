import Foundation
import Testing
@testable import ParleyExtract

/// Replays the inputs the fuzzers (Fuzz/) once crashed on, kept in
/// Tests/Fixtures/fuzz/NAME/, through the same code and checks as the fuzz
/// targets — without sanitizers, so a regression traps or fails here.
@Suite struct FuzzRegressionTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/fuzz")

    static func inputs(_ name: String) throws -> [(String, [UInt8])] {
        let folder = root.appendingPathComponent(name)
        return try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted().map { file in
            (file, Array(try Data(contentsOf: folder.appendingPathComponent(file))))
        }
    }

    /// As Fuzz/ExtractionFuzz.swift: byte 0 picks title, date and language; the rest is the text.
    @Test func extractionInputs() throws {
        let extractor = EventExtractor(gazetteer: Gazetteer(reference: ReferenceData.builtin))
        let inputs = try Self.inputs("extract")
        #expect(!inputs.isEmpty)
        for (name, bytes) in inputs where !bytes.isEmpty {
            let flags = bytes[0]
            let text = String(decoding: bytes.dropFirst(), as: UTF8.self)
            let input = ArticleInput(
                text: text, title: flags & 1 != 0 ? "Leaders meet" : nil, date: flags & 2 != 0 ? Day(year: 2023, month: 9, day: 14) : nil,
                language: flags & 4 != 0 ? Lexicon.languages[Int(flags >> 3) % Lexicon.languages.count] : nil, origin: name)
            let scalars = Array(text.unicodeScalars)
            for event in extractor.extract(input).events {
                #expect(event.participants.count >= 2, "\(name)")
                #expect(event.evidenceRange.lowerBound >= 0 && event.evidenceRange.upperBound <= scalars.count, "\(name)")
                guard event.evidenceRange.upperBound <= scalars.count else { continue }
                var evidence = String.UnicodeScalarView()
                evidence.append(contentsOf: scalars[event.evidenceRange])
                #expect(String(evidence) == event.evidence, "\(name)")
            }
        }
    }

    /// As Fuzz/DateFuzz.swift: bytes 0–1 the article date, byte 2 language and planned flag, then the text.
    @Test func dateInputs() throws {
        let calendar = Gazetteer(reference: ReferenceData())
        let inputs = try Self.inputs("dates")
        #expect(!inputs.isEmpty)
        for (name, all) in inputs where all.count >= 3 {
            let offset = Int(all[0]) << 8 | Int(all[1])
            let articleDate = offset == 0xFFFF ? nil : Day(ordinal: Day(year: 2000, month: 1, day: 1)!.ordinal + offset)
            let language = Lexicon.languages[Int(all[2] >> 1) % Lexicon.languages.count]
            let bytes = Array(String(decoding: all.dropFirst(3), as: UTF8.self).utf8)
            let hits = calendar.hits(in: bytes, folded: FoldedText(bytes), language: language)
            for expression in DateFinder(gazetteer: calendar).find(in: bytes, range: 0..<bytes.count, hits: hits[...]) {
                #expect(expression.range.upperBound <= bytes.count, "\(name)")
                if let resolved = expression.resolve(articleDate: articleDate, planned: all[2] & 1 != 0) {
                    #expect(PartialDate(resolved.description) == resolved, "\(name): \(resolved) does not round-trip")
                }
            }
        }
    }

    /// Years in numeric dates stay within what prints as YYYY (found by the date fuzzer: "1/2/0121").
    @Test func numericDatesOutsideTheCenturiesAreNoDates() {
        #expect(resolvedDate("Bertemu pada 1/2/0121 lalu.", lang: "id") == nil)
        #expect(resolvedDate("Met on 0121-02-01.", lang: "en") == nil)
        #expect(resolvedDate("Bertemu pada 1/2/2021 lalu.", lang: "id") == "2021-02-01")
    }
}
