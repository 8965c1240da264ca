/// A sentence of an article: its UTF-8 byte range, its paragraph, and
/// whether it is the title line.
public struct Sentence: Sendable, Equatable {
    public let range: Range<Int>
    public let paragraph: Int
    public let isTitle: Bool
}

/// Splits text into sentences on UTF-8 bytes: at line breaks, and at `.`, `!`,
/// `?` followed by a space and a capital, digit or quote, unless the word
/// before the stop is an abbreviation or a single initial.
public struct SentenceSplitter: Sendable {
    /// Folded abbreviations ("mr", "jan", "u.s").
    let abbreviations: Set<[UInt8]>

    public init(lexicon: Lexicon) {
        abbreviations = Set(lexicon.entries.filter { $0.kind == .abbrev }.map { Array(TextFolding.fold($0.text).utf8) })
    }

    public func split(_ bytes: [UInt8], titleLine: Bool) -> [Sentence] {
        var sentences: [Sentence] = []
        var paragraph = 0
        var start = 0
        var lineIndex = 0
        var index = 0
        let count = bytes.count
        func emit(_ end: Int) {
            var s = start
            var e = end
            while s < e, isSpace(bytes[s]) { s += 1 }
            while e > s, isSpace(bytes[e - 1]) { e -= 1 }
            if e > s { sentences.append(Sentence(range: s..<e, paragraph: paragraph, isTitle: titleLine && lineIndex == 0 && paragraph == 0)) }
        }
        while index < count {
            let byte = bytes[index]
            if byte == 10 {
                emit(index)
                if sentences.last?.paragraph == paragraph { paragraph += 1 }
                lineIndex += 1
                start = index + 1
                index += 1
                continue
            }
            if byte == 46 || byte == 33 || byte == 63 {  // . ! ?
                var next = index + 1
                while next < count, bytes[next] == 34 || bytes[next] == 39 || bytes[next] == 41 || isClosingQuote(bytes, next) {
                    next += bytes[next] >= 0x80 ? 3 : 1
                }
                if next < count, bytes[next] == 32 || bytes[next] == 9 {
                    var after = next
                    while after < count, bytes[after] == 32 || bytes[after] == 9 { after += 1 }
                    if after < count, startsSentence(bytes, after), !(byte == 46 && isAbbreviation(bytes, before: index)) {
                        emit(next)
                        start = next
                        index = after
                        continue
                    }
                }
            }
            index += 1
        }
        emit(count)
        return sentences
    }

    private func isSpace(_ byte: UInt8) -> Bool { byte == 32 || byte == 9 || byte == 13 || byte == 10 }

    private func isClosingQuote(_ bytes: [UInt8], _ index: Int) -> Bool {
        // ” (E2 80 9D), ’ (E2 80 99), » (C2 BB)
        index + 2 < bytes.count && bytes[index] == 0xE2 && bytes[index + 1] == 0x80 && (bytes[index + 2] == 0x9D || bytes[index + 2] == 0x99)
    }

    private func startsSentence(_ bytes: [UInt8], _ index: Int) -> Bool {
        let byte = bytes[index]
        if byte >= 65 && byte <= 90 { return true }
        if byte >= 48 && byte <= 57 { return true }
        if byte == 34 || byte == 39 || byte == 40 || byte == 91 { return true }
        if byte >= 0x80 { return Gazetteer.startsUppercase(bytes, at: index) || bytes[index] == 0xE2 || bytes[index] == 0xC2 }
        return false
    }

    /// Whether the word ending just before the stop at `dot` is an abbreviation or initial.
    private func isAbbreviation(_ bytes: [UInt8], before dot: Int) -> Bool {
        var wordStart = dot
        while wordStart > 0 {
            let b = bytes[wordStart - 1]
            if b == 32 || b == 10 || b == 9 || b == 40 || b == 34 { break }
            wordStart -= 1
        }
        let word = bytes[wordStart..<dot]
        if word.isEmpty { return false }
        if word.count == 1, word[word.startIndex] >= 65, word[word.startIndex] <= 90 { return true }  // initial "J."
        if word.contains(46) { return true }  // "U.S." "a.m."
        if word.allSatisfy({ $0 >= 48 && $0 <= 57 }) && word.count <= 2 { return true }  // "14. September"
        var folded: [UInt8] = []
        for byte in word { folded.append(byte >= 65 && byte <= 90 ? byte + 32 : byte) }
        return abbreviations.contains(folded)
    }
}
