import Foundation
import ParleyExtract

/// Reads articles from files, folders (recursively) and standard input.
///
/// `.txt` and `.md` files hold one article each, title on the first line;
/// `.jsonl` and `.ndjson` files hold one JSON object per line with `text` and
/// optional `title`, `url`, `source`, `date` (YYYY-MM-DD or ISO 8601) and
/// `lang`. Problems are reported per file (and line) and never stop the rest.
public struct ArticleReader: Sendable {
    /// Values that override what a file says (`--date`, `--lang`, …).
    public struct Overrides: Sendable {
        public var date: Day?
        public var language: String?
        public var source: String?
        public var url: String?
        public init(date: Day? = nil, language: String? = nil, source: String? = nil, url: String? = nil) {
            self.date = date
            self.language = language
            self.source = source
            self.url = url
        }
    }

    public static let textExtensions: Set<String> = ["txt", "md"]
    public static let lineExtensions: Set<String> = ["jsonl", "ndjson"]

    public var overrides: Overrides

    public init(overrides: Overrides = Overrides()) {
        self.overrides = overrides
    }

    /// Calls `body` with each article or problem, in order: paths as given,
    /// folder entries sorted by name.
    public func read(_ paths: [String], _ body: (Result<ArticleInput, InputIssue>) throws -> Void) throws {
        for path in paths {
            if path == "-" {
                let data = FileHandle.standardInput.readDataToEndOfFile()
                try parse(data, origin: "<stdin>", lines: false, body)
                continue
            }
            var visited = Set<String>()
            try visit(path, explicit: true, visited: &visited, body)
        }
    }

    private func visit(_ path: String, explicit: Bool, visited: inout Set<String>,
                       _ body: (Result<ArticleInput, InputIssue>) throws -> Void) throws {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            try body(.failure(InputIssue(file: path, reason: "no such file or folder")))
            return
        }
        if isDirectory.boolValue {
            let real = URL(fileURLWithPath: path).resolvingSymlinksInPath().path
            guard visited.insert(real).inserted else {
                try body(.failure(InputIssue(file: path, reason: "folder already visited (symbolic link loop); skipped")))
                return
            }
            let entries: [String]
            do {
                entries = try FileManager.default.contentsOfDirectory(atPath: path)
            } catch {
                try body(.failure(InputIssue(file: path, reason: "cannot read folder: \(Self.reason(error))")))
                return
            }
            for entry in entries.sorted() where !entry.hasPrefix(".") {
                try visit((path as NSString).appendingPathComponent(entry), explicit: false, visited: &visited, body)
            }
            return
        }
        let ext = (path as NSString).pathExtension.lowercased()
        let isLines = Self.lineExtensions.contains(ext)
        // In folders, only article files are read; a file named on the command line is read as text.
        guard explicit || isLines || Self.textExtensions.contains(ext) else { return }
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            try body(.failure(InputIssue(file: path, reason: "cannot read file: \(Self.reason(error))")))
            return
        }
        try parse(data, origin: path, lines: isLines, body)
    }

    private static func reason(_ error: Error) -> String {
        let nsError = error as NSError
        if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain,
           let code = POSIXErrorCode(rawValue: Int32(underlying.code)) {
            return String(cString: strerror(code.rawValue))
        }
        if nsError.domain == NSCocoaErrorDomain, nsError.code == NSFileReadNoPermissionError { return "permission denied" }
        return nsError.localizedDescription
    }

    /// Splits `data` into articles: one per file, or one per line for JSON lines.
    private func parse(_ data: Data, origin: String, lines: Bool, _ body: (Result<ArticleInput, InputIssue>) throws -> Void) throws {
        let bytes = [UInt8](data)
        if bytes.allSatisfy({ $0 == 32 || $0 == 10 || $0 == 13 || $0 == 9 }) {
            try body(.failure(InputIssue(file: origin, reason: "empty file")))
            return
        }
        if !lines, let zero = bytes.firstIndex(of: 0) {
            try body(.failure(InputIssue(file: origin, reason: "binary file (NUL byte at offset \(zero)), not text")))
            return
        }
        if lines {
            var lineNumber = 0
            var start = 0
            while start < bytes.count {
                let end = bytes[start...].firstIndex(of: 10) ?? bytes.count
                lineNumber += 1
                let line = bytes[start..<end]
                start = end + 1
                if line.allSatisfy({ $0 == 32 || $0 == 13 || $0 == 9 }) { continue }
                try body(jsonArticle(line, origin: origin, line: lineNumber))
            }
            return
        }
        if let error = UTF8Validation.firstError(in: bytes) {
            try body(.failure(InputIssue(file: origin, line: error.line,
                                         reason: "not valid UTF-8 (byte offset \(error.offset), column \(error.column)); convert the file to UTF-8")))
            return
        }
        let text = String(decoding: bytes, as: UTF8.self)
        try body(.success(apply(ArticleInput(text: text, origin: origin))))
    }

    private func jsonArticle(_ line: ArraySlice<UInt8>, origin: String, line number: Int) -> Result<ArticleInput, InputIssue> {
        func issue(_ reason: String) -> Result<ArticleInput, InputIssue> { .failure(InputIssue(file: origin, line: number, reason: reason)) }
        if let error = UTF8Validation.firstError(in: Array(line)) {
            return issue("not valid UTF-8 (column \(error.column))")
        }
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: Data(line), options: [])
        } catch {
            return issue("not valid JSON")
        }
        guard let record = object as? [String: Any] else { return issue("expected a JSON object") }
        guard let textValue = record["text"] else { return issue("missing \"text\"") }
        guard let text = textValue as? String else { return issue("\"text\" must be a string") }
        guard !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else { return issue("\"text\" is empty") }
        if text.utf8.contains(0) { return issue("\"text\" contains a NUL character") }
        var strings: [String: String] = [:]
        for field in ["title", "url", "source", "date", "lang"] {
            guard let value = record[field], !(value is NSNull) else { continue }
            guard let string = value as? String else { return issue("\"\(field)\" must be a string") }
            strings[field] = string
        }
        var date: Day?
        if let value = strings["date"] {
            guard let day = Day(iso: value) else { return issue("\"date\" '\(value)' is not YYYY-MM-DD or ISO 8601") }
            date = day
        }
        let input = ArticleInput(text: text, title: strings["title"], url: strings["url"], source: strings["source"],
                                 date: date, language: strings["lang"]?.lowercased(), origin: "\(origin):\(number)")
        return .success(apply(input))
    }

    private func apply(_ input: ArticleInput) -> ArticleInput {
        var input = input
        if let date = overrides.date { input.date = date }
        if let language = overrides.language { input.language = language }
        if let source = overrides.source { input.source = source }
        if let url = overrides.url { input.url = url }
        return input
    }
}
