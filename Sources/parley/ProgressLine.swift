import Foundation
import ParleyKit

/// The progress line of a long ingest on standard error: articles, rate and
/// ETA, rewritten in place. Exists only when standard error is a terminal.
final class ProgressLine {
    /// Bytes of input named on the command line (files and folders), for the
    /// ETA; nil for standard input.
    private let totalBytes: Int?
    private var shown = false

    /// Nil when standard error is not a terminal (a log, a pipe, a test).
    init?(paths: [String]) {
        guard isatty(STDERR_FILENO) == 1 else { return nil }
        totalBytes = paths.contains("-") ? nil : paths.reduce(0) { $0 + Self.size(of: $1) }
    }

    private static func size(of path: String) -> Int {
        let manager = FileManager.default
        var isDirectory: ObjCBool = false
        guard manager.fileExists(atPath: path, isDirectory: &isDirectory) else { return 0 }
        if !isDirectory.boolValue { return ((try? manager.attributesOfItem(atPath: path))?[.size] as? Int) ?? 0 }
        var total = 0
        let enumerator = manager.enumerator(at: URL(fileURLWithPath: path), includingPropertiesForKeys: [.fileSizeKey])
        while let url = enumerator?.nextObject() as? URL {
            total += (try? url.resourceValues(forKeys: [.fileSizeKey]).fileSize ?? 0) ?? 0
        }
        return total
    }

    func show(_ progress: IngestProgress) {
        guard progress.elapsed >= 1 else { return }
        let rate = Double(progress.inputs) / progress.elapsed
        var line = "\(progress.inputs) articles, \(Int(rate.rounded()))/s"
        if let totalBytes, totalBytes > 0, progress.bytes > 0 {
            // Text bytes run a little below file bytes (JSON escapes, markup), so the ETA errs long.
            let remaining = max(0, Double(totalBytes - progress.bytes)) / (Double(progress.bytes) / progress.elapsed)
            let percent = min(100, 100 * progress.bytes / totalBytes)
            line += ", \(percent)%, ETA \(Self.clock(remaining))"
        }
        FileHandle.standardError.write(Data(("\r\u{1B}[K" + line).utf8))
        shown = true
    }

    /// Clears the line before another message goes to standard error.
    func clear() {
        guard shown else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
        shown = false
    }

    func finish() { clear() }

    private static func clock(_ seconds: Double) -> String {
        let total = Int(seconds.rounded())
        let (h, m, s) = (total / 3600, total / 60 % 60, total % 60)
        return h > 0 ? String(format: "%d:%02d:%02d", h, m, s) : String(format: "%d:%02d", m, s)
    }
}
