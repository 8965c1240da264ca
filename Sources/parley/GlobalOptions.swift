import ArgumentParser
import Foundation
import Logging
import ParleyStore

/// Options every command takes.
struct GlobalOptions: ParsableArguments {
    @Option(name: .long, help: "Database file (default: $PARLEY_DB, else ./parley.db).")
    var db: String?

    @Flag(name: .shortAndLong, help: "Log what happens to standard error.")
    var verbose = false

    var databasePath: String {
        db ?? ProcessInfo.processInfo.environment["PARLEY_DB"].flatMap { $0.isEmpty ? nil : $0 } ?? "parley.db"
    }

    var logger: Logger {
        var logger = Logger(label: "parley")
        logger.logLevel = verbose ? .debug : .warning
        return logger
    }

    /// Opens the store, turning failures into one clear line and exit code 2.
    /// A command that writes passes `forWriting` and is refused a read-only file up front.
    func openStore(readOnly: Bool = false, forWriting: Bool = false) throws -> Store {
        let store: Store
        do {
            store = try Store(path: databasePath, readOnly: readOnly, logger: logger)
        } catch {
            printError("parley: cannot open database \(databasePath): \(error)")
            throw ExitCode.storeFailure
        }
        if forWriting && store.isReadOnly {
            printError("parley: cannot write to database \(databasePath): \(StoreError.readOnlyFile(path: databasePath))")
            throw ExitCode.storeFailure
        }
        return store
    }
}

/// Prints a line to standard error.
func printError(_ message: String) {
    FileHandle.standardError.write(Data((message + "\n").utf8))
}
