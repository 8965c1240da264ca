import Foundation

/// A program run to completion with its standard output and error sent to
/// files: wall time, exit status and peak resident set size (`wait4`).
struct ChildProcess {
    let seconds: Double
    let status: Int32
    /// Peak RSS of the child in KiB (`ru_maxrss`).
    let maxRSSKiB: Int
    let stdoutPath: String
    let stderrPath: String

    var output: String { (try? String(contentsOfFile: stdoutPath, encoding: .utf8)) ?? "" }
    var errors: String { (try? String(contentsOfFile: stderrPath, encoding: .utf8)) ?? "" }

    /// Runs `arguments` (the first is the program path), writing its output to `stdoutPath`.
    static func run(_ arguments: [String], stdoutPath: String, stderrPath: String? = nil) throws -> ChildProcess {
        let errorPath = stderrPath ?? stdoutPath + ".stderr"
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, stdoutPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_addopen(&actions, 2, errorPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        var argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
        defer { for pointer in argv { free(pointer) } }
        let clock = ContinuousClock()
        let start = clock.now
        var pid: pid_t = 0
        let code = posix_spawn(&pid, arguments[0], &actions, nil, &argv, environ)
        guard code == 0 else { throw BenchError("cannot run \(arguments[0]): \(String(cString: strerror(code)))") }
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) < 0 && errno == EINTR {}
        let elapsed = clock.now - start
        let exit = status & 0x7F == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
        return ChildProcess(seconds: elapsed.seconds, status: exit, maxRSSKiB: Int(usage.ru_maxrss),
                            stdoutPath: stdoutPath, stderrPath: errorPath)
    }

    /// Fails unless the program exited with one of `allowed`.
    func check(_ what: String, allowed: Set<Int32> = [0]) throws -> ChildProcess {
        guard allowed.contains(status) else {
            throw BenchError("\(what) exited with status \(status): \(errors.suffix(2000))")
        }
        return self
    }
}

extension Duration {
    var seconds: Double { Double(components.seconds) + Double(components.attoseconds) * 1e-18 }
}

/// Peak RSS of this process so far, in KiB.
func selfMaxRSSKiB() -> Int {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return Int(usage.ru_maxrss)
}

/// The value at quantile `q` (0...1) of `values`, by the nearest rank.
func quantile(_ values: [Double], _ q: Double) -> Double {
    let sorted = values.sorted()
    guard !sorted.isEmpty else { return .nan }
    let rank = Int((q * Double(sorted.count)).rounded(.up)) - 1
    return sorted[min(sorted.count - 1, max(0, rank))]
}
