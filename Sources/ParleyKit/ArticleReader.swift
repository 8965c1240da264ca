import Foundation
import ParleyExtract

/// Reads articles from files, folders (recursively) and standard input.
///
/// `.txt` and `.md` files hold one article each, title on the first line;
/// `.html`, `.htm` and `.xhtml` files hold one news page each (see
/// ``HTMLArticle``); `.jsonl` and `.ndjson` files hold one JSON object per line
/// with `text` and optional `title`, `url`, `source`, `date` (YYYY-MM-DD or
/// ISO 8601) and `lang`. A file named on the command line is read whatever its
/// name (as HTML when it starts like HTML); in folders only those extensions
/// are read, and only regular files.
///
/// Problems are reported per file (and line) and never stop the rest:
/// missing or unreadable files, symbolic link loops, empty and binary files,
/// text that is not UTF-8 (with the line, column and byte offset of the first
/// bad byte), and anything over ``maximumArticleBytes`` — an article file, a
/// JSON line or standard input — which is skipped without being held in
/// memory. JSON lines files may be of any size: they are read a line at a time.
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

    /// How a file is read.
    enum Kind {
        case text, html, lines
    }

    public static let textExtensions: Set<String> = ["txt", "md"]
    public static let htmlExtensions: Set<String> = ["html", "htm", "xhtml"]
    public static let lineExtensions: Set<String> = ["jsonl", "ndjson"]

    /// The largest article read: 8 MiB, for a file, one JSON line, or standard
    /// input. News articles are a few kilobytes and pages rarely over 2 MiB;
    /// anything larger is skipped with its size, so memory stays bounded.
    public static let maximumArticleBytes = 8 << 20
    /// The deepest nesting of arrays and objects accepted in a JSON line.
    public static let maximumJSONDepth = 64

    public var overrides: Overrides
    /// The size limit in bytes, ``maximumArticleBytes`` unless a caller sets another.
    public var maximumBytes: Int

    public init(overrides: Overrides = Overrides(), maximumBytes: Int = ArticleReader.maximumArticleBytes) {
        self.overrides = overrides
        self.maximumBytes = maximumBytes
    }

    /// Calls `body` with each article or problem, in order: paths as given,
    /// folder entries sorted by name.
    public func read(_ paths: [String], _ body: (Result<ArticleInput, InputIssue>) throws -> Void) throws {
        for path in paths {
            if path == "-" {
                let input = InputFile(standardInputOf: ())
                try readWhole(input, origin: "<stdin>", kind: nil, body)
                continue
            }
            var visited = Set<String>()
            try visit(path, explicit: true, visited: &visited, body)
        }
    }

    private func visit(_ path: String, explicit: Bool, visited: inout Set<String>,
                       _ body: (Result<ArticleInput, InputIssue>) throws -> Void) throws {
        var info = stat()
        guard stat(path, &info) == 0 else {
            let code = errno
            var link = stat()
            let reason = code == ENOENT && lstat(path, &link) == 0 ? "broken symbolic link" : InputFile.describe(errno: code)
            try body(.failure(InputIssue(file: path, reason: reason)))
            return
        }
        let type = info.st_mode & S_IFMT
        if type == S_IFDIR {
            let real = realpath(path, nil).map { pointer in
                defer { free(pointer) }
                return String(cString: pointer)
            } ?? path
            guard visited.insert(real).inserted else {
                try body(.failure(InputIssue(file: path, reason: "symbolic link loop (leads back to a folder being read); skipped")))
                return
            }
            defer { visited.remove(real) }
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
        let kind = Self.kind(ofExtension: (path as NSString).pathExtension.lowercased())
        // In folders, only regular files with an article extension are read.
        guard explicit || (kind != nil && type == S_IFREG) else { return }
        let file: InputFile
        do {
            file = try InputFile(path: path)
        } catch {
            try body(.failure(InputIssue(file: path, reason: "cannot read file: \(error.reason)")))
            return
        }
        if kind == .lines {
            try readLines(file, origin: path, body)
        } else {
            try readWhole(file, origin: path, kind: kind, body)
        }
    }

    static func kind(ofExtension ext: String) -> Kind? {
        if textExtensions.contains(ext) { return .text }
        if htmlExtensions.contains(ext) { return .html }
        if lineExtensions.contains(ext) { return .lines }
        return nil
    }

    private static func reason(_ error: Error) -> String {
        let nsError = error as NSError
        if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            return InputFile.describe(errno: Int32(underlying.code))
        }
        if nsError.domain == NSCocoaErrorDomain, nsError.code == NSFileReadNoPermissionError { return "permission denied" }
        return nsError.localizedDescription
    }

    /// "12.3 MB" (MiB, as the limit is given).
    static func megabytes(_ bytes: Int) -> String {
        String(format: "%.1f MB", Double(bytes) / Double(1 << 20))
    }

    private func tooLarge(_ what: String, _ bytes: Int, atLeast: Bool) -> String {
        "\(what) is \(atLeast ? "over " : "")\(Self.megabytes(bytes)); articles over \(Self.megabytes(maximumBytes)) are skipped"
    }

    // MARK: - One article per file

    /// Reads a whole file (or standard input) as one article; `kind` nil means
    /// "by content": HTML when it starts like HTML, else text.
    private func readWhole(_ file: borrowing InputFile, origin: String, kind: Kind?,
                           _ body: (Result<ArticleInput, InputIssue>) throws -> Void) throws {
        func issue(_ reason: String) throws { try body(.failure(InputIssue(file: origin, reason: reason))) }
        if let size = file.regularFileSize, size > maximumBytes {
            try issue(tooLarge("file", size, atLeast: false))
            return
        }
        let read: Result<[UInt8], SizeExceeded>
        do {
            read = try file.readAll(limit: maximumBytes)
        } catch {
            try issue("cannot read file: \(error.reason)")
            return
        }
        let bytes: [UInt8]
        switch read {
        case .success(let all): bytes = all
        case .failure(let exceeded):
            try issue(tooLarge(origin == "<stdin>" ? "input" : "file", exceeded.atLeast, atLeast: true))
            return
        }
        if let problem = Self.binaryOrEmpty(bytes[...]) {
            try issue(problem)
            return
        }
        if let error = UTF8Validation.firstError(in: bytes) {
            try body(.failure(InputIssue(file: origin, line: error.line,
                                         reason: "not valid UTF-8 (byte offset \(error.offset), column \(error.column)); convert the file to UTF-8")))
            return
        }
        let content = Self.droppingBOM(bytes[...])
        if kind == .html || kind == nil && HTMLArticle.looksLikeHTML(content) {
            let page = HTMLArticle(Array(content))
            guard !page.text.isEmpty else {
                try issue("no article text in the HTML (only markup, scripts, navigation or comments)")
                return
            }
            let input = ArticleInput(text: page.text, title: page.title, url: page.url, source: page.source, date: page.date, origin: origin)
            try body(.success(apply(input)))
            return
        }
        try body(.success(apply(ArticleInput(text: String(decoding: content, as: UTF8.self), origin: origin))))
    }

    /// Why `bytes` are not an article: empty, or binary (NUL bytes; named when a known format).
    static func binaryOrEmpty(_ bytes: ArraySlice<UInt8>) -> String? {
        if bytes.allSatisfy({ $0 == 32 || $0 == 10 || $0 == 13 || $0 == 9 }) { return "empty file" }
        for (magic, name) in signatures where bytes.starts(with: magic) {
            return "binary file (\(name)), not text"
        }
        if let zero = bytes.firstIndex(of: 0) {
            return "binary file (NUL byte at offset \(zero - bytes.startIndex)), not text"
        }
        return nil
    }

    /// Leading bytes of binary formats people drop into article folders by mistake.
    static let signatures: [([UInt8], String)] = [
        ([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], "PNG image"),
        ([0xFF, 0xD8, 0xFF], "JPEG image"),
        (Array("GIF8".utf8), "GIF image"),
        (Array("%PDF-".utf8), "PDF document"),
        ([0x50, 0x4B, 0x03, 0x04], "ZIP archive or office document"),
        ([0x1F, 0x8B], "gzip archive"),
        (Array("SQLite format 3".utf8) + [0], "SQLite database"),
    ]

    static func droppingBOM(_ bytes: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
        bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? bytes.dropFirst(3) : bytes
    }

    // MARK: - JSON lines

    private func readLines(_ file: borrowing InputFile, origin: String, _ body: (Result<ArticleInput, InputIssue>) throws -> Void) throws {
        var sawContent = false
        do {
            try file.forEachLine(limit: maximumBytes) { number, line in
                switch line {
                case .tooLong(let length):
                    sawContent = true
                    try body(.failure(InputIssue(file: origin, line: number, reason: tooLarge("line", length, atLeast: false))))
                case .text(var bytes):
                    if number == 1 {
                        bytes = Self.droppingBOM(bytes)
                        // A binary file renamed .jsonl would give one complaint per "line": say it once.
                        if bytes.contains(0), let problem = Self.binaryOrEmpty(bytes) {
                            throw StopFile(issue: InputIssue(file: origin, reason: problem))
                        }
                    }
                    if bytes.allSatisfy({ $0 == 32 || $0 == 13 || $0 == 9 }) { return }
                    sawContent = true
                    try body(jsonArticle(bytes, origin: origin, line: number))
                }
            }
        } catch let stop as StopFile {
            try body(.failure(stop.issue))
            return
        } catch let failure as InputFile.Failure {
            try body(.failure(InputIssue(file: origin, reason: "cannot read file: \(failure.reason)")))
            return
        }
        if !sawContent { try body(.failure(InputIssue(file: origin, reason: "empty file"))) }
    }

    /// Ends the reading of one file with one issue.
    private struct StopFile: Error {
        let issue: InputIssue
    }

    private func jsonArticle(_ line: ArraySlice<UInt8>, origin: String, line number: Int) -> Result<ArticleInput, InputIssue> {
        func issue(_ reason: String) -> Result<ArticleInput, InputIssue> { .failure(InputIssue(file: origin, line: number, reason: reason)) }
        if let error = UTF8Validation.firstError(in: line) {
            return issue("not valid UTF-8 (column \(error.column))")
        }
        if let depth = Self.jsonDepthExceeding(Self.maximumJSONDepth, line) {
            return issue("JSON nested \(depth)+ levels deep (at most \(Self.maximumJSONDepth))")
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
        // Empty when nothing but white space: stop at the first other scalar (trimming copies the whole text).
        guard text.unicodeScalars.contains(where: { !CharacterSet.whitespacesAndNewlines.contains($0) }) else {
            return issue("\"text\" is empty")
        }
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

    /// The depth reached when the nesting of `[` and `{` (outside strings) goes past `limit`, else nil.
    static func jsonDepthExceeding(_ limit: Int, _ bytes: ArraySlice<UInt8>) -> Int? {
        var depth = 0
        var inString = false
        var escaped = false
        for byte in bytes {
            if inString {
                if escaped { escaped = false } else if byte == UInt8(ascii: "\\") { escaped = true } else if byte == UInt8(ascii: "\"") { inString = false }
                continue
            }
            switch byte {
            case UInt8(ascii: "\""): inString = true
            case UInt8(ascii: "["), UInt8(ascii: "{"):
                depth += 1
                if depth > limit { return depth }
            case UInt8(ascii: "]"), UInt8(ascii: "}"): depth -= 1
            default: break
            }
        }
        return nil
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
