import ParleyExtract

/// A news page in HTML reduced to what Parley reads: title, publication date,
/// URL, outlet and the text of the article body.
///
/// Scans UTF-8 bytes once, tolerating broken markup the way browsers do:
/// `<script>`, `<style>` and comments are skipped; `<nav>`, `<header>`,
/// `<footer>`, `<aside>`, forms and the like are dropped with everything in
/// them; block elements become line breaks; character references are decoded.
/// The text is the longest `<article>`, else `<main>`, else the whole `<body>`.
///
/// Metadata: title from `og:title`, else `<title>`; date from
/// `article:published_time` (or `datePublished`), else the first
/// `<time datetime>` inside the article, else the first anywhere; URL from
/// `og:url`, else `<link rel="canonical">`; source from `og:site_name`.
struct HTMLArticle {
    var title: String?
    var date: Day?
    var url: String?
    var source: String?
    /// The article text, one line per paragraph or block.
    var text: String

    /// Whether `bytes` look like an HTML document (`<!DOCTYPE html` or `<html` first).
    static func looksLikeHTML(_ bytes: some Collection<UInt8>) -> Bool {
        var prefix: [UInt8] = []
        for byte in bytes.prefix(512) {
            if prefix.isEmpty, byte == 0xEF || byte == 0xBB || byte == 0xBF || isSpace(byte) { continue }  // BOM, white space
            prefix.append(lower(byte))
            if prefix.count == 14 { break }
        }
        return prefix.starts(with: Array("<!doctype html".utf8)) || prefix.starts(with: Array("<html".utf8))
    }

    init(_ bytes: [UInt8]) {
        var scanner = Scanner(bytes: bytes)
        scanner.run()
        title = scanner.ogTitle ?? scanner.titleElement
        date = scanner.publishedMeta ?? scanner.articleTime ?? scanner.firstTime
        url = scanner.ogURL ?? scanner.canonical
        source = scanner.siteName
        let article = scanner.articles.max { $0.bytes.count < $1.bytes.count }
        let chosen = [article, scanner.main].compactMap { $0 }.first { !$0.isBlank } ?? scanner.body
        text = String(decoding: chosen.bytes, as: UTF8.self)
    }

    // MARK: - Scanner

    /// Elements dropped with all their content.
    static let droppedElements: Set<[UInt8]> = Set(
        ["nav", "header", "footer", "aside", "form", "noscript", "svg", "math", "iframe", "template", "button",
         "select", "menu", "dialog", "object", "canvas", "audio", "video"].map { Array($0.utf8) })
    /// Elements whose content is raw text up to their end tag: never markup, never article text.
    static let rawTextElements: Set<[UInt8]> = Set(["script", "style", "textarea", "xmp"].map { Array($0.utf8) })
    /// Elements that start a new line of text.
    static let blockElements: Set<[UInt8]> = Set(
        ["p", "div", "br", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "tr", "td", "th",
         "table", "section", "article", "main", "blockquote", "pre", "hr", "figure", "figcaption", "address", "body",
         "caption", "details", "summary", "center"].map { Array($0.utf8) })

    /// Text collected with white space collapsed and blocks on lines of their own.
    struct TextBuilder {
        var bytes: [UInt8] = []
        var pendingSpace = false
        var pendingLine = false

        var isBlank: Bool { bytes.isEmpty }

        mutating func breakLine() { pendingLine = true }

        mutating func append(_ byte: UInt8) {
            if HTMLArticle.isSpace(byte) {
                pendingSpace = true
                return
            }
            if !bytes.isEmpty {
                if pendingLine { bytes.append(10) } else if pendingSpace { bytes.append(32) }
            }
            pendingLine = false
            pendingSpace = false
            bytes.append(byte)
        }
    }

    struct Scanner {
        let bytes: [UInt8]
        var index = 0

        var body = TextBuilder()
        var main: TextBuilder?
        var mainDepth = 0
        var articles: [TextBuilder] = []
        var articleDepth = 0
        /// The element being dropped and how deeply it nests in itself.
        var dropping: [UInt8]?
        var dropDepth = 0

        var ogTitle: String?
        var titleElement: String?
        var publishedMeta: Day?
        var articleTime: Day?
        var firstTime: Day?
        var ogURL: String?
        var canonical: String?
        var siteName: String?

        init(bytes: [UInt8]) { self.bytes = bytes }

        mutating func run() {
            var textStart = 0
            while index < bytes.count {
                guard bytes[index] == UInt8(ascii: "<") else {
                    index += 1
                    continue
                }
                let tagStart = index
                if let tagEnd = markupEnd(at: index) {
                    emitText(textStart..<tagStart)
                    handleMarkup(tagStart..<tagEnd)
                    textStart = index
                } else {
                    index += 1  // a lone "<" is text
                }
            }
            emitText(textStart..<bytes.count)
        }

        /// Where the markup starting at `start` ends, or nil when `<` starts no markup.
        /// Leaves `index` unchanged; `handleMarkup` advances it.
        func markupEnd(at start: Int) -> Int? {
            let next = start + 1
            guard next < bytes.count else { return nil }
            let byte = bytes[next]
            if byte == UInt8(ascii: "!") {
                if HTMLArticle.hasPrefix(bytes, at: next + 1, "--") {
                    // A comment runs to "-->"; one never closed runs to the end, as in browsers.
                    return HTMLArticle.find(bytes, "-->", from: next + 3).map { $0 + 3 } ?? bytes.count
                }
                return (HTMLArticle.find(bytes, ">", from: next).map { $0 + 1 }) ?? bytes.count
            }
            if byte == UInt8(ascii: "?") {
                return (HTMLArticle.find(bytes, ">", from: next).map { $0 + 1 }) ?? bytes.count
            }
            if byte == UInt8(ascii: "/") {
                guard next + 1 < bytes.count, HTMLArticle.isLetter(bytes[next + 1]) else { return nil }
                return (HTMLArticle.find(bytes, ">", from: next).map { $0 + 1 }) ?? bytes.count
            }
            guard HTMLArticle.isLetter(byte) else { return nil }
            // A start tag: attribute values in quotes may hold ">".
            var i = next
            var quote: UInt8 = 0
            while i < bytes.count {
                let c = bytes[i]
                if quote != 0 {
                    if c == quote { quote = 0 }
                } else if c == UInt8(ascii: "\"") || c == UInt8(ascii: "'") {
                    // Only a quote right after "=" opens a value.
                    var j = i - 1
                    while j > start, HTMLArticle.isSpace(bytes[j]) { j -= 1 }
                    if bytes[j] == UInt8(ascii: "=") { quote = c }
                } else if c == UInt8(ascii: ">") {
                    return i + 1
                }
                i += 1
            }
            return bytes.count
        }

        mutating func handleMarkup(_ range: Range<Int>) {
            index = range.upperBound
            let first = bytes[range.lowerBound + 1]
            if first == UInt8(ascii: "!") || first == UInt8(ascii: "?") { return }
            if first == UInt8(ascii: "/") {
                endTag(HTMLArticle.name(bytes, from: range.lowerBound + 2, limit: range.upperBound))
                return
            }
            let name = HTMLArticle.name(bytes, from: range.lowerBound + 1, limit: range.upperBound)
            let selfClosing = range.upperBound - range.lowerBound >= 2 && bytes[range.upperBound - 2] == UInt8(ascii: "/")
            startTag(name, range: range, selfClosing: selfClosing)
        }

        mutating func startTag(_ name: [UInt8], range: Range<Int>, selfClosing: Bool) {
            switch name {
            case Array("meta".utf8), Array("link".utf8), Array("time".utf8):
                metadata(name, HTMLArticle.attributes(bytes, range))
            default: break
            }
            if HTMLArticle.rawTextElements.contains(name) || name == Array("title".utf8) {
                // Content up to the end tag is not markup; an unclosed one runs to the end.
                let contentEnd = HTMLArticle.findEndTag(bytes, name, from: index) ?? bytes.count
                if name == Array("title".utf8), titleElement == nil, dropping == nil {
                    titleElement = HTMLArticle.cleanValue(bytes[index..<contentEnd])
                }
                index = contentEnd < bytes.count ? (HTMLArticle.find(bytes, ">", from: contentEnd).map { $0 + 1 } ?? bytes.count) : bytes.count
                return
            }
            if let dropping {
                if name == dropping, !selfClosing { dropDepth += 1 }
                return
            }
            if HTMLArticle.droppedElements.contains(name) {
                if !selfClosing {
                    dropping = name
                    dropDepth = 1
                }
                return
            }
            if name == Array("article".utf8) {
                if articleDepth == 0 { articles.append(TextBuilder()) }
                articleDepth += 1
            } else if name == Array("main".utf8) {
                if mainDepth == 0, main == nil { main = TextBuilder() }
                mainDepth += 1
            }
            if HTMLArticle.blockElements.contains(name) { breakLine() }
        }

        mutating func endTag(_ name: [UInt8]) {
            if let dropping {
                if name == dropping {
                    dropDepth -= 1
                    if dropDepth == 0 { self.dropping = nil }
                }
                return
            }
            if HTMLArticle.blockElements.contains(name) { breakLine() }
            if name == Array("article".utf8), articleDepth > 0 {
                articleDepth -= 1
            } else if name == Array("main".utf8), mainDepth > 0 {
                mainDepth -= 1
            }
        }

        mutating func breakLine() {
            body.breakLine()
            if mainDepth > 0 { main?.breakLine() }
            if articleDepth > 0 { articles[articles.count - 1].breakLine() }
        }

        mutating func emitText(_ range: Range<Int>) {
            guard dropping == nil, !range.isEmpty else { return }
            let decoded = HTMLArticle.decodeEntities(bytes[range])
            for byte in decoded {
                body.append(byte)
                if mainDepth > 0 { main?.append(byte) }
                if articleDepth > 0 { articles[articles.count - 1].append(byte) }
            }
        }

        mutating func metadata(_ name: [UInt8], _ attributes: [(name: [UInt8], value: ArraySlice<UInt8>)]) {
            func value(_ key: String) -> ArraySlice<UInt8>? {
                attributes.first { $0.name == Array(key.utf8) }?.value
            }
            func day(_ raw: ArraySlice<UInt8>?) -> Day? {
                guard let raw, let text = HTMLArticle.cleanValue(raw) else { return nil }
                return Day(iso: text)
            }
            switch name {
            case Array("meta".utf8):
                guard let key = (value("property") ?? value("name") ?? value("itemprop")).flatMap(HTMLArticle.cleanValue)?.lowercased(),
                      let content = value("content")
                else { return }
                switch key {
                case "og:title": if ogTitle == nil { ogTitle = HTMLArticle.cleanValue(content) }
                case "og:url": if ogURL == nil { ogURL = HTMLArticle.cleanValue(content) }
                case "og:site_name": if siteName == nil { siteName = HTMLArticle.cleanValue(content) }
                case "article:published_time", "datepublished", "og:published_time":
                    if publishedMeta == nil { publishedMeta = day(content) }
                default: break
                }
            case Array("link".utf8):
                guard let rel = value("rel").flatMap(HTMLArticle.cleanValue)?.lowercased(),
                      rel.split(separator: " ").contains("canonical"), canonical == nil
                else { return }
                canonical = value("href").flatMap(HTMLArticle.cleanValue)
            default:  // time
                guard let found = day(value("datetime")) else { return }
                if firstTime == nil { firstTime = found }
                if articleDepth > 0, articleTime == nil { articleTime = found }
            }
        }
    }

    // MARK: - Byte helpers

    static func isSpace(_ byte: UInt8) -> Bool { byte == 32 || byte == 9 || byte == 10 || byte == 13 || byte == 12 }
    static func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= 97 && (byte | 0x20) <= 122 }
    static func lower(_ byte: UInt8) -> UInt8 { byte >= 65 && byte <= 90 ? byte + 32 : byte }

    static func hasPrefix(_ bytes: [UInt8], at index: Int, _ prefix: String) -> Bool {
        var i = index
        for byte in prefix.utf8 {
            guard i < bytes.count, lower(bytes[i]) == byte else { return false }
            i += 1
        }
        return true
    }

    /// The first index of `needle` (ASCII, matched case-insensitively) at or after `from`.
    static func find(_ bytes: [UInt8], _ needle: String, from: Int) -> Int? {
        let first = Array(needle.utf8)[0]
        var i = from
        while i < bytes.count {
            if lower(bytes[i]) == first, hasPrefix(bytes, at: i, needle) { return i }
            i += 1
        }
        return nil
    }

    /// Where `</name` (followed by white space, `/` or `>`) starts, at or after `from`.
    static func findEndTag(_ bytes: [UInt8], _ name: [UInt8], from: Int) -> Int? {
        var i = from
        while let open = find(bytes, "</", from: i) {
            var j = open + 2
            var k = 0
            while k < name.count, j < bytes.count, lower(bytes[j]) == name[k] { j += 1; k += 1 }
            if k == name.count, j == bytes.count || isSpace(bytes[j]) || bytes[j] == UInt8(ascii: ">") || bytes[j] == UInt8(ascii: "/") {
                return open
            }
            i = open + 2
        }
        return nil
    }

    /// The lower-cased tag name starting at `from`.
    static func name(_ bytes: [UInt8], from: Int, limit: Int) -> [UInt8] {
        var out: [UInt8] = []
        var i = from
        while i < limit, i < bytes.count {
            let c = bytes[i]
            guard isLetter(c) || (c >= 48 && c <= 57) || c == UInt8(ascii: "-") || c == UInt8(ascii: ":") else { break }
            out.append(lower(c))
            i += 1
        }
        return out
    }

    /// The attributes of the start tag in `range`: lower-cased names, raw (undecoded) values.
    static func attributes(_ bytes: [UInt8], _ range: Range<Int>) -> [(name: [UInt8], value: ArraySlice<UInt8>)] {
        var out: [(name: [UInt8], value: ArraySlice<UInt8>)] = []
        var i = range.lowerBound + 1
        let end = range.upperBound
        while i < end, !isSpace(bytes[i]), bytes[i] != UInt8(ascii: ">"), bytes[i] != UInt8(ascii: "/") { i += 1 }  // tag name
        while i < end {
            while i < end, isSpace(bytes[i]) || bytes[i] == UInt8(ascii: "/") { i += 1 }
            guard i < end, bytes[i] != UInt8(ascii: ">") else { break }
            var name: [UInt8] = []
            while i < end, !isSpace(bytes[i]), bytes[i] != UInt8(ascii: "="), bytes[i] != UInt8(ascii: ">"), bytes[i] != UInt8(ascii: "/") || name.isEmpty {
                name.append(lower(bytes[i]))
                i += 1
            }
            while i < end, isSpace(bytes[i]) { i += 1 }
            guard i < end, bytes[i] == UInt8(ascii: "=") else {
                out.append((name, []))
                continue
            }
            i += 1
            while i < end, isSpace(bytes[i]) { i += 1 }
            guard i < end else { break }
            let valueStart: Int
            let valueEnd: Int
            if bytes[i] == UInt8(ascii: "\"") || bytes[i] == UInt8(ascii: "'") {
                let quote = bytes[i]
                valueStart = i + 1
                var j = valueStart
                while j < end, bytes[j] != quote { j += 1 }
                valueEnd = j
                i = min(end, j + 1)
            } else {
                valueStart = i
                while i < end, !isSpace(bytes[i]), bytes[i] != UInt8(ascii: ">") { i += 1 }
                valueEnd = i
            }
            out.append((name, bytes[valueStart..<valueEnd]))
        }
        return out
    }

    /// An attribute value or title: references decoded, white space collapsed; nil when blank.
    static func cleanValue(_ raw: ArraySlice<UInt8>) -> String? {
        var builder = TextBuilder()
        for byte in decodeEntities(raw) { builder.append(byte) }
        return builder.isBlank ? nil : String(decoding: builder.bytes, as: UTF8.self)
    }

    /// Decodes character references: `&#233;`, `&#xE9;` and the named ones of ``HTMLEntities``.
    /// Unknown or malformed references are left as written.
    static func decodeEntities(_ raw: ArraySlice<UInt8>) -> [UInt8] {
        guard raw.contains(UInt8(ascii: "&")) else { return Array(raw) }
        var out: [UInt8] = []
        out.reserveCapacity(raw.count)
        var i = raw.startIndex
        while i < raw.endIndex {
            let byte = raw[i]
            guard byte == UInt8(ascii: "&") else {
                out.append(byte)
                i += 1
                continue
            }
            var j = i + 1
            var scalar: Unicode.Scalar?
            if j < raw.endIndex, raw[j] == UInt8(ascii: "#") {
                j += 1
                let hex = j < raw.endIndex && (raw[j] | 0x20) == UInt8(ascii: "x")
                if hex { j += 1 }
                var value: UInt32 = 0
                let digitsStart = j
                while j < raw.endIndex, j - digitsStart < 8, let digit = digitValue(raw[j], hex: hex) {
                    value = value * (hex ? 16 : 10) + digit
                    j += 1
                }
                if j > digitsStart {
                    if j < raw.endIndex, raw[j] == UInt8(ascii: ";") { j += 1 }
                    // NUL, surrogates and values beyond Unicode become U+FFFD, as the HTML standard says.
                    scalar = value == 0 ? "\u{FFFD}" : Unicode.Scalar(value) ?? "\u{FFFD}"
                }
            } else {
                var name: [UInt8] = []
                while j < raw.endIndex, name.count < 12, isLetter(raw[j]) || (raw[j] >= 48 && raw[j] <= 57) {
                    name.append(raw[j])
                    j += 1
                }
                if j < raw.endIndex, raw[j] == UInt8(ascii: ";"), let found = HTMLEntities.named[name] {
                    j += 1
                    scalar = found
                }
            }
            if let scalar {
                out.append(contentsOf: String(Character(scalar)).utf8)
                i = j
            } else {
                out.append(byte)
                i += 1
            }
        }
        return out
    }

    static func digitValue(_ byte: UInt8, hex: Bool) -> UInt32? {
        if byte >= 48 && byte <= 57 { return UInt32(byte - 48) }
        if hex, (byte | 0x20) >= 97, (byte | 0x20) <= 102 { return UInt32((byte | 0x20) - 87) }
        return nil
    }
}
