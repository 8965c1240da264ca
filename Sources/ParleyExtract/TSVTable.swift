/// A tab-separated table as stored in `seeds/`: a header line naming the
/// columns, then one record per line. Blank lines and lines starting with `#`
/// are skipped.
public struct TSVTable: Sendable {
    /// A record with the line it came from.
    public struct Record: Sendable {
        public let line: Int
        public let fields: [String]

        /// The field at `index`, or "" when the line is shorter.
        public subscript(index: Int) -> String { index < fields.count ? fields[index] : "" }
    }

    public let file: String
    public let columns: [String]
    public let records: [Record]

    /// Parses `text`, requiring exactly `columns` as the header (extra
    /// trailing columns in the header are an error, short lines are padded).
    public init(file: String, text: String, columns expected: [String]) throws(ReferenceDataError) {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).enumerated().makeIterator()
        var header: [String]?
        var records: [Record] = []
        while let (offset, raw) = lines.next() {
            let line = raw.hasSuffix("\r") ? raw.dropLast() : raw
            if line.isEmpty || line.hasPrefix("#") { continue }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map { String($0).trimmingSpaces }
            if header == nil {
                guard fields == expected else {
                    throw ReferenceDataError(file: file, line: offset + 1, reason: "header must be \(expected.joined(separator: "<TAB>")), found \(fields.joined(separator: "<TAB>"))")
                }
                header = fields
                continue
            }
            guard fields.count <= expected.count else {
                throw ReferenceDataError(file: file, line: offset + 1, reason: "\(fields.count) fields, expected at most \(expected.count)")
            }
            records.append(Record(line: offset + 1, fields: fields))
        }
        guard header != nil else { throw ReferenceDataError(file: file, line: 1, reason: "no header line") }
        self.file = file
        self.columns = expected
        self.records = records
    }
}

/// Bad reference data: which file, which line, and why.
public struct ReferenceDataError: Error, CustomStringConvertible, Sendable {
    public let file: String
    public let line: Int
    public let reason: String

    public init(file: String, line: Int, reason: String) {
        self.file = file
        self.line = line
        self.reason = reason
    }

    public var description: String { "\(file):\(line): \(reason)" }
}

extension String {
    /// Without leading and trailing spaces (ASCII and no-break).
    var trimmingSpaces: String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\u{00A0}" }
        guard let first = firstIndex(where: { !isSpace($0) }), let last = lastIndex(where: { !isSpace($0) }) else { return "" }
        return String(self[first...last])
    }
}
