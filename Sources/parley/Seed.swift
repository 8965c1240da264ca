import ArgumentParser
import ParleyExtract
import ParleyKit

struct Seed: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Add your own people, aliases and roles, and say what changed.",
        discussion: """
            Each FILE is a tab-separated file in the format of seeds/people.tsv (id, name), seeds/aliases.tsv \
            (person, alias, lang) or seeds/roles.tsv (person, office, country, start, end), recognised by its \
            header line; # starts a comment. Aliases and roles may name people of the same run or already on \
            record (by id, e.g. joko-widodo). A known id with another name renames the person; a known role \
            (same person, office, country and start) takes the new end date.
            All files are loaded in one transaction, or nothing is when any line is wrong (exit code 1, with the \
            file, line and reason). Events already stored keep their participants: articles ingested afterwards \
            use the new names and roles. The additions survive upgrades of the built-in seeds.
            """
    )

    @OptionGroup var options: GlobalOptions

    @Argument(help: "People, aliases or roles .tsv files.")
    var files: [String]

    func validate() throws {
        if files.isEmpty { throw ValidationError("give at least one people, aliases or roles .tsv file") }
    }

    func run() throws {
        let store = try options.openStore(forWriting: true)
        let data: ReferenceData
        do {
            data = try UserSeedFiles.read(files, store: store)
        } catch let error as ReferenceDataError {
            printError("parley: \(error)")
            printError("parley: nothing was loaded")
            throw ExitCode.skippedInput
        }
        do {
            print(SeedChangeReport.text(try store.loadUserSeeds(data)), terminator: "")
        } catch {
            printError("parley: loading failed, nothing was loaded: \(error)")
            throw ExitCode.storeFailure
        }
    }
}
