import ArgumentParser
import Foundation

/// `parley-bench spawn`: runs one program and writes its wall time, exit status
/// and peak RSS in KiB to a file, for ``ChildProcess/run(_:stdoutPath:stderrPath:)``
/// (which explains why the suite starts its programs through a fresh process).
struct Spawn: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Run a program and write \"seconds status peak-RSS-KiB\" to a file (used by the suite itself).",
        shouldDisplay: false)

    @Option(help: "Standard output of the program.")
    var stdout: String

    @Option(help: "Standard error of the program.")
    var stderr: String

    @Option(help: "File for the result line.")
    var result: String

    @Argument(parsing: .postTerminator, help: "The program and its arguments, after --.")
    var command: [String] = []

    func run() throws {
        guard !command.isEmpty else { throw ValidationError("no program to run") }
        let child = try ChildProcess.spawn(command, stdoutPath: stdout, stderrPath: stderr)
        try "\(child.seconds) \(child.status) \(child.maxRSSKiB)\n".write(toFile: result, atomically: false, encoding: .utf8)
    }
}
