#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A file (or standard input) read with plain POSIX calls, so that a size is
/// known before anything is read and no read holds more than a set limit.
struct InputFile: ~Copyable {
    /// Why a file could not be opened or read: `strerror`'s text.
    struct Failure: Error {
        let reason: String
        init(errno code: Int32) { reason = InputFile.describe(errno: code) }
    }

    /// One line of a file read line by line.
    enum Line {
        case text(ArraySlice<UInt8>)
        /// A line over the limit, with its full length in bytes; its bytes were not kept.
        case tooLong(Int)
    }

    let descriptor: Int32
    private let owned: Bool
    /// Bytes read per `read(2)` call.
    static let chunkSize = 1 << 20

    /// Opens `path` for reading.
    init(path: String) throws(Failure) {
        var fd: Int32
        repeat { fd = open(path, O_RDONLY | O_CLOEXEC) } while fd < 0 && errno == EINTR
        guard fd >= 0 else { throw Failure(errno: errno) }
        descriptor = fd
        owned = true
    }

    /// Standard input (left open).
    init(standardInputOf _: Void = ()) {
        descriptor = 0
        owned = false
    }

    deinit {
        if owned { close(descriptor) }
    }

    /// The size of a regular file, nil for pipes and devices.
    var regularFileSize: Int? {
        var info = stat()
        guard fstat(descriptor, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
        return Int(info.st_size)
    }

    /// The whole content, or the count of bytes read (`limit + 1` or more) when it is over `limit`.
    func readAll(limit: Int) throws(Failure) -> Result<[UInt8], SizeExceeded> {
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: Self.chunkSize)
        while true {
            let count = try fill(&chunk)
            if count == 0 { return .success(bytes) }
            if bytes.count + count > limit { return .failure(SizeExceeded(atLeast: bytes.count + count)) }
            bytes.append(contentsOf: chunk[0..<count])
        }
    }

    /// Calls `body` with each line (without its `\n`) and its 1-based number;
    /// lines longer than `limit` are passed as ``Line/tooLong(_:)``, so memory
    /// stays within `limit` plus one chunk whatever the file holds.
    func forEachLine(limit: Int, _ body: (Int, Line) throws -> Void) throws {
        var pending: [UInt8] = []
        var overflow = 0  // bytes of the current line dropped because it is too long
        var number = 0
        var chunk = [UInt8](repeating: 0, count: Self.chunkSize)
        func finish(_ tail: ArraySlice<UInt8>) throws {
            number += 1
            if overflow > 0 {
                try body(number, .tooLong(overflow + tail.count))
            } else if pending.isEmpty {
                try body(number, .text(tail))
            } else {
                pending.append(contentsOf: tail)
                try body(number, .text(pending[...]))
            }
            pending.removeAll(keepingCapacity: pending.count <= Self.chunkSize)
            overflow = 0
        }
        func keep(_ part: ArraySlice<UInt8>) {
            if overflow > 0 || pending.count + part.count > limit {
                overflow += pending.count + part.count
                pending.removeAll()
            } else {
                pending.append(contentsOf: part)
            }
        }
        while true {
            let count = try fill(&chunk)
            if count == 0 { break }
            var start = 0
            while start < count {
                guard let newline = chunk[start..<count].firstIndex(of: 10) else {
                    keep(chunk[start..<count])
                    break
                }
                if overflow == 0, pending.count + (newline - start) > limit {
                    keep(chunk[start..<newline])
                    try finish([])
                } else {
                    try finish(chunk[start..<newline])
                }
                start = newline + 1
            }
        }
        if overflow > 0 || !pending.isEmpty { try finish([]) }
    }

    private func fill(_ buffer: inout [UInt8]) throws(Failure) -> Int {
        while true {
            let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count >= 0 { return count }
            if errno != EINTR { throw Failure(errno: errno) }
        }
    }

    static func describe(errno code: Int32) -> String {
        switch code {
        case ENOENT: "no such file or folder"
        case ELOOP: "symbolic link loop"
        case EACCES: "permission denied"
        default: String(cString: strerror(code))
        }
    }
}

/// A file or input over a size limit: at least this many bytes.
struct SizeExceeded: Error {
    let atLeast: Int
}
