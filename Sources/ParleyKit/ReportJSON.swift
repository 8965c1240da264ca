import Foundation

/// JSON output of the reports: pretty-printed, keys sorted, slashes unescaped, a final newline.
enum ReportJSON {
    static func text(_ object: Any) throws -> String {
        let data = try JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    /// `value`, or JSON null.
    static func nullable(_ value: Any?) -> Any { value ?? NSNull() }

    /// CSV text of `rows` under `columns`.
    static func csv(_ columns: [String], _ rows: [[String]]) -> String {
        var writer = CSVWriter()
        writer.write(columns)
        for row in rows { writer.write(row) }
        return writer.text
    }
}
