import ArgumentParser
import ParleyStore

/// The output options of the `export` reports.
struct ReportOutput: ParsableArguments {
    @Option(help: "Output format: csv or json.")
    var format: Export.Format = .csv

    @Option(help: "Write to this file (atomically: complete or not at all) instead of standard output.")
    var out: String?

    /// Writes the report in the chosen format.
    func write(csv: () -> String, json: () throws -> String) throws {
        let text = format == .csv ? csv() : try json()
        try parley.write(text, to: out)
    }
}

/// Runs a store query for a command: unknown names and invalid search queries
/// are usage errors (exit 64), store failures one line and exit code 2; a failure
/// to write the output passes through for the caller to report.
func runQuery<T>(_ body: () throws -> T) throws -> T {
    do {
        return try body()
    } catch let error as OutputError {
        throw error
    } catch let error as UnknownNameError {
        printError("parley: \(error)")
        throw ExitCode.validationFailure
    } catch let error as SearchQueryError {
        printError("parley: \(error)")
        throw ExitCode.validationFailure
    } catch {
        printError("parley: query failed: \(error)")
        throw ExitCode.storeFailure
    }
}
