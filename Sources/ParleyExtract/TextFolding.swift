import Foundation

/// Case- and accent-insensitive folding used for every name comparison:
/// lower case, diacritics removed, hyphens as spaces, curly apostrophes as
/// straight ones. "Kim Jong-un", "KIM JONG UN" and "Kim Jong Un" fold alike,
/// and so do "Erdoğan" and "Erdogan".
public enum TextFolding {
    /// The folded UTF-8 bytes of scalars U+0080…U+04FF (Latin supplements and
    /// extensions, Greek, Cyrillic), computed once with Foundation's folding.
    /// Combining diacritical marks (U+0300…U+036F) fold to nothing, so that
    /// text in NFD ("g" + U+0306) folds like NFC ("ğ"): Foundation keeps a lone mark.
    private static let table: [[UInt8]] = (0x80...0x4FF).map { value in
        guard let scalar = Unicode.Scalar(value), !(0x300...0x36F).contains(value) else { return [] }
        let folded = String(Character(scalar)).folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
        return Array(folded.utf8)
    }

    /// The same for Latin Extended Additional (U+1E00…U+1EFF: "ễ", "Ḩ"), whose NFD forms the table above strips.
    private static let additionalTable: [[UInt8]] = (0x1E00...0x1EFF).map { value in
        guard let scalar = Unicode.Scalar(value) else { return [] }
        return Array(String(Character(scalar)).folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil).utf8)
    }

    /// Appends the folded form of `scalar` to `out`.
    @inline(__always)
    static func append(_ scalar: Unicode.Scalar, to out: inout [UInt8]) {
        let value = scalar.value
        if value < 0x80 {
            var byte = UInt8(value)
            if byte >= 65 && byte <= 90 { byte += 32 } else if byte == 45 { byte = 32 }
            out.append(byte)
        } else if value <= 0x4FF {
            out.append(contentsOf: table[Int(value) - 0x80])
        } else {
            switch value {
            case 0x2010...0x2012: out.append(32)            // hyphens
            case 0x2018, 0x2019, 0x02BC: out.append(39)     // apostrophes
            case 0x00A0, 0x2007, 0x202F: out.append(32)     // no-break spaces
            case 0x1AB0...0x1AFF, 0x1DC0...0x1DFF, 0x20D0...0x20FF, 0xFE20...0xFE2F: break  // combining marks
            case 0x1E00...0x1EFF: out.append(contentsOf: additionalTable[Int(value) - 0x1E00])
            default:
                for lower in scalar.properties.lowercaseMapping.unicodeScalars {
                    out.append(contentsOf: String(lower).utf8)
                }
            }
        }
    }

    /// Folds a whole string (for patterns and query arguments).
    public static func fold(_ text: String) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        // Scalars below U+0300 are never changed by NFC (no combining marks, no singletons): skip
        // Foundation's normalisation, which cost most of the extraction time, for such text.
        if text.unicodeScalars.allSatisfy({ $0.value < 0x300 }) {
            for scalar in text.unicodeScalars { append(scalar, to: &out) }
        } else {
            for scalar in text.precomposedStringWithCanonicalMapping.unicodeScalars { append(scalar, to: &out) }
        }
        // Collapse runs of spaces so that "Kim  Jong-un" and "kim jong un" agree.
        var collapsed: [UInt8] = []
        collapsed.reserveCapacity(out.count)
        for byte in out where !(byte == 32 && (collapsed.last == 32 || collapsed.isEmpty)) { collapsed.append(byte) }
        if collapsed.last == 32 { collapsed.removeLast() }
        return String(decoding: collapsed, as: UTF8.self)
    }
}

/// A text folded with ``TextFolding``, with a map from each folded byte back to
/// the UTF-8 offset in the original text where its scalar starts.
public struct FoldedText: Sendable {
    /// The folded bytes.
    public let bytes: [UInt8]
    /// `origin[i]`: the original UTF-8 offset of the scalar folded byte `i`
    /// came from; `origin[bytes.count]` is the original length.
    public let origin: [Int32]

    public init(_ utf8: [UInt8]) {
        var bytes: [UInt8] = []
        var origin: [Int32] = []
        bytes.reserveCapacity(utf8.count)
        origin.reserveCapacity(utf8.count + 1)
        var index = 0
        let count = utf8.count
        while index < count {
            let lead = utf8[index]
            if lead < 0x80 {
                var byte = lead
                if byte >= 65 && byte <= 90 { byte += 32 } else if byte == 45 { byte = 32 }
                bytes.append(byte)
                origin.append(Int32(index))
                index += 1
                continue
            }
            let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1
            var value = UInt32(lead) & (length == 4 ? 0x07 : length == 3 ? 0x0F : length == 2 ? 0x1F : 0xFF)
            if index + length <= count {
                for k in 1..<length { value = (value << 6) | (UInt32(utf8[index + k]) & 0x3F) }
            }
            let before = bytes.count
            if let scalar = Unicode.Scalar(value), length > 1, index + length <= count {
                TextFolding.append(scalar, to: &bytes)
            } else {
                bytes.append(0xFF)  // not valid UTF-8: matches nothing
            }
            for _ in before..<bytes.count { origin.append(Int32(index)) }
            index += max(1, length)
        }
        origin.append(Int32(count))
        self.bytes = bytes
        self.origin = origin
    }

    /// The original UTF-8 range of folded range `range`.
    public func originalRange(_ range: Range<Int>) -> Range<Int> {
        Int(origin[range.lowerBound])..<Int(origin[range.upperBound])
    }
}
