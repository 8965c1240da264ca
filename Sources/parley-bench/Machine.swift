import Foundation
import ParleyStore

/// The machine the benchmark ran on, read from /proc.
struct Machine {
    let cores: Int
    let cpu: String
    let memory: String
    let sqlite: String
    let kernel: String

    static func current() -> Machine {
        let cpuinfo = (try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8)) ?? ""
        let model = cpuinfo.split(separator: "\n").first { $0.hasPrefix("model name") }
            .map { String($0.split(separator: ":", maxSplits: 1).last ?? "").trimmingCharacters(in: .whitespaces) } ?? "unknown"
        let meminfo = (try? String(contentsOfFile: "/proc/meminfo", encoding: .utf8)) ?? ""
        let kib = meminfo.split(separator: "\n").first { $0.hasPrefix("MemTotal") }
            .flatMap { Int($0.split(separator: " ").dropFirst().first ?? "") } ?? 0
        var name = utsname()
        uname(&name)
        let release = withUnsafeBytes(of: &name.release) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
        return Machine(cores: ProcessInfo.processInfo.activeProcessorCount, cpu: model,
                       memory: String(format: "%.1f GiB", Double(kib) / 1_048_576), sqlite: Database.sqliteVersion, kernel: release)
    }
}
