import ArgumentParser
import Foundation

/// The programs and folders `run` and `large` share: the binaries they time, the plain SQL they compare against,
/// and where they work.
struct ToolOptions: ParsableArguments {
    @Option(help: "The release parley binary.")
    var parley = ".build-bench/release/parley"

    @Option(help: "The sqlite3 command-line shell.")
    var sqlite3 = "/usr/bin/sqlite3"

    @Option(help: "Folder with the plain SQL queries compared against (between.sql, export-events.sql).")
    var queries = "Benchmarks"

    @Option(help: "Working folder for corpora, databases and the commands' output.")
    var work = "out/bench"

    /// The `--between` and export measurements with these programs and folders.
    var readBenchmark: ReadBenchmark {
        ReadBenchmark(parley: parley, sqlite3: sqlite3, queries: queries, work: work)
    }

    /// Creates the working folder.
    func createWorkFolder() throws {
        try FileManager.default.createDirectory(atPath: work, withIntermediateDirectories: true)
    }
}

/// A progress line on stderr: "parley-bench: MESSAGE".
func progress(_ message: String) {
    FileHandle.standardError.write(Data("parley-bench: \(message)\n".utf8))
}
