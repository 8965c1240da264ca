/// A gazetteer pattern found in a text: its original UTF-8 byte range and what it means.
public struct Hit: Sendable, Equatable {
    public let start: Int
    public let end: Int
    public let payload: Int32

    public init(start: Int, end: Int, payload: Int32) {
        self.start = start
        self.end = end
        self.payload = payload
    }

    func contains(_ other: Hit) -> Bool {
        start <= other.start && other.end <= end && (end - start) > (other.end - other.start)
    }
}

extension Gazetteer {
    /// Every pattern occurrence in `utf8` that stands on word boundaries and
    /// passes its case checks, sorted by start (longer first), in the given
    /// language (patterns of other languages are dropped) or all languages when nil.
    public func hits(in utf8: [UInt8], folded: FoldedText, language: String?) -> [Hit] {
        var hits: [Hit] = []
        let bytes = folded.bytes
        let count = bytes.count
        @inline(__always) func isWord(_ byte: UInt8) -> Bool {
            (byte >= 97 && byte <= 122) || (byte >= 48 && byte <= 57) || byte >= 0x80
        }
        // Patterns of another language never match: with no pattern in `language`, only those of any language do.
        let wanted: UInt8? = language.map { languageIDs[$0] ?? UInt8.max }
        matchChecks.withUnsafeBufferPointer { checks in
            bytes.withUnsafeBufferPointer { bytes in
                automaton.withTables { classes, dense, records in
                    for start in 0..<count {
                        // A pattern starts on a word boundary: never between two word bytes.
                        if start > 0 && isWord(bytes[start - 1]) && isWord(bytes[start]) { continue }
                        automaton.forEachMatch(in: bytes, at: start, classes: classes, dense: dense, records: records) { matchEnd, payload in
                            let check = checks[Int(payload)]
                            if !check.prefix, matchEnd < count, isWord(bytes[matchEnd]) && isWord(bytes[matchEnd - 1]) { return }
                            if let wanted, check.language != 0, check.language != wanted { return }
                            let range = folded.originalRange(start..<matchEnd)
                            if check.exact {
                                guard let exact = payloads[Int(payload)].exact, range.count == exact.count,
                                      utf8[range].elementsEqual(exact) else { return }
                            } else if check.capitalized {
                                guard Self.startsUppercase(utf8, at: range.lowerBound) else { return }
                            }
                            var end = range.upperBound
                            if check.prefix {
                                var index = matchEnd
                                while index < count && isWord(bytes[index]) { index += 1 }
                                end = Int(folded.origin[index])
                            }
                            hits.append(Hit(start: range.lowerBound, end: end, payload: payload))
                        }
                    }
                }
            }
        }
        hits.sort { $0.start != $1.start ? $0.start < $1.start : $0.end > $1.end }
        return hits
    }

    /// Whether the scalar at `offset` is an upper-case letter (or not a letter at all, e.g. a digit).
    static func startsUppercase(_ utf8: [UInt8], at offset: Int) -> Bool {
        guard offset < utf8.count else { return false }
        let lead = utf8[offset]
        if lead < 0x80 { return lead >= 65 && lead <= 90 || lead >= 48 && lead <= 57 }
        guard let scalar = decodeScalar(utf8, at: offset)?.scalar else { return false }
        return scalar.properties.isUppercase || !scalar.properties.isAlphabetic
    }
}

/// Decodes the scalar starting at `offset` of valid UTF-8 `bytes`.
func decodeScalar(_ bytes: [UInt8], at offset: Int) -> (scalar: Unicode.Scalar, length: Int)? {
    let lead = bytes[offset]
    if lead < 0x80 { return (Unicode.Scalar(lead), 1) }
    let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 0
    guard length > 0, offset + length <= bytes.count else { return nil }
    var value = UInt32(lead) & (length == 4 ? 0x07 : length == 3 ? 0x0F : 0x1F)
    for k in 1..<length { value = (value << 6) | (UInt32(bytes[offset + k]) & 0x3F) }
    guard let scalar = Unicode.Scalar(value) else { return nil }
    return (scalar, length)
}
