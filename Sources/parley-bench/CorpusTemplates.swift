import ParleyExtract

/// The sentence templates of the benchmark corpus, per language and kind,
/// read from `Benchmarks/corpus-templates.tsv`.
struct CorpusTemplates {
    private var byKey: [String: [String]] = [:]

    init(text: String, file: String) throws {
        let table = try TSVTable(file: file, text: text, columns: ["lang", "kind", "text"])
        for record in table.records { byKey["\(record[0])/\(record[1])", default: []].append(record[2]) }
        for lang in ["id", "en"] {
            for kind in ["title_meet", "title_call", "lead_meet", "lead_call", "prev", "also", "body", "quote", "close", "topic"]
            where byKey["\(lang)/\(kind)"]?.isEmpty ?? true {
                throw BenchError("\(file): no \(lang) \(kind) template")
            }
        }
        for kind in ["outlet", "first", "last"] where byKey["*/\(kind)"]?.isEmpty ?? true {
            throw BenchError("\(file): no \(kind) entry")
        }
    }

    /// The templates of `kind` in `lang` ("*" for language-neutral lists).
    subscript(lang: String, kind: String) -> [String] { byKey["\(lang)/\(kind)"] ?? [] }

    /// `template` with each `{NAME}` replaced by its value (a random number for `{NUM}`,
    /// the name itself when it has none), opening with a capital.
    func fill(_ template: String, _ values: [String: String], using random: inout SplitMix64) -> String {
        var out = ""
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            out += rest[..<open]
            let name = String(rest[rest.index(after: open)..<close])
            out += name == "NUM" ? String(Int.random(in: 2...90, using: &random)) : values[name] ?? name
            rest = rest[rest.index(after: close)...]
        }
        out += rest
        // Sentences open with a capital even when a topic ("climate change") comes first.
        if let first = out.unicodeScalars.first, first.properties.isLowercase {
            out = first.properties.uppercaseMapping + out.unicodeScalars.dropFirst().map(String.init).joined()
        }
        return out
    }
}
