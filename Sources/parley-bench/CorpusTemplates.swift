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
}
