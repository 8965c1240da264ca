/// Writes CSV per RFC 4180: fields with commas, quotes or line breaks are
/// quoted, quotes doubled, records end in CRLF.
public struct CSVWriter {
    public private(set) var text = ""

    public init() {}

    public mutating func write(_ fields: [String]) {
        var first = true
        for field in fields {
            if !first { text += "," }
            first = false
            if field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) {
                text += "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
            } else {
                text += field
            }
        }
        text += "\r\n"
    }

    /// Appends the record ``write(_:)`` would write, as UTF-8, to `bytes` (for streaming output).
    public static func append(_ fields: [String], to bytes: inout [UInt8]) {
        var first = true
        for field in fields {
            if !first { bytes.append(44) }
            first = false
            // Most fields hold none of the four bytes: no need to look at their characters.
            let mayQuote = field.utf8.contains { $0 == 44 || $0 == 34 || $0 == 10 || $0 == 13 }
            if mayQuote && field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) {
                if field.utf8.contains(34) {
                    bytes.append(contentsOf: ("\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\"").utf8)
                } else {
                    bytes.append(34)
                    bytes.append(contentsOf: field.utf8)
                    bytes.append(34)
                }
            } else {
                bytes.append(contentsOf: field.utf8)
            }
        }
        bytes.append(13)
        bytes.append(10)
    }
}
