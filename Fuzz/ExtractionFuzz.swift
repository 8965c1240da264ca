// libFuzzer target: the whole extraction path, text → article → events, with
// the built-in reference data. Built by Fuzz/build.sh, not by SwiftPM.
@testable import ParleyExtract

/// Built once: the gazetteer over every seed name, alias, office and place.
let extractor = EventExtractor(gazetteer: Gazetteer(reference: ReferenceData.builtin))

/// The first byte picks the metadata the article comes with (title, date,
/// language); the rest is the text, as UTF-8 (invalid sequences repaired, as
/// the reader would have refused them).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzExtraction(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard size > 0 else { return 0 }
    let bytes = UnsafeBufferPointer(start: data, count: size)
    let flags = bytes[0]
    let text = String(decoding: bytes.dropFirst(), as: UTF8.self)
    let languages = Lexicon.languages
    let input = ArticleInput(
        text: text,
        title: flags & 1 != 0 ? "Leaders meet" : nil,
        date: flags & 2 != 0 ? Day(year: 2023, month: 9, day: 14) : nil,
        language: flags & 4 != 0 ? languages[Int(flags >> 3) % languages.count] : nil,
        origin: "fuzz")
    let (_, events) = extractor.extract(input)
    // What the store relies on: evidence inside the text, at least two people.
    let scalars = Array(text.unicodeScalars)
    for event in events {
        guard event.participants.count >= 2 else { fatalError("event with fewer than two participants") }
        guard event.evidenceRange.lowerBound >= 0, event.evidenceRange.upperBound <= scalars.count else { fatalError("evidence outside the text") }
        var evidence = String.UnicodeScalarView()
        evidence.append(contentsOf: scalars[event.evidenceRange])
        guard String(evidence) == event.evidence else { fatalError("evidence offsets do not match the evidence sentence") }
    }
    return 0
}
