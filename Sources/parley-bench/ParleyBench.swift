import ArgumentParser

@main
struct ParleyBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "parley-bench",
        abstract: "Parley's benchmark suite: ingest, extraction, queries and export against raw C and sqlite3.",
        discussion: "Run it through `make bench`, which builds everything in release mode and writes BENCHMARKS.md.",
        subcommands: [Run.self, Generate.self, Extract.self, Large.self, Spawn.self],
        defaultSubcommand: Run.self
    )
}
