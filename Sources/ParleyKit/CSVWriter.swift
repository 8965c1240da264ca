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
}
