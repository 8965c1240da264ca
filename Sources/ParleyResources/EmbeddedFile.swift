/// A file of the package compiled into the binary: a migration or a seed table.
///
/// The `migrations` and `seeds` lists are generated at build time by the
/// `EmbedFiles` plugin from `Migrations/*.sql` and `seeds/*.tsv`.
public struct EmbeddedFile: Sendable, Hashable {
    /// The file name, e.g. `0001_initial.sql` or `people.tsv`.
    public let name: String
    /// The file's full UTF-8 text.
    public let text: String

    public init(name: String, text: String) {
        self.name = name
        self.text = text
    }

    /// The seed file with this name, if it was embedded.
    public static func seed(named name: String) -> EmbeddedFile? {
        seeds.first { $0.name == name }
    }
}
