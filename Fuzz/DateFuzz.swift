// libFuzzer target: the date finder and resolver on their own, over the
// calendar words of every language. Built by Fuzz/build.sh, not by SwiftPM.
@testable import ParleyExtract

/// Calendar and cue words only: dates need no people.
let calendar = Gazetteer(reference: ReferenceData())

/// Bytes 0–1: the article date (days after 2000-01-01, or none when 0xFFFF);
/// byte 2: language and planned flag; the rest: the text.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzDates(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard size >= 3 else { return 0 }
    let all = UnsafeBufferPointer(start: data, count: size)
    let offset = Int(all[0]) << 8 | Int(all[1])
    let articleDate = offset == 0xFFFF ? nil : Day(ordinal: Day(year: 2000, month: 1, day: 1)!.ordinal + offset)
    let languages = Lexicon.languages
    let language = languages[Int(all[2] >> 1) % languages.count]
    let planned = all[2] & 1 != 0
    let bytes = Array(String(decoding: all.dropFirst(3), as: UTF8.self).utf8)
    let hits = calendar.hits(in: bytes, folded: FoldedText(bytes), language: language)
    let expressions = DateFinder(gazetteer: calendar).find(in: bytes, range: 0..<bytes.count, hits: hits[...])
    for expression in expressions {
        guard expression.range.lowerBound >= 0, expression.range.upperBound <= bytes.count else { fatalError("date phrase outside the text") }
        if let resolved = expression.resolve(articleDate: articleDate, planned: planned) {
            // A resolved date prints and parses back.
            guard PartialDate(resolved.description) == resolved else { fatalError("\(resolved) does not round-trip") }
        }
    }
    return 0
}
