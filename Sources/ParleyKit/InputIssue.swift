/// A file, or a line of one, that could not be ingested, and why.
public struct InputIssue: Error, CustomStringConvertible, Sendable, Equatable {
    public let file: String
    public let line: Int?
    public let reason: String

    public init(file: String, line: Int? = nil, reason: String) {
        self.file = file
        self.line = line
        self.reason = reason
    }

    /// `FILE:LINE: reason`, on one line: control characters in the file name
    /// (a newline, a tab) are shown as escapes such as `\n`.
    public var description: String {
        let shown = Self.printable(file)
        return line.map { "\(shown):\($0): \(reason)" } ?? "\(shown): \(reason)"
    }

    /// `name` with backslashes and control characters escaped.
    static func printable(_ name: String) -> String {
        guard name.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F || $0 == "\\" }) else { return name }
        var out = ""
        for scalar in name.unicodeScalars {
            switch scalar {
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\\": out += "\\\\"
            case _ where scalar.value < 0x20 || scalar.value == 0x7F: out += "\\u{\(String(scalar.value, radix: 16))}"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
