import ArgumentParser

@main
struct ParleyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "parley",
        abstract: "A knowledge base of diplomatic meetings, built from news articles.",
        discussion: """
            The database is --db, else $PARLEY_DB, else ./parley.db, created on first use.

            Exit codes:
              0   success
              1   some input was skipped (each problem is printed with its file and line); the rest was stored
              2   failure: the database could not be opened or written; what was stored before is intact
              3   not found: no event with that id (show), no person with that name (people)
              64  usage error (bad option or argument)
            """,
        version: "0.1.0",
        subcommands: [Ingest.self, Meetings.self, Show.self, Search.self, People.self, Stats.self, Export.self, Seed.self, Eval.self]
    )
}
