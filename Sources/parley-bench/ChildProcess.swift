import Foundation

/// A program run to completion with its standard output and error sent to
/// files: wall time, exit status and peak resident set size (`wait4`).
///
/// ``run(_:stdoutPath:stderrPath:)`` starts the program through `parley-bench
/// spawn` (``Spawn``), a fresh small process that runs it and reports: Linux
/// counts in a child's peak RSS that of the process it was spawned from, as it
/// stood when the child called exec (posix_spawn shares the parent's memory up
/// to then), so a program started straight from this process, grown by a
/// database build, would show this process's peak instead of its own. The
/// figures then include the spawner's peak, about 20 MB, and no more.
struct ChildProcess {
    let seconds: Double
    let status: Int32
    /// Peak RSS of the child in KiB (`ru_maxrss`).
    let maxRSSKiB: Int
    let stdoutPath: String
    let stderrPath: String

    var output: String { (try? String(contentsOfFile: stdoutPath, encoding: .utf8)) ?? "" }
    var errors: String { (try? String(contentsOfFile: stderrPath, encoding: .utf8)) ?? "" }

    /// Runs `arguments` (the first is the program path) through `parley-bench spawn`, writing its output to `stdoutPath`.
    static func run(_ arguments: [String], stdoutPath: String, stderrPath: String? = nil) throws -> ChildProcess {
        let errorPath = stderrPath ?? stdoutPath + ".stderr"
        let resultPath = stdoutPath + ".spawn"
        let me = try FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")
        let spawner = try spawn([me, "spawn", "--stdout", stdoutPath, "--stderr", errorPath, "--result", resultPath, "--"] + arguments,
                                stdoutPath: "/dev/null", stderrPath: resultPath + ".stderr")
        let fields = ((try? String(contentsOfFile: resultPath, encoding: .utf8)) ?? "").split(separator: " ")
        guard spawner.status == 0, fields.count == 3, let seconds = Double(fields[0]), let status = Int32(fields[1]),
              let maxRSS = Int(fields[2].trimmingCharacters(in: .whitespacesAndNewlines)) else {
            throw BenchError("cannot run \(arguments[0]): \(spawner.errors.suffix(2000))")
        }
        return ChildProcess(seconds: seconds, status: status, maxRSSKiB: maxRSS, stdoutPath: stdoutPath, stderrPath: errorPath)
    }

    /// Runs `arguments` (the first is the program path) straight from this process, writing its output to `stdoutPath`.
    static func spawn(_ arguments: [String], stdoutPath: String, stderrPath: String? = nil) throws -> ChildProcess {
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
