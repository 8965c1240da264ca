import ArgumentParser
import Foundation
import ParleyKit
import ParleyStore

struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write reports as CSV (RFC 4180) or JSON.",
        subcommands: [Events.self, Pairs.self, People.self, Timeline.self, Countries.self]
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case csv, json }

    struct Events: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "One row per event.",
            discussion: "CSV columns: \(EventReport.columns.joined(separator: ","))"
        )

        @OptionGroup var options: GlobalOptions
        @OptionGroup var filters: FilterOptions

        @Option(help: "Output format: csv or json.")
        var format: Format = .csv

        @Option(help: "Write to this file instead of standard output.")
        var out: String?

        func run() throws {
            let store = try options.openStore()
            guard format == .csv else {
                let rows = try runQuery { try store.events(filters.filter) }
                try write(try EventReport.json(rows), to: out)
                return
            }
            // CSV is written as the rows come, never held whole.
            let filter = filters.filter
            try streamOutput(to: out) { output in
                try runQuery { try EventReport.streamCSV(store, filter, to: output) }
            }
        }
    }
}

/// A failure to write the output (not the query's).
struct OutputError: Error {
    let reason: String
}

/// Calls `body` with a sink that writes to standard output, or to `path` through a
/// temporary file beside it that replaces `path` once complete (as ``write(_:to:)`` does).
func streamOutput(to path: String?, _ body: (([UInt8]) throws -> Void) throws -> Void) throws {
    guard let path else {
        try body { bytes in
            do {
                try FileHandle.standardOutput.write(contentsOf: bytes)
            } catch {
                throw OutputError(reason: (error as NSError).localizedDescription)
            }
        }
        return
    }
    let url = URL(fileURLWithPath: path)
    let temporary = url.deletingLastPathComponent()
        .appendingPathComponent(".\(url.lastPathComponent).\(ProcessInfo.processInfo.globallyUniqueString)").path
    var completed = false
    defer { if !completed { try? FileManager.default.removeItem(atPath: temporary) } }
    do {
        guard FileManager.default.createFile(atPath: temporary, contents: nil),
              let handle = FileHandle(forWritingAtPath: temporary) else {
            throw OutputError(reason: String(cString: strerror(errno)))
        }
        do {
            try body { bytes in
                do {
                    try handle.write(contentsOf: bytes)
                } catch {
                    throw OutputError(reason: (error as NSError).localizedDescription)
                }
            }
        } catch {
            try? handle.close()
            throw error
        }
        do {
            try handle.close()
        } catch {
            throw OutputError(reason: (error as NSError).localizedDescription)
        }
        guard rename(temporary, path) == 0 else { throw OutputError(reason: String(cString: strerror(errno))) }
        completed = true
    } catch let error as OutputError {
        printError("parley: cannot write \(path): \(error.reason)")
        throw ExitCode.storeFailure
    }
}

/// Writes `text` to standard output, or atomically to `path`.
func write(_ text: String, to path: String?) throws {
    guard let path else {
        print(text, terminator: "")
        return
    }
    do {
        try Data(text.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
    } catch {
        printError("parley: cannot write \(path): \((error as NSError).localizedDescription)")
        throw ExitCode.storeFailure
    }
}
