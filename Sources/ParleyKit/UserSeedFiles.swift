import Foundation
import ParleyExtract
import ParleyStore

/// A user's people, aliases and roles files (the TSV formats of `seeds/people.tsv`,
/// `aliases.tsv` and `roles.tsv`), recognised by their header line whatever
/// the file is called, and checked against the people and countries on record.
public enum UserSeedFiles {
    /// The kinds of file `parley seed` takes, by the name `ReferenceData` knows them under.
    public static let kinds = ["people.tsv", "aliases.tsv", "roles.tsv"]

    /// Reads and checks `paths`; the first problem is thrown with its file and line.
    public static func read(_ paths: [String], store: Store) throws -> ReferenceData {
        var files: [(path: String, kind: String, text: String)] = []
        for path in paths {
            let text = try readText(path)
            files.append((path, try kind(of: text, path: path), text))
        }
        // People files first, so that aliases and roles may name people added in the same run.
        var data = ReferenceData()
        var known = try store.personKeys()
        for file in files.sorted(by: { $0.kind == "people.tsv" && $1.kind != "people.tsv" }) {
            let parsed: ReferenceData
            do {
                parsed = try ReferenceData(files: [("\(file.path)\u{0}/\(file.kind)", file.text)], knownPeople: known)
            } catch {
                throw ReferenceDataError(file: file.path, line: error.line, reason: error.reason)
            }
            try checkCountries(file, parsed, store: store)
            known.formUnion(parsed.people.map(\.key))
            data.people += parsed.people
            data.aliases += parsed.aliases
            data.roles += parsed.roles
        }
        return data
    }

    private static func readText(_ path: String) throws -> String {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
            throw ReferenceDataError(file: path, line: 0, reason: "no such file")
        }
        guard !isFolder.boolValue, let data = FileManager.default.contents(atPath: path) else {
            throw ReferenceDataError(file: path, line: 0, reason: isFolder.boolValue ? "is a folder, not a file" : "cannot read file")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw ReferenceDataError(file: path, line: 0, reason: "not valid UTF-8")
        }
        return text
    }

    /// Which kind of file the header line says this is.
    private static func kind(of text: String, path: String) throws -> String {
        var number = 0
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            number += 1
            let line = line.hasSuffix("\r") ? line.dropLast() : line
            if line.isEmpty || line.hasPrefix("#") { continue }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
            for kind in kinds where ReferenceData.fileColumns[kind] == fields { return kind }
            let expected = kinds.compactMap { ReferenceData.fileColumns[$0]?.joined(separator: "<TAB>") }.joined(separator: " or ")
            throw ReferenceDataError(file: path, line: number, reason: "header must be \(expected), found \(fields.joined(separator: "<TAB>"))")
        }
        throw ReferenceDataError(file: path, line: 1, reason: "no header line")
    }

    /// Roles must name a country on record (by its code).
    private static func checkCountries(_ file: (path: String, kind: String, text: String), _ data: ReferenceData, store: Store) throws {
        guard file.kind == "roles.tsv", !data.roles.isEmpty else { return }
        let table = try TSVTable(file: file.path, text: file.text, columns: ReferenceData.fileColumns["roles.tsv"] ?? [])
        for record in table.records {
            let code = record[2].uppercased()
            if try !store.countries(named: code).contains(code) {
                throw ReferenceDataError(file: file.path, line: record.line, reason: "unknown country code '\(record[2])' (use ISO 3166-1 alpha-2, e.g. ID, US)")
            }
        }
    }
}
